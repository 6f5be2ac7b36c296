"""The catalogues' HTTP stack loads with their first request, not when the app builds its providers."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import json, os, sys, threading
from http.server import BaseHTTPRequestHandler, HTTPServer

class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"asked": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
os.environ["CLIFFHANGER_TVMAZE_URL"] = f"http://127.0.0.1:{server.server_port}"
from cliffhanger.providers.registry import build_providers
import cliffhanger.sync.catalogue, cliffhanger.sync.posters
providers = build_providers(secrets={"tmdb": "0123456789abcdef0123456789abcdef"})
print(sorted(providers), "httpx" in sys.modules, providers["tvmaze"].client.requests)
print(providers["tvmaze"].client.get_json("/shows/1")["asked"], "httpx" in sys.modules)
print(providers["tvmaze"].client.requests)
for provider in providers.values():
    provider.close()
server.shutdown()
"""


def test_providers_are_built_without_httpx_and_their_first_request_loads_it():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    built, asked, counted = done.stdout.splitlines()
    assert built == "['anilist', 'tmdb', 'tvmaze'] False 0"
    assert asked == "/shows/1 True" and counted == "1"

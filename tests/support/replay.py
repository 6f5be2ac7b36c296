"""A real HTTP server on 127.0.0.1 that replays recorded catalogue answers, for tests.

Routes match on method, path and (optionally) a subset of query parameters or, for a POSTed JSON body (a
GraphQL query), a subset of its top-level fields and variables. A route may hold a script of
replies: the Nth matching request gets the Nth reply and the last one repeats. Replies can carry any status,
headers (Retry-After, Location, Content-Encoding), a delay (for timeouts), a body that stops early (a cut
connection), a body trickled a byte at a time (for deadlines) and huge bodies streamed without a length.
Every request is recorded so tests can count calls and see what was sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass
class Reply:
    """One scripted answer; `cut_at` declares the full length but closes after that many bytes."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut_at: int | None = None
    stream_bytes: int = 0  # when > 0: this many bytes of filler, sent without a Content-Length
    trickle: float = 0.0  # when > 0: the body is sent one byte at a time, this many seconds apart

    @classmethod
    def file(cls, relative: str, status: int = 200, **options: Any) -> Reply:
        """A recorded body from tests/fixtures, bytes unchanged."""
        return cls(status, (FIXTURES / relative).read_bytes(), **options)

    @classmethod
    def json(cls, data: Any, status: int = 200, **options: Any) -> Reply:
        return cls(status, json.dumps(data).encode(), **options)


@dataclass
class Recorded:
    """A request as the server saw it; header names are lower-case."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class _Route:
    method: str
    path: str
    query: Mapping[str, str]
    replies: list[Reply]
    posted: Mapping[str, Any] = field(default_factory=dict)
    hits: int = 0

    def matches(self, request: Recorded) -> bool:
        if request.method != self.method or request.path != self.path:
            return False
        if not all(value in request.query.get(key, []) for key, value in self.query.items()):
            return False
        return not self.posted or _contains(_decoded(request.body), self.posted)

    def next_reply(self) -> Reply:
        reply = self.replies[min(self.hits, len(self.replies) - 1)]
        self.hits += 1
        return reply


class ReplayServer:
    """Serve scripted replies on an ephemeral loopback port; use as a context manager or call `stop()`."""

    def __init__(self) -> None:
        self.routes: list[_Route] = []
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="replay-server", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ReplayServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def add(
        self,
        path: str,
        replies: Reply | Sequence[Reply],
        *,
        method: str = "GET",
        query: Mapping[str, str] | None = None,
        posted: Mapping[str, Any] | None = None,
    ) -> None:
        """Answer `method path` (whose query holds `query`, whose JSON body holds `posted`) with `replies`,
        in order; later routes win. `posted` values that are mappings match as subsets too."""
        script = [replies] if isinstance(replies, Reply) else list(replies)
        with self._lock:
            self.routes.insert(0, _Route(method, path, dict(query or {}), script, dict(posted or {})))

    def calls(self, path: str | None = None) -> list[Recorded]:
        """The recorded requests, all or those to one path."""
        with self._lock:
            return [r for r in self.requests if path is None or r.path == path]

    def _dispatch(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            for route in self.routes:
                if route.matches(request):
                    return route.next_reply()
        return Reply.json({"unmatched": f"{request.method} {request.path}"}, status=599)


def _handler_for(server: ReplayServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            length = int(headers.get("content-length", "0") or 0)
            body = self.rfile.read(length) if length else b""  # read so the client sees the reply
            recorded = Recorded(
                self.command, parts.path, parse_qs(parts.query, keep_blank_values=True), headers, body
            )
            _send(self, server._dispatch(recorded))

        do_POST = do_PUT = do_DELETE = do_PROPFIND = do_GET

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _decoded(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


def _contains(found: Any, wanted: Mapping[str, Any]) -> bool:
    """Whether the decoded body `found` holds every field of `wanted` (nested mappings as subsets)."""
    if not isinstance(found, dict):
        return False
    for key, value in wanted.items():
        if isinstance(value, Mapping):
            if not _contains(found.get(key), value):
                return False
        elif found.get(key) != value:
            return False
    return True


def _send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    if reply.delay:
        time.sleep(reply.delay)
    try:
        handler.send_response(reply.status)
        if not any(name.lower() == "content-type" for name in reply.headers):
            handler.send_header("Content-Type", "application/json; charset=utf-8")
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        if not reply.stream_bytes:
            handler.send_header("Content-Length", str(len(reply.body)))
        handler.end_headers()
        for chunk in _chunks(reply):
            handler.wfile.write(chunk)
            if reply.trickle:
                handler.wfile.flush()
                time.sleep(reply.trickle)
        handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (a timeout or a size limit): that is what such tests provoke


def _chunks(reply: Reply) -> Iterator[bytes]:
    if reply.trickle:
        body = reply.body if reply.cut_at is None else reply.body[: reply.cut_at]
        yield from (body[i : i + 1] for i in range(len(body)))
        return
    if reply.stream_bytes:
        block = b" " * 65536
        for start in range(0, reply.stream_bytes, len(block)):
            yield block[: min(len(block), reply.stream_bytes - start)]
        return
    yield reply.body if reply.cut_at is None else reply.body[: reply.cut_at]

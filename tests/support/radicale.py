"""A real Radicale CalDAV server on 127.0.0.1 for tests, with htpasswd users in a temporary folder.

It can be stopped and started again on the same port and folder (the server going down and coming back),
and optionally serve TLS with a self-signed certificate that no client trusts.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .processes import RunningProcess, merged_env, start, wait_until

USER, PASSWORD = "fan", "zombie-season-2"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _self_signed(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@dataclass
class Radicale:
    """A Radicale process; `url` is its root, `users` maps user names to passwords."""

    folder: Path
    port: int
    tls: bool = False
    users: dict[str, str] = field(default_factory=lambda: {USER: PASSWORD})
    process: RunningProcess | None = None
    runs: int = 0

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    @property
    def collections(self) -> Path:
        return self.folder / "collections" / "collection-root"

    def write_users(self) -> None:
        lines = "".join(f"{name}:{secret}\n" for name, secret in self.users.items())
        (self.folder / "users").write_text(lines, encoding="utf-8")

    def _config(self) -> Path:
        lines = [
            "[server]", f"hosts = 127.0.0.1:{self.port}",
            "[auth]", "type = htpasswd", f"htpasswd_filename = {self.folder / 'users'}",
            "htpasswd_encryption = plain",
            "[storage]", f"filesystem_folder = {self.folder / 'collections'}",
            "[logging]", "level = warning",
        ]  # fmt: skip
        if self.tls:
            cert, key = _self_signed(self.folder)
            lines[2:2] = ["ssl = True", f"certificate = {cert}", f"key = {key}"]
        path = self.folder / "config"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def start(self) -> Radicale:
        self.write_users()
        argv = [sys.executable, "-m", "radicale", "--config", str(self._config())]
        self.runs += 1
        self.process = start(f"radicale-{self.runs}", argv, env=merged_env(), log_dir=self.folder)
        wait_until(lambda: _answers(self.port), timeout=30, what="Radicale to listen", process=self.process)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
            self.process = None

    def events(self, user: str = USER) -> dict[str, Path]:
        """The event files of every calendar of `user`, by file name."""
        home = self.collections / user
        return {p.name: p for p in home.glob("*/*.ics")} if home.exists() else {}

    def calendars(self, user: str = USER) -> list[Path]:
        home = self.collections / user
        return [p for p in home.iterdir() if p.is_dir()] if home.exists() else []


def start_radicale(folder: Path, *, tls: bool = False) -> Radicale:
    folder.mkdir(parents=True, exist_ok=True)
    return Radicale(folder, free_port(), tls=tls).start()

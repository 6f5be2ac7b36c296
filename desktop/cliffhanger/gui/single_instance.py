"""One running app per data directory: a later launch hands its request to the first one and exits.

The socket lives in `$XDG_RUNTIME_DIR` (private to the user by the desktop's own rules) or, without one, in
a per-user directory of mode 0700 under the temporary directory that is checked to be ours; its name is
derived from the data directory, so separate data directories (tests, portable installs) never meet. A
request is a line of at most `MAX_MESSAGE` bytes, and the running app answers each with "ok": a launch
that gets no answer (something else holds the name) starts its own app, reminders included, rather than
exiting on the word of a stranger.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2_000
MAX_MESSAGE = 64 * 1024
ACK = b"ok\n"


def _private(folder: Path) -> bool:
    """The folder is a real directory owned by this user that nobody else can enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def runtime_dir() -> Path:
    """Where the socket goes: `$XDG_RUNTIME_DIR` if it is private, else `<tmp>/cliffhanger-<uid>` (0700)."""
    given = os.environ.get("XDG_RUNTIME_DIR", "")
    if given and _private(Path(given)):
        return Path(given)
    folder = Path(tempfile.gettempdir()) / f"cliffhanger-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as error:
        log.warning("can't make %s (%s)", folder, error)
    if not _private(folder):
        raise PermissionError(f"{folder} is not a private directory of this user; not using it")
    return folder


def server_name(data_dir: Path) -> str:
    """The full path of the app's socket for `data_dir`."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    try:
        return str(runtime_dir() / f"cliffhanger-{digest}.sock")
    except PermissionError as error:
        log.warning("%s; the socket goes in the data directory", error)
        return str(data_dir / f".cliffhanger-{digest}.sock")


def hand_over(name: str, request: str) -> bool:
    """Send `request` to the running app; True only once it has answered that it got it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(f"{request}\n".encode()[:MAX_MESSAGE])
    while socket.bytesToWrite() > 0 and socket.waitForBytesWritten(TIMEOUT_MS):
        pass
    answer = b""
    while len(answer) < len(ACK) and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.read(len(ACK) - len(answer)).data())
    socket.disconnectFromServer()
    if answer != ACK:
        log.warning("%s is held by something that did not answer as Cliffhanger does; starting anyway", name)
        return False
    return True


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        request(str): a later launch asked for something ("raise" or "add").
    """

    request = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed run
        return self._server.listen(self.name)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setReadBufferSize(MAX_MESSAGE + 1)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine(MAX_MESSAGE + 1).data())
            if len(line) > MAX_MESSAGE:
                break
            text = line.decode(errors="replace").strip()
            if text:
                log.info("request from another launch: %s", text[:200])
                socket.write(ACK)
                socket.flush()
                self.request.emit(text)
        if socket.bytesAvailable() > MAX_MESSAGE:
            log.warning("a message over %d bytes on %s; connection dropped", MAX_MESSAGE, self.name)
            socket.abort()

    def close(self) -> None:
        self._server.close()

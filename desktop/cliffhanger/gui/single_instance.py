"""One running app per data directory: a later launch hands its request to the first one and exits.

The server name is derived from the data directory, so separate data directories (tests, portable installs)
never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2_000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(f"{getpass.getuser()}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"cliffhanger-{digest}"


def hand_over(name: str, request: str) -> bool:
    """Send `request` to a running instance; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(f"{request}\n".encode())
    while socket.bytesToWrite() > 0 and socket.waitForBytesWritten(TIMEOUT_MS):
        pass
    sent = socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return sent


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
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            text = bytes(socket.readLine().data()).decode(errors="replace").strip()
            if text:
                log.info("request from another launch: %s", text)
                self.request.emit(text)

    def close(self) -> None:
        self._server.close()

"""The single-instance socket: private to the user, answered by the running app, bounded, never trusted
blindly. Real sockets: a second launch in its own process, a squatter and a flooder on raw Unix sockets."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cliffhanger.gui import single_instance
from cliffhanger.gui.single_instance import MAX_MESSAGE, InstanceServer, hand_over, server_name


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_the_socket_lives_in_the_private_runtime_dir(runtime, tmp_path):
    assert Path(server_name(tmp_path / "data")).parent == runtime
    assert server_name(tmp_path / "data") != server_name(tmp_path / "other")


def test_a_shared_runtime_dir_is_not_used(runtime, tmp_path, monkeypatch):
    runtime.chmod(0o777)
    monkeypatch.setattr(single_instance.tempfile, "gettempdir", lambda: str(tmp_path))
    folder = Path(server_name(tmp_path / "data")).parent
    assert folder == tmp_path / f"cliffhanger-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_second_launch_hands_over_and_is_answered(qtbot, runtime, tmp_path):
    name = server_name(tmp_path / "data")
    server = InstanceServer(name)
    assert server.listen()
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from cliffhanger.gui.single_instance import hand_over;"
        "sys.exit(0 if hand_over(sys.argv[1], 'add') else 3)"
    )
    with qtbot.waitSignal(server.request, timeout=20_000) as heard:
        launch = subprocess.Popen([sys.executable, "-c", code, name])
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=20_000)
    assert heard.args == ["add"] and launch.returncode == 0
    server.close()


def _listen(name: str) -> socket.socket:
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(name)
    squatter.listen(1)
    return squatter


def test_a_squatter_that_does_not_answer_is_not_obeyed(qapp, runtime, tmp_path):
    name = server_name(tmp_path / "data")
    squatter = _listen(name)
    taken: list[bytes] = []

    def take() -> None:
        connection = squatter.accept()[0]
        taken.append(connection.recv(100))
        connection.close()

    thread = threading.Thread(target=take, daemon=True)
    thread.start()
    assert hand_over(name, "raise") is False  # so the app starts its own instance, reminders included
    thread.join(5)
    assert taken == [b"raise\n"]
    squatter.close()


def test_a_message_without_an_end_is_cut_off_at_the_cap(qtbot, runtime, tmp_path):
    name = server_name(tmp_path / "data")
    server = InstanceServer(name)
    assert server.listen()
    heard: list[str] = []
    server.request.connect(heard.append)
    outcome: list[str] = []

    def flood() -> None:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(name)
        try:
            for _ in range(200):  # 12.8 MB without a newline
                client.sendall(b"x" * 65536)
            outcome.append("all sent")
        except OSError:
            outcome.append("dropped")
        finally:
            client.close()

    thread = threading.Thread(target=flood, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == ["dropped"] and heard == []
    assert MAX_MESSAGE == 64 * 1024
    server.close()

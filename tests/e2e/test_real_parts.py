"""The real parts the suite relies on start, answer and are isolated per test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support.app_process import launch_app
from support.cli import run_cli
from support.dbus import DBusSession
from support.notifications import NotificationDaemon
from support.processes import merged_env, no_session_bus, run_quietly
from support.secret_service import SecretService
from support.xserver import TrayHost, XServer, root_tree

_TRAY_PROBE = (
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication([])\n"
    "print(QSystemTrayIcon.isSystemTrayAvailable())\n"
)


def test_each_test_has_its_own_home_and_no_network(tmp_path):
    assert os.environ["CLIFFHANGER_HOME"] == str(tmp_path / "home")
    assert os.environ["CLIFFHANGER_TVMAZE_URL"] == "http://127.0.0.1:9"
    assert os.environ["CLIFFHANGER_TMDB_URL"] == "http://127.0.0.1:9"
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.null.Keyring"
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={tmp_path / 'no-session-bus'}"
    assert not (tmp_path / "no-session-bus").exists()


def test_qt_runs_offscreen_in_process():
    if os.environ.get("CLIFFHANGER_TEST_ONSCREEN") == "1":
        pytest.skip("CLIFFHANGER_TEST_ONSCREEN=1 chooses the platform from the environment")
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_merged_env_overlays_and_removes():
    env = merged_env({"A": "1", "B": None}, {"A": "2"}, base={"B": "x", "C": "y"})
    assert env == {"A": "2", "C": "y"}


def test_run_cli_passes_the_test_environment(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ['CLIFFHANGER_HOME'])"],
        env=merged_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == str(tmp_path / "home")
    completed = run_cli("--help")
    assert completed.args[1:3] == ["-m", "cliffhanger"]


@pytest.mark.xvfb
def test_xvfb_serves_clients_at_the_test_size(xserver: XServer):
    info = run_quietly(["xdpyinfo"], merged_env(xserver.env))
    assert info.returncode == 0, info.stderr
    assert "dimensions:    1280x800 pixels" in info.stdout
    assert "depth of root window:    24 planes" in info.stdout


@pytest.mark.xvfb
def test_trayer_gives_qt_a_system_tray(tray_host: TrayHost):
    assert '("panel" "trayer")' in root_tree(tray_host.xserver)
    env = merged_env(tray_host.env, {"QT_QPA_PLATFORM": "xcb"})
    probe = subprocess.run(
        [sys.executable, "-c", _TRAY_PROBE], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "True", probe.stderr


@pytest.mark.dbus
def test_private_bus_answers(dbus_session: DBusSession):
    assert dbus_session.address.startswith("unix:")
    assert dbus_session.has_owner("org.freedesktop.DBus")
    assert not dbus_session.has_owner("org.freedesktop.Notifications.Nobody")


@pytest.mark.xvfb
@pytest.mark.dbus
def test_dunst_records_a_notification(notifications: NotificationDaemon):
    assert notifications.history() == []
    env = merged_env(notifications.env)
    sent = run_quietly(["notify-send", "--app-name=probe", "Season 2 <b>airs</b>", "on Friday & later"], env)
    assert sent.returncode == 0, sent.stderr
    assert notifications.wait_for(1) == [
        {"appname": "probe", "summary": "Season 2 <b>airs</b>", "body": "on Friday & later"}
    ]


@pytest.mark.xvfb
@pytest.mark.dbus
def test_clear_forgets_earlier_notifications(notifications: NotificationDaemon):
    sent = run_quietly(["notify-send", "--app-name=probe", "first", "one"], merged_env(notifications.env))
    assert sent.returncode == 0, sent.stderr
    assert len(notifications.wait_for(1)) == 1
    notifications.clear()
    assert notifications.history() == []


@pytest.mark.keyring
def test_keyring_round_trip_in_process(keyring_env: SecretService):
    import keyring

    keyring.set_password("cliffhanger-test", "tmdb", "s3cret value")
    assert keyring.get_password("cliffhanger-test", "tmdb") == "s3cret value"
    lookup = ["secret-tool", "lookup", "service", "cliffhanger-test", "username", "tmdb"]
    seen = run_quietly(lookup, merged_env(keyring_env.env))
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout == "s3cret value"
    keyring.delete_password("cliffhanger-test", "tmdb")
    assert keyring.get_password("cliffhanger-test", "tmdb") is None
    assert run_quietly(lookup, merged_env(keyring_env.env)).stdout == ""


@pytest.mark.keyring
def test_subprocess_keyring_uses_the_secret_service(secret_service: SecretService):
    code = (
        "import keyring\n"
        "keyring.set_password('cliffhanger-test', 'sub', 'from a subprocess')\n"
        "print(type(keyring.get_keyring()).__module__)\n"
    )
    env = merged_env(secret_service.env)
    assert "PYTHON_KEYRING_BACKEND" not in env
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "keyring.backends.SecretService"
    lookup = ["secret-tool", "lookup", "service", "cliffhanger-test", "username", "sub"]
    assert run_quietly(lookup, env).stdout == "from a subprocess"
    run_quietly(["secret-tool", "clear", "service", "cliffhanger-test", "username", "sub"], env)


STORE_PROBE = (
    "import sys\n"
    "from cliffhanger import secrets\n"
    "store = secrets.default_store()\n"
    "print(store.backend_name, 'keyring.backends.macOS' in sys.modules)\n"
)


@pytest.mark.keyring
def test_the_app_takes_the_secret_service_directly_not_rating_every_backend(secret_service: SecretService):
    code = STORE_PROBE + (
        "store.set('sub-direct', 'direct')\nprint(store.get('sub-direct'))\nstore.forget('sub-direct')\n"
    )
    env = merged_env(secret_service.env)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["keyring.backends.SecretService.Keyring", "False", "direct"]
    lookup = ["secret-tool", "lookup", "service", "cliffhanger", "username", "sub-direct"]
    assert run_quietly(lookup, env).stdout == ""


def test_without_a_session_bus_the_keyring_is_unusable_and_no_backend_is_rated(tmp_path):
    env = merged_env({"PYTHON_KEYRING_BACKEND": None, "DBUS_SESSION_BUS_ADDRESS": no_session_bus(tmp_path)})
    done = subprocess.run(
        [sys.executable, "-c", STORE_PROBE], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    name, rated_all = done.stdout.split()
    assert name == "keyring.backends.fail.Keyring"  # what keyring picks after rating every backend it has
    assert rated_all == "False"  # none of which can answer without the bus (see test_secrets for plugins)


def test_a_named_keyring_backend_is_used_as_named():
    env = merged_env({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    done = subprocess.run(
        [sys.executable, "-c", STORE_PROBE], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["keyring.backends.fail.Keyring", "False"]


def test_keyring_defaults_to_the_null_backend():
    import keyring
    from keyring.backends import null

    assert isinstance(keyring.get_keyring(), null.Keyring)


_STAND_IN_APP = """
import os, pathlib, signal, sys, time
log = pathlib.Path(os.environ["CLIFFHANGER_HOME"]) / "logs" / "cliffhanger.log"
log.parent.mkdir(parents=True, exist_ok=True)
if "--crash" in sys.argv:
    sys.exit("stand-in crashed")
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
log.write_text(f"started on {os.environ['DISPLAY']} with {os.environ['QT_QPA_PLATFORM']} {sys.argv[1:]}\\n")
while True:
    time.sleep(1)
"""


@pytest.fixture
def stand_in_app(tmp_path, monkeypatch):
    """A stand-in for the GUI program: the launcher is checked here, the real app by its own tests."""
    (tmp_path / "standin").mkdir()
    (tmp_path / "standin" / "stand_in_app.py").write_text(_STAND_IN_APP)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "standin"))
    return "stand_in_app"


@pytest.mark.xvfb
def test_launch_gui_runs_under_xcb_and_stops_cleanly(xserver: XServer, stand_in_app, launch_gui):
    app = launch_gui("--flag", env=xserver.env, module=stand_in_app)
    match = app.wait_for_log(r"started on (:\d+) with (\w+) \['--minimized', '--flag'\]", timeout=30)
    assert match.groups() == (xserver.display, "xcb")
    assert app.stop() == 0


@pytest.mark.xvfb
def test_wait_for_log_reports_an_app_that_exited(xserver: XServer, stand_in_app, tmp_path):
    app = launch_app("--crash", env=xserver.env, log_dir=tmp_path / "out", module=stand_in_app)
    with pytest.raises(pytest.fail.Exception, match="stand-in crashed"):
        app.wait_for_log("never written", timeout=30)
    app.stop()


@pytest.mark.xvfb
@pytest.mark.dbus
def test_plyer_reaches_dunst_over_dbus_python(notifications: NotificationDaemon):
    code = (
        "import dbus\n"
        "from plyer import notification\n"
        "notification.notify(title='Premiere', message='tomorrow', app_name='plyer-probe', timeout=60)\n"
    )
    env = merged_env(notifications.env)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    expected = {"appname": "plyer-probe", "summary": "Premiere", "body": "tomorrow"}
    assert notifications.wait_for(1) == [expected]

"""Start at login: the XDG entry is written and removed; the Windows and macOS contents are right."""

from __future__ import annotations

import plistlib
import shutil
import subprocess

import pytest

from cliffhanger import autostart


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_the_xdg_entry_is_written_and_removed(config_home):
    assert not autostart.is_enabled()
    path = autostart.set_enabled(True, ["/opt/Cliffhanger App/cliffhanger", "--minimized"])
    assert path == config_home / "autostart" / "cliffhanger.desktop"
    text = path.read_text()
    assert 'Exec="/opt/Cliffhanger App/cliffhanger" --minimized\n' in text
    assert "Type=Application\n" in text and autostart.is_enabled()
    autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()
    autostart.set_enabled(False)  # removing twice is fine


def test_the_xdg_entry_validates(config_home):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    path = autostart.set_enabled(True, ["/usr/bin/python3", "-m", "cliffhanger", "--minimized"])
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_default_command_starts_minimized():
    assert autostart.launch_command()[-1] == "--minimized"


def test_the_windows_run_value():
    key, name, data = autostart.windows_run_value(
        [r"C:\Program Files\Cliffhanger\Cliffhanger.exe", "--minimized"]
    )
    assert key == r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
    assert name == "Cliffhanger"
    assert data == r'"C:\Program Files\Cliffhanger\Cliffhanger.exe" --minimized'


def test_the_macos_launch_agent():
    agent = plistlib.loads(
        autostart.launch_agent_plist(
            ["/Applications/Cliffhanger.app/Contents/MacOS/Cliffhanger", "--minimized"]
        )
    )
    assert agent == {
        "Label": "org.cliffhanger.Cliffhanger",
        "ProgramArguments": ["/Applications/Cliffhanger.app/Contents/MacOS/Cliffhanger", "--minimized"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }

"""Themes: the palettes applied to Qt, the Appearance page, and the desktop's colour scheme over D-Bus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cliffhanger import paths
from cliffhanger.gui import theme
from cliffhanger.gui.appearance_page import AppearancePage
from cliffhanger.gui.palettes import DARK, LIGHT
from cliffhanger.settings import Settings, load_settings, save_settings

GUI = Path(theme.__file__).parent
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication):
    yield
    theme.apply_theme(qapp, "light")


def test_dark_theme_reaches_qt_palette_and_style_sheet(qapp: QApplication):
    theme.apply_theme(qapp, "dark")
    colours = qapp.palette()
    assert colours.color(QPalette.ColorRole.Window).name() == DARK.window
    assert colours.color(QPalette.ColorRole.Text).name() == DARK.text
    assert f"background: {DARK.base}" in qapp.styleSheet()
    assert LIGHT.window not in qapp.styleSheet()
    assert DARK.text == theme.TEXT  # the old module names follow the active palette
    theme.apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_changing_theme_announces_it(qapp: QApplication, qtbot):
    theme.apply_theme(qapp, "light")
    with qtbot.waitSignal(theme.signals().theme_changed) as blocker:
        theme.apply_theme(qapp, "dark")
    assert blocker.args == ["dark"]


def test_appearance_page_saves_the_choice_and_says_so(qapp: QApplication, qtbot):
    settings = Settings()
    page = AppearancePage(settings, save_settings)
    qtbot.addWidget(page)
    assert page.theme.currentData() == "system"
    with qtbot.waitSignal(page.theme_changed) as blocker:
        page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert blocker.args == ["dark"]
    assert json.loads(paths.settings_path().read_text())["theme"] == "dark"
    assert load_settings().theme == "dark"


def test_an_unknown_theme_in_settings_follows_the_system():
    assert Settings.from_dict({"theme": 3}).theme == "system"
    assert theme.resolve("purple") in (LIGHT, DARK)


def test_no_colour_is_written_outside_the_palettes():
    """Every colour comes from palettes.py: a hex literal or a named colour elsewhere in gui/ fails."""
    pattern = re.compile(r"""#[0-9a-fA-F]{6}\b|QColor\(\s*["'](?:white|black)""")
    found = [
        f"{path.relative_to(GUI)}:{n}: {line.strip()}"
        for path in GUI.rglob("*.py")
        if path.name != "palettes.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cliffhanger.gui import theme
from cliffhanger.gui.color_scheme import portal_color_scheme
print(portal_color_scheme(), theme.apply_theme(app, "system").name, flush=True)
if sys.argv[1:] == ["follow"]:
    theme.follow_system(app, lambda: "system")
    theme.signals().theme_changed.connect(lambda name: (print(name, flush=True), app.quit()))
    print("listening", flush=True)
    app.exec()
"""


def _probe(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    environment = {**env, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    return subprocess.Popen([sys.executable, "-c", PROBE, *args], env=environment, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def _portal(env: dict[str, str], scheme: int) -> subprocess.Popen[str]:
    portal = subprocess.Popen([sys.executable, "-m", "support.portal", str(scheme)], cwd=TESTS, text=True,
                              env={**env, "PATH": "/usr/bin:/bin"}, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    assert portal.stdout is not None and portal.stdout.readline().strip() == "ready", portal.stderr
    return portal


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=10)  # reaps it and closes its pipes


@pytest.mark.dbus
def test_system_theme_asks_the_settings_portal(dbus_session):
    out, err = _probe(dbus_session.env).communicate(timeout=20)
    assert out.split() == ["None", "light"], err  # offscreen Qt states no scheme: light
    for scheme, expected in ((1, "dark"), (2, "light"), (0, "None")):
        portal = _portal(dbus_session.env, scheme)
        try:
            out, err = _probe(dbus_session.env).communicate(timeout=20)
        finally:
            _stop(portal)
        assert out.split()[0] == expected, err
        assert out.split()[1] == ("dark" if expected == "dark" else "light")


@pytest.mark.dbus
def test_system_theme_follows_the_portal_when_it_changes(dbus_session):
    portal = _portal(dbus_session.env, 2)
    probe = _probe(dbus_session.env, "follow")
    try:
        assert probe.stdout is not None
        assert probe.stdout.readline().split() == ["light", "light"]
        assert probe.stdout.readline().strip() == "listening"
        assert portal.stdin is not None
        portal.stdin.write("1\n")
        portal.stdin.flush()
        out, err = probe.communicate(timeout=20)
        assert out.strip() == "dark", err
    finally:
        _stop(portal)
        _stop(probe)

"""The Linux desktop entry and AppStream metainfo pass their validators and agree with each other."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET

from packaging_helpers import APP_ID, PACKAGING, ROOT

from support.processes import require

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def validate_desktop(path) -> subprocess.CompletedProcess[str]:
    tool = require("desktop-file-validate", "desktop-file-utils")
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)


def test_desktop_entry_is_valid():
    result = validate_desktop(DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_validator_rejects_a_broken_entry(tmp_path):
    broken = tmp_path / "broken.desktop"
    broken.write_text(DESKTOP.read_text().replace("Type=Application\n", ""), encoding="utf-8")
    assert validate_desktop(broken).returncode != 0


def test_desktop_entry_names_the_icon_and_program():
    lines = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert lines["Icon"] == APP_ID
    assert lines["Exec"].split()[0] == "cliffhanger"
    assert lines["Terminal"] == "false"


def test_metainfo_is_valid():
    tool = require("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_entry_and_version():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    release = component.find("releases/release")
    assert release is not None and release.get("version") == version
    assert release.find("description/ul/li") is not None
    assert len(component.findtext("description/p", "").split()) > 20


def test_metainfo_shows_the_readme_screenshot():
    image = ET.parse(METAINFO).getroot().findtext("screenshots/screenshot/image", "")
    assert image.startswith("https://")
    assert image.endswith("/resources/screenshots/main-window.png")

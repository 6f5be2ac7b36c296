"""The Windows installer script and the macOS Info.plist hold what each platform needs (built elsewhere)."""

from __future__ import annotations

import plistlib
import re

from packaging_helpers import APP_ID, PACKAGING, ROOT

from cliffhanger import autostart

ISS = (PACKAGING / "windows" / "cliffhanger.iss").read_text(encoding="utf-8")


def iss_section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.MULTILINE | re.DOTALL)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_inno_setup_installs_the_bundle_per_user_with_icon():
    setup = iss_section("Setup")
    assert f'#define AppId "{APP_ID}"' in ISS and "AppId={#AppId}" in setup
    assert "PrivilegesRequired=lowest" in setup
    icon = next(line.split("=", 1)[1] for line in setup if line.startswith("SetupIconFile="))
    assert (PACKAGING / "windows" / icon.replace("{#Root}", "../..").replace("\\", "/")).resolve() == (
        ROOT / "resources" / "icons" / "cliffhanger.ico"
    )
    files = iss_section("Files")
    assert any(r'Source: "{#Root}\dist\Cliffhanger\*"' in line and "recursesubdirs" in line for line in files)


def test_inno_setup_has_start_menu_shortcut_and_uninstaller():
    icons = iss_section("Icons")
    assert any(line.startswith('Name: "{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"') for line in icons)
    assert any("{uninstallexe}" in line for line in icons)
    assert '#define AppExe "cliffhanger.exe"' in ISS


def test_inno_setup_autostart_is_the_value_the_app_writes():
    key, name, _data = autostart.windows_run_value([r"C:\x\cliffhanger.exe", "--minimized"])
    registry = iss_section("Registry")
    (line,) = [entry for entry in registry if "Tasks: autostart" in entry]
    assert 'Root: HKCU; Subkey: "' + key.removeprefix("HKCU\\") + '"' in line
    assert f'ValueName: "{name}"' in line
    assert "--minimized" in line and "uninsdeletevalue" in line
    assert any(line.startswith('Name: "autostart"') for line in iss_section("Tasks"))


def test_macos_info_plist():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["LSUIElement"] is False
    assert info["CFBundleIconFile"] == "cliffhanger.icns"
    assert (ROOT / "resources" / "icons" / info["CFBundleIconFile"]).is_file()
    assert info["CFBundleExecutable"] == "cliffhanger"
    assert info["NSUserNotificationAlertStyle"] == "alert"
    assert info["NSUserNotificationsUsageDescription"].strip()
    assert info["CFBundleShortVersionString"] == __import__("cliffhanger").__version__

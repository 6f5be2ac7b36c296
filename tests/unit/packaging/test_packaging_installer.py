"""The per-user installer: it puts the bundle, menu entry, metainfo and icons under XDG_DATA_HOME, records
them, and --uninstall removes exactly those.

The bundle here is a small stand-in folder (a shell script for the executable, a symlink, the real desktop
entry, metainfo and icons): building the real one takes a minute, and tests/e2e/test_frozen_bundle.py does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import APP_ID, PACKAGING, ROOT

from support.processes import merged_env, require

INSTALLER = PACKAGING / "linux" / "install.py"


def make_bundle(folder: Path) -> Path:
    bundle = folder / "Cliffhanger"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    executable = bundle / "cliffhanger"
    executable.write_text('#!/bin/sh\necho "stand-in $*"\n', encoding="utf-8")
    executable.chmod(0o755)
    (bundle / "_internal" / "lib" / "libexample.so.1").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libexample.so").symlink_to("lib/libexample.so.1")
    share = bundle / "share"
    for kind, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / kind).mkdir(parents=True)
        shutil.copy(PACKAGING / "linux" / name, share / kind / name)
    for size in (16, 48):
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(
            ROOT / f"resources/icons/hicolor/{size}x{size}/apps/cliffhanger.png", apps / f"{APP_ID}.png"
        )
    shutil.copy(INSTALLER, bundle / "install.py")
    return bundle


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every path under `root` with its content (files), link target (symlinks) or "dir"."""
    found: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = path.read_bytes()
    return found


def run_installer(script: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = merged_env({"XDG_DATA_HOME": str(data_home), "HOME": str(data_home.parent / "home")})
    return subprocess.run(
        [sys.executable, str(script), *args], env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture
def user(tmp_path: Path) -> Path:
    """A user's data folder that already holds a watchlist and another app's menu entry."""
    data_home = tmp_path / "user data" / "share"
    (data_home / "Cliffhanger").mkdir(parents=True)
    (data_home / "Cliffhanger" / "cliffhanger.sqlite3").write_bytes(b"the user's watchlist")
    (data_home / "applications").mkdir()
    (data_home / "applications" / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    return data_home


def test_install_then_uninstall_leaves_the_folder_as_it_was(tmp_path, user):
    bundle = make_bundle(tmp_path / "unpacked")
    before = snapshot(user)
    installed = run_installer(bundle / "install.py", user)
    assert installed.returncode == 0, installed.stderr
    after = snapshot(user)
    added = set(after) - set(before)
    manifest = json.loads((user / "cliffhanger-app" / "install-manifest.json").read_text())
    files = {str(Path(name).relative_to(user)) for name in manifest["files"]}
    assert files | {"cliffhanger-app/install-manifest.json"} == {k for k in added if after[k] != "dir"}
    assert {before[k] == after[k] for k in before} == {True}
    assert after["cliffhanger-app/Cliffhanger/_internal/libexample.so"] == "-> lib/libexample.so.1"
    assert f"icons/hicolor/48x48/apps/{APP_ID}.png" in files
    assert f"metainfo/{APP_ID}.metainfo.xml" in files

    removed = run_installer(bundle / "install.py", user, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert snapshot(user) == before


def test_menu_entry_runs_the_installed_copy(tmp_path, user):
    bundle = make_bundle(tmp_path / "unpacked")
    assert run_installer(bundle / "install.py", user).returncode == 0
    entry = user / "applications" / f"{APP_ID}.desktop"
    validator = require("desktop-file-validate", "desktop-file-utils")
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    executable = user / "cliffhanger-app" / "Cliffhanger" / "cliffhanger"
    assert fields["Exec"] == f'"{executable}"'  # the folder name has a space, so it is quoted
    assert fields["TryExec"] == str(executable)
    ran = subprocess.run([executable, "--self-test"], capture_output=True, text=True, check=True)
    assert ran.stdout == "stand-in --self-test\n"


def test_reinstall_replaces_the_previous_copy(tmp_path, user):
    first = make_bundle(tmp_path / "first")
    (first / "_internal" / "only-in-first.txt").write_text("old", encoding="utf-8")
    assert run_installer(first / "install.py", user).returncode == 0
    second = make_bundle(tmp_path / "second")
    assert run_installer(second / "install.py", user).returncode == 0
    assert not (user / "cliffhanger-app/Cliffhanger/_internal/only-in-first.txt").exists()
    assert run_installer(INSTALLER, user, "--uninstall").returncode == 0
    assert not (user / "cliffhanger-app").exists()
    assert (user / "Cliffhanger" / "cliffhanger.sqlite3").read_bytes() == b"the user's watchlist"


def test_uninstall_refuses_a_manifest_that_reaches_outside(tmp_path, user):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    root = user / "cliffhanger-app"
    root.mkdir()
    record = {"app_id": APP_ID, "data_home": str(user), "files": [str(outside)], "folders": []}
    (root / "install-manifest.json").write_text(json.dumps(record), encoding="utf-8")
    result = run_installer(INSTALLER, user, "--uninstall")
    assert result.returncode != 0 and "refusing" in result.stderr
    assert outside.read_text() == "keep"


def test_a_folder_without_the_executable_is_refused(tmp_path, user):
    bundle = make_bundle(tmp_path / "unpacked")
    (bundle / "cliffhanger").unlink()
    result = run_installer(bundle / "install.py", user)
    assert result.returncode != 0 and "not a Cliffhanger bundle" in result.stderr
    assert not (user / "cliffhanger-app").exists()


def test_exec_quoting_follows_the_desktop_entry_rules(installer):
    assert installer.exec_argument(Path("/opt/app/cliffhanger")) == "/opt/app/cliffhanger"
    assert installer.exec_argument(Path("/a b/$x%")) == '"/a b/\\\\$x%%"'

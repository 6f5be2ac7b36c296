#!/usr/bin/env python3
"""Install the Cliffhanger bundle for the current user, or remove exactly what an earlier install added.

    ./install.py               (run from inside the unpacked Cliffhanger/ folder)
    ./install.py --bundle DIR  (any built bundle, e.g. dist/Cliffhanger)
    ./install.py --uninstall

The bundle is copied to $XDG_DATA_HOME/cliffhanger-app/Cliffhanger/ (default ~/.local/share), the menu entry
to $XDG_DATA_HOME/applications/, the icons to $XDG_DATA_HOME/icons/hicolor/ and the AppStream metainfo to
$XDG_DATA_HOME/metainfo/. Every file and folder created is listed in
$XDG_DATA_HOME/cliffhanger-app/install-manifest.json, and --uninstall removes those and nothing else.
The watchlist lives elsewhere (the app's data folder) and is never touched. Runs on any Python 3.8+.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.cliffhanger.Cliffhanger"
EXECUTABLE = "cliffhanger"
APP_FOLDER = "cliffhanger-app"
BUNDLE_NAME = "Cliffhanger"
MANIFEST = "install-manifest.json"
SAFE_EXEC_CHARS = re.compile(r"^[A-Za-z0-9/._+-]+$")


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the specification asks), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def app_root(home: Path) -> Path:
    return home / APP_FOLDER


def exec_argument(path: Path) -> str:
    """`path` as the program of a desktop entry's Exec key (quoted and escaped when it needs to be)."""
    text = str(path)
    if not SAFE_EXEC_CHARS.match(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(template: str, executable: Path) -> str:
    """The bundle's desktop entry with Exec and TryExec pointing at the installed executable."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            rest = line[len("Exec=") :].split(" ", 1)[1:]
            line = "Exec=" + " ".join([exec_argument(executable), *rest])
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(executable).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def plan(bundle: Path, home: Path) -> dict[Path, Path | str]:
    """Every file to create, mapped to its source file (or, for the desktop entry, its text)."""
    target = app_root(home) / BUNDLE_NAME
    files: dict[Path, Path | str] = {}
    for source in sorted(bundle.rglob("*")):
        if source.is_file() or source.is_symlink():
            files[target / source.relative_to(bundle)] = source
    share = bundle / "share"
    template = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    files[home / "applications" / f"{APP_ID}.desktop"] = desktop_entry(template, target / EXECUTABLE)
    files[home / "metainfo" / f"{APP_ID}.metainfo.xml"] = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    for icon in sorted((share / "icons" / "hicolor").rglob("*")):
        if icon.is_file():
            files[home / "icons" / icon.relative_to(share / "icons")] = icon
    return files


def new_folders(paths: list[Path], stop: Path) -> list[Path]:
    """The folders (between `stop` and each path) that do not exist yet, parents first."""
    missing: set[Path] = set()
    for path in paths:
        for parent in path.parents:
            if parent == stop or stop not in parent.parents:
                break
            if not parent.exists():
                missing.add(parent)
    return sorted(missing, key=lambda p: len(p.parts))


def install(bundle: Path, home: Path) -> Path:
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"install.py: {bundle} is not a Cliffhanger bundle (no {EXECUTABLE} in it)")
    root = app_root(home)
    if root in bundle.resolve().parents:
        raise SystemExit("install.py: this bundle is the installed one; run the new bundle's install.py")
    if (root / MANIFEST).exists():
        uninstall(home)
    target = root / BUNDLE_NAME
    if target.exists():
        raise SystemExit(f"install.py: {target} exists but was not installed by this script; remove it first")
    files = plan(bundle, home)
    record = {"app_id": APP_ID, "data_home": str(home), "files": sorted(map(str, files))}
    record["folders"] = [str(p) for p in new_folders([*files, root / MANIFEST], home.parent)]
    root.mkdir(parents=True, exist_ok=True)
    (root / MANIFEST).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    for path, source in files.items():  # the manifest comes first, so a failed copy can still be undone
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, str):
            path.write_text(source, encoding="utf-8")
        elif source.is_symlink():
            os.symlink(os.readlink(source), path)
        else:
            shutil.copy2(source, path)
    return target / EXECUTABLE


def uninstall(home: Path) -> int:
    """Remove the files and then the (emptied) folders the manifest lists; return how many files went."""
    manifest = app_root(home) / MANIFEST
    if not manifest.exists():
        print(f"install.py: nothing to remove (no {manifest})")
        return 0
    record = json.loads(manifest.read_text(encoding="utf-8"))
    removed = 0
    for name in record["files"]:
        path = inside(Path(name), home)
        if path.is_symlink() or path.is_file():
            path.unlink()
            removed += 1
    manifest.unlink()
    for name in sorted(record["folders"], key=lambda n: -len(Path(n).parts)):
        folder = inside(Path(name), home.parent)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def inside(path: Path, home: Path) -> Path:
    """Refuse a manifest entry outside the data folder it was written for."""
    if home not in path.parents or ".." in path.parts:
        raise SystemExit(f"install.py: refusing to touch {path}: it is outside {home}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install Cliffhanger for the current user.")
    parser.add_argument("--bundle", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--uninstall", action="store_true", help="remove what the last install added")
    args = parser.parse_args(argv)
    home = data_home()
    if args.uninstall:
        print(f"removed {uninstall(home)} files installed under {home}")
        return 0
    executable = install(args.bundle.resolve(), home)
    print(f"installed {executable}; Cliffhanger is in the applications menu")
    return 0


if __name__ == "__main__":
    sys.exit(main())

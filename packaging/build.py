"""Build the frozen one-folder bundle and its archive: `python packaging/build.py`.

Writes dist/Cliffhanger/ (run it as dist/Cliffhanger/cliffhanger) and, on Linux,
dist/Cliffhanger-<version>-linux-<machine>.tar.gz beside it, then prints the size on disk and the time taken.
PyInstaller comes from the `build` extra (`pip install -e '.[build]'`); it is installed when missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from icons import APP_ID, app_icon_pngs, app_icon_svg  # noqa: E402

BUNDLE = "Cliffhanger"
LINUX = HERE / "linux"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("installing PyInstaller (the build extra) into", sys.prefix, flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6"], check=True)


def freeze(dist: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(HERE / "cliffhanger.spec")]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE


def add_linux_integration(bundle: Path) -> None:
    """The installer, desktop entry, metainfo and hicolor icons, laid out under the bundle's share/."""
    share = bundle / "share"
    copy(LINUX / "install.py", bundle / "install.py")
    copy(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    hicolor = share / "icons" / "hicolor"
    for size, png in app_icon_pngs().items():
        copy(png, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    if app_icon_svg().is_file():
        copy(app_icon_svg(), hicolor / "scalable" / "apps" / f"{APP_ID}.svg")


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def archive(bundle: Path) -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    target = bundle.parent / f"{BUNDLE}-{version()}-{sys.platform.rstrip('0123456789')}-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=BUNDLE)
    return target


def disk_usage(path: Path) -> int:
    """Bytes the tree takes on disk (allocated blocks; links are not followed)."""
    total = path.lstat().st_blocks * 512
    for item in path.rglob("*"):
        total += item.lstat().st_blocks * 512
    return total


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ensure_pyinstaller()
    bundle = freeze(args.dist.resolve(), args.work.resolve())
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
    print(f"bundle  {bundle}: {megabytes(disk_usage(bundle))} on disk")
    if not args.no_archive and sys.platform.startswith("linux"):
        tarball = archive(bundle)
        print(f"archive {tarball}: {megabytes(tarball.stat().st_size)}")
    print(f"built in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

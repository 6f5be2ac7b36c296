"""The wheel's package list names every package of the source tree, and ships the top-level resources."""

import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_package_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "desktop").parts)
        for init in (ROOT / "desktop" / "cliffhanger").rglob("__init__.py")
    }
    assert listed == found | {"cliffhanger.resources"}


@pytest.mark.slow
def test_the_wheel_carries_resources_and_migrations(tmp_path):
    import subprocess
    import sys

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("cliffhanger-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cliffhanger/resources/icons/cliffhanger.svg" in names
    assert "cliffhanger/storage/migrations/script.py.mako" in names
    assert any(n.startswith("cliffhanger/storage/migrations/versions/0001") for n in names)

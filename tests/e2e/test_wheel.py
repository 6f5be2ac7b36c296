"""A wheel built from the source tree ships the top-level resources and the migrations."""

import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # builds a wheel; tests/run runs it
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

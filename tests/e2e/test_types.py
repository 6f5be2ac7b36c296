"""The whole package type-checks under mypy --strict (Alembic revisions left out; see pyproject.toml)."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # slow: a whole mypy run; tests/run runs it

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_covers_the_whole_package_with_nothing_followed_silently():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["packages"] == ["cliffhanger"] and config["strict"] is True
    assert config["exclude"] == ["desktop/cliffhanger/storage/migrations/"]
    assert not [o for o in config.get("overrides", []) if "follow_imports" in o]


def test_mypy_strict_passes_on_the_package():
    command = [sys.executable, "-m", "mypy", "--no-incremental"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout

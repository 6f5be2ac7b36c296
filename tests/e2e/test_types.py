"""The package type-checks under mypy --strict (the packages and modules are listed in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # slow: a whole mypy run; tests/run runs it

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_strict_passes_on_the_checked_packages():
    command = [sys.executable, "-m", "mypy", "--no-incremental"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout

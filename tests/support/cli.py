"""Run the command-line interface as a real subprocess with the current test's environment."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from .processes import merged_env


def run_cli(
    *args: str,
    env: Mapping[str, str | None] | None = None,
    input: str | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cliffhanger ARGS``; ``env`` overlays ``os.environ`` (None removes a variable)."""
    return subprocess.run(
        [sys.executable, "-m", "cliffhanger", *args],
        env=merged_env(env or {}),
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )

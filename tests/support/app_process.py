"""Launch the real GUI app as a subprocess on a test X server, and watch its log file."""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from .processes import POLL_INTERVAL, RunningProcess, merged_env, start


def app_log_path(home: Path | None = None) -> Path:
    """The app's log file under ``home`` (default: the current test's ``CLIFFHANGER_HOME``)."""
    base = home if home is not None else Path(os.environ["CLIFFHANGER_HOME"])
    return base / "logs" / "cliffhanger.log"


@dataclass
class AppProcess:
    """The GUI app running as ``python -m cliffhanger``; its stdout and stderr are kept in files."""

    process: RunningProcess
    home: Path

    @property
    def log_path(self) -> Path:
        return app_log_path(self.home)

    def alive(self) -> bool:
        return self.process.alive()

    def describe(self) -> str:
        """The process's state and output plus the tail of its log, for failure messages."""
        log = self.log_path.read_text(errors="replace")[-4000:] if self.log_path.exists() else "(no log file)"
        return f"{self.process.describe()}\n--- {self.log_path} ---\n{log}"

    def wait_for_log(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        """Wait until the app's log matches ``pattern``; fail early if the app exits."""
        return wait_for_log(self.log_path, pattern, timeout, app=self)

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, then SIGKILL after ``timeout`` seconds; return the exit code."""
        return self.process.stop(timeout)


def launch_app(
    *args: str,
    env: Mapping[str, str | None],
    log_dir: Path,
    minimized: bool = True,
    name: str = "cliffhanger",
    module: str = "cliffhanger",
) -> AppProcess:
    """Start ``python -m cliffhanger [--minimized] ARGS`` under xcb; ``env`` must carry DISPLAY.

    ``module`` exists so the suite can check this launcher with a stand-in program.
    """
    full_env = merged_env({"QT_QPA_PLATFORM": "xcb"}, env)
    if "DISPLAY" not in full_env:
        pytest.fail("launch_app needs DISPLAY in env: pass xserver.env", pytrace=False)
    argv = [sys.executable, "-m", module, *(["--minimized"] if minimized else []), *args]
    process = start(name, argv, env=full_env, log_dir=log_dir)
    return AppProcess(process, Path(full_env["CLIFFHANGER_HOME"]))


def wait_for_log(
    path: Path, pattern: str, timeout: float = 30.0, *, app: AppProcess | None = None
) -> re.Match[str]:
    """Poll ``path`` until the regular expression ``pattern`` matches its text; return the match."""
    regex = re.compile(pattern, re.MULTILINE)
    deadline = time.monotonic() + timeout
    while True:
        text = path.read_text(errors="replace") if path.exists() else ""
        match = regex.search(text)
        if match:
            return match
        if app is not None and not app.alive():
            pytest.fail(f"the app exited before its log matched {pattern!r}\n{app.describe()}", pytrace=False)
        if time.monotonic() > deadline:
            report = app.describe() if app is not None else f"--- {path} ---\n{text[-4000:]}"
            pytest.fail(
                f"timed out after {timeout:g} s waiting for {pattern!r} in {path}\n{report}", pytrace=False
            )
        time.sleep(POLL_INTERVAL)

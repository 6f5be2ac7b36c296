"""Start real programs for tests, wait on them with bounded polls, and stop their whole process group."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

_PR_SET_PDEATHSIG = 1
POLL_INTERVAL = 0.05


def require(binary: str, package: str) -> str:
    """Return the path of ``binary``, failing the test run with the Debian package that provides it."""
    path = shutil.which(binary)
    if path is None:
        pytest.fail(
            f"{binary!r} is not installed: install the Debian package {package!r} "
            "(it is listed in tests/system-packages.txt; tests/run installs them all)",
            pytrace=False,
        )
    return path


def merged_env(*overlays: Mapping[str, str | None], base: Mapping[str, str] | None = None) -> dict[str, str]:
    """Overlay ``overlays`` on ``base`` (default: ``os.environ``); a value of None removes the variable."""
    env = dict(os.environ if base is None else base)
    for overlay in overlays:
        for key, value in overlay.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
    return env


def apply_env(monkeypatch: pytest.MonkeyPatch, overlay: Mapping[str, str | None]) -> None:
    """Set this process's environment from ``overlay`` for one test; a None value removes the variable."""
    for key, value in overlay.items():
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)


def no_session_bus(directory: Path) -> str:
    """A session bus address where nothing listens: libdbus then fails fast instead of autolaunching a bus."""
    return f"unix:path={directory / 'no-session-bus'}"


def _die_with_parent() -> None:
    # Runs in the child between fork and exec: the kernel kills it if the test run dies first.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


@dataclass
class RunningProcess:
    """A program started in its own process group, with stdout and stderr captured to files."""

    name: str
    popen: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path
    _files: list[IO[Any]] = field(default_factory=list, repr=False)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def stdout(self) -> str:
        return _read(self.stdout_path)

    def stderr(self) -> str:
        return _read(self.stderr_path)

    def describe(self) -> str:
        """A report of this process for failure messages: state, stderr and stdout."""
        state = "running" if self.alive() else f"exited with code {self.popen.returncode}"
        return (
            f"{self.name} (pid {self.pid}) is {state}\n"
            f"--- {self.name} stderr ---\n{_tail(self.stderr())}\n"
            f"--- {self.name} stdout ---\n{_tail(self.stdout())}"
        )

    def stop(self, timeout: float = 5.0) -> int | None:
        """Send SIGTERM to the process group, SIGKILL after ``timeout`` seconds; return the exit code."""
        try:
            _signal_group(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout)
            _signal_group(self.popen.pid, signal.SIGKILL)  # anything the program left behind in its group
        finally:
            for handle in self._files:
                handle.close()
            self._files.clear()
        return self.popen.returncode


def start(
    name: str,
    argv: list[str],
    *,
    env: Mapping[str, str],
    log_dir: Path,
    stdin: bytes | None = None,
    pass_fds: tuple[int, ...] = (),
    cwd: Path | None = None,
) -> RunningProcess:
    """Start ``argv`` in a new session; its output goes to ``log_dir/name.stdout`` and ``.stderr``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{name}.stdout", log_dir / f"{name}.stderr"
    out, err = out_path.open("wb"), err_path.open("wb")
    popen = subprocess.Popen(
        argv,
        env=dict(env),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=out,
        stderr=err,
        pass_fds=pass_fds,
        cwd=cwd,
        start_new_session=True,
        preexec_fn=_die_with_parent,
    )
    if stdin is not None:
        assert popen.stdin is not None
        popen.stdin.write(stdin)
        popen.stdin.close()
    return RunningProcess(name, popen, out_path, err_path, [out, err])


def wait_until(
    predicate: Callable[[], Any],
    *,
    timeout: float,
    what: str,
    process: RunningProcess | None = None,
    interval: float = POLL_INTERVAL,
) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail with ``what`` and the process's output."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if process is not None and not process.alive():
            pytest.fail(
                f"{process.name} exited while waiting for {what}\n{process.describe()}", pytrace=False
            )
        if time.monotonic() > deadline:
            report = f"\n{process.describe()}" if process is not None else ""
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}{report}", pytrace=False)
        time.sleep(interval)


def run_quietly(
    argv: list[str], env: Mapping[str, str], timeout: float = 10.0
) -> subprocess.CompletedProcess[str]:
    """Run a short command-line tool to completion, capturing its text output."""
    return subprocess.run(
        argv,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except FileNotFoundError:
        return ""


def _tail(text: str, limit: int = 4000) -> str:
    return text if len(text) <= limit else "[...]\n" + text[-limit:]

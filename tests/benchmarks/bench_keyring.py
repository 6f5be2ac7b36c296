"""Choosing the keyring backend: the app's direct Secret Service choice against keyring's own search.

Run on demand:  .venv/bin/python tests/benchmarks/bench_keyring.py [--runs 7]

A private session bus and an unlocked gnome-keyring-daemon are started (as the test fixtures do). Each run is
a whole process that reads one secret: the floor lets keyring choose (`keyring.get_keyring()`, which imports
and rates every backend it knows); the app asks `secrets.default_store()`. They alternate (floor, app, floor,
app...); medians, spread and the ratio are printed, with `python -c "import keyring"` for scale.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.dbus import start_dbus
from support.processes import merged_env
from support.secret_service import start_secret_service

FLOOR = "import keyring\nprint(type(keyring.get_keyring()).__name__, keyring.get_password('bench', 'k'))\n"
APP = (
    "from cliffhanger import secrets\n"
    "store = secrets.default_store()\n"
    "print(store.backend_name, store.get('k'))\n"
)
IMPORT = "import keyring\n"


def timed(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return elapsed


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def bench(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bus = start_dbus(Path(tmp) / "bus")
        service = start_secret_service(bus, Path(tmp) / "keyring")
        try:
            env = merged_env(service.env, {"HOME": tmp, "XDG_CONFIG_HOME": str(Path(tmp) / "config")})
            timed(FLOOR, env), timed(APP, env)  # warm
            floors, apps, imports = [], [], []
            for _ in range(runs):  # interleaved: floor, app, floor, app...
                floors.append(timed(FLOOR, env))
                apps.append(timed(APP, env))
                imports.append(timed(IMPORT, env))
        finally:
            service.process.stop()
            bus.process.stop()
    ratio = statistics.median(apps) / statistics.median(floors)
    print(f"read one secret, {runs} interleaved runs: app (direct Secret Service) {_spread(apps)}; "
          f"floor (keyring chooses) {_spread(floors)}; ratio {ratio:.2f}x; "
          f"import keyring alone {_spread(imports)}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    bench(parser.parse_args().runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

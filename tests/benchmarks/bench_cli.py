"""Command-line speed with 10,000 titles, against `python -c` with sqlmodel and one query, in the same run.

Run on demand:  .venv/bin/python tests/benchmarks/bench_cli.py [--runs 7] [--size 10000]

Each command is a whole process, timed from spawn to exit, alternating with its floor:

- `list --json` against a script that imports sqlmodel, opens an engine on the same database and prints
  every row of the title table as JSON;
- `show TITLE --json` against the same script fetching that one title's row by name;
- `list` (the text table) against the `list --json` floor.

Medians, spread (min-max) and ratio to the floor are printed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = r"""
import json, sys
from sqlmodel import Session, create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    if len(sys.argv) > 2:
        rows = session.execute(text("SELECT * FROM title WHERE name = :n"), {"n": sys.argv[2]}).all()
    else:
        rows = session.execute(text("SELECT * FROM title")).all()
print(json.dumps([dict(r._mapping) for r in rows], default=str))
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr}")
    return elapsed


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def bench(size: int, runs: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import seed

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        db = seed(home, size)
        env = {**os.environ, "CLIFFHANGER_HOME": str(home)}
        with sqlite3.connect(db) as connection:
            query = "SELECT name FROM title ORDER BY id LIMIT 1 OFFSET ?"
            (name,) = connection.execute(query, (size // 2,)).fetchone()
        app = [sys.executable, "-m", "cliffhanger"]
        floor = [sys.executable, "-c", FLOOR, str(db)]
        cases = (
            ("list --json", [*app, "list", "--json"], floor, 1.5),
            (f"show {name!r} --json", [*app, "show", name, "--json"], [*floor, name], 1.3),
            ("list (text)", [*app, "list"], floor, None),
        )
        for label, command, floor_command, goal in cases:
            timed(floor_command, env), timed(command, env)  # warm
            floors, apps = [], []
            for _ in range(runs):  # interleaved: floor, app, floor, app...
                floors.append(timed(floor_command, env))
                apps.append(timed(command, env))
            ratio = statistics.median(apps) / statistics.median(floors)
            aim = f"; goal <= {goal}x" if goal else ""
            print(f"{label}, {size} titles, {runs} interleaved runs: {_spread(apps)}; "
                  f"floor {_spread(floors)}; ratio {ratio:.2f}x{aim}", flush=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=10_000)
    options = parser.parse_args()
    bench(options.size, options.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

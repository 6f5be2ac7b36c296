"""`cliffhanger calendar ...` as a real subprocess, against a real Radicale, with the password in a real
Secret Service (gnome-keyring) and nowhere else."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from support.cli import run_cli
from support.radicale import PASSWORD, USER

pytestmark = pytest.mark.keyring


def _add_the_users_case(env) -> None:
    steps = [
        ("add", "All of Us Are Dead", "--season", "2", "--network", "Netflix", "--watch", "waiting"),
        ("expect", "All of Us Are Dead", "--season", "2", "December 2026", "--confidence", "reported",
         "--source", "Early reports"),
        ("remind", "All of Us Are Dead", "--season", "2", "--on-release-day", "--at-time", "08:00"),
    ]  # fmt: skip
    for step in steps:
        done = run_cli(*step, env=env)
        assert done.returncode == 0, done.stderr


def _stored_password(env) -> str | None:
    code = "import keyring; print(keyring.get_password('cliffhanger', 'caldav'))"
    import subprocess
    import sys

    from support.processes import merged_env

    done = subprocess.run([sys.executable, "-c", code], env=merged_env(env), capture_output=True, text=True)
    return None if done.stdout.strip() == "None" else done.stdout.strip()


def test_connect_status_sync_and_disconnect_with_the_password_in_the_keyring(secret_service, radicale):
    env = secret_service.env
    _add_the_users_case(env)
    done = run_cli(
        "calendar",
        "connect",
        radicale.url,
        "--user",
        USER,
        "--password-stdin",
        env=env,
        input=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Connected to the calendar “Cliffhanger”" in done.stdout
    assert _stored_password(env) == PASSWORD
    synced = run_cli("calendar", "sync", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "Calendar synced: 1 added, 0 updated, 0 removed." in synced.stdout
    status = json.loads(run_cli("calendar", "status", "--json", env=env).stdout)
    assert status["connected"] and status["pending"] == 0 and status["password_stored"]
    assert status["calendar"] == "Cliffhanger" and status["synced_at"]
    assert len(radicale.events()) == 1
    home = Path(os.environ["CLIFFHANGER_HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    gone = run_cli("calendar", "disconnect", env=env)
    assert gone.returncode == 0 and _stored_password(env) is None
    assert "No calendar is connected" in run_cli("calendar", "status", env=env).stdout


def test_a_wrong_password_is_a_plain_message_and_exit_1(secret_service, radicale):
    env = secret_service.env
    done = run_cli(
        "calendar", "connect", radicale.url, "--user", USER, "--password-stdin", env=env, input="nope\n"
    )
    assert done.returncode == 1
    assert "refused the user name or password (401)" in done.stderr and "Traceback" not in done.stderr
    assert _stored_password(env) is None


def test_without_a_keyring_connect_refuses_and_says_why(radicale):
    done = run_cli(
        "calendar", "connect", radicale.url, "--user", USER, "--password-stdin", input=PASSWORD + "\n"
    )
    assert done.returncode == 1 and "no system keyring is available" in done.stderr


def test_bad_input_exits_2():
    assert run_cli("calendar", "sync").returncode == 2
    done = run_cli("calendar", "connect", "ftp://example", "--user", USER, "--password-stdin", input="x\n")
    assert done.returncode == 2 and "not a web address" in done.stderr

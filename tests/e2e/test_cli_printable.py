"""What a user types is stored clean, and nothing the command line prints carries control characters."""

from __future__ import annotations

import json

import pytest

from support.cli import run_cli

pytestmark = pytest.mark.slow  # slow: each test starts its own process; tests/run runs it

EVIL = "Red\x1b[31m Alert\x1b]0;pwned\x07\u202eevil\x01"  # argv can carry no NUL


def test_a_typed_name_is_stored_clean_and_printed_without_escapes():
    added = run_cli("add", EVIL, "--network", "Net\x1b[2Jflix")
    assert added.returncode == 0, added.stderr
    listed = json.loads(run_cli("list", "--json").stdout)
    assert [t["title"] for t in listed] == ["Red[31m Alert]0;pwnedevil"]
    shown = run_cli("show", "Red[31m Alert]0;pwnedevil")
    assert shown.returncode == 0, shown.stderr
    for output in (added.stdout, added.stderr, shown.stdout, shown.stderr):
        assert not any(ch in output for ch in "\x1b\x07\x00\u202e")


def test_an_error_quoting_hostile_input_prints_it_harmlessly():
    result = run_cli("show", "no such \x1b[2J title\x07")
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "[2J" in result.stderr


def test_a_huge_typed_name_is_capped():
    assert run_cli("add", "x" * 100_000).returncode == 0
    assert len(json.loads(run_cli("list", "--json").stdout)[0]["title"]) == 300

"""Two titles of one name, told apart on the command line by year or by id."""

from __future__ import annotations

import re

import pytest

from support.cli import run_cli

pytestmark = pytest.mark.slow  # slow: each test starts its own process; tests/run runs it


def test_doctor_who_1963_and_2005_can_each_be_shown():
    assert run_cli("add", "Doctor Who", "--year", "1963").returncode == 0
    assert run_cli("add", "Doctor Who", "--year", "2005", "--network", "BBC One").returncode == 0
    ambiguous = run_cli("show", "Doctor Who")
    assert ambiguous.returncode == 2
    ids = dict(re.findall(r"Doctor Who \((\d{4})\) #(\d+)", ambiguous.stderr))
    assert set(ids) == {"1963", "2005"}
    by_year = run_cli("show", "Doctor Who (2005)")
    assert by_year.returncode == 0 and "BBC One" in by_year.stdout
    by_id = run_cli("show", f"#{ids['1963']}")
    assert by_id.returncode == 0 and "1963" in by_id.stdout and "BBC One" not in by_id.stdout
    assert run_cli("remove", f"#{ids['2005']}").returncode == 0
    assert run_cli("show", "Doctor Who").returncode == 0  # only one left
    assert run_cli("show", "#999999").returncode == 2

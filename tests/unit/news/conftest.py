"""Collects the news corpus figures and prints them after the run."""

import pytest

_REPORT: list[str] = []


@pytest.fixture
def news_report() -> list[str]:
    return _REPORT


def pytest_terminal_summary(terminalreporter):
    for block in _REPORT:
        terminalreporter.write_line(block)

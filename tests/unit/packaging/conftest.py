"""Fixtures for the packaging tests; the helpers themselves are in packaging_helpers.py."""

from __future__ import annotations

from types import ModuleType

import pytest
from packaging_helpers import load_script


@pytest.fixture(scope="session")
def icons() -> ModuleType:
    return load_script("icons.py")


@pytest.fixture(scope="session")
def installer() -> ModuleType:
    return load_script("linux/install.py")

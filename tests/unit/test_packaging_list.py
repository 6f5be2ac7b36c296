"""The wheel's package list names every package of the source tree, and ships the top-level resources."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_package_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "desktop").parts)
        for init in (ROOT / "desktop" / "cliffhanger").rglob("__init__.py")
    }
    assert listed == found | {"cliffhanger.resources"}

"""The committed translations are in step with the code: every text extracted, every .qm compiled from its
.ts. Runs pyside6-lupdate and lrelease for real into a scratch folder (packaging/translations.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _translations():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def problems() -> list[str]:
    return _translations().problems()


def test_every_text_in_the_code_is_extracted_and_the_qm_files_are_current(problems):
    stale = [p for p in problems if "untranslated" not in p]
    assert not stale, "run `python packaging/translations.py update` then `compile`:\n" + "\n".join(stale)


def test_the_german_translation_is_complete(problems):
    missing = [p for p in problems if p.startswith("de: untranslated")]
    assert not missing, "\n".join(missing[:40])

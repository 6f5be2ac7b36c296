"""The bundle's trimmed ICU data: the items kept, the package format, and Qt on the rebuilt library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import load_script

icu = load_script("icu_data.py")


@pytest.mark.parametrize(
    ("name", "size", "kept"),
    [
        ("icudt73l/root.res", 30_000, True),
        ("icudt73l/de.res", 30_000, True),
        ("icudt73l/de_AT.res", 3_000, True),
        ("icudt73l/en_GB.res", 3_000, True),
        ("icudt73l/fr.res", 30_000, False),
        ("icudt73l/ars.res", 3_000, False),
        ("icudt73l/zoneinfo64.res", 150_000, True),
        ("icudt73l/metaZones.res", 40_000, True),
        ("icudt73l/pool.res", 160_000, True),
        ("icudt73l/res_index.res", 4_000, True),
        ("icudt73l/cnvalias.icu", 100_000, True),
        ("icudt73l/uprops.icu", 100_000, True),
        ("icudt73l/unames.icu", 300_000, False),
        ("icudt73l/rfc3491.spp", 20_000, False),
        ("icudt73l/ibm-5348_P100-1997.cnv", 3_000, True),
        ("icudt73l/gb18030.cnv", 230_000, False),
        ("icudt73l/coll/ucadata.icu", 570_000, True),
        ("icudt73l/coll/de.res", 3_000, True),
        ("icudt73l/coll/zh.res", 700_000, False),
        ("icudt73l/zone/de_CH.res", 3_000, True),
        ("icudt73l/zone/tzdbNames.res", 3_000, True),
        ("icudt73l/zone/fr.res", 30_000, False),
        ("icudt73l/brkitr/cjdict.dict", 2_000_000, False),
        ("icudt73l/translit/root.res", 1_000_000, False),
        ("icudt73l/lang/de.res", 30_000, False),
    ],
)
def test_kept(name, size, kept):
    assert icu.kept(name, size) is kept


def item(payload: bytes) -> bytes:
    return b"\x20\x00\xda\x27" + bytes(28) + payload


def test_a_written_package_reads_back_in_name_order():
    header = b"\x20\x00\xda\x27\x14\x00\x00\x00\x00\x00\x02\x00CmnD" + bytes(16)
    items = [("pkg/b.res", item(b"bee")), ("pkg/a.res", item(b"a" * 21)), ("pkg/coll/a.res", item(b"c"))]
    blob = icu.write_package(header, items)
    read_header, read_items = icu.read_package(blob)
    assert read_header == header
    assert [name for name, _data in read_items] == ["pkg/a.res", "pkg/b.res", "pkg/coll/a.res"]
    for name, data in read_items:
        assert data.rstrip(b"\0") == dict(items)[name].rstrip(b"\0")
        assert (blob.index(data) - len(header)) % 16 == 0


def test_something_else_is_not_read_as_a_package():
    with pytest.raises(ValueError, match="common data"):
        icu.read_package(b"\x20\x00\xda\x27\x14\x00\x00\x00\x00\x00\x02\x00ResB" + bytes(16))


QT_CHECK = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
german = QLocale("de_DE")
zone = QTimeZone(b"Europe/Berlin").displayName(QTimeZone.StandardTime, QTimeZone.LongName, german)
words = sorted(["Zebra", "Öl", "Ofen", "apfel", "Äpfel"], key=QCollator(german).sortKey)
print(zone, *words, QLocale("tr_TR").toUpper("istanbul"))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not icu.tools_present(), reason="ELF and binutils"
)
def test_qt_collates_names_zones_and_cases_on_the_rebuilt_library(tmp_path):
    import PySide6

    (original,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    rebuilt = icu.rebuild(original, tmp_path / original.name)
    assert rebuilt.stat().st_size < original.stat().st_size / 5
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "LD_DEBUG": "libs"}
    run = subprocess.run(
        [sys.executable, "-c", QT_CHECK], env=env, capture_output=True, text=True, check=True
    )
    assert f"trying file={rebuilt}" in run.stderr
    assert run.stdout.split() == [
        "Mitteleuropäische",
        "Normalzeit",
        "apfel",
        "Äpfel",
        "Ofen",
        "Öl",
        "Zebra",
        "İSTANBUL",
    ]

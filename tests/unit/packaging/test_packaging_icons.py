"""Icon files: hicolor PNG sizes match their folders, and the ICO and ICNS hold the right PNG sizes."""

from __future__ import annotations

import struct

import pytest
from packaging_helpers import ROOT, load_script

ICONS = ROOT / "resources" / "icons"


def test_hicolor_has_the_usual_sizes_and_a_scalable_icon(icons):
    sizes = icons.app_icon_pngs()
    assert {16, 22, 24, 32, 48, 64, 128, 256, 512} <= set(sizes)
    assert icons.app_icon_svg().read_text(encoding="utf-8").lstrip().startswith(("<svg", "<?xml"))


def test_a_png_in_the_wrong_folder_is_an_error(icons, tmp_path):
    folder = tmp_path / "hicolor" / "32x32" / "apps"
    folder.mkdir(parents=True)
    (folder / "cliffhanger.png").write_bytes((ICONS / "hicolor/16x16/apps/cliffhanger.png").read_bytes())
    with pytest.raises(ValueError, match="16x16"):
        icons.app_icon_pngs(tmp_path)


def ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    entries = []
    for index in range(count):
        width, height, _c, _r, _p, _b, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height
        entries.append((width or 256, data[offset : offset + size]))
    return entries


def icns_entries(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, position = [], 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        entries.append((kind, data[position + 8 : position + length]))
        position += length
    assert position == len(data)
    return entries


def test_ico_holds_16_to_256(icons):
    entries = ico_entries((ICONS / "cliffhanger.ico").read_bytes())
    assert [size for size, _ in entries] == [16, 24, 32, 48, 64, 128, 256]
    for size, png in entries:
        assert icons.png_size(png) == (size, size)


def test_icns_entries_hold_pngs_of_their_type_size(icons):
    platform_icons = load_script("make_platform_icons.py")
    expected = dict(platform_icons.ICNS_TYPES)
    entries = icns_entries((ICONS / "cliffhanger.icns").read_bytes())
    assert {kind for kind, _ in entries} == set(expected)
    for kind, png in entries:
        assert icons.png_size(png) == (expected[kind], expected[kind])


def test_committed_platform_icons_are_up_to_date(icons):
    platform_icons = load_script("make_platform_icons.py")
    pngs = {size: path.read_bytes() for size, path in icons.app_icon_pngs().items()}
    ico = platform_icons.ico_bytes({size: pngs[size] for size in platform_icons.ICO_SIZES})
    assert (ICONS / "cliffhanger.ico").read_bytes() == ico, "run packaging/make_platform_icons.py"
    assert (ICONS / "cliffhanger.icns").read_bytes() == platform_icons.icns_bytes(pngs)


def test_png_size_rejects_other_files(icons):
    with pytest.raises(ValueError):
        icons.png_size(b"GIF89a" + bytes(30))

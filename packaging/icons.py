"""The app icon files in resources/icons: the scalable SVG and the PNGs at each size, read from PNG headers.

Used by the build (to lay out hicolor icons in the bundle) and by `make_platform_icons.py`.
"""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.cliffhanger.Cliffhanger"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
APP_ICON_PNG = "cliffhanger.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError if `data` is not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def app_icon_pngs(icons: Path = ICONS) -> dict[int, Path]:
    """The app icon PNGs (hicolor/<N>x<N>/apps/cliffhanger.png) by pixel size, as read from each file.

    A file whose header disagrees with its folder, or that is not square, is an error: it would be installed
    under the wrong size.
    """
    found: dict[int, Path] = {}
    for path in sorted(icons.glob(f"hicolor/*/apps/{APP_ICON_PNG}")):
        width, height = png_size(path.read_bytes()[:24])
        if path.parts[-3] != f"{width}x{height}" or width != height:
            raise ValueError(f"{path} is {width}x{height}, which does not match its folder")
        found[width] = path
    return dict(sorted(found.items()))


def app_icon_svg(icons: Path = ICONS) -> Path:
    return icons / "cliffhanger.svg"

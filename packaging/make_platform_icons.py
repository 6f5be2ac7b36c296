"""Write resources/icons/cliffhanger.ico (Windows) and cliffhanger.icns (macOS) from the hicolor PNGs.

Both containers hold the PNG files as they are (Windows Vista and later, macOS 10.7 and later read PNG
entries), so no image library is needed: `python packaging/make_platform_icons.py`.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from icons import ICONS, app_icon_pngs

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (the @2x types repeat a size for Retina screens).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file: a 6-byte header, a 16-byte directory entry per image, then the PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' and the total length, then (type, length, PNG data) elements."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size]
        for kind, size in ICNS_TYPES
        if size in images
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    pngs = {size: path.read_bytes() for size, path in app_icon_pngs().items()}
    missing = [size for size in (*ICO_SIZES, 512) if size not in pngs]
    if missing:
        print(f"make_platform_icons: no hicolor PNG for sizes {missing}; run packaging/render_icons.py")
        return 1
    ico = ICONS / "cliffhanger.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = ICONS / "cliffhanger.icns"
    icns.write_bytes(icns_bytes(pngs))
    print(f"wrote {ico} ({len(ICO_SIZES)} sizes) and {icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

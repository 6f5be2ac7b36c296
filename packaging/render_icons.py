"""Render the app icon's PNG sizes (and the tray variant's) from the SVG sources with QSvgRenderer.

Run from the repository root after changing an SVG:  python packaging/render_icons.py
Writes resources/icons/hicolor/<size>x<size>/apps/cliffhanger.png
and resources/icons/tray/cliffhanger-<size>.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TRAY_SIZES = (16, 22, 24, 32, 48, 64)


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(target.relative_to(ICONS.parents[1]))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in APP_SIZES:
        render(
            ICONS / "cliffhanger.svg", size, ICONS / "hicolor" / f"{size}x{size}" / "apps" / "cliffhanger.png"
        )
    for size in TRAY_SIZES:
        render(ICONS / "cliffhanger-tray.svg", size, ICONS / "tray" / f"cliffhanger-{size}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

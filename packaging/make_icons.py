"""Renders resources/icons/desk.svg into the platform icons the executables carry.

    .venv/bin/python packaging/make_icons.py   # needs Pillow (not a desk dependency)

Run it after changing the SVG and commit the results: building the bundle then needs
neither Pillow nor an SVG renderer, on any OS. Windows wants a multi-size .ico, macOS
an .icns; Linux desktops use the SVG itself.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "desk.svg"


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (QPainter wants one)
    big = render(1024)
    render(256).save(
        ROOT / "packaging" / "windows" / "desk.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(ROOT / "packaging" / "macos" / "desk.icns")


if __name__ == "__main__":
    main()

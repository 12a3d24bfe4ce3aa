"""Draw installer/samverkan.ico from resources/icons/samverkan.svg.

Windows wants an .ico for the executable, the Start-menu entry and the
installer; the application's own icon is the SVG. Qt's SVG renderer draws it at
each size Explorer asks for and Pillow (already there: reportlab needs it)
packs the images into one file. The .ico is committed, so a build needs neither;
run this again after changing the SVG:

    .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "samverkan.svg"
ICO = Path(__file__).resolve().with_name("samverkan.ico")
# The sizes Explorer, the taskbar and the Start menu use at 100-200 % scaling.
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(svg: Path, size: int) -> Image.Image:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: cannot read {svg}")
    # RGBA8888: bytes in R, G, B, A order whatever the machine, not premultiplied.
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images = [render(SVG, size) for size in SIZES]
    # Pillow writes one entry per size in `sizes`, each scaled from the largest
    # image unless an image of that exact size is appended: give it all of them.
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(ICO)
    return 0


if __name__ == "__main__":
    sys.exit(main())

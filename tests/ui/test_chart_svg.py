"""The situation page's own SVG writer draws every shape the charts use and refuses others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String

from ui.situation.chart_svg import drawing_svg


def test_rects_lines_strings_and_groups_load_in_qtsvg() -> None:
    drawing = Drawing(200, 100)
    group = Group(Rect(10, 10, 50, 30, fillColor=None), Line(0, 0, 200, 100))
    group.add(String(20, 60, "Fittja – 12", fontName="Helvetica", fontSize=9))
    drawing.add(group)
    svg = drawing_svg(drawing, {})
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    assert "Fittja – 12" in svg


def test_a_shape_it_does_not_know_is_refused() -> None:
    drawing = Drawing(100, 100)
    drawing.add(Circle(50, 50, 10))
    with pytest.raises(TypeError):
        drawing_svg(drawing, {})

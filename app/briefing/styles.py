"""The briefing's look: one font, greys only, sizes and spacing in one place.

Everything must read on a black-and-white office printer: series are told
apart by grey level *and* pattern, emphasis is bold on a darker grey, never
colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.briefing import fonts

PAGE_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm  # room for the header with the classification
BOTTOM_MARGIN = 20 * mm

INK = colors.black
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.93, 0.93, 0.93)  # table headings, zebra
EMPHASIS = colors.Color(0.72, 0.72, 0.72)  # the highest cells of the matrix
MUTED = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    title: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    point: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle


@cache
def styles() -> Styles:
    regular, bold = fonts.register()
    # bulletFontName too: its default is Helvetica, referenced but never embedded.
    body = ParagraphStyle(
        "body", fontName=regular, bulletFontName=regular, fontSize=10, leading=14, textColor=INK
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    return Styles(
        regular=regular,
        bold=bold,
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=20, leading=25),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=bold, fontSize=28, leading=34, spaceAfter=6
        ),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=12, leading=17),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=True,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        body=body,
        point=ParagraphStyle(
            "point", parent=body, fontSize=10.5, leading=15, leftIndent=12, bulletIndent=0
        ),
        note=ParagraphStyle(
            "note", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=ParagraphStyle("head", parent=head, alignment=TA_LEFT),
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
    )

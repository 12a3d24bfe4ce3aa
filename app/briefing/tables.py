"""Table helpers of the briefing: one look for every table (grey rules, shaded heading)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from app.briefing.rtl import markup, paragraph, shaped_line
from app.briefing.styles import INK, RULE, SHADE, styles
from app.services import identity_numbers

Cell: TypeAlias = Any  # a Flowable (Paragraph, Drawing) or a plain string
CELL_PADDING = 4  # a cell's left and right padding (grid)


def para(words: str, *, bold: bool = False, right: bool = False) -> Paragraph:
    s = styles()
    style = s.cell_right if right else s.cell_bold if bold else s.cell
    content = markup(words)
    return paragraph(f"<b>{content}</b>" if bold and right else content, style)


def heading_row(
    titles: Sequence[str], right_from: int | None = None, *, size: float | None = None
) -> list[Cell]:
    s = styles()
    cells: list[Cell] = []
    for i, title in enumerate(titles):
        style = s.head_right if right_from is not None and i >= right_from else s.head
        if size is not None:
            style = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size)
        cells.append(paragraph(markup(title), style))
    return cells


def upright_headings(titles: Sequence[str], size: float = 7.5) -> list[Drawing]:
    """Column headings written bottom to top, for narrow columns with long names (the
    districts across the matrix): the names stay whole instead of breaking mid-word."""
    bold = styles().bold
    tallest = max((stringWidth(t, bold, size) for t in titles), default=0) + 2
    drawings = []
    for title in titles:
        drawing = Drawing(size + 2, tallest, initialFontName=bold, initialFontSize=size)
        turned = Group(String(0, 0, shaped_line(title, bold, size), fontName=bold, fontSize=size))
        turned.rotate(90)
        turned.translate(0, -size)
        drawing.add(turned)
        drawing.hAlign = "RIGHT"
        drawings.append(drawing)
    return drawings


def font_commands() -> list[tuple[object, ...]]:
    """A table's own font: without it reportlab selects Helvetica for every cell, and
    the document references (without embedding) a font it never shows."""
    return [("FONT", (0, 0), (-1, -1), styles().regular, 8.5)]


def grid(
    rows: list[list[Cell]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[object, ...]] = (),
    repeat: int = 1,
) -> Table:
    """A table with a shaded heading row, thin rules between rows and a firm one under
    the heading; `extra` adds style commands (emphasis, alignment)."""
    table = Table(rows, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *font_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                *extra,
            ]
        )
    )
    return table


def free(words: str) -> str:
    """Free text typed by an officer, identity numbers masked. The services refuse
    them now, but older meetings, action items and risk dates may still hold one,
    and a briefing is printed and handed round."""
    return identity_numbers.mask(words)


def column_for_words(
    texts: Sequence[str],
    least: float,
    most: float,
    *,
    bold: bool = False,
    heading: str = "",
    heading_size: float | None = None,
) -> float:
    """A column wide enough that its longest word stays whole ("länskommunikationscentralen"),
    the bold heading's too, within least..most: a Paragraph wraps at spaces, but splits
    a word that is wider than its cell."""
    s = styles()
    size = s.cell.fontSize
    font = s.bold if bold else s.cell.fontName
    widths = [stringWidth(w, font, size) for t in texts for w in t.split()]
    widths += [stringWidth(w, s.bold, heading_size or size) for w in heading.split()]
    return min(max(least, max(widths, default=0.0) + 2 * CELL_PADDING + 1), most)

"""The optional appendix: every incident of the period, one line each.

At 10,000 incidents this is some 200 pages, so it is built for speed: plain
strings in the cells (no Paragraph per cell, except for right-to-left
text, which only a Paragraph is shaped in), summaries cut to the column
with an ellipsis, fixed row heights, and one Table per page, so that
reportlab never re-measures and re-splits one table of 10,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable as FlowableBase

from app.briefing import numbers
from app.briefing.briefing_data import AppendixRow, BriefingData
from app.briefing.rtl import has_right_to_left, markup, paragraph
from app.briefing.styles import INK, RULE, SHADE, styles
from app.briefing.texts import severity_title
from app.i18n import catalog

FONT_SIZE = 7.2
ROW_HEIGHT = 12.6
PADDING = 3
WIDTHS = (17 * mm, 26.5 * mm, 36 * mm, 20 * mm, 15 * mm, 0.0)  # the summary takes the rest
ELLIPSIS = "\u2026"


def appendix_story(
    data: BriefingData, number: int, frame_height: float, width: float
) -> list[Flowable]:
    """The appendix's heading, its note and one table a page."""
    appendix = data.appendix
    if appendix is None:
        return []
    lang = data.language
    words = catalog(lang)
    s = styles()
    note = words.translate("briefing", "%Ln incident(s).", None, len(appendix.rows))
    if appendix.secret_left_out:
        left_out = words.translate(
            "briefing",
            "%Ln incident(s) marked secret are left out.",
            None,
            appendix.secret_left_out,
        )
        note = f"{note} {left_out}"
    title = words.translate("briefing", "Appendix: the incidents of the period")
    heading = paragraph(f"{number}&nbsp;&nbsp;{markup(title)}", s.h1)
    told = paragraph(markup(note), s.note)
    used = sum(_height(f, width) for f in (heading, told)) + 6
    parts: list[Flowable] = [PageBreak(), heading, told]
    widths = _widths(width)
    first = True
    for chunk in _pages(appendix.rows, frame_height - used, frame_height):
        if not first:
            parts.append(PageBreak())
        parts.append(_table(chunk, widths, data))
        first = False
    if not appendix.rows:
        parts.append(paragraph("–", s.body))
    return parts


def _height(flowable: FlowableBase, width: float) -> float:
    _, height = flowable.wrap(width, 10_000)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _pages(
    rows: Sequence[AppendixRow], first_room: float, room: float
) -> Iterator[Sequence[AppendixRow]]:
    """Slices of the rows that fill a page each, with a row to spare against rounding."""
    start, space = 0, first_room
    while start < len(rows):
        fits = max(int(space // ROW_HEIGHT) - 2, 1)  # less the heading row and the spare
        yield rows[start : start + fits]
        start += fits
        space = room


def _widths(width: float) -> list[float]:
    widths = list(WIDTHS)
    widths[-1] = width - sum(widths)
    return widths


def _table(rows: Sequence[AppendixRow], widths: list[float], data: BriefingData) -> Table:
    s, lang = styles(), data.language
    words = catalog(lang)
    room = widths[-1] - 2 * PADDING
    heads = [
        words.translate("briefing", "Reference"),
        words.translate("briefing", "Time"),
        words.translate("briefing", "Category"),
        words.translate("briefing", "District"),
        words.translate("briefing", "Severity"),
        words.translate("briefing", "Summary"),
    ]
    cells: list[list[str | Paragraph]] = [heads]
    for row in rows:
        cells.append(
            [
                row.reference,
                numbers.local_time(row.occurred_at, lang),
                _fitted(data.category_title(row.category), widths[2] - 2 * PADDING, s.regular),
                _fitted(row.district or "–", widths[3] - 2 * PADDING, s.regular),
                severity_title(row.severity, lang),
                _fitted(row.summary, room, s.regular),
            ]
        )
    table = Table(cells, colWidths=widths, rowHeights=[ROW_HEIGHT] * len(cells), hAlign="LEFT")
    table.setStyle(_style(s.regular, s.bold))
    return table


@lru_cache(maxsize=4)
def _style(regular: str, bold: str) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), regular, FONT_SIZE),
            ("FONT", (0, 0), (-1, 0), bold, FONT_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ]
    )


def _fitted(words: str, room: float, font: str) -> str | Paragraph:
    """The cell's text cut to the column; right-to-left text as a (shaped) Paragraph,
    since reportlab draws a plain string cell unshaped and in logical order."""
    cut = _cut(words, room, font)
    if not has_right_to_left(cut):
        return cut
    return paragraph(markup(cut), _cell_style(font))


@lru_cache(maxsize=4)
def _cell_style(font: str) -> ParagraphStyle:
    return ParagraphStyle(
        "appendix_cell", fontName=font, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.2
    )


def _cut(words: str, room: float, font: str) -> str:
    """The text cut to the width with an ellipsis; one line, line breaks as spaces."""
    words = " ".join(words.split())
    if stringWidth(words, font, FONT_SIZE) <= room:
        return words
    # Start from an estimate by the average character width, then trim.
    keep = max(int(len(words) * room / stringWidth(words, font, FONT_SIZE)), 1)
    while keep > 1 and stringWidth(words[:keep] + ELLIPSIS, font, FONT_SIZE) > room:
        keep -= 1
    return words[:keep].rstrip() + ELLIPSIS

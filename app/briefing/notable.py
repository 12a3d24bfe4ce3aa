"""The notable incidents: every high and critical incident of the period, in time order.

A busy period of a large municipality has a couple of thousand of them, some
hundred pages, and the briefing must still be made in about two seconds. So
the cells are plain strings broken into lines here, once (a Paragraph per
cell is measured and drawn several times over as reportlab splits the table
across pages); only right-to-left text is a Paragraph, since only a Paragraph
is shaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing import numbers
from app.briefing.briefing_data import BriefingData
from app.briefing.rtl import has_right_to_left, markup, paragraph
from app.briefing.styles import styles
from app.briefing.tables import CELL_PADDING, Cell, column_for_words, free, grid, heading_row, para
from app.briefing.texts import severity_title
from app.domain.vocabulary import Severity
from app.i18n import catalog
from app.services.situation_types import NotableIncident

HEADING_SIZE = 7.5  # seven columns: "Kommundel" and "Verifierad" stay whole


def notable(data: BriefingData, number: int, width: float) -> list[Flowable]:
    lang, s = data.language, styles()
    words = catalog(lang)
    title = words.translate("briefing", "Notable incidents")
    heading = paragraph(f"{number}&nbsp;&nbsp;{markup(title)}", s.h1)
    parts: list[Flowable] = [CondPageBreak(50 * mm), heading]
    incidents = sorted(data.situation.notable, key=lambda i: (i.occurred_at, i.id))
    if not incidents:
        none = words.translate("briefing", "No incidents of high or critical severity.")
        return [*parts, paragraph(markup(none), s.body)]
    heads = [
        words.translate("briefing", "Reference"),
        words.translate("briefing", "Time"),
        words.translate("briefing", "Severity"),
        words.translate("briefing", "District"),
        words.translate("briefing", "Category"),
        words.translate("briefing", "Summary"),
        words.translate("briefing", "Verified"),
    ]
    yes, no = words.translate("briefing", "Yes"), words.translate("briefing", "No")
    widths = _widths(incidents, heads, lang, width)
    rows: list[list[Cell]] = [heading_row(heads, size=HEADING_SIZE)]
    extra: list[tuple[object, ...]] = [("LEADING", (0, 1), (-1, -1), s.cell.leading)]
    for index, incident in enumerate(incidents, start=1):
        texts = [
            incident.reference,
            numbers.local_time(incident.occurred_at, lang),
            severity_title(incident.severity, lang),
            incident.district or "–",
            _category(incident, lang),
            # Masked by the service already; masked again here, because a
            # briefing that leaks one number is a briefing too many.
            free(incident.summary),
            yes if incident.verified else no,
        ]
        rows.append([_cell(t, w) for t, w in zip(texts, widths, strict=True)])
        if incident.severity >= int(Severity.CRITICAL):
            extra.append(("FONT", (2, index), (2, index), s.bold, s.cell.fontSize))
    return [
        *parts,
        grid(rows, widths, extra=extra),
        paragraph(
            markup(
                words.translate(
                    "briefing",
                    "Severity high or critical, in time order. Incidents marked secret are "
                    "left out; identity numbers are masked.",
                )
            ),
            s.note,
        ),
    ]


def _widths(
    incidents: Sequence[NotableIncident], heads: list[str], lang: str, width: float
) -> list[float]:
    """The narrow columns as wide as their longest word; the summary takes the rest."""

    def fitted(
        texts: Sequence[str], column: int, least: float, most: float, bold: bool = False
    ) -> float:
        return column_for_words(
            texts, least, most, bold=bold, heading=heads[column], heading_size=HEADING_SIZE
        )

    widths = [
        fitted([i.reference for i in incidents], 0, 18 * mm, 22 * mm),
        21 * mm,  # the date over the time
        # Critical ones are bold: measured so.
        fitted([severity_title(i.severity, lang) for i in incidents], 2, 12 * mm, 18 * mm, True),
        fitted([i.district for i in incidents], 3, 16 * mm, 26 * mm),
        fitted([_category(i, lang) for i in incidents], 4, 26 * mm, 38 * mm),
        0.0,
        fitted([], 6, 10 * mm, 20 * mm),
    ]
    widths[5] = width - sum(widths)
    return widths


def _cell(words: str, width: float) -> Cell:
    """The text broken at spaces to the column, as a plain (fast) string cell."""
    if has_right_to_left(words):
        return para(words)
    s = styles()
    room = width - 2 * CELL_PADDING
    lines = simpleSplit(words, s.cell.fontName, s.cell.fontSize, room)
    if any(stringWidth(line, s.cell.fontName, s.cell.fontSize) > room for line in lines):
        return para(words)  # a word wider than the column: a Paragraph splits it
    return "\n".join(lines)


def _category(incident: NotableIncident, lang: str) -> str:
    return incident.category_en if lang == "en" else incident.category_sv

"""The briefing as an A4 PDF: drawn from BriefingData alone, no query while drawing.

Every page carries the classification in its header and "Sida N av M" with
the time of generation in its footer. The total M is known only at the end,
so the canvas keeps each page until the document is saved and then draws
the header and footer on all of them (the usual numbered-canvas recipe).

The file appears only when complete: it is written beside the target under a
temporary name and renamed, so a failure or a cancel leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.briefing import numbers, sections
from app.briefing.appendix import appendix_story
from app.briefing.briefing_data import BriefingData
from app.briefing.styles import BOTTOM_MARGIN, MUTED, PAGE_MARGIN, RULE, TOP_MARGIN, styles
from app.briefing.texts import briefing_title
from app.errors import SamverkanError
from app.i18n import catalog, translate

Progress = Callable[[int, int], bool]  # (pages done, pages expected) -> keep going?
CREATOR = "Samverkan"
MARKING_SIZE = 8.5  # the classification in the header
TITLE_SIZE = 8  # the running title beside it
HEADER_GAP = 6 * mm  # at least this between the two
ELLIPSIS = "\u2026"


class BriefingCancelled(SamverkanError):
    """The briefing was cancelled; no file was written."""


@dataclass(frozen=True)
class Decoration:
    """What the header and footer of every page say."""

    classification: str
    title: str
    generated: str
    page_of: str  # "Sida {n} av {m}"
    regular: str
    bold: str


def write_briefing(data: BriefingData, path: Path, *, progress: Progress | None = None) -> int:
    """Write the briefing to `path` (replacing it only when done); returns the page count."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent or Path(".")
    )
    os.close(handle)
    try:
        pages = _build(data, Path(temporary), progress)
        # mkstemp makes the file private (0600); a briefing is a document like any
        # other, so it gets the mode a newly created file would have.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return pages


def _umask() -> int:
    """The process's umask, read without changing it where the system allows: the
    briefing is written off the UI thread, and setting the umask even for a moment
    would touch files other threads create meanwhile."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _build(data: BriefingData, path: Path, progress: Progress | None) -> int:
    s = styles()
    lang = data.language
    words = catalog(lang)
    generated = numbers.local_time(data.generated_at, lang)
    decoration = Decoration(
        classification=data.classification,
        title=_running_title(data),
        generated=words.translate("briefing", "Generated {time}").format(time=generated),
        page_of=words.translate("briefing", "Page {n} of {m}"),
        regular=s.regular,
        bold=s.bold,
    )
    width, height = A4
    frame_height = height - TOP_MARGIN - BOTTOM_MARGIN
    frame = Frame(
        PAGE_MARGIN,
        BOTTOM_MARGIN,
        width - 2 * PAGE_MARGIN,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    expected = _expected_pages(data)
    counter = _PageCounter(progress, expected)
    document = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title=words.translate("briefing", "Situation briefing {period}").format(
            period=numbers.period(data.situation.period, lang)
        ),
        subject=words.translate("briefing", "Situation briefing for the joint meeting"),
        author=data.municipality or CREATOR,
        creator=CREATOR,
        keywords="",
        initialFontName=s.regular,
        pageTemplates=[
            PageTemplate("cover", [frame], onPage=counter),
            PageTemplate("body", [frame], onPage=counter),
        ],
    )
    flowables = sections.story(data)
    flowables += appendix_story(
        data, len(sections.NUMBERED) + 1, frame_height, width - 2 * PAGE_MARGIN
    )
    holder: list[int] = []
    document.build(flowables, canvasmaker=_numbered_canvas(decoration, holder))
    return holder[0] if holder else counter.pages


def _running_title(data: BriefingData) -> str:
    lang = data.language
    parts = [briefing_title(lang), numbers.period(data.situation.period, lang)]
    if data.municipality:
        parts.insert(0, data.municipality)
    return " \u00b7 ".join(parts)


def _expected_pages(data: BriefingData) -> int:
    rows = len(data.appendix.rows) if data.appendix else 0
    return 8 + rows // 52


class _PageCounter:
    """Called at each page: reports progress and stops the build when cancelled."""

    def __init__(self, progress: Progress | None, expected: int) -> None:
        self.progress = progress
        self.expected = expected
        self.pages = 0

    def __call__(self, canvas: Canvas, document: Any) -> None:
        self.pages += 1
        if self.progress is not None:
            expected = max(self.expected, self.pages + 1)
            if not self.progress(self.pages, expected):
                raise BriefingCancelled(
                    translate("briefing", "the briefing was cancelled; no file was written")
                )


def _numbered_canvas(decoration: Decoration, holder: list[int]) -> Callable[..., Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Keeps each page until the end, then draws header and footer knowing the total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            holder.append(total)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                _decorate(self, decoration, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def header_texts(d: Decoration, width: float) -> tuple[str, str]:
    """The header's marking (whole, always: it is what the page may be used for) and the
    running title, shortened with an ellipsis to the room the marking leaves."""
    marking = d.classification.upper()
    used = stringWidth(marking, d.bold, MARKING_SIZE) + HEADER_GAP if marking else 0.0
    return marking, shortened(d.title, d.regular, TITLE_SIZE, width - used)


def shortened(words: str, font: str, size: float, width: float) -> str:
    """`words` as they are if they fit in `width`, else cut at a word where possible and
    ended with "…"; "" when not even the ellipsis fits."""
    if stringWidth(words, font, size) <= width:
        return words
    if stringWidth(ELLIPSIS, font, size) > width:
        return ""
    cut = len(words)
    while cut > 0 and stringWidth(words[:cut].rstrip() + ELLIPSIS, font, size) > width:
        cut -= 1
    kept = words[:cut]
    space = kept.rfind(" ")
    if space > len(kept) // 2:  # end at a word when that loses little
        kept = kept[:space]
    return kept.rstrip(" \u00b7") + ELLIPSIS


def _decorate(canvas: Canvas, d: Decoration, number: int, total: int) -> None:
    width, height = A4
    left, right = PAGE_MARGIN, width - PAGE_MARGIN
    canvas.saveState()
    top = height - 13 * mm
    marking, title = header_texts(d, right - left)
    if marking:
        canvas.setFont(d.bold, MARKING_SIZE)
        canvas.drawString(left, top, marking)
    canvas.setFont(d.regular, TITLE_SIZE)
    canvas.setFillColor(MUTED)
    if title:
        canvas.drawRightString(right, top, title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 4, right, top - 4)
    bottom = 11 * mm
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, bottom, d.generated)
    canvas.setFont(d.bold, 8)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawRightString(right, bottom, d.page_of.format(n=number, m=total))
    canvas.restoreState()

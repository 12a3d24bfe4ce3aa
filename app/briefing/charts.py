"""The situation's charts, drawn once for paper and screen alike.

Each function returns a `Chart`: a reportlab.graphics Drawing (vector; it goes
into the PDF as it is and to the screen as SVG) with a clickable Region per
bar segment, carrying the incident-log filter of exactly those incidents.

Series differ in grey level *and* pattern (hatching), and values are written
on the bars, so that a black-and-white copy of a copy still reads.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.briefing import numbers
from app.briefing.chart_types import Chart, Region
from app.briefing.styles import styles
from app.briefing.texts import no_district
from app.i18n import catalog
from app.services.situation_types import Situation

FONT_SIZE = 7
LEGEND_SWATCH = 9
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Fill:
    """One series' look: a grey level (0 black … 1 white) and a hatching."""

    grey: float
    hatch: str = ""  # "", "/", "\\", "-", "|", "x"

    @property
    def dark(self) -> bool:
        return self.grey < 0.5


# Distinct on a greyscale printer: three solid greys, then hatchings on white
# or a pale grey. Beyond eight series the looks repeat (the service gathers
# the small categories into "other" long before that).
FILLS = (
    Fill(0.18),
    Fill(0.55),
    Fill(0.84),
    Fill(1.0, "/"),
    Fill(0.93, "-"),
    Fill(1.0, "\\"),
    Fill(1.0, "x"),
    Fill(0.93, "|"),
)


def fill_for(index: int) -> Fill:
    return FILLS[index % len(FILLS)]


# ---------------------------------------------------------------- weekly


def weekly_chart(situation: Situation, language: str, width: float, height: float) -> Chart:
    """Incidents per ISO week, stacked by category, with a legend and week numbers."""
    font = styles().regular
    weekly = situation.weekly
    drawing = _drawing(width, height, font)
    regions: list[Region] = []
    titles = [line.title(language) for line in weekly.categories]
    legend_width = min(
        width * 0.34,
        max((stringWidth(t, font, FONT_SIZE) for t in titles), default=0) + LEGEND_SWATCH + 10,
    )
    left, bottom, top = 26.0, 16.0, height - 10
    right = width - legend_width - 10
    totals = [sum(series[w] for series in weekly.values) for w in range(len(weekly.weeks))]
    top_value, step = _axis(max(totals, default=0))
    scale = (top - bottom) / top_value
    _y_axis(drawing, left, right, bottom, (top_value, step), scale, font, language)
    slot = (right - left) / max(len(weekly.weeks), 1)
    bar = max(min(slot * 0.72, 28), 1.5)
    label_every = max(1, math.ceil(len(weekly.weeks) * 14 / max(right - left, 1)))
    words = catalog(language)
    for w, monday in enumerate(weekly.weeks):
        x = left + w * slot + (slot - bar) / 2
        y = bottom
        for c, series in enumerate(weekly.values):
            value = series[w]
            if value <= 0:
                continue
            h = value * scale
            drawing.add(_filled_rect(x, y, bar, h, fill_for(c)))
            week = monday.isocalendar().week
            regions.append(
                Region(
                    x,
                    y,
                    bar,
                    h,
                    weekly.filters[c][w],
                    words.translate("briefing", "Week {week}, {category}: {count}").format(
                        week=week, category=titles[c], count=numbers.integer(value, language)
                    ),
                )
            )
            if h >= FONT_SIZE + 3 and bar >= stringWidth(str(value), font, FONT_SIZE - 1) + 2:
                drawing.add(
                    _label(
                        x + bar / 2,
                        y + h / 2 - 2.5,
                        numbers.integer(value, language),
                        font,
                        FONT_SIZE - 1,
                        colors.white if fill_for(c).dark else colors.black,
                        anchor="middle",
                        backed=bool(fill_for(c).hatch),
                    )
                )
            y += h
        if totals[w] and bar >= stringWidth(str(totals[w]), font, FONT_SIZE - 1):
            drawing.add(
                _label(
                    x + bar / 2, y + 2, numbers.integer(totals[w], language), font, FONT_SIZE - 1
                )
            )
        if w % label_every == 0:
            drawing.add(
                _label(
                    left + w * slot + slot / 2,
                    bottom - 10,
                    str(monday.isocalendar().week),
                    font,
                    FONT_SIZE,
                    anchor="middle",
                )
            )
    drawing.add(
        _label(
            left - 4,
            bottom - 10,
            # Short for "week": printed before the week numbers under the bars.
            words.translate("briefing", "wk"),
            font,
            FONT_SIZE,
            anchor="end",
        )
    )
    _legend(drawing, titles, right + 8, top, font)
    return Chart(drawing, tuple(regions))


def _legend(drawing: Drawing, titles: list[str], x: float, top: float, font: str) -> None:
    """A swatch and a title per series; a title longer than the room left at the right
    is cut short with "…" (the bars' labels and tooltips name it whole)."""
    y = top - LEGEND_SWATCH
    room = float(drawing.width) - (x + LEGEND_SWATCH + 4) - 2
    for index, title in enumerate(titles):
        drawing.add(_filled_rect(x, y, LEGEND_SWATCH, LEGEND_SWATCH, fill_for(index)))
        shown = _shortened(title, font, FONT_SIZE, room)
        drawing.add(_label(x + LEGEND_SWATCH + 4, y + 1.5, shown, font, FONT_SIZE))
        y -= LEGEND_SWATCH + 5


def _shortened(words: str, font: str, size: float, room: float) -> str:
    """`words` as they are when they fit in `room`, else cut and ended with "…"."""
    if stringWidth(words, font, size) <= room:
        return words
    cut = len(words)
    while cut > 1 and stringWidth(words[:cut].rstrip() + ELLIPSIS, font, size) > room:
        cut -= 1
    return words[:cut].rstrip(" /") + ELLIPSIS


# ---------------------------------------------------------------- districts


def district_chart(situation: Situation, language: str, width: float, height: float) -> Chart:
    """Horizontal bars per district for the period; the previous period as a thin outline."""
    font = styles().regular
    lines = situation.by_district
    drawing = _drawing(width, height, font)
    regions: list[Region] = []
    words = catalog(language)
    names = [line.title(language) or no_district(language) for line in lines]
    left = min(
        width * 0.3, max((stringWidth(n, font, FONT_SIZE + 1) for n in names), default=0) + 8
    )
    right, bottom, top = width - 30, 16.0, height - 4
    biggest = max(
        (max(line.change.current.value, line.change.previous) for line in lines), default=0
    )
    top_value, step = _axis(biggest)
    scale = (right - left) / top_value
    _x_axis(drawing, left, bottom, top, (top_value, step), scale, font, language)
    row = (top - bottom) / max(len(lines), 1)
    bar = min(row * 0.62, 16)
    for index, (line, name) in enumerate(zip(lines, names, strict=True)):
        centre = top - row * index - row / 2
        y = centre - bar / 2
        current, previous = line.change.current.value, line.change.previous
        drawing.add(_filled_rect(left, y, current * scale, bar, Fill(0.45)))
        if previous:
            # The previous period: a thin black outline over the bar, a little taller.
            drawing.add(
                Rect(
                    left,
                    y - 2,
                    previous * scale,
                    bar + 4,
                    fillColor=None,
                    strokeColor=colors.black,
                    strokeWidth=0.8,
                    strokeDashArray=[2, 1.5],
                )
            )
        drawing.add(_label(left - 5, centre - 2.5, name, font, FONT_SIZE + 1, anchor="end"))
        end = max(current, previous) * scale
        drawing.add(
            _label(
                left + end + 4,
                centre - 2.5,
                numbers.integer(current, language),
                font,
                FONT_SIZE + 1,
            )
        )
        regions.append(
            Region(
                left,
                y,
                max(current * scale, 4.0),
                bar,
                line.change.current.filter,
                words.translate(
                    "briefing", "{district}: {count} (previous period {previous})"
                ).format(
                    district=name,
                    count=numbers.integer(current, language),
                    previous=numbers.integer(previous, language),
                ),
            )
        )
    return Chart(drawing, tuple(regions))


# ---------------------------------------------------------------- drawing bits


def _drawing(width: float, height: float, font: str) -> Drawing:
    # Without an initial font the PDF renderer starts each drawing in
    # Helvetica, which is then referenced (never embedded) by the document.
    return Drawing(width, height, initialFontName=font, initialFontSize=FONT_SIZE)


def _axis(value: int) -> tuple[float, float]:
    """(top, step) of an axis over 0..value: about five steps of 1, 2, 2.5 or 5 × 10ⁿ."""
    if value <= 0:
        return 1.0, 1.0
    rough = value / 5
    power = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= rough)
    step = max(step, 1)
    return float(math.ceil(value / step) * step), float(step)


def tick_text(tick: float, language: str) -> str:
    """An axis value written as the labels are: "1 250" in Swedish, "1,250" in English."""
    if tick == int(tick):
        return numbers.integer(int(tick), language)
    whole = f"{tick:g}"
    return whole.replace(".", ",") if language != "en" else whole


def _ticks(top: float, step: float) -> Iterator[float]:
    tick = 0.0
    while tick <= top + 1e-9:
        yield tick
        tick += step


def _y_axis(
    drawing: Drawing,
    left: float,
    right: float,
    bottom: float,
    axis: tuple[float, float],
    scale: float,
    font: str,
    language: str,
) -> None:
    for tick in _ticks(*axis):
        y = bottom + tick * scale
        drawing.add(
            Line(left, y, right, y, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.4)
        )
        drawing.add(
            _label(left - 3, y - 2.5, tick_text(tick, language), font, FONT_SIZE, anchor="end")
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=0.8))


def _x_axis(
    drawing: Drawing,
    left: float,
    bottom: float,
    top: float,
    axis: tuple[float, float],
    scale: float,
    font: str,
    language: str,
) -> None:
    for tick in _ticks(*axis):
        x = left + tick * scale
        drawing.add(
            Line(x, bottom, x, top, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.4)
        )
        drawing.add(
            _label(x, bottom - 10, tick_text(tick, language), font, FONT_SIZE, anchor="middle")
        )
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.8))


def _label(
    x: float,
    y: float,
    words: str,
    font: str,
    size: float,
    colour: colors.Color = colors.black,
    *,
    anchor: str = "start",
    backed: bool = False,
) -> Group:
    group = Group()
    if backed:  # a white patch so the number stays legible over hatching
        half = stringWidth(words, font, size) / 2 + 1.5
        group.add(
            Rect(x - half, y - 1.5, half * 2, size + 1.5, fillColor=colors.white, strokeColor=None)
        )
    group.add(
        String(x, y, words, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)
    )
    return group


def _filled_rect(x: float, y: float, w: float, h: float, fill: Fill) -> Group:
    group = Group()
    grey = colors.Color(fill.grey, fill.grey, fill.grey)
    group.add(Rect(x, y, w, h, fillColor=grey, strokeColor=None))
    for x1, y1, x2, y2 in _hatching(x, y, w, h, fill.hatch):
        group.add(Line(x1, y1, x2, y2, strokeColor=colors.black, strokeWidth=0.5))
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=colors.black, strokeWidth=0.5))
    return group


def _hatching(
    x: float, y: float, w: float, h: float, kind: str, gap: float = 3.2
) -> Iterator[tuple[float, float, float, float]]:
    """Line segments of a hatching, clipped to the rectangle (reportlab shapes cannot clip)."""
    if not kind or w <= 0 or h <= 0:
        return
    if kind == "-":
        k = y + gap / 2
        while k < y + h:
            yield (x, k, x + w, k)
            k += gap
        return
    if kind == "|":
        k = x + gap / 2
        while k < x + w:
            yield (k, y, k, y + h)
            k += gap
        return
    slopes = {"/": (1,), "\\": (-1,), "x": (1, -1)}[kind]
    step = gap * math.sqrt(2)
    for slope in slopes:
        # Lines y = slope * x + c that cross the rectangle.
        ends = (y - slope * x, y + h - slope * x, y - slope * (x + w), y + h - slope * (x + w))
        c = min(ends) + step / 2
        while c < max(ends):
            segment = _clip(x, y, w, h, slope, c)
            if segment:
                yield segment
            c += step


def _clip(
    x: float, y: float, w: float, h: float, slope: int, c: float
) -> tuple[float, float, float, float] | None:
    points = []
    for px in (x, x + w):  # the vertical edges
        py = slope * px + c
        if y <= py <= y + h:
            points.append((px, py))
    for py in (y, y + h):  # the horizontal edges
        px = (py - c) / slope
        if x <= px <= x + w:
            points.append((px, py))
    if len(points) < 2:
        return None
    points.sort()
    (x1, y1), (x2, y2) = points[0], points[-1]
    return (x1, y1, x2, y2)

"""The briefing's sections, each a list of flowables built from BriefingData alone.

The order is the issue's: cover, key points with the breakdowns, charts,
notable incidents, task forces, action items, the meeting, risk dates, the
contacts annex; the appendix of every incident is built by `appendix.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.briefing import notable as notable_section
from app.briefing import numbers
from app.briefing.briefing_data import BriefingData
from app.briefing.charts import district_chart, weekly_chart
from app.briefing.rtl import markup, paragraph, shape_labels
from app.briefing.styles import EMPHASIS, INK, PAGE_MARGIN, RULE, SHADE, styles
from app.briefing.tables import (
    Cell,
    column_for_words,
    font_commands,
    free,
    grid,
    heading_row,
    para,
    upright_headings,
)
from app.briefing.texts import (
    area_title,
    briefing_title,
    case_status_title,
    changes_note,
    matrix_note,
    no_district,
    no_key_points,
    per_district_note,
)
from app.domain.vocabulary import CaseStatus
from app.i18n import catalog
from app.services.meeting_types import Action
from app.services.situation_types import Change, Line

WIDTH = A4[0] - 2 * PAGE_MARGIN
OPEN_STATUSES = (CaseStatus.REFERRED, CaseStatus.ASSESSED, CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP)


def story(data: BriefingData) -> list[Flowable]:
    """Every section in order (without the appendix)."""
    parts: list[Flowable] = []
    for number, section in enumerate(NUMBERED, start=1):
        parts += section(data, number)
    return [*cover(data), *parts]


def _h1(number: int, title: str) -> Paragraph:
    return paragraph(f"{number}&nbsp;&nbsp;{markup(title)}", styles().h1)


def _h2(words: str) -> Paragraph:
    return paragraph(markup(words), styles().h2)


def _note(words: str) -> Paragraph:
    return paragraph(markup(words), styles().note)


def _body(words: str) -> Paragraph:
    return paragraph(markup(words), styles().body)


# ---------------------------------------------------------------- cover


def cover(data: BriefingData) -> list[Flowable]:
    s, lang = styles(), data.language
    words = catalog(lang)
    parts: list[Flowable] = [Spacer(1, 18 * mm)]
    if data.logo is not None:
        logo = Image(str(data.logo))
        logo._restrictSize(50 * mm, 25 * mm)  # keeps the proportions
        logo.hAlign = "LEFT"
        parts += [logo, Spacer(1, 8 * mm)]
    if data.municipality:
        parts.append(paragraph(markup(data.municipality), s.cover_line))
    parts += [
        Spacer(1, 4 * mm),
        paragraph(markup(briefing_title(lang)), s.cover_title),
    ]
    if data.meeting is not None:
        parts.append(paragraph(markup(free(data.meeting.title)), s.title))
    parts.append(Spacer(1, 14 * mm))
    rows: list[tuple[str, str]] = []
    if data.meeting is not None:
        rows.append(
            (
                words.translate("briefing", "Date"),
                numbers.local_time(data.meeting.starts_at, lang),
            )
        )
        if data.meeting.place:
            rows.append((words.translate("briefing", "Place"), free(data.meeting.place)))
    situation = data.situation
    rows += [
        (words.translate("briefing", "Period"), numbers.period(situation.period, lang)),
        (words.translate("briefing", "Compared with"), _comparisons(data)),
    ]
    if data.prepared_by or data.municipality:
        rows.append((words.translate("briefing", "Prepared by"), _preparer(data)))
    rows.append(
        (words.translate("briefing", "Generated"), numbers.local_time(data.generated_at, lang))
    )
    facts = Table(
        [[para(k, bold=True), para(v)] for k, v in rows],
        colWidths=[38 * mm, WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                *font_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    parts += [facts, Spacer(1, 14 * mm)]
    if data.classification:
        marking = Table(
            [[paragraph(f"<b>{markup(data.classification)}</b>", s.cover_line)]],
            colWidths=[WIDTH],
            hAlign="LEFT",
        )
        marking.setStyle(
            TableStyle(
                [
                    *font_commands(),
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        parts.append(marking)
    return [*parts, NextPageTemplate("body"), PageBreak()]


def _comparisons(data: BriefingData) -> str:
    lang, situation = data.language, data.situation
    return (
        catalog(lang)
        .translate("briefing", "{previous} (previous period); {year_ago} (same period last year)")
        .format(
            previous=numbers.period(situation.previous, lang),
            year_ago=numbers.period(situation.year_ago, lang),
        )
    )


def _preparer(data: BriefingData) -> str:
    return ", ".join(part for part in (data.prepared_by, data.municipality) if part)


# ---------------------------------------------------------------- key points, breakdowns


def key_points(data: BriefingData, number: int) -> list[Flowable]:
    s, lang, situation = styles(), data.language, data.situation
    words = catalog(lang)
    # The first key point says the total against both comparisons; the counts
    # themselves stand in the total row of the table by area.
    parts: list[Flowable] = [_h1(number, words.translate("briefing", "Key points"))]
    points = [p.text(lang) for p in situation.key_points] or [no_key_points(lang)]
    parts += [paragraph(markup(p), s.point, bulletText="\u2022") for p in points]
    parts.append(Spacer(1, 2 * mm))
    parts += [
        _h2(words.translate("briefing", "Incidents by area")),
        _breakdown(
            situation.by_area,
            lang,
            words.translate("briefing", "Area"),
            title=lambda line: area_title(line.key, lang),
            total=situation.total,
        ),
        _h2(words.translate("briefing", "Incidents by category")),
        _breakdown(situation.by_category, lang, words.translate("briefing", "Category")),
        _note(changes_note(lang)),
    ]
    return parts


def _breakdown(
    lines: Sequence[Line],
    lang: str,
    first: str,
    *,
    title: Callable[[Line], str] | None = None,
    total: Change | None = None,
) -> Table:
    words = catalog(lang)
    heads = [
        first,
        words.translate("briefing", "This period"),
        words.translate("briefing", "Previous period"),
        words.translate("briefing", "Change"),
        words.translate("briefing", "Same period last year"),
        words.translate("briefing", "Against last year"),
    ]
    rows: list[list[Cell]] = [heading_row(heads, right_from=1)]
    for line in lines:
        rows.append(_change_row(title(line) if title else line.title(lang), line.change, lang))
    extra: list[tuple[object, ...]] = []
    if total is not None:
        rows.append(_change_row(words.translate("briefing", "Total"), total, lang, bold=True))
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, INK))
    number = 66.0
    return grid(rows, [WIDTH - 5 * number, *[number] * 5], extra=extra)


def _change_row(name: str, c: Change, lang: str, *, bold: bool = False) -> list[Cell]:
    return [
        para(name, bold=bold),
        para(numbers.integer(c.current.value, lang), right=True, bold=True),
        para(numbers.integer(c.previous, lang), right=True, bold=bold),
        para(numbers.change_previous(c, lang), right=True, bold=bold),
        para(numbers.integer(c.year_ago, lang), right=True, bold=bold),
        para(numbers.change_year(c, lang), right=True, bold=bold),
    ]


# ---------------------------------------------------------------- charts


def charts(data: BriefingData, number: int) -> list[Flowable]:
    lang, situation = data.language, data.situation
    words = catalog(lang)
    weekly = weekly_chart(situation, lang, WIDTH, 62 * mm).drawing
    districts = len(situation.by_district)
    by_district = district_chart(
        situation, lang, WIDTH, max(30 * mm, (districts * 17 + 26) * 1.0)
    ).drawing
    return [
        PageBreak(),
        _h1(number, words.translate("briefing", "Charts")),
        _h2(words.translate("briefing", "Incidents per week and category")),
        _drawing(weekly),
        _h2(words.translate("briefing", "Incidents per district")),
        _drawing(by_district),
        _note(per_district_note(lang)),
        CondPageBreak(60 * mm),
        _h2(words.translate("briefing", "District and category")),
        matrix_table(data),
        _note(matrix_note(lang)),
    ]


def _drawing(drawing: Drawing) -> Flowable:
    drawing.hAlign = "LEFT"
    shape_labels(drawing)
    return drawing


def matrix_table(data: BriefingData) -> Table:
    """District × category; the dimension with more entries runs down the page (A4 is tall).
    The highest cells are bold on a darker grey, so they stand out in black and white."""
    lang, matrix = data.language, data.situation.matrix
    words = catalog(lang)
    districts = [d or no_district(lang) for d in matrix.districts]
    categories = [line.title(lang) for line in matrix.categories]
    by_category = len(categories) > len(districts)
    down, across = (categories, districts) if by_category else (districts, categories)

    def cell(r: int, c: int) -> int:
        d, k = (c, r) if by_category else (r, c)
        return matrix.cells[d][k].value

    def emphasised(r: int, c: int) -> bool:
        return ((c, r) if by_category else (r, c)) in matrix.emphasised

    first = (
        words.translate("briefing", "Category")
        if by_category
        else words.translate("briefing", "District")
    )
    first_width = 44 * mm if by_category else 32 * mm
    rest = (WIDTH - first_width) / (len(across) + 1)
    total = words.translate("briefing", "Total")
    titles = [*across, total]
    heads: list[Cell] = [*heading_row([first])]
    if any(stringWidth(t, styles().bold, 8.5) > rest - 8 for t in titles):
        heads += upright_headings(titles)
    else:
        heads += heading_row(titles, right_from=0)
    rows: list[list[Cell]] = [heads]
    extra: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    for r, name in enumerate(down):
        values = [cell(r, c) for c in range(len(across))]
        row: list[Cell] = [para(name)]
        for c, value in enumerate(values):
            strong = emphasised(r, c)
            row.append(
                para(numbers.integer(value, lang) if value else "–", right=True, bold=strong)
            )
            if strong:
                extra.append(("BACKGROUND", (c + 1, r + 1), (c + 1, r + 1), EMPHASIS))
        row.append(para(numbers.integer(sum(values), lang), right=True, bold=True))
        rows.append(row)
    totals = [sum(cell(r, c) for r in range(len(down))) for c in range(len(across))]
    rows.append(
        [
            para(total, bold=True),
            *[para(numbers.integer(t, lang), right=True, bold=True) for t in totals],
            para(numbers.integer(sum(totals), lang), right=True, bold=True),
        ]
    )
    extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, INK))
    return grid(rows, [first_width, *[rest] * (len(across) + 1)], extra=extra)


# ---------------------------------------------------------------- notable incidents


def notable(data: BriefingData, number: int) -> list[Flowable]:
    return notable_section.notable(data, number, WIDTH)


# ---------------------------------------------------------------- task forces


def task_forces(data: BriefingData, number: int) -> list[Flowable]:
    lang = data.language
    words = catalog(lang)
    parts: list[Flowable] = [
        CondPageBreak(40 * mm),
        _h1(number, words.translate("briefing", "Task forces")),
    ]
    figures = data.situation.task_forces
    if not figures:
        return [*parts, _body(words.translate("briefing", "No task forces."))]
    heads = [
        words.translate("briefing", "Task force"),
        *[case_status_title(status, lang) for status in OPEN_STATUSES],
        # A column of the task forces' table: the cases opened within the period.
        words.translate("briefing", "New"),
        # A column of the task forces' table: the cases closed within the period.
        words.translate("briefing", "Closed"),
        # A column of the task forces' table, narrow: keep it short.
        words.translate("briefing", "Overdue reviews"),
    ]
    rows: list[list[Cell]] = [heading_row(heads, right_from=1, size=7.5)]
    for tf in figures:
        by_status = dict(tf.by_status)
        rows.append(
            [
                para(free(tf.name)),
                *[
                    para(numbers.integer(by_status.get(status, 0), lang), right=True)
                    for status in OPEN_STATUSES
                ],
                para(numbers.integer(tf.new_in_period, lang), right=True),
                para(numbers.integer(tf.closed_in_period, lang), right=True),
                para(
                    numbers.integer(tf.overdue_reviews, lang),
                    right=True,
                    bold=tf.overdue_reviews > 0,
                ),
            ]
        )
    # Status columns wide enough for "Uppföljning" whole; the name takes what is left.
    widths = [56.0] * len(OPEN_STATUSES) + [40.0, 50.0, 50.0]
    small = [
        ("LEFTPADDING", (1, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 3),
    ]
    return [
        *parts,
        grid(rows, [WIDTH - sum(widths), *widths], extra=small),
        _note(words.translate("briefing", "Numbers only; no case numbers or subject codes.")),
    ]


# ---------------------------------------------------------------- action items


def actions(data: BriefingData, number: int) -> list[Flowable]:
    lang = data.language
    words = catalog(lang)
    parts: list[Flowable] = [
        CondPageBreak(40 * mm),
        _h1(number, words.translate("briefing", "Action items")),
    ]
    parts.append(_h2(words.translate("briefing", "Open")))
    open_items = data.situation.open_actions
    if open_items:
        parts.append(_action_table(open_items, lang, done=False))
    else:
        parts.append(_body(words.translate("briefing", "No open action items.")))
    parts.append(_h2(words.translate("briefing", "Done since the last meeting")))
    done = data.situation.done_actions
    parts.append(
        _action_table(done, lang, done=True)
        if done
        else _body(words.translate("briefing", "None."))
    )
    return parts


def _action_table(items: Sequence[Action], lang: str, *, done: bool) -> Table:
    words = catalog(lang)
    last = words.translate("briefing", "Done") if done else words.translate("briefing", "Due")
    heads = [words.translate("briefing", "Action"), words.translate("briefing", "Owner"), last]
    rows: list[list[Cell]] = [heading_row(heads)]
    extra: list[tuple[object, ...]] = []
    for index, item in enumerate(items, start=1):
        day = item.done_on if done and item.done_on else item.due
        when = numbers.short_date(day, lang)
        if item.overdue and not done:
            when = words.translate("briefing", "{date} (overdue)").format(date=when)
        rows.append(
            [
                para(free(item.what)),
                para(f"{item.owner}, {item.owner_agency}"),
                para(when, bold=item.overdue and not done),
            ]
        )
        if item.overdue and not done:
            extra.append(("LINEBEFORE", (0, index), (0, index), 2.5, INK))
    return grid(rows, [WIDTH - 60 * mm - 34 * mm, 60 * mm, 34 * mm], extra=extra)


# ---------------------------------------------------------------- the meeting


def meeting(data: BriefingData, number: int) -> list[Flowable]:
    lang, s = data.language, styles()
    words = catalog(lang)
    parts: list[Flowable] = [
        CondPageBreak(50 * mm),
        _h1(number, words.translate("briefing", "Agenda")),
    ]
    if data.meeting is None:
        return [
            *parts,
            _body(words.translate("briefing", "The briefing is not tied to a meeting.")),
        ]
    if data.agenda:
        for position, item in enumerate(data.agenda, start=1):
            title = markup(free(item.title))
            if item.decision_asked:
                remark = words.translate("briefing", "(decision asked)")
                title += f" <i>{markup(remark)}</i>"
            parts.append(paragraph(title, s.point, bulletText=f"{position}."))
            if item.notes:
                parts.append(paragraph(markup(free(item.notes)), s.note, bulletText=" "))
    else:
        parts.append(_body(words.translate("briefing", "No agenda.")))
    parts.append(_h2(words.translate("briefing", "Decisions the meeting is asked to take")))
    asked = [item for item in data.agenda if item.decision_asked]
    if asked:
        parts += [
            paragraph(markup(free(item.title)), s.point, bulletText="\u2022") for item in asked
        ]
    else:
        parts.append(_body(words.translate("briefing", "No decisions asked.")))
    parts.append(_h2(words.translate("briefing", "Attendees")))
    if data.attendees:
        heads = [
            words.translate("briefing", "Name"),
            words.translate("briefing", "Role"),
            words.translate("briefing", "Agency"),
        ]
        rows: list[list[Cell]] = [heading_row(heads)]
        rows += [[para(p.name), para(free(p.title) or "–"), para(p.agency)] for p in data.attendees]
        parts.append(grid(rows, [50 * mm, 60 * mm, WIDTH - 110 * mm]))
    else:
        parts.append(_body(words.translate("briefing", "No attendees given.")))
    return parts


# ---------------------------------------------------------------- risk dates


def risk_dates(data: BriefingData, number: int) -> list[Flowable]:
    lang = data.language
    words = catalog(lang)
    parts: list[Flowable] = [
        CondPageBreak(40 * mm),
        _h1(number, words.translate("briefing", "Coming risk dates")),
    ]
    if data.risk_until is not None:
        until = numbers.long_date(data.risk_until, lang)
        parts.append(_note(words.translate("briefing", "Until {day}").format(day=until)))
    if not data.risk_dates:
        return [*parts, _body(words.translate("briefing", "No risk dates in the period."))]
    heads = [
        words.translate("briefing", "Date"),
        words.translate("briefing", "Occasion"),
        words.translate("briefing", "Note"),
    ]
    rows: list[list[Cell]] = [heading_row(heads)]
    for risk in data.risk_dates:
        when = numbers.short_date(risk.day, lang)
        if risk.until and risk.until != risk.day:
            when += f" \u2013 {numbers.short_date(risk.until, lang)}"
        rows.append([para(when), para(free(risk.title), bold=True), para(free(risk.note))])
    return [*parts, grid(rows, [42 * mm, 60 * mm, WIDTH - 102 * mm])]


# ---------------------------------------------------------------- contacts annex


def contacts(data: BriefingData, number: int) -> list[Flowable]:
    lang = data.language
    words = catalog(lang)
    agency, phone = words.translate("briefing", "Agency"), words.translate("briefing", "Phone")
    parts: list[Flowable] = [
        PageBreak(),
        _h1(number, words.translate("briefing", "Annex: contacts")),
    ]
    parts.append(_h2(words.translate("briefing", "The agencies' duty officers")))
    if data.agencies:
        rows: list[list[Cell]] = [
            heading_row([agency, words.translate("briefing", "Duty phone"), phone])
        ]
        rows += [
            [para(a.name), para(_nb(a.duty_phone) or "–", bold=True), para(_nb(a.phone) or "–")]
            for a in data.agencies
        ]
        parts.append(grid(rows, [WIDTH - 100 * mm, 50 * mm, 50 * mm]))
    parts.append(_h2(words.translate("briefing", "Members and deputies")))
    if not data.members:
        return [*parts, _body(words.translate("briefing", "No members given."))]
    rows = [
        heading_row(
            [
                words.translate("briefing", "Name"),
                agency,
                phone,
                words.translate("briefing", "Deputy"),
            ]
        )
    ]
    for m in data.members:
        numbers_shown = [_nb(n) for n in (m.mobile, m.phone) if n] or ["–"]
        rows.append(
            [
                _lines(m.name, m.title),
                para(m.agency),
                _lines(*numbers_shown, first_bold=False),
                # The deputy's number under the name: a column of its own left the
                # names and titles too narrow to stay whole.
                _lines(m.deputy or "–", m.deputy_title, _nb(m.deputy_phone)),
            ]
        )
    people = [text for m in data.members for text in (m.title, m.deputy_title)]
    names = " ".join(name for m in data.members for name in (m.name, m.deputy))
    name = column_for_words(people, 36 * mm, 44 * mm, heading=names)
    agencies = column_for_words([m.agency for m in data.members], 36 * mm, 52 * mm)
    widths = [name, agencies, 26 * mm, WIDTH - name - agencies - 26 * mm]
    parts.append(grid(rows, widths))
    return parts


def _nb(phone: str) -> str:
    """A phone number that never breaks over two lines."""
    return phone.replace(" ", "\u00a0")


def _lines(*lines: str, first_bold: bool = True) -> Paragraph:
    shown = [markup(line) for line in lines if line]
    if first_bold and shown:
        shown[0] = f"<b>{shown[0]}</b>"
    return paragraph("<br/>".join(shown) or "–", styles().cell)


NUMBERED = (key_points, charts, notable, task_forces, actions, meeting, risk_dates, contacts)

"""The joint meeting's contact list: one A4 page for the meeting table.

Each member of the chiefs' joint meeting with their agency, title, numbers and
e-mail, and next to them their deputy with numbers. Black on white with grey
rules only, so that it copies and faxes well. The page is in Swedish, the
language of the meeting, unless another language is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.briefing import fonts
from app.clock import now, to_local
from app.i18n import Catalog, catalog
from app.i18n.formats import short_date
from app.services import roster
from app.services.phones import display_phone
from app.services.roster_types import Person
from app.storage.database import Database

WIDTHS_MM = (53, 50, 35, 53, 43, 35)


def write_roster_pdf(
    db: Database,
    path: Path,
    *,
    municipality: str = "",
    day: date | None = None,
    language: str = "sv",
) -> int:
    """Write the joint meeting's list to `path`; returns the number of members."""
    members = roster.joint_meeting_members(db)
    deputies = {
        p.id: p
        for p in roster.list_people(db, include_inactive=True)
        if p.id in _deputy_ids(members)
    }
    render(
        path,
        members,
        deputies,
        municipality=municipality,
        day=day or to_local(now()).date(),
        language=language,
    )
    return len(members)


def render(
    path: Path,
    members: Sequence[Person],
    deputies: dict[int, Person],
    *,
    municipality: str,
    day: date,
    language: str = "sv",
) -> None:
    words = catalog(language)
    regular, bold = fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11)
    strong = ParagraphStyle("strong", parent=body, fontName=bold)
    small = ParagraphStyle("small", parent=body, fontSize=8)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=8)
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20)
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=9.5, leading=13)

    def cell(*lines: str, first: ParagraphStyle = body) -> Paragraph:
        shown = [escape(line) for line in lines if line]
        if not shown:
            return Paragraph("–", body)
        text = shown[0] if first is body else f"<b>{shown[0]}</b>"
        return Paragraph("<br/>".join([text, *shown[1:]]), body)

    headings = (
        words.translate("roster_pdf", "Agency"),
        words.translate("roster_pdf", "Name and role"),
        words.translate("roster_pdf", "Phone"),
        words.translate("roster_pdf", "E-mail"),
        words.translate("roster_pdf", "Deputy"),
        words.translate("roster_pdf", "Deputy's phone"),
    )
    rows: list[list[Paragraph]] = [[Paragraph(escape(h), head) for h in headings]]
    for person in sorted(members, key=lambda p: roster.swedish_key(p.agency)):
        deputy = deputies.get(person.deputy_id) if person.deputy_id is not None else None
        rows.append(
            [
                cell(person.agency),
                cell(person.name, person.title, first=strong),
                cell(*_numbers(person, words)),
                Paragraph(escape(person.email) or "–", small),
                cell(deputy.name, deputy.title, first=strong) if deputy else cell(),
                cell(*_numbers(deputy, words)) if deputy else cell(),
            ]
        )
    table = Table(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    heading = words.translate("roster_pdf", "Joint meeting – contact list")
    printed = words.translate(
        "roster_pdf", "Printed {date} · %Ln member(s)", None, len(members)
    ).format(date=short_date(day, language))
    line = f"{municipality} · {printed}" if municipality else printed
    story = [
        Paragraph(escape(heading), title),
        Paragraph(escape(line), subtitle),
        Spacer(1, 6 * mm),
        table,
    ]
    if not members:
        nobody = words.translate("roster_pdf", "No one in the roster sits on the joint meeting.")
        story.append(Paragraph(escape(nobody), body))
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=heading,
        author=municipality or "Samverkan",
    )
    document.build(
        story,
        onFirstPage=_footer(regular, words),
        onLaterPages=_footer(regular, words),
        # Otherwise every page starts in Helvetica, which is referenced but never embedded.
        canvasmaker=partial(Canvas, initialFontName=regular),
    )


def _numbers(person: Person, words: Catalog) -> tuple[str, ...]:
    return (
        words.translate("roster_pdf", "Tel {number}").format(number=display_phone(person.phone))
        if person.phone
        else "",
        words.translate("roster_pdf", "Mobile {number}").format(number=display_phone(person.mobile))
        if person.mobile
        else "",
    )


def _deputy_ids(members: Sequence[Person]) -> set[int]:
    return {p.deputy_id for p in members if p.deputy_id is not None}


def _footer(font: str, words: Catalog):  # type: ignore[no-untyped-def]
    note = words.translate("roster_pdf", "Contact details for official use · Samverkan")

    def draw(canvas, document):  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.drawString(14 * mm, 8 * mm, note)
        canvas.restoreState()

    return draw

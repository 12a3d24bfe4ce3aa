"""The read-only pane under the table: everything about the selected incident.

Rich text in a QTextBrowser: selectable and copyable, wraps long
descriptions, and costs one service call (incidents.get) per selection.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.i18n import formats
from app.services.incident_types import Incident
from app.services.reference import ReferenceData
from ui.incidents import texts
from ui.widgets import palette
from ui.widgets.texts import fill


class IncidentDetail(QTextBrowser):
    """Shows one incident, or a hint when none is selected."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self.incident: Incident | None = None
        self.setOpenExternalLinks(True)
        # The text wraps to the pane (long words anywhere); the columns' percentages
        # can round a pixel past it, which must not bring up a scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Incident details"))
        self.document().setDocumentMargin(12)
        self.show_incident(None)

    def set_reference(self, reference: ReferenceData) -> None:
        self._reference = reference

    def show_incident(self, incident: Incident | None) -> None:
        self.incident = incident
        if incident is None:
            hint = escape(self.tr("Select an incident to see it here."))
            self.setHtml(f"<p style='color:{palette.MUTED.name()}'>{hint}</p>")
            return
        self.setHtml(self._html(incident))

    def _html(self, i: Incident) -> str:
        link = ""
        if i.external_url:
            url = escape(i.external_url, quote=True)
            link = f"<p><a href='{url}'>{escape(i.external_url)}</a></p>"
        columns = "".join(
            f"<td width='25%' valign='top' style='padding-right:18px'>{_pairs(pairs)}</td>"
            for pairs in self._columns(i)
        )
        notes = f"<td width='25%' valign='top'>{self._notes(i)}</td>"
        table = f"<table width='100%' cellspacing='0'><tr>{columns}{notes}</tr></table>"
        return self._heading(i) + table + link

    def _heading(self, i: Incident) -> str:
        severity = texts.severity_colour(i.severity).name()
        facts = [
            texts.severity_text(i.severity),
            texts.status_title(str(i.status)),
            texts.category_title(self._reference, i.category),
            texts.area_title(str(i.area or "")),
        ]
        if i.secret:
            facts.append(self.tr("Secret"))
        facts.append(self.tr("Verified") if i.verified else self.tr("Not verified"))
        return (
            f"<p style='font-size:large; margin:0 0 6px 0'><b>{escape(i.reference)}</b>"
            f"&nbsp;&nbsp;{escape(i.summary)}</p>"
            f"<p style='margin:0 0 8px 0'><span style='color:{severity}'>●</span> "
            f"{escape(' · '.join(facts))}</p>"
        )

    def _columns(self, i: Incident) -> list[list[tuple[str, str]]]:
        by = self.tr("%1 by %2")
        when = [
            (self.tr("Occurred"), _span(i)),
            (self.tr("Reported"), texts.local_time(i.reported_at)),
            (
                self.tr("Entered"),
                fill(by, texts.local_time(i.entered_at), i.entered_by),
            ),
        ]
        if i.updated_at:
            changed = fill(by, texts.local_time(i.updated_at), i.updated_by)
            when.append((self.tr("Changed"), changed))
        where = [
            (self.tr("District"), i.district or ""),
            (self.tr("Place"), i.place),
            (self.tr("Coordinates"), _coordinates(i)),
        ]
        source = [
            (self.tr("Source"), i.source_agency or ""),
            (self.tr("Reliability"), texts.reliability_title(str(i.source_reliability))),
            (self.tr("Police ref."), i.police_ref),
            (self.tr("Rescue service ref."), i.rescue_ref),
            (self.tr("Other reference"), i.external_ref),
            (self.tr("Agencies involved"), ", ".join(i.agencies_involved)),
        ]
        cost = i.estimated_cost_sek
        consequences = [
            (self.tr("Injured"), formats.integer(i.injured) if i.injured else ""),
            (self.tr("Damage"), i.damage),
            (
                self.tr("Estimated cost"),
                "" if cost is None else self.tr("%1 SEK").replace("%1", formats.integer(cost)),
            ),
            (self.tr("Insurance claim"), i.insurance_claim_ref),
            (self.tr("Related"), ", ".join(i.related)),
            (self.tr("Duplicate of"), i.duplicate_of or ""),
        ]
        return [when + where, source, consequences]

    def _notes(self, i: Incident) -> str:
        parts = []
        for label, value in (
            (self.tr("Description"), i.description),
            (self.tr("Action taken"), i.action_taken),
        ):
            if value:
                body = escape(value).replace("\n", "<br>")
                parts.append(
                    f"<p style='margin:0 0 6px 0'><span style='color:{palette.MUTED.name()}'>"
                    f"{escape(label)}</span><br>{body}</p>"
                )
        return "".join(parts)


def _pairs(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='color:{palette.MUTED.name()}; padding:1px 10px 1px 0'>{escape(label)}</td>"
        f"<td style='padding:1px 0'>{escape(value)}</td></tr>"
        for label, value in pairs
        if value
    )
    return f"<table cellspacing='0'>{rows}</table>"


def _span(i: Incident) -> str:
    start = texts.local_time(i.occurred_at)
    if i.occurred_until is None:
        return start
    return f"{start} – {texts.local_time(i.occurred_until)}"


def _coordinates(i: Incident) -> str:
    # Rounded to about 100 m: enough for a place, too coarse to point out a home.
    # Decimal points in both languages, as maps and the editor's fields write them.
    if i.latitude is None or i.longitude is None:
        return ""
    return f"{i.latitude:.3f}, {i.longitude:.3f}"

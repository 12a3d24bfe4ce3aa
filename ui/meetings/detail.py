"""The selected meeting, read-only: when and where, who, the agenda with decisions,
and its action items."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.meeting_types import Action, Meeting
from ui.meetings import texts
from ui.widgets import palette


class MeetingDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.show_meeting(None)

    def show_meeting(self, meeting: Meeting | None) -> None:
        if meeting is None:
            hint = escape(self.tr("No meeting selected."))
            self.setHtml(f"<p style='color:{palette.MUTED.name()}'>{hint}</p>")
            return
        parts = [
            f"<h2>{escape(meeting.title)}</h2>",
            f"<p><b>{escape(texts.span(meeting.starts_at, meeting.ends_at))}</b>",
        ]
        if meeting.place:
            parts.append(f"<br>{escape(meeting.place)}")
        parts.append("</p>")
        if meeting.notes:
            parts.append(f"<p>{escape(meeting.notes)}</p>")
        parts.append(f"<h3>{escape(self.tr('Attendees'))}</h3>")
        if meeting.attendees:
            parts.append("<ul>")
            for person in meeting.attendees:
                role = ", ".join(filter(None, (person.title, person.agency)))
                parts.append(f"<li><b>{escape(person.name)}</b> — {escape(role)}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('Nobody invited yet.'))}</p>")
        parts.append(f"<h3>{escape(self.tr('Agenda'))}</h3>")
        if meeting.agenda:
            parts.append("<ol>")
            for item in meeting.agenda:
                line = f"<li>{escape(item.title)}"
                if item.notes:
                    line += f"<br><i>{escape(item.notes)}</i>"
                if item.decision:
                    line += f"<br><b>{escape(self.tr('Decision:'))}</b> {escape(item.decision)}"
                elif item.decision_asked:
                    line += f"<br><i>{escape(self.tr('For decision'))}</i>"
                parts.append(line + "</li>")
            parts.append("</ol>")
        else:
            parts.append(f"<p>{escape(self.tr('No agenda yet.'))}</p>")
        parts.append(f"<h3>{escape(self.tr('Action items'))}</h3>")
        if meeting.actions:
            parts.append("<ul>")
            parts += [f"<li>{self._action(action)}</li>" for action in meeting.actions]
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('None.'))}</p>")
        self.setHtml("".join(parts))

    def _action(self, action: Action) -> str:
        text = f"{escape(action.what)} — {escape(action.owner)}, "
        if action.done_on is not None:
            done = self.tr("done %1").replace("%1", texts.day(action.done_on))
            return f"<span style='color:{texts.DONE_COLOUR.name()}'>{text}{escape(done)}</span>"
        due = self.tr("due %1").replace("%1", texts.day(action.due))
        if action.overdue:
            late = escape(self.tr("overdue"))
            colour = texts.OVERDUE_COLOUR.name()
            return f"<span style='color:{colour}'>{text}{escape(due)} ({late})</span>"
        return text + escape(due)

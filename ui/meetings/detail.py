"""The selected meeting, read-only: when and where, who, the agenda with decisions,
and its action items."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.meeting_types import Action, Meeting
from ui.meetings import texts
from ui.widgets import palette
from ui.widgets.texts import fill


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
        attendees, nobody = self.tr("Attendees"), self.tr("Nobody invited yet.")
        parts.append(f"<h3>{escape(attendees)}</h3>")
        if meeting.attendees:
            parts.append("<ul>")
            for person in meeting.attendees:
                role = ", ".join(filter(None, (person.title, person.agency)))
                parts.append(f"<li><b>{escape(person.name)}</b> — {escape(role)}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(nobody)}</p>")
        agenda, decision, asked = self.tr("Agenda"), self.tr("Decision:"), self.tr("For decision")
        parts.append(f"<h3>{escape(agenda)}</h3>")
        if meeting.agenda:
            parts.append("<ol>")
            for item in meeting.agenda:
                line = f"<li>{escape(item.title)}"
                if item.notes:
                    line += f"<br><i>{escape(item.notes)}</i>"
                if item.decision:
                    line += f"<br><b>{escape(decision)}</b> {escape(item.decision)}"
                elif item.decision_asked:
                    line += f"<br><i>{escape(asked)}</i>"
                parts.append(line + "</li>")
            parts.append("</ol>")
        else:
            no_agenda = self.tr("No agenda yet.")
            parts.append(f"<p>{escape(no_agenda)}</p>")
        action_items, none = self.tr("Action items"), self.tr("None.")
        parts.append(f"<h3>{escape(action_items)}</h3>")
        if meeting.actions:
            parts.append("<ul>")
            parts += [f"<li>{self._action(action)}</li>" for action in meeting.actions]
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(none)}</p>")
        self.setHtml("".join(parts))

    def _action(self, action: Action) -> str:
        what, owner = escape(action.what), escape(action.owner)
        if action.done_on is not None:
            done = escape(self.tr("%1 — %2, done %3"))
            text = fill(done, what, owner, escape(texts.day(action.done_on)))
            return f"<span style='color:{texts.DONE_COLOUR.name()}'>{text}</span>"
        due = escape(texts.day(action.due))
        if action.overdue:
            late = escape(self.tr("%1 — %2, due %3 (overdue)"))
            colour = texts.OVERDUE_COLOUR.name()
            return f"<span style='color:{colour}'>{fill(late, what, owner, due)}</span>"
        return fill(escape(self.tr("%1 — %2, due %3")), what, owner, due)

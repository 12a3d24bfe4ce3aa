"""The selected task force, read-only: what it is for, who sits at the table,
who may open its cases, and which of them are open (for those who may see them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.vocabulary import CaseStatus
from app.services.case_types import TaskForceInfo
from ui.task_forces.texts import case_status_title, kind_title, open_cases_text
from ui.widgets import palette

MUTED = palette.MUTED


class TaskForceDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.show_task_force(None)

    def show_task_force(
        self,
        task_force: TaskForceInfo | None,
        user_names: Mapping[int, str] | None = None,
        open_cases: Sequence[tuple[str, CaseStatus]] = (),
    ) -> None:
        """Show `task_force`; `user_names` names the users who may open its cases and
        `open_cases` lists its open cases' numbers and statuses (for those users)."""
        if task_force is None:
            nothing = self.tr("No task force selected.")
            self.setHtml(f"<p style='color:{MUTED.name()}'>{escape(nothing)}</p>")
            return
        where = task_force.district or self.tr("The whole municipality")
        # Each text is translated before it goes into the HTML: lupdate does not
        # look inside f-strings.
        meets = self.tr("Meets: %1").replace("%1", task_force.cadence)
        not_active = self.tr("Not active.")
        headings = {
            "purpose": self.tr("Purpose"),
            "open": self.tr("Open cases"),
            "agencies": self.tr("Member agencies"),
            "members": self.tr("Members"),
            "users": self.tr("Users who may open its cases"),
        }
        parts = [
            f"<h2>{escape(task_force.name)}</h2>",
            f"<p><b>{escape(kind_title(task_force.kind))}</b> — {escape(where)}",
        ]
        if task_force.cadence:
            parts.append(f"<br>{escape(meets)}")
        if not task_force.active:
            parts.append(f"<br><i>{escape(not_active)}</i>")
        parts.append("</p>")
        if task_force.purpose:
            purpose = escape(task_force.purpose).replace("\n", "<br>")
            parts.append(f"<h3>{escape(headings['purpose'])}</h3><p>{purpose}</p>")
        parts.append(f"<h3>{escape(headings['open'])}</h3>")
        parts.append(self._open_cases(task_force, open_cases))
        parts.append(f"<h3>{escape(headings['agencies'])}</h3>")
        parts.append(self._items(escape(name) for name in task_force.agencies))
        parts.append(f"<h3>{escape(headings['members'])}</h3>")
        parts.append(
            self._items(
                f"<b>{escape(m.name)}</b> — " + escape(", ".join(filter(None, (m.title, m.agency))))
                for m in task_force.members
            )
            if task_force.members
            else self._none()
        )
        parts.append(f"<h3>{escape(headings['users'])}</h3>")
        names = user_names or {}
        parts.append(
            self._items(escape(names.get(uid, f"#{uid}")) for uid in task_force.user_ids)
            if task_force.user_ids
            else self._none()
        )
        self.setHtml("".join(parts))

    def _open_cases(
        self, task_force: TaskForceInfo, open_cases: Sequence[tuple[str, CaseStatus]]
    ) -> str:
        count = open_cases_text(task_force.open_cases)
        if task_force.open_cases is None:
            note = self.tr("Only the task force's members see its cases.")
            return (
                f"<p>{escape(count)} <span style='color:{MUTED.name()}'>{escape(note)}</span></p>"
            )
        lines = (
            f"<b>{escape(number)}</b> — {escape(case_status_title(status))}"
            for number, status in open_cases
        )
        return f"<p>{escape(count)}</p>" + (self._items(lines) if open_cases else "")

    def _items(self, lines: Iterable[str]) -> str:
        """A list of lines that are HTML already (escaped by the caller)."""
        items = list(lines)
        if not items:
            return self._none()
        return "<ul>" + "".join(f"<li>{line}</li>" for line in items) + "</ul>"

    def _none(self) -> str:
        none = self.tr("None.")
        return f"<p style='color:{MUTED.name()}'>{escape(none)}</p>"

"""The joint meetings page: the meetings, the selected one's detail, and the open
action items of all meetings, with the actions on them.

Meetings are few (one a month), so the page reads them whole; every action
is one service call, and the page reads again after it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.clock import now, to_local
from app.errors import NotFound, SamverkanError
from app.services import meetings
from app.services.meeting_types import Action, Meeting
from app.storage.database import Database
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.actions_panel import ActionsPanel
from ui.meetings.detail import MeetingDetail
from ui.meetings.meeting_dialog import MeetingDialog
from ui.meetings.meeting_list import MeetingListView
from ui.meetings.risk_dates_panel import RiskDatesPanel
from ui.widgets.forms import ask, page_heading
from ui.widgets.persist import remember_splitter

SPLITTER_KEY = "meetings/splitter"
ACTIONS_SPLITTER_KEY = "meetings/actions-splitter"
RISK_SPLITTER_KEY = "meetings/risk-dates-splitter"
# "Show done" lists the action items done in this many days before today.
DONE_SHOWN_DAYS = 90


class MeetingPage(QWidget):
    """Signals:
    status_message(str): a passing notice for the status bar ("Meeting … saved").
    """

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting: Meeting | None = None
        self.dialog: MeetingDialog | ActionDialog | None = None
        self.briefing_dialog: QWidget | None = None
        self.meeting_list = MeetingListView(self)
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.detail = MeetingDetail(self)
        self.detail.setAccessibleName(self.tr("Meeting details"))
        self.actions_panel = ActionsPanel(self)
        self.risk_dates_panel = RiskDatesPanel(db, self)
        self._make_actions()
        self._lay_out()
        self.meeting_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.meeting_list.itemDoubleClicked.connect(lambda *_: self.edit_meeting())
        self.actions_panel.mark_done_requested.connect(self.mark_done)
        self.actions_panel.new_requested.connect(self.new_action_item)
        self.actions_panel.edit_requested.connect(self.edit_action)
        self.actions_panel.reopen_requested.connect(self.reopen)
        self.actions_panel.delete_requested.connect(self.delete_action)
        self.actions_panel.show_done_changed.connect(lambda _on: self.refresh())
        self.risk_dates_panel.status_message.connect(self.status_message)
        self.refresh()
        first = self.meeting_list.first_id()
        if first is not None:
            self.meeting_list.select(first)  # the next meeting, or the latest one

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Joint meetings")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [
            self.new_meeting_action,
            self.new_action_item_action,
            None,
            self.export_action,
            self.briefing_action,
        ]

    # -- actions ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meetings and the open action items again (with "Show done", also
        the ones done in the last 90 days)."""
        try:
            self.meeting_list.show_meetings(meetings.list_meetings(self._db))
            done: tuple[Action, ...] = ()
            if self.actions_panel.show_done:
                since = to_local(now()).date() - timedelta(days=DONE_SHOWN_DAYS)
                done = meetings.done_since(self._db, since)
            self.actions_panel.show_actions(meetings.open_actions(self._db), done)
        except SamverkanError as error:
            self.status_message.emit(str(error))
        self._show_selected()

    def new_meeting(self) -> MeetingDialog:
        return self._open_meeting_dialog(None)

    def edit_meeting(self) -> MeetingDialog | None:
        if self.meeting is None:
            return None
        try:
            meeting = meetings.get(self._db, self.meeting.id)
        except NotFound:
            self.status_message.emit(self.tr("That meeting was deleted meanwhile."))
            self.refresh()
            return None
        return self._open_meeting_dialog(meeting)

    def delete_meeting(self) -> bool:
        meeting = self.meeting
        if meeting is None:
            return False
        answer = ask(
            self,
            self.tr("Delete meeting"),
            self.tr('Delete the meeting "%1"? Its action items are kept.').replace(
                "%1", meeting.title
            ),
        )
        if not answer:
            return False
        try:
            meetings.delete(self._db, meeting.id)
        except NotFound:
            pass  # deleted meanwhile: the result is the same
        except SamverkanError as error:
            QMessageBox.warning(self, self.tr("Delete meeting"), str(error))
            return False
        self.meeting = None
        self.refresh()
        self.status_message.emit(self.tr("Meeting deleted."))
        return True

    def new_action_item(self) -> ActionDialog:
        meeting_id = self.meeting.id if self.meeting is not None else None
        dialog = ActionDialog(self._db, meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.action_saved.connect(self._action_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_action(self, action_id: int) -> ActionDialog | None:
        """Open the action dialog on the item as stored now; None if it is gone."""
        try:
            action = meetings.get_action(self._db, action_id)
        except NotFound:
            self.status_message.emit(self.tr("That action item was deleted meanwhile."))
            self.refresh()
            return None
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return None
        dialog = ActionDialog(self._db, None, self, action=action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.action_saved.connect(self._action_edited)
        dialog.open()
        self.dialog = dialog
        return dialog

    def reopen(self, action_id: int) -> Action | None:
        try:
            reopened = meetings.reopen(self._db, action_id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.refresh()
            return None
        self.refresh()
        self.actions_panel.select(reopened.id)
        self.status_message.emit(self.tr('"%1" reopened.').replace("%1", reopened.what))
        return reopened

    def delete_action(self, action_id: int, confirm: bool = True) -> bool:
        """Delete an action item, after asking (naming it) unless `confirm` is False."""
        try:
            action = meetings.get_action(self._db, action_id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.refresh()
            return False
        if confirm:
            answer = ask(
                self,
                self.tr("Delete action item"),
                self.tr('Delete the action item "%1"? This cannot be undone.').replace(
                    "%1", action.what
                ),
            )
            if not answer:
                return False
        try:
            meetings.delete_action(self._db, action_id)
        except NotFound:
            pass  # deleted meanwhile: the result is the same
        except SamverkanError as error:
            QMessageBox.warning(self, self.tr("Delete action item"), str(error))
            return False
        self.refresh()
        self.status_message.emit(self.tr('Action item "%1" deleted.').replace("%1", action.what))
        return True

    def mark_done(self, action_id: int) -> Action | None:
        try:
            done = meetings.mark_done(self._db, action_id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.refresh()
            return None
        self.refresh()
        self.status_message.emit(self.tr('"%1" marked done.').replace("%1", done.what))
        return done

    def export_selected(self) -> None:
        if self.meeting is None:
            return
        name = f"möte-{self.meeting.starts_at.date().isoformat()}.ics"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export invitation"),
            str(Path.home() / name),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.export_invitation(Path(path))

    def open_briefing(self) -> QWidget | None:
        """The briefing dialog for the selected meeting (window-modal, does not block)."""
        from ui.briefing.dialog import BriefingDialog

        if self.meeting is None:
            return None
        dialog = BriefingDialog(self._db, self, meeting_id=self.meeting.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.status_message.connect(self.status_message)
        dialog.open()
        self.briefing_dialog = dialog
        return dialog

    def export_invitation(self, path: Path) -> bool:
        """Write the selected meeting's invitation to `path`; True if written."""
        from app.exchange.ics import export_meeting

        if self.meeting is None:
            return False
        try:
            export_meeting(self._db, self.meeting.id, path)
        except (SamverkanError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export invitation"), str(error))
            return False
        self.status_message.emit(self.tr("Invitation written to %1.").replace("%1", str(path)))
        return True

    # -- inside ------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str | None, slot: object) -> QAction:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_meeting_action = action(
            self.tr("&New meeting…"), QKeySequence(QKeySequence.StandardKey.New), self.new_meeting
        )
        self.edit_meeting_action = action(self.tr("&Edit meeting…"), "Ctrl+E", self.edit_meeting)
        self.delete_meeting_action = action(self.tr("&Delete meeting…"), None, self.delete_meeting)
        self.new_action_item_action = action(
            self.tr("New &action item…"), "Ctrl+Shift+A", self.new_action_item
        )
        self.export_action = action(
            self.tr("E&xport invitation (.ics)…"), "Ctrl+Shift+E", self.export_selected
        )
        self.briefing_action = action(self.tr("&Briefing…"), "Ctrl+Shift+B", self.open_briefing)

    def _lay_out(self) -> None:
        heading = page_heading(self.tr("Joint meetings"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for act in (
            self.new_meeting_action,
            self.edit_meeting_action,
            self.delete_meeting_action,
            self.export_action,
            self.briefing_action,
        ):
            button = QPushButton(act.text().replace("&", "").replace("…", ""), self)
            button.clicked.connect(act.trigger)
            act.enabledChanged.connect(button.setEnabled)
            button.setEnabled(act.isEnabled())
            top.addWidget(button)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.meeting_list)
        upper.addWidget(self.detail)
        upper.setStretchFactor(1, 1)
        upper.setSizes([340, 900])
        upper.setChildrenCollapsible(False)
        remember_splitter(upper, SPLITTER_KEY)
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(upper)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.actions_panel)
        lower.addWidget(self.risk_dates_panel)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        remember_splitter(lower, RISK_SPLITTER_KEY)
        whole.addWidget(lower)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 2)
        whole.setSizes([560, 220])
        whole.setChildrenCollapsible(False)
        remember_splitter(whole, ACTIONS_SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(whole, 1)

    def _open_meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        dialog = MeetingDialog(self._db, meeting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meeting_saved.connect(self._meeting_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _meeting_saved(self, meeting: Meeting) -> None:
        self.refresh()
        self.meeting_list.select(meeting.id)
        self.status_message.emit(self.tr('Meeting "%1" saved.').replace("%1", meeting.title))

    def _action_saved(self, action: Action) -> None:
        self.refresh()
        self.actions_panel.select(action.id)
        self.status_message.emit(self.tr('Action item "%1" added.').replace("%1", action.what))

    def _action_edited(self, action: Action) -> None:
        self.refresh()
        self.actions_panel.select(action.id)
        self.status_message.emit(self.tr('Action item "%1" saved.').replace("%1", action.what))

    def _show_selected(self) -> None:
        meeting_id = self.meeting_list.current_id()
        meeting = None
        if meeting_id is not None:
            try:
                meeting = meetings.get(self._db, meeting_id)
            except SamverkanError as error:
                self.status_message.emit(str(error))
        self.meeting = meeting
        self.detail.show_meeting(meeting)
        for act in (
            self.edit_meeting_action,
            self.delete_meeting_action,
            self.export_action,
            self.briefing_action,
        ):
            act.setEnabled(meeting is not None)

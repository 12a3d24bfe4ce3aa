"""The dialog that creates and edits a joint meeting.

Saving calls the meetings service directly (a few small writes); a
ValidationError puts each message under its field and the dialog stays open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import now, to_local
from app.errors import Conflict, SamverkanError, ValidationError
from app.services import meetings
from app.services.meeting_types import AgendaItemDraft, Meeting, MeetingDraft
from app.storage.database import Database
from ui.meetings.agenda_editor import AgendaEditor
from ui.meetings.fields import Labelled
from ui.meetings.texts import ERROR_COLOUR
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge, shown
from ui.widgets.dates import date_time_format
from ui.widgets.keyboard import label_fields


class MeetingDialog(QDialog):
    """Create (meeting=None) or edit a meeting.

    Signals:
        meeting_saved(Meeting): the service stored it; the dialog then closes.
    """

    meeting_saved = Signal(object)

    def __init__(
        self, db: Database, meeting: Meeting | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting = meeting
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(self.tr("New meeting") if meeting is None else self.tr("Edit meeting"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.banner.hide()
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.start_edit = _date_time_edit(self)
        self.end_edit = _date_time_edit(self)
        self.place_edit = QLineEdit(self)
        self.place_edit.setMaxLength(200)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.notes_edit.setFixedHeight(60)
        self.attendee_list = QListWidget(self)
        draft = meeting.draft() if meeting else None
        self.agenda = AgendaEditor(draft.agenda if draft else (), self)
        self.fields = {
            "title": Labelled(self.title_edit),
            "starts_at": Labelled(self.start_edit),
            "ends_at": Labelled(self.end_edit),
            "place": Labelled(self.place_edit),
            "notes": Labelled(self.notes_edit),
            "attendee_ids": Labelled(self.attendee_list),
            "agenda": Labelled(self.agenda),
        }
        self._fill_people(set(draft.attendee_ids) if draft else None)
        self._fill(draft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.start_edit.dateTimeChanged.connect(self._keep_end_after_start)
        self.resize(980, 640)

    def save(self) -> Meeting | None:
        """Store the meeting; on success emit meeting_saved and close."""
        for field in self.fields.values():
            field.set_error("")
        self.banner.hide()
        try:
            if self._meeting is None:
                saved = meetings.create(self._db, self.draft())
            else:
                saved = meetings.update(
                    self._db,
                    self._meeting.id,
                    self.draft(),
                    expected_version=self._meeting.version,
                )
        except ValidationError as error:
            for name, message in error.errors.items():
                if name in self.fields:
                    self.fields[name].set_error(message)
                else:
                    self._show_banner(f"{name}: {message}")
            return None
        except Conflict as error:
            self._offer_merge(error)
            return None
        except SamverkanError as error:
            self._show_banner(str(error))
            return None
        self.meeting_saved.emit(saved)
        self.accept()
        return saved

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            title=self.title_edit.text(),
            starts_at=_naive(self.start_edit.dateTime()),
            ends_at=_naive(self.end_edit.dateTime()),
            place=self.place_edit.text(),
            notes=self.notes_edit.toPlainText(),
            attendee_ids=tuple(self.checked_people()),
            agenda=self.agenda.items(),
        )

    def checked_people(self) -> list[int]:
        ids = []
        for row in range(self.attendee_list.count()):
            item = self.attendee_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_person_checked(self, person_id: int, checked: bool = True) -> None:
        for row in range(self.attendee_list.count()):
            item = self.attendee_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- someone else saved meanwhile ------------------------------------------------

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self._show_banner(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        current = error.current
        if not isinstance(current, Meeting):
            return
        mine = self.draft()
        theirs = replace(
            current.draft(), starts_at=_wall(current.starts_at), ends_at=_wall(current.ends_at)
        )
        labels = [
            ("title", self.tr("Title")),
            ("starts_at", self.tr("Starts")),
            ("ends_at", self.tr("Ends")),
            ("place", self.tr("Place")),
            ("notes", self.tr("Notes")),
            ("attendee_ids", self.tr("Attendees")),
            ("agenda", self.tr("Agenda")),
        ]
        names = {person.id: person.name for person in current.attendees}
        texts = {"attendee_ids": lambda ids: self._names(ids, names), "agenda": _agenda_text}
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, theirs, labels, texts),
            subject=current.title,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: Meeting, mine: MeetingDraft, chosen: Resolution) -> None:
        self._meeting = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.meeting_saved.emit(current)
            self.accept()
            return
        self._show_draft(chosen.merged(mine))
        self.save()

    def _show_draft(self, draft: MeetingDraft) -> None:
        """A merged draft (wall-clock times) in the fields, the attendees and the agenda."""
        self.title_edit.setText(draft.title)
        self.start_edit.setDateTime(_qt(draft.starts_at))
        self.end_edit.setDateTime(_qt(draft.ends_at))
        self.place_edit.setText(draft.place)
        self.notes_edit.setPlainText(draft.notes)
        for row in range(self.attendee_list.count()):
            item = self.attendee_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in draft.attendee_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        if draft.agenda != self.agenda.items():
            # The agenda editor takes its items when made: a new one replaces it.
            holder = self.fields["agenda"]
            fresh = AgendaEditor(draft.agenda, holder)
            layout = holder.layout()
            assert layout is not None  # Labelled lays out its widget
            layout.replaceWidget(self.agenda, fresh)
            self.agenda.deleteLater()
            self.agenda = holder.widget = fresh

    def _names(self, ids: tuple[int, ...], stored: dict[int, str]) -> str:
        listed = {
            self.attendee_list.item(row).data(Qt.ItemDataRole.UserRole): self.attendee_list.item(
                row
            ).text()
            for row in range(self.attendee_list.count())
        }
        return shown(tuple(stored.get(i) or listed.get(i, str(i)) for i in ids))

    # -- inside ------------------------------------------------------------------

    def _fill_people(self, invited: set[int] | None) -> None:
        """Everyone active, checkable; a new meeting starts with the joint meeting's
        members checked, an existing one with its attendees."""
        try:
            people = meetings.people_to_invite(self._db, include=invited or ())
        except SamverkanError as error:
            self._show_banner(str(error))
            return
        for person in people:
            role = ", ".join(filter(None, (person.title, person.agency)))
            item = QListWidgetItem(f"{person.name} — {role}" if role else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = person.id in invited if invited is not None else person.joint_meeting
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.attendee_list.addItem(item)
        if not people:
            self.fields["attendee_ids"].set_error(
                self.tr("There is nobody in the roster yet: add people there first.")
            )

    def _fill(self, draft: MeetingDraft | None) -> None:
        if draft is None:
            # Next whole hour tomorrow, two hours: a sensible start to change.
            start = to_local(now()).replace(minute=0, second=0, microsecond=0, tzinfo=None)
            start = (start + timedelta(days=1)).replace(hour=9)
            self.start_edit.setDateTime(_qt(start))
            self.end_edit.setDateTime(_qt(start + timedelta(hours=2)))
            return
        self.title_edit.setText(draft.title)
        self.start_edit.setDateTime(_qt(to_local(draft.starts_at)))
        self.end_edit.setDateTime(_qt(to_local(draft.ends_at)))
        self.place_edit.setText(draft.place)
        self.notes_edit.setPlainText(draft.notes)

    def _keep_end_after_start(self, start: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the length, as calendars do."""
        if self.end_edit.dateTime() <= start:
            self.end_edit.setDateTime(start.addSecs(2 * 3600))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.fields["title"])
        form.addRow(self.tr("Starts"), self.fields["starts_at"])
        form.addRow(self.tr("Ends"), self.fields["ends_at"])
        form.addRow(self.tr("Place"), self.fields["place"])
        form.addRow(self.tr("Notes"), self.fields["notes"])
        label_fields(form)  # the inputs sit in frames with their messages: named here
        left = QVBoxLayout()
        left.addLayout(form)
        people = QGroupBox(self.tr("Attendees"), self)
        # In frames inside their boxes: Qt would not name the lists by the boxes' titles.
        self.attendee_list.setAccessibleName(people.title())
        QVBoxLayout(people).addWidget(self.fields["attendee_ids"])
        left.addWidget(people, 1)
        agenda = QGroupBox(self.tr("Agenda"), self)
        self.agenda.list.setAccessibleName(agenda.title())
        QVBoxLayout(agenda).addWidget(self.fields["agenda"])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(agenda, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)


def _date_time_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_time_format())
    return edit


def _naive(value: QDateTime) -> datetime:
    """What the officer typed: local Swedish time, naive (the service converts)."""
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def _qt(value: datetime) -> QDateTime:
    """The wall-clock time of `value` (aware local or naive) for the editors."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _wall(value: datetime) -> datetime:
    """The naive Swedish wall-clock time of a stored (UTC) time, as the fields hold it."""
    return to_local(value).replace(tzinfo=None)


def _agenda_text(agenda: tuple[AgendaItemDraft, ...]) -> str:
    """The agenda in its order, each item with its notes and decision."""
    lines = []
    for number, item in enumerate(agenda, start=1):
        lines.append(f"{number}. {item.title}" + (" (!)" if item.decision_asked else ""))
        lines.extend(f"   {text}" for text in (item.notes, item.decision) if text)
    return "\n".join(lines) or shown(None)

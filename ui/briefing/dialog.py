"""The briefing dialog: the situation picture as a PDF for the joint meeting.

The officer picks the meeting (the next one by default) and whether the
period is the meeting's (since the previous meeting) or dates of their own,
the language, the optional appendix and the file. "Make" gathers and writes
off the UI thread with progress (ui.widgets.jobs), then opens the PDF in the
system's viewer, where it is printed (Qt offers no PDF printing of its own
without QtPdf, which this build does not ship; the viewer's Print is the
honest way).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.briefing import numbers
from app.briefing.briefing_data import gather_briefing, meeting_period
from app.briefing.briefing_pdf import write_briefing
from app.briefing.texts import briefing_title
from app.clock import now, to_local
from app.errors import SamverkanError
from app.i18n import language
from app.services import meetings
from app.services.situation_types import Period
from app.storage.database import Database
from ui.widgets import palette
from ui.widgets.dates import date_format
from ui.widgets.forms import error_label
from ui.widgets.jobs import Job, Progress, run_job
from ui.widgets.printing import can_print, print_pdf

# Each language by its own name, as language menus everywhere show them.
LANGUAGES = (("Svenska", "sv"), ("English", "en"))


class BriefingDialog(QDialog):
    """Signals:
    briefing_written(object, int): the PDF at this Path was written with so many pages.
    status_message(str): a passing notice for the status bar.
    """

    briefing_written = Signal(object, int)
    status_message = Signal(str)

    def __init__(
        self, db: Database, parent: QWidget | None = None, meeting_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._chosen_path = False  # the officer picked the file: keep it as it is
        self.job: Job | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Briefing PDF"))
        self._make_fields()
        self._fill_meetings(meeting_id)
        self._lay_out()
        self._connect()
        self._meeting_changed()

    # -- what callers and tests use --------------------------------------------

    def period(self) -> Period | None:
        """The chosen dates, or None for the meeting's own period."""
        if self.from_meeting.isChecked() and self.meeting_box.currentData() is not None:
            return None
        return Period(_day(self.date_from), _day(self.date_to))

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def make(self, path: Path | None = None, *, open_when_done: bool = True) -> Job | None:
        """Gather and write the briefing to `path` (default: the file field) in the
        background; opens it in the PDF viewer when done. None if the choices are wrong."""
        if path is not None:
            self.file_edit.setText(str(path))
            self._chosen_path = True
        target = self.path()
        self.message.hide()
        self.done_label.hide()
        problem = self._problem(target)
        if problem:
            self.message.setText(problem)
            self.message.show()
            return None
        meeting_id = self.meeting_box.currentData()
        period = self.period()
        lang = str(self.language_box.currentData())
        appendix = self.appendix_box.isChecked()

        def work(progress: Progress) -> int:
            data = gather_briefing(
                self._db, meeting_id=meeting_id, period=period, language=lang, appendix=appendix
            )
            return write_briefing(data, target, progress=progress)

        self.make_button.setEnabled(False)
        job = run_job(
            self,
            work,
            title=self.tr("Briefing PDF"),
            label=self.tr("Writing %1…").replace("%1", target.name),
        )
        job.succeeded.connect(lambda pages: self._written(target, int(pages), open_when_done))
        job.cancelled.connect(lambda: self.status_message.emit(self.tr("Briefing cancelled.")))
        job.ended.connect(lambda: self.make_button.setEnabled(True))
        self.job = job
        return job

    def open_written(self) -> bool:
        """Open the written PDF in the system's viewer (where it is printed)."""
        if self.written is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def print_written(self) -> bool:
        """Send the written PDF to the default printer (see ui.widgets.printing)."""
        if self.written is None:
            return False
        try:
            print_pdf(self.written)
        except OSError as error:
            self.message.setText(self.tr("It could not be printed: %1").replace("%1", str(error)))
            return False
        self.status_message.emit(
            self.tr("Sent %1 to the printer.").replace("%1", self.written.name)
        )
        return True

    # -- inside ------------------------------------------------------------------

    def _make_fields(self) -> None:
        self.meeting_box = QComboBox(self)
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.from_meeting = QRadioButton(self.tr("Since the pre&vious meeting"), self)
        self.chosen_dates = QRadioButton(self.tr("&Dates:"), self)
        self.meeting_dates = QLabel(self)
        self.meeting_dates.setStyleSheet(f"color: {palette.MUTED.name()};")
        today = to_local(now()).date()
        self.date_from = _date_edit(today - timedelta(days=29), self.tr("From date"), self)
        self.date_to = _date_edit(today, self.tr("To date"), self)
        self.language_box = QComboBox(self)
        for title, code in LANGUAGES:
            self.language_box.addItem(title, code)
        # The interface's language unless the officer picks the other one.
        self.language_box.setCurrentIndex(max(self.language_box.findData(language()), 0))
        self.appendix_box = QCheckBox(
            self.tr("Append every incident of the period as a table"), self
        )
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("File"))  # in a row: no label beside it
        self.file_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.message = error_label(self)
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.open_button = QPushButton(self.tr("Open again"), self)
        self.open_button.hide()
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setToolTip(self.tr("Send the briefing to your default printer"))
        self.print_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.make_button = self.buttons.addButton(
            self.tr("&Make briefing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.setDefault(True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Meeting:"), self.meeting_box)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.from_meeting)
        meeting_row.addWidget(self.meeting_dates, 1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.chosen_dates)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("–", self))
        dates_row.addWidget(self.date_to)
        dates_row.addStretch(1)
        period = QVBoxLayout()
        period.addLayout(meeting_row)
        period.addLayout(dates_row)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", self.appendix_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), file_row)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.meeting_box.currentIndexChanged.connect(self._meeting_changed)
        self.language_box.currentIndexChanged.connect(self._default_file)
        self.from_meeting.toggled.connect(self._period_kind_changed)
        self.choose_button.clicked.connect(self._choose_file)
        self.file_edit.textEdited.connect(lambda _t: setattr(self, "_chosen_path", True))
        self.make_button.clicked.connect(lambda: self.make())
        self.open_button.clicked.connect(self.open_written)
        self.print_button.clicked.connect(self.print_written)
        self.buttons.rejected.connect(self.reject)

    def _fill_meetings(self, meeting_id: int | None) -> None:
        self.meeting_box.addItem(self.tr("No meeting"), None)
        try:
            listed = meetings.list_meetings(self._db)
        except SamverkanError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        for row in (*listed.upcoming, *listed.past):
            when = numbers.short_date(to_local(row.starts_at).date(), language())
            self.meeting_box.addItem(f"{when}  {row.title}", row.id)
        wanted = (
            meeting_id
            if meeting_id is not None
            else (listed.upcoming[0].id if listed.upcoming else None)
        )
        index = self.meeting_box.findData(wanted) if wanted is not None else -1
        self.meeting_box.setCurrentIndex(index if index >= 0 else (1 if listed.past else 0))

    def _meeting_changed(self) -> None:
        meeting_id = self.meeting_box.currentData()
        self.from_meeting.setEnabled(meeting_id is not None)
        if meeting_id is None:
            self.chosen_dates.setChecked(True)
            self.meeting_dates.setText("")
        else:
            self.from_meeting.setChecked(True)
            try:
                period = meeting_period(self._db, meeting_id)
            except SamverkanError as error:
                self.meeting_dates.setText(str(error))
            else:
                self.meeting_dates.setText(numbers.period(period, language()))
                for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
                    edit.setDate(QDate(day.year, day.month, day.day))
        self._period_kind_changed()
        self._default_file()

    def _period_kind_changed(self) -> None:
        chosen = not self.from_meeting.isChecked()
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(chosen)

    def _default_file(self) -> None:
        if self._chosen_path:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        lang = str(self.language_box.currentData())
        day = to_local(now()).date().isoformat()
        # The date in the name stays ISO in both languages: file names sort by it.
        self.file_edit.setText(str(Path(folder) / f"{briefing_title(lang)} {day}.pdf"))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the briefing as"),
            self.file_edit.text(),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.file_edit.setText(path)
            self._chosen_path = True

    def _problem(self, target: Path) -> str:
        if not self.file_edit.text().strip():
            return self.tr("Choose a file to write the briefing to.")
        if not target.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
        period = self.period()
        if period is not None and period.end < period.start:
            return self.tr("The period ends before it starts.")
        return ""

    def _written(self, path: Path, pages: int, open_when_done: bool) -> None:
        self.written = path
        self.done_label.setText(
            self.tr(
                "Written: %1 (%Ln page(s)). It opens in your PDF viewer; print it there or here.",
                "",
                pages,
            ).replace("%1", str(path))
        )
        self.done_label.show()
        self.open_button.show()
        self.print_button.setVisible(can_print())
        self.status_message.emit(self.tr("Briefing written to %1.").replace("%1", str(path)))
        self.briefing_written.emit(path, pages)
        if open_when_done:
            self.open_written()


def _date_edit(day: date, name: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setAccessibleName(name)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())

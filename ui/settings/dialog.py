"""The settings: this computer's (language, database) and the office's (the briefing's
cover, how long closed cases are kept, the backups).

Everyone changes this computer's settings (ui.settings.workstation_panel).
Administrators change the office's; everybody else may read them here, with
the fields disabled and a sentence saying why. Save writes every changed office
setting in one transaction (office_settings.set_settings), so either all of
them change or, with a message under each refused field, none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamverkanError, ValidationError
from app.services import office_settings, users
from app.services.office_settings import (
    BACKUP_FOLDER,
    BACKUPS_KEPT,
    CLASSIFICATION_MARKING,
    LOGO_PATH,
    MUNICIPALITY_NAME,
    RETENTION_YEARS,
)
from app.storage import backup
from app.storage.database import Database
from ui.settings.workstation_panel import WorkstationPanel
from ui.widgets.forms import (
    add_rows_with_messages,
    error_label,
    field_with_button,
    lay_out_form_dialog,
)

# The markings Swedish offices commonly print; the box is editable for others.
# They are printed as written, in the Swedish and the English briefing alike.
CLASSIFICATION_SUGGESTIONS = (
    "Intern – ej för publicering",
    "Arbetsmaterial",
    "Begränsad spridning",
    "Offentlig",
)
PREVIEW_HEIGHT = 48
PREVIEW_MAX_WIDTH = 160


class OfficeSettingsDialog(QDialog):
    """This computer's language and database; the office's municipality name,
    classification marking, logo, retention period and backups.

    Signals:
        settings_saved(dict[str, str]): the changed office settings as stored.
        workstation_saved(): this computer's settings changed (they apply at the next start).
    """

    settings_saved = Signal(object)
    workstation_saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.may_change = users.sign_in(db).is_administrator
        self.loaded = office_settings.all_settings(db)

        self.municipality = QLineEdit(self)
        self.municipality.setPlaceholderText(self.tr("e.g. Botkyrka kommun"))
        self.municipality.setMaxLength(120)
        self.classification = QComboBox(self)
        self.classification.setEditable(True)
        self.classification.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.classification.addItems(CLASSIFICATION_SUGGESTIONS)
        self.classification.setToolTip(
            self.tr("Printed in the header of every page of the briefing")
        )
        self.logo = QLineEdit(self)
        self.logo.setPlaceholderText(self.tr("a PNG or JPEG file under 2 MB; empty for none"))
        self.logo.setClearButtonEnabled(True)
        # Inside a row of their own: Qt finds no label beside them to name them by.
        self.logo.setAccessibleName(self.tr("Logo"))
        self.logo.editingFinished.connect(self.show_preview)
        self.browse_button = QPushButton(self.tr("Brow&se…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW_MAX_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setAccessibleName(self.tr("Preview of the logo"))
        logo_row = QWidget(self)
        logo_layout = QVBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(field_with_button(self.logo, self.browse_button, logo_row))
        logo_layout.addWidget(self.preview)
        self.retention = QSpinBox(self)
        self.retention.setRange(
            office_settings.MIN_RETENTION_YEARS, office_settings.MAX_RETENTION_YEARS
        )
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setAccessibleName(self.tr("Retention period"))
        retention_note = QLabel(
            self.tr(
                "Closed cases are erased this many years after closing, together with "
                "their consents, actions, reviews and notes. Only the case number "
                "stays, in the audit log."
            ),
            self,
        )
        retention_note.setWordWrap(True)
        retention_row = QWidget(self)
        retention_layout = QVBoxLayout(retention_row)
        retention_layout.setContentsMargins(0, 0, 0, 0)
        retention_layout.addWidget(self.retention, 0, Qt.AlignmentFlag.AlignLeft)
        retention_layout.addWidget(retention_note)

        self.backups_kept = QSpinBox(self)
        self.backups_kept.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.backups_kept.setRange(backup.MIN_KEPT, backup.MAX_KEPT)
        self.backups_kept.setSuffix(self.tr(" copies"))
        self.backups_kept.setToolTip(
            self.tr("A dated copy of the database is made on every start; older ones go.")
        )

        self.backup_folder = QLineEdit(self)
        self.backup_folder.setPlaceholderText(self.tr("the folder backups beside the database"))
        self.backup_folder.setClearButtonEnabled(True)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setToolTip(
            self.tr(
                "A folder on another disk or a share keeps the copies when this disk fails. "
                "Copies made before stay where they were made."
            )
        )
        self.folder_button = QPushButton(self.tr("C&hoose…"), self)
        self.folder_button.clicked.connect(self.browse_folder)
        folder_row = field_with_button(self.backup_folder, self.folder_button, self)

        form = QFormLayout()
        rows = (
            (MUNICIPALITY_NAME, self.tr("&Municipality"), self.municipality),
            (CLASSIFICATION_MARKING, self.tr("&Classification marking"), self.classification),
            (LOGO_PATH, self.tr("&Logo"), logo_row),
            (RETENTION_YEARS, self.tr("&Retention period"), retention_row),
            (BACKUPS_KEPT, self.tr("&Backups kept"), self.backups_kept),
            (BACKUP_FOLDER, self.tr("Backup f&older"), folder_row),
        )
        self.messages = add_rows_with_messages(form, rows, self)
        # Alt+L and Alt+R lead to the path and the spin box, not to the rows holding them.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel) and caption.buddy() is logo_row:
                caption.setBuddy(self.logo)
            elif isinstance(caption, QLabel) and caption.buddy() is retention_row:
                caption.setBuddy(self.retention)
            elif isinstance(caption, QLabel) and caption.buddy() is folder_row:
                caption.setBuddy(self.backup_folder)
        self.general = error_label(self)
        self.note = QLabel(
            self.tr("Only an administrator changes the office's settings; you can read them here."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setVisible(not self.may_change)
        office_box = QGroupBox(self.tr("The office, on every computer"), self)
        office_layout = QVBoxLayout(office_box)
        office_layout.addWidget(self.note)
        office_layout.addLayout(form)
        self.workstation = WorkstationPanel(self)
        body = QFormLayout()  # lay_out_form_dialog's frame around the two boxes
        body.addRow(self.workstation)
        body.addRow(office_box)
        buttons = lay_out_form_dialog(self, body, self.general)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._show(self.loaded)
        if not self.may_change:
            for widget in self.fields():
                widget.setEnabled(False)
        self.workstation.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.municipality,
            self.classification,
            self.logo,
            self.browse_button,
            self.retention,
            self.backups_kept,
            self.backup_folder,
            self.folder_button,
        )

    def values(self) -> dict[str, str]:
        """What the fields say now, by setting key."""
        return {
            MUNICIPALITY_NAME: self.municipality.text(),
            CLASSIFICATION_MARKING: self.classification.currentText(),
            LOGO_PATH: self.logo.text(),
            RETENTION_YEARS: str(self.retention.value()),
            BACKUPS_KEPT: str(self.backups_kept.value()),
            BACKUP_FOLDER: self.backup_folder.text(),
        }

    def changed(self) -> dict[str, str]:
        """The fields that differ from what was read when the dialog opened.

        Only those are sent, so that a colleague's change to another setting in
        the meantime is not overwritten with what this dialog showed.
        """
        return {
            key: value
            for key, value in self.values().items()
            if value.strip() != self.loaded.get(key, "").strip()
        }

    def save(self) -> bool:
        """Write the changed settings; True when saved (or nothing changed).

        This computer's settings are checked first and stored only when the
        office's are saved too (or need not be), so that a refusal leaves both as they were.
        """
        for label in (*self.messages.values(), self.general, self.workstation.database_message):
            label.hide()
        # This computer's part is checked only when changed: a database IT deployed
        # that cannot be read here must not keep an administrator from the office's part.
        if self.workstation.changed() and self.workstation.problem() is not None:
            return self.workstation.save()  # shows the problem under the field
        wanted = self.changed() if self.may_change else {}
        try:
            stored = office_settings.set_settings(self._db, wanted) if wanted else {}
        except ValidationError as error:
            for field, message in error.errors.items():
                label = self.messages.get(field, self.general)
                label.setText(message[:1].upper() + message[1:])
                label.show()
            return False
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return False
        if self.workstation.changed() and self.workstation.save():
            self.workstation_saved.emit()
        if stored:
            self.settings_saved.emit(stored)
        self.accept()
        return True

    def browse(self) -> None:
        start = self.logo.text().strip()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            str(Path(start).parent) if start else "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.choose_logo(path)

    def browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.backup_folder.text().strip()
        )
        if chosen:
            self.backup_folder.setText(str(Path(chosen)))

    def choose_logo(self, path: str) -> None:
        """Put `path` in the field ("" for no logo), in the system's own spelling."""
        self.logo.setText(str(Path(path)) if path else "")
        self.show_preview()

    def show_preview(self) -> None:
        """The logo, small; a word instead when there is none or it cannot be shown."""
        path = self.logo.text().strip()
        picture = QPixmap()
        if path and office_settings.logo_problem(path) is None:
            picture = QPixmap(path)
        if picture.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not path else self.tr("No preview"))
            return
        self.preview.setText("")
        self.preview.setPixmap(
            picture.scaled(
                PREVIEW_MAX_WIDTH,
                PREVIEW_HEIGHT,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show(self, values: dict[str, str]) -> None:
        self.municipality.setText(values[MUNICIPALITY_NAME])
        self.classification.setCurrentText(values[CLASSIFICATION_MARKING])
        self.logo.setText(values[LOGO_PATH])
        years = values[RETENTION_YEARS]
        self.retention.setValue(
            int(years) if years.isdigit() else office_settings.retention_years(self._db)
        )
        kept = values.get(BACKUPS_KEPT, "")
        self.backups_kept.setValue(int(kept) if kept.isdigit() else backup.DEFAULT_KEPT)
        self.backup_folder.setText(values.get(BACKUP_FOLDER, ""))
        self.show_preview()

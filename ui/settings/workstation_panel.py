"""This computer's settings inside the settings dialog: language and database.

Everyone may change them (they are the officer's own, in QSettings); they
take effect at the next start, which the panel says, because the language
is set before the first window is built and the database is opened once.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.i18n.language import LANGUAGE_ENV, system_language
from app.settings import DATABASE_ENV, default_database_path
from app.storage import backup
from app.storage.location import network_location
from ui import translation, workstation
from ui.widgets.forms import error_label, field_with_button

# Each language is offered in its own name, as every program does.
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


class WorkstationPanel(QGroupBox):
    """Language and database of this computer (ui.workstation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This computer"), parent)
        self.language = QComboBox(self)
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("As Windows (%1)").replace("%1", system), translation.SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translation.saved_choice())))

        self.database = QLineEdit(self)
        self.database.setPlaceholderText(str(default_database_path(create=False)))
        self.database.setClearButtonEnabled(True)
        self.database.setToolTip(
            self.tr(
                "Empty: the file in your own data folder. A file on this computer's disk, "
                "or the office's PostgreSQL server: postgresql+psycopg://server/samverkan"
            )
        )
        self.database.setText(workstation.DATABASE.read())
        # Inside a row of its own: Qt finds no label beside it to name it by.
        self.database.setAccessibleName(workstation.title(workstation.DATABASE))
        self.browse_button = QPushButton(self.tr("Bro&wse…"), self)
        self.browse_button.clicked.connect(self.browse)
        database_row = field_with_button(self.database, self.browse_button, self)
        self.database_message = error_label(self)

        form = QFormLayout(self)
        language_label = QLabel(self.tr("La&nguage"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        database_label = QLabel(self.tr("&Database"), self)
        database_label.setBuddy(self.database)
        form.addRow(database_label, database_row)
        form.addRow("", self.database_message)
        note = QLabel(self.tr("Changes here take effect when Samverkan starts again."), self)
        note.setWordWrap(True)
        form.addRow(note)
        # An environment variable wins over the choice here: say so, rather than let a
        # choice seem to be ignored.
        overridden = [
            name for name in (LANGUAGE_ENV, DATABASE_ENV) if os.environ.get(name, "").strip()
        ]
        if overridden:
            warning = QLabel(
                self.tr("%1 is set on this computer and comes before the choice here.").replace(
                    "%1", " ".join(overridden)
                ),
                self,
            )
            warning.setWordWrap(True)
            form.addRow(warning)
        self.loaded = self.values()

    def values(self) -> dict[str, str]:
        return {
            workstation.LANGUAGE.key: str(self.language.currentData()),
            workstation.DATABASE.key: self.database.text().strip(),
        }

    def changed(self) -> bool:
        return self.values() != self.loaded

    def problem(self) -> str | None:
        """Why the database cannot be used, in a sentence; None when it can."""
        value = self.database.text().strip()
        if not value:
            return None
        if "://" in value:
            try:
                url = make_url(value)
            except ArgumentError:
                return self.tr("This is not a database address.")
            if not url.drivername.startswith("postgresql"):
                return self.tr(
                    "Only a PostgreSQL server can be named by address "
                    "(postgresql+psycopg://server/samverkan); a file is named by its path."
                )
            return None
        path = Path(value).expanduser()
        if not path.is_absolute():
            return self.tr("Give the whole path, starting from the drive.")
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.exists() and not backup.is_sqlite_file(path):
            return self.tr("%1 is not a Samverkan database.").replace("%1", str(path))
        where = network_location(path)
        if where is not None:
            return self.tr(
                "The file is %1. Two computers writing to one file over a network can "
                "damage it: keep the file on this computer, or let the office share a "
                "PostgreSQL server."
            ).replace("%1", where)
        return None

    def save(self) -> bool:
        """Store the choices; False (with the reason under the field) when refused."""
        self.database_message.hide()
        problem = self.problem()
        if problem is not None:
            self.database_message.setText(problem)
            self.database_message.show()
            self.database.setFocus()
            return False
        values = self.values()
        translation.save_choice(values[workstation.LANGUAGE.key])
        workstation.DATABASE.write(values[workstation.DATABASE.key])
        return True

    def browse(self) -> None:
        current = self.database.text().strip()
        start = (
            current
            if current and "://" not in current
            else str(default_database_path(create=False))
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            start,
            self.tr("Samverkan databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(str(Path(path)))

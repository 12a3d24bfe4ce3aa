"""The incident log's CAP 1.2 actions: the selected incident out as an alert, an alert in.

Both are one quick service call (a single alert), so they run on the UI
thread; what the import changed on the way (masked identity numbers, a
shortened headline, an area that is not a place) is shown to the officer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import SamverkanError, os_reason
from app.services import cap_exchange, incidents
from app.services.cap_exchange import ExportedAlert, ImportedAlert
from app.storage.database import Database
from ui.widgets.forms import ask
from ui.widgets.jobs import show_problem
from ui.widgets.texts import fill


def export_incident(
    parent: QWidget, db: Database, incident_id: int, path: Path | None = None
) -> ExportedAlert | None:
    """Write one incident as a CAP alert; a secret one only after the officer confirms."""
    try:
        incident = incidents.get(db, incident_id)
    except SamverkanError as error:
        show_problem(parent, QCoreApplication.translate("CapActions", "Export as CAP alert"), error)
        return None
    if incident.secret and not ask(
        parent,
        QCoreApplication.translate("CapActions", "Incident flagged secret"),
        QCoreApplication.translate(
            "CapActions", "Incident %1 is flagged secret. Write it to a CAP alert anyway?"
        ).replace("%1", incident.reference),
    ):
        return None
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CapActions", "Export as CAP alert"),
            str(Path.home() / f"{incident.reference}.xml"),
            QCoreApplication.translate("CapActions", "CAP alerts (*.xml)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        return cap_exchange.export_to_file(
            db, incident.reference, path, include_secret=incident.secret
        )
    except SamverkanError as error:
        show_problem(parent, QCoreApplication.translate("CapActions", "Export as CAP alert"), error)
        return None
    except OSError as error:
        text = QCoreApplication.translate("CapActions", "%1 could not be written: %2")
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CapActions", "Export as CAP alert"),
            fill(text, str(path), os_reason(error)),
        )
        return None


def import_alert(parent: QWidget, db: Database, path: Path | None = None) -> ImportedAlert | None:
    """Read one CAP alert into a new incident and say what was adapted on the way."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CapActions", "Import CAP alert"),
            str(Path.home()),
            QCoreApplication.translate("CapActions", "CAP alerts (*.xml *.cap)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        imported = cap_exchange.import_file(db, path)
    except SamverkanError as error:
        show_problem(parent, QCoreApplication.translate("CapActions", "Import CAP alert"), error)
        return None
    except OSError as error:
        text = QCoreApplication.translate("CapActions", "%1 could not be read: %2")
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CapActions", "Import CAP alert"),
            fill(text, str(path), os_reason(error)),
        )
        return None
    if imported.notes:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("CapActions", "Import CAP alert"),
            QCoreApplication.translate(
                "CapActions", "The alert is incident %1. On the way:"
            ).replace("%1", imported.incident.reference)
            + "\n\n"
            + "\n".join(f"• {note}" for note in imported.notes),
        )
    return imported

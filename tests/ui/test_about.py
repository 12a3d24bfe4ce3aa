"""The About box: the version, Samverkan's licence, and every bundled component's."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.components import components, version
from app.storage.database import Database
from ui.about import AboutDialog
from ui.main_window import MainWindow


def test_the_components_are_read_from_what_is_installed() -> None:
    found = {c.name.lower(): c for c in components()}
    for name in ("sqlalchemy", "reportlab", "alembic", "lxml", "python", "sqlite", "libxml2"):
        assert name in found, sorted(found)
    assert found["sqlalchemy"].version == metadata.version("SQLAlchemy")
    assert found["sqlalchemy"].licence == "MIT"
    assert "Permission is hereby granted" in found["sqlalchemy"].text
    assert "pytest" not in found and "mypy" not in found  # tools of ours, not parts
    assert version() == metadata.version("samverkan")


def test_the_help_menu_opens_it_with_every_component_and_its_licence(
    qtbot: QtBot, db: Database
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names[0] == "Qt" and "SQLAlchemy" in names and "PySide6_Essentials" in names
    heading = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert version() in heading and "EUPL" in heading
    dialog.table.selectRow(names.index("SQLAlchemy"))
    assert "Permission is hereby granted" in dialog.licence.toPlainText()
    dialog.table.selectRow(0)
    assert "LGPL-3.0" in dialog.licence.toPlainText()
    dialog.done(QDialog.DialogCode.Rejected)


@pytest.mark.usefixtures("swedish")
def test_it_speaks_swedish(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Om Samverkan"
    assert dialog.table.horizontalHeaderItem(2).text() == "Licens"

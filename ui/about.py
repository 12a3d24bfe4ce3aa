"""The About box: Samverkan's version and licence, and every bundled component's.

The components come from app.components (the installed packages' own
metadata); Qt's row is added here, where Qt is known. Choosing a row shows
that component's licence text when it travels with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.components import Component, components, version
from ui.resources import icon
from ui.widgets.texts import fill

QT_LICENCE = "LGPL-3.0-only"
QT_LICENCE_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Samverkan"))
        self.setWindowIcon(icon("samverkan"))
        self.resize(720, 560)
        heading = QLabel(
            self.tr(
                "<h3>Samverkan %1</h3>"
                "<p>The desk application of a municipal safety office: the incident log, "
                "the agencies' roster and joint meetings, task forces and their cases, "
                "and the briefing for the joint meetings.</p>"
                "<p>Licensed under the European Union Public Licence (EUPL) 1.2.</p>"
            ).replace("%1", version()),
            self,
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Qt itself is no Python package: its row is added here (PySide6 and
        # shiboken6, its Python bindings, come with the packages' metadata).
        self.rows = [Component("Qt", qVersion(), QT_LICENCE), *components()]
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.setAccessibleName(self.tr("Components bundled with Samverkan"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.rows):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.licence = QPlainTextEdit(self)
        self.licence.setReadOnly(True)
        self.licence.setAccessibleName(self.tr("Licence text"))
        self.licence.setTabChangesFocus(True)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        caption = QLabel(self.tr("&Components and their licences"), self)
        caption.setBuddy(self.table)
        layout.addWidget(caption)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.table.selectRow(0)
        self.show_licence(0)

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        component = self.rows[row]
        if component.text:
            self.licence.setPlainText(component.text)
        elif component.licence == QT_LICENCE:
            self.licence.setPlainText(
                fill(
                    self.tr("%1 is used under the %2: %3"),
                    component.name,
                    QT_LICENCE,
                    QT_LICENCE_URL,
                )
            )
        else:
            self.licence.setPlainText(
                fill(
                    self.tr("%1 is used under the licence named %2; its text is not bundled."),
                    component.name,
                    component.licence,
                )
            )

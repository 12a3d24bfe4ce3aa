"""Open the main window on a database file, for looking at the interface.

    .venv/bin/python tools/run_window.py /tmp/ui-demo.db [--editor]

--editor also opens the incident editor on the first incident in the table;
--new opens an empty editor and saves it, to show how refused fields look.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.settings import sqlite_url
from app.storage.database import open_database
from ui.application import create_application, run_gui
from ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--editor", action="store_true", help="open the editor on the first row")
    parser.add_argument("--new", action="store_true", help="open an empty editor and save it")
    args = parser.parse_args()
    db = open_database(sqlite_url(args.database))
    if args.editor or args.new:
        create_application(sys.argv)
        QTimer.singleShot(500, _new_and_save if args.new else _open_editor)
    try:
        return run_gui(db)
    finally:
        db.close()


def _window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def _open_editor() -> None:
    _window().incidents.table.select_row(0)
    _window().incidents.edit_incident()


def _new_and_save() -> None:
    editor = _window().incidents.new_incident()
    editor.form.estimated_cost_sek.setText("12000")
    editor.save()


if __name__ == "__main__":
    sys.exit(main())

"""Show the roster page alone in a window, on the database given (for screenshots).

python tools/roster_shot.py /tmp/roster-demo.db
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QMainWindow

from app.settings import sqlite_url
from app.storage.database import open_database
from ui.roster.page import RosterPage


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: roster_shot.py DATABASE.db", file=sys.stderr)
        return 1
    app = QApplication(argv[:1])
    db = open_database(sqlite_url(Path(argv[1])))
    window = QMainWindow()
    page = RosterPage(db, window)
    window.setWindowTitle(f"Samverkan – {page.title}")
    window.setCentralWidget(page)
    page.status_message.connect(lambda text: window.statusBar().showMessage(text))
    window.resize(1440, 900)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

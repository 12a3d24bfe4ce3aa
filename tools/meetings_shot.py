"""Open the meetings page alone in a window, on the database given, for a screenshot.

    python tools/meetings_shot.py DEMO.db [--build]

With --build the database is first filled: the demo reference data, a few
people of the joint meeting (written directly: the roster service is separate),
and the demo meetings.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.demo.generate import ensure_reference_data
from app.demo.meetings import ensure_meetings
from app.domain.roster import Person
from app.domain.tables import AGENCY, PERSON
from app.settings import sqlite_url
from app.storage.database import Database, open_database

CHIEFS = (
    ("Lokalpolisområde Botkyrka", "Åsa Öberg", "Lokalpolisområdeschef", "asa.oberg@polisen.se"),
    ("Polisregion Stockholm", "Jonas Lindqvist", "Biträdande regionpolischef", ""),
    (
        "Polisen, länskommunikationscentralen",
        "Karin Ahmadi",
        "Insatschef",
        "karin.ahmadi@polisen.se",
    ),
    ("Södertörns brandförsvarsförbund", "Jörgen Ek", "Räddningschef", "jorgen.ek@sbff.se"),
    ("Botkyrka kommun, säkerhetsenheten", "Märta Lind", "Säkerhetschef", "marta.lind@botkyrka.se"),
)


def build(db: Database) -> str:
    with db.writing() as session:
        ensure_reference_data(session)
        if not session.execute(select(PERSON.c.id).limit(1)).first():
            for agency, name, title, email in CHIEFS:
                agency_id = session.execute(
                    select(AGENCY.c.id).where(AGENCY.c.name == agency)
                ).scalar_one()
                session.add(
                    Person(
                        agency_id=agency_id,
                        name=name,
                        title=title,
                        email=email,
                        joint_meeting=True,
                    )
                )
            session.flush()
        return str(ensure_meetings(session))


def main() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.meetings.page import MeetingPage

    db = open_database(sqlite_url(Path(sys.argv[1]).resolve()))
    if "--build" in sys.argv:
        print(build(db))
        return 0
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    page = MeetingPage(db)
    # The latest past meeting shows the most: decisions and action items.
    from app.services import meetings

    past = meetings.list_meetings(db).past
    if past:
        page.meeting_list.select(past[0].id)
    window.setCentralWidget(page)
    window.setWindowTitle(page.title)
    window.resize(1440, 900)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

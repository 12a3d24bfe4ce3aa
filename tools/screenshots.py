"""Make the documentation's screenshots from the running application with demo data.

    .venv/bin/python tools/screenshots.py [--language sv] [--database FILE] [--out FOLDER]

Writes situation.png (the main window's first page), incident-log.png,
incident-editor.png (the editor on one incident), roster.png, meetings.png (the
latest joint meeting), task-forces.png, cases.png (a case with an overdue
review), users.png, audit-log.png, police-import.png (the police notices'
import preview), settings.png and about.png, in English into docs/screenshots
and in Swedish into docs/screenshots/sv (the user guides show them). With a display (e.g. under
/work/shared/tools/xshot or on a
desktop) the real window system draws; without one the offscreen platform
does, with the same fonts and style. Remembered settings are ignored, so
the pictures always show the default layout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.demo.generate import generate
from app.i18n import LANGUAGES, set_language
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from ui.application import create_application
from ui.audit.page import AuditPage
from ui.main_window import INCIDENTS_ROW, MainWindow
from ui.users.page import UsersPage

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1440, 900)
DEMO_INCIDENTS = 5_000
DEMO_SEED = 7


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", type=Path, help="a database to show (default: new demo)")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, help="default: docs/screenshots[/sv]")
    args = parser.parse_args()
    set_language(args.language)
    out = args.out or ROOT / "docs" / "screenshots" / ("sv" if args.language == "sv" else "")
    with tempfile.TemporaryDirectory() as scratch:
        if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
            _offscreen_screen(Path(scratch))
        settings_dir = Path(scratch) / "settings"
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
        db = _database(args.database, Path(scratch))
        try:
            create_application(sys.argv)
            out.mkdir(parents=True, exist_ok=True)
            _shoot(db, out)
        finally:
            db.close()
    return 0


def _offscreen_screen(scratch: Path) -> None:
    """No display: draw offscreen on a screen of WINDOW_SIZE at 96 dpi (default: 800x800)."""
    width, height = WINDOW_SIZE
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = scratch / "offscreen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"  # read at start-up


def _database(path: Path | None, scratch: Path) -> Database:
    if path is not None:
        return open_database(sqlite_url(path))
    db = open_database(sqlite_url(scratch / "demo.db"))
    generate(db, incidents=DEMO_INCIDENTS, seed=DEMO_SEED)
    return db


def _shoot(db: Database, out: Path) -> None:
    window = MainWindow(db)
    window.resize(*WINDOW_SIZE)
    _shoot_situation(window, out)
    window.navigation.setCurrentRow(INCIDENTS_ROW)
    page = window.incidents
    page.table.select_row(1)
    page.table.setFocus()
    _settle()
    _save(window, out / "incident-log.png")
    editor = page.edit_incident()
    assert editor is not None
    _settle()
    _save(editor, out / "incident-editor.png")
    editor.reject()
    _shoot_roster_and_meetings(window, db, out)
    _shoot_case_work(window, db, out)
    _show(window, UsersPage)
    _save(window, out / "users.png")
    _shoot_police_import(window, db, out)
    for name, opener in (("settings", window.open_settings), ("about", window.show_about)):
        dialog = opener()
        _settle()
        _save(dialog, out / f"{name}.png")
        dialog.close()
    window.close()


def _show(window: MainWindow, kind: type[QWidget]) -> QWidget:
    """Go to the page of that class (the navigation's titles are translated)."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # a page is built when first shown
        if isinstance(window.pages.currentWidget(), kind):
            _settle()
            return window.pages.currentWidget()
    raise SystemExit(f"no {kind.__name__} in the window")


def _shoot_roster_and_meetings(window: MainWindow, db: Database, out: Path) -> None:
    from app.services import meetings
    from ui.meetings.page import MeetingPage
    from ui.roster.page import RosterPage

    _show(window, RosterPage)
    _save(window, out / "roster.png")
    page = _show(window, MeetingPage)
    assert isinstance(page, MeetingPage)
    past = meetings.list_meetings(db).past
    if past:  # the latest meeting shows the most: decisions and action items
        page.meeting_list.select(past[0].id)
    _settle()
    _save(window, out / "meetings.png")


def _shoot_situation(window: MainWindow, out: Path) -> None:
    """The first page, once its figures are gathered (off the UI thread)."""
    loop = QEventLoop()
    window.situation.gathered.connect(lambda _situation: loop.quit())
    QTimer.singleShot(30_000, loop.quit)  # never hang the tool
    window.show()
    loop.exec()
    _settle()
    _save(window, out / "situation.png")


def _shoot_case_work(window: MainWindow, db: Database, out: Path) -> None:
    """The task forces, a case with an overdue review, and the audit log it left."""
    from app.services import cases
    from app.services.case_types import CaseFilter
    from app.services.task_forces import list_task_forces
    from ui.cases.page import CasePage
    from ui.task_forces.page import TaskForcePage

    task_forces = _show(window, TaskForcePage)
    assert isinstance(task_forces, TaskForcePage)
    # A social task force shows the most: members, agencies and its open cases.
    social = [tf for tf in list_task_forces(db) if tf.open_cases]
    if social:
        task_forces.select(social[0].id)
    _settle()
    _save(window, out / "task-forces.png")
    page = _show(window, CasePage)
    assert isinstance(page, CasePage)
    overdue = cases.list_cases(db, CaseFilter(overdue_review=True))
    if overdue:
        page.select_case(overdue[0].id)
    _settle()
    _save(window, out / "cases.png")
    _show(window, AuditPage)
    _save(window, out / "audit-log.png")


def _shoot_police_import(window: MainWindow, db: Database, out: Path) -> None:
    """The police notices' import preview, with one conflict to decide."""
    from dataclasses import replace

    from app.exchange.police_events import read_events
    from app.services import incident_query, incidents, police_import
    from app.services.incident_types import IncidentQuery

    source = ROOT / "tests" / "data" / "police-events" / "botkyrka-2023-2026.json"
    events = read_events(source.read_bytes())
    # Last year's notices are in the log already; one of them was edited since,
    # and the police have changed it too: the preview asks which to keep.
    police_import.run(db, events[40:], "Botkyrka")
    edited = events[40]
    incident_id = next(
        i
        for i in incident_query.ids(db, IncidentQuery())
        if incidents.get(db, i).external_ref == str(edited.event_id)
    )
    current = incidents.get(db, incident_id)
    incidents.update(
        db, incident_id, replace(current.draft(), summary=current.summary + " (kontrollerat)")
    )
    changed = Path(tempfile.mkdtemp()) / "handelser.json"
    text = source.read_text(encoding="utf-8")
    changed.write_text(
        text.replace(
            json.dumps(edited.summary, ensure_ascii=False)[1:-1], "Uppdaterad: en person gripen.", 1
        ),
        encoding="utf-8",
    )
    dialog = window.import_police_events(changed)
    assert dialog is not None
    _settle()
    _save(dialog, out / "police-import.png")
    dialog.close()


def _settle(ms: int = 600) -> None:
    """Let the window system map, lay out and paint the windows."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())

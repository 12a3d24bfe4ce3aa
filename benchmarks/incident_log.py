"""How fast the incident log is at the scale of years of a large municipality.

    python benchmarks/incident_log.py [--incidents 1000000] [--db PATH] [--keep]
        [--postgres-url postgresql+psycopg://user@host/db]

Prints a table for people and, as its last line, one JSON object with stable
names. Every figure is measured in this run; each comparison (bare SQL,
the naive table) is measured in the same run on the same machine.

With --postgres-url the same demo data (same seed, same count), the same
searches, the window's figures and the 100,000-row import are measured on
PostgreSQL too, and printed in a column beside SQLite's ("postgresql" in the
JSON). The database named must be empty or hold an earlier run's demo data;
the import goes into a database of its own on the same server
(<name>_import, made and dropped here: the user needs CREATEDB).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import Figure  # noqa: E402  (beside this script)
from sqlalchemy import event  # noqa: E402

from app.clock import now, to_local  # noqa: E402
from app.services import incident_query  # noqa: E402
from app.services.incident_types import IncidentFilter, IncidentQuery  # noqa: E402
from app.settings import database_url, sqlite_url  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402

RARE_WORD = "detonation"  # one template of the rarest category
COMMON_WORD = "klotter"  # graffiti: among the commonest
REPEATS = 20
UI_RUNS = 5
TARGETS = {
    "first_paint_ms": 100,
    "jump_end_ms": 100,
    "jump_middle_ms": 100,
    "search_p95_ms": 100,
    "search_vs_bare_ratio": 3.0,
    "demo_generation_s": 60,
    "import_100k_s": 10,
    "startup_warm_s": 1.5,
    "rss_mb": 400,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse or create this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument("--baseline-incidents", type=int, default=100_000)
    parser.add_argument("--postgres-url", help="also measure on this PostgreSQL database")
    parser.add_argument("--ui-child", help=argparse.SUPPRESS)  # a file or a URL
    parser.add_argument("--naive-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ui_child or args.naive_child:
        result = ui_figures(args.ui_child) if args.ui_child else naive_figures(args.naive_child)
        print(json.dumps(result), flush=True)
        # Leave without tearing Qt down: the figures are out, and a model torn
        # down after its application can abort the process at exit.
        os._exit(0)

    work = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    path = args.db or work / "incidents.db"
    figures: list[Figure] = []
    db = open_database(sqlite_url(path), account="benchmark")
    existing = incident_query.count(db, IncidentQuery())
    if existing < args.incidents:
        seconds = _timed(lambda: _generate(db, args.incidents - existing))
        figures.append(
            Figure(
                "demo_generation_s",
                seconds,
                "s",
                TARGETS["demo_generation_s"],
                f"{args.incidents - existing:,} incidents",
            )
        )
    total = incident_query.count(db, IncidentQuery())
    print(
        f"database: {path} ({total:,} incidents, {path.stat().st_size / 1e6:,.0f} MB)",
        file=sys.stderr,
    )

    figures += search_figures(db, path)
    # Each window in a fresh process; the median of five, and the worst beside it.
    windows = [_child("--ui-child", path) for _ in range(UI_RUNS)]

    def median(key: str) -> float:
        return statistics.median(w[key] for w in windows)

    def worst(key: str) -> str:
        return f"worst of {UI_RUNS}: {max(w[key] for w in windows):.0f}"

    figures += [
        Figure(
            "first_paint_ms",
            median("first_paint_ms"),
            "ms",
            TARGETS["first_paint_ms"],
            "open the incident page until its first rows are painted (offscreen); "
            + worst("first_paint_ms"),
        ),
        Figure(
            "jump_end_ms", median("jump_end_ms"), "ms", TARGETS["jump_end_ms"], worst("jump_end_ms")
        ),
        Figure(
            "jump_middle_ms",
            median("jump_middle_ms"),
            "ms",
            TARGETS["jump_middle_ms"],
            worst("jump_middle_ms"),
        ),
        Figure(
            "search_on_screen_ms",
            median("search_on_screen_ms"),
            "ms",
            TARGETS["search_p95_ms"],
            f"'{COMMON_WORD}' given to the filter, first page painted; "
            + worst("search_on_screen_ms"),
        ),
        Figure(
            "rss_mb",
            max(w["rss_mb"] for w in windows),
            "MB",
            TARGETS["rss_mb"],
            "peak resident memory of the window process",
        ),
    ]
    figures.append(startup_figure(path))
    figures.append(import_figure(db, work))
    db.close()
    server: list[Figure] = []
    if args.postgres_url:
        server = postgresql_figures(args.postgres_url, args.incidents, work)

    naive_path = work / "naive.db"
    naive_db = open_database(sqlite_url(naive_path), account="benchmark")
    _generate(naive_db, args.baseline_incidents)
    naive_db.close()
    naive = _child("--naive-child", naive_path)
    ours_small = _child("--ui-child", naive_path)
    figures += [
        Figure(
            "naive_load_s",
            naive["naive_load_s"],
            "s",
            None,
            f"baseline: {args.baseline_incidents:,} rows through the ORM into a QStandardItemModel",
        ),
        Figure(
            "ours_first_paint_small_ms",
            ours_small["first_paint_ms"],
            "ms",
            None,
            f"ours on the same {args.baseline_incidents:,}",
        ),
        Figure("naive_rss_mb", naive["rss_mb"], "MB", None, "baseline's peak memory"),
    ]
    ratio = naive["naive_load_s"] * 1000 / max(ours_small["first_paint_ms"], 0.001)
    figures.append(Figure("naive_vs_ours_ratio", ratio, "x", None, "how many times slower"))

    _print(figures, total)
    if server:
        _print_side_by_side(figures, server, total)
    if not args.keep and args.db is None:
        shutil.rmtree(work)
    missed = [f.name for f in figures if f.verdict == "MISSED"]
    print(
        json.dumps(
            {
                "incidents": total,
                **{f.name: round(f.value, 3) for f in figures},
                "missed": missed,
                **({"postgresql": {f.name: round(f.value, 3) for f in server}} if server else {}),
            }
        )
    )
    return 0


def _generate(db: Database, count: int) -> None:
    from app.demo.generate import generate

    generate(db, incidents=count, seed=20261126)


# ---------------------------------------------------------------- searches


def search_figures(db: Database, path: Path | str) -> list[Figure]:
    today = to_local(now()).date()
    cases = {
        "search_rare": IncidentFilter(text=RARE_WORD),
        "search_common": IncidentFilter(text=COMMON_WORD),
        "filter_category_district_period": IncidentFilter(
            categories=("FIRE", "VAND"),
            districts=("Fittja", "Alby"),
            date_from=today - timedelta(days=365),
            date_to=today,
        ),
    }
    figures = []
    for name, flt in cases.items():
        matches, service, bare = _measure(db, path, IncidentQuery(flt))
        p95, bare_p95 = _p95(service), _p95(bare)
        figures.append(
            Figure(
                f"{name}_p95_ms",
                p95,
                "ms",
                TARGETS["search_p95_ms"],
                f"{matches:,} matches; count + first page of 100",
            )
        )
        figures.append(
            Figure(
                f"{name}_bare_p95_ms",
                bare_p95,
                "ms",
                None,
                "the same SQL statements through "
                + ("sqlite3" if isinstance(path, Path) else "psycopg"),
            )
        )
        figures.append(
            Figure(
                f"{name}_vs_bare", p95 / max(bare_p95, 0.001), "x", TARGETS["search_vs_bare_ratio"]
            )
        )
    return figures


def _measure(
    db: Database, path: Path | str, query: IncidentQuery
) -> tuple[int, list[float], list[float]]:
    """(matches, service times, bare times): the service's count and first page, then
    the very statements it ran (captured from the engine) replayed through the bare
    driver (sqlite3 on a file, psycopg on a PostgreSQL URL)."""
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.startswith("BEGIN"):  # sqlite3 reads in autocommit anyway
            statements.append((statement, parameters))

    def first_page() -> int:
        total = incident_query.count(db, query)
        incident_query.fetch_page(db, query, 0, 100, total=total)
        return total

    matches = first_page()  # warm up
    event.listen(db.engine, "before_cursor_execute", capture)
    first_page()
    event.remove(db.engine, "before_cursor_execute", capture)
    service = [_timed(first_page) * 1000 for _ in range(REPEATS)]
    replay = _replay if isinstance(path, Path) else _replay_psycopg
    bare = [_timed(lambda: replay(path, statements)) * 1000 for _ in range(REPEATS)]  # type: ignore[arg-type]
    return matches, service, bare


_bare: dict[Path, sqlite3.Connection] = {}


def _replay(path: Path, statements: list[tuple[str, Any]]) -> None:
    connection = _bare.get(path)
    if connection is None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA cache_size = -32000")
        _bare[path] = connection
    for statement, parameters in statements:
        connection.execute(statement, parameters).fetchall()


_bare_server: dict[str, Any] = {}


def _replay_psycopg(url: str, statements: list[tuple[str, Any]]) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    connection = _bare_server.get(url)
    if connection is None:
        parsed = make_url(url)
        connection = psycopg.connect(
            dbname=parsed.database,
            user=parsed.username,
            password=parsed.password,
            host=parsed.host or str(parsed.query.get("host") or "") or None,
            port=parsed.port,
            autocommit=True,
        )
        _bare_server[url] = connection
    for statement, parameters in statements:
        connection.execute(statement, parameters).fetchall()


# ---------------------------------------------------------------- PostgreSQL


def postgresql_figures(url: str, incidents: int, work: Path) -> list[Figure]:
    """The same demo data, searches, window and import on a PostgreSQL server."""
    figures: list[Figure] = []
    db = open_database(url, account="benchmark")
    existing = incident_query.count(db, IncidentQuery())
    if existing < incidents:
        seconds = _timed(lambda: _generate(db, incidents - existing))
        figures.append(
            Figure(
                "demo_generation_s",
                seconds,
                "s",
                TARGETS["demo_generation_s"],
                f"{incidents - existing:,} incidents",
            )
        )
    total = incident_query.count(db, IncidentQuery())
    print(f"database: {url} ({total:,} incidents)", file=sys.stderr)
    figures += search_figures(db, url)
    windows = [_child("--ui-child", url) for _ in range(UI_RUNS)]
    for key in ("first_paint_ms", "jump_end_ms", "jump_middle_ms", "search_on_screen_ms"):
        figures.append(
            Figure(
                key,
                statistics.median(w[key] for w in windows),
                "ms",
                TARGETS["search_p95_ms" if key == "search_on_screen_ms" else key],
                f"worst of {UI_RUNS}: {max(w[key] for w in windows):.0f}",
            )
        )
    figures.append(Figure("rss_mb", max(w["rss_mb"] for w in windows), "MB", TARGETS["rss_mb"], ""))
    figures.append(import_figure(db, work, server_url=url))
    db.close()
    return figures


def _print_side_by_side(local: list[Figure], server: list[Figure], total: int) -> None:
    on_server = {f.name: f for f in server}
    print(f"SQLite and PostgreSQL side by side ({total:,} incidents, same data)\n")
    print(f"{'figure':44} {'SQLite':>12} {'PostgreSQL':>12} {'target':>10}  verdict (PG)")
    for f in local:
        other = on_server.get(f.name)
        if other is None:
            continue
        target = "" if f.target is None else f"{f.target:g} {f.unit}"
        print(
            f"{f.name:44} {f.value:>9.1f} {f.unit:<3}{other.value:>9.1f} {f.unit:<3}"
            f"{target:>9}  {other.verdict}"
        )
    print()


# ---------------------------------------------------------------- the window


def ui_figures(path: Path | str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.application import create_application
    from ui.incidents.page import IncidentPage

    app = create_application([])
    db = open_database(database_url(str(path)), account="benchmark")
    painted = _PaintWatch()
    started = time.perf_counter()
    page = IncidentPage(db)
    view = page.findChild(_table_view_class())
    assert view is not None
    view.viewport().installEventFilter(painted)
    page.resize(1400, 850)
    page.show()
    while not painted.seen:  # until the table's rows have been painted once
        QApplication.processEvents()
    first_paint = time.perf_counter() - started
    jump_end = _timed(lambda: (view.scrollToBottom(), view.viewport().grab()))
    middle = view.model().rowCount() // 2

    def to_middle() -> None:
        view.scrollTo(view.model().index(middle, 0))
        view.viewport().grab()

    jump_middle = _timed(to_middle)
    search_on_screen = _timed(lambda: _search(page, COMMON_WORD))
    rss = _peak_rss_mb()
    db.close()
    app.quit()
    return {
        "first_paint_ms": first_paint * 1000,
        "jump_end_ms": jump_end * 1000,
        "jump_middle_ms": jump_middle * 1000,
        "search_on_screen_ms": search_on_screen * 1000,
        "rss_mb": rss,
    }


class _PaintWatch:
    """Notes the first paint event of a widget (an event filter)."""

    def __new__(cls) -> Any:
        from PySide6.QtCore import QEvent, QObject

        class Watch(QObject):
            seen = False

            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.seen = True
                return False

        return Watch()


def _table_view_class() -> type:
    from ui.incidents.table_view import IncidentTableView

    return IncidentTableView


def _search(page: Any, word: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.incidents.filter_bar import FilterBar

    bar = page.findChild(FilterBar)
    # What typing does once the debounce has passed.
    bar.filter_changed.emit(IncidentFilter(text=word))
    QApplication.processEvents()
    page.grab()


def naive_figures(path: Path) -> dict[str, float]:
    """The approach this design avoids: every row as an ORM object in a QStandardItemModel."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlmodel import Session, select

    from app.domain import Incident

    app = QApplication([])
    db = open_database(sqlite_url(path), account="benchmark")
    started = time.perf_counter()
    with Session(db.engine) as session:
        rows = session.exec(select(Incident).order_by(Incident.occurred_at.desc())).all()  # type: ignore[attr-defined]
        model = QStandardItemModel(len(rows), 6)
        for r, incident in enumerate(rows):
            for c, value in enumerate(
                (
                    f"{incident.ref_year}-{incident.ref_seq:04d}",
                    str(incident.occurred_at),
                    str(incident.category_id),
                    str(incident.severity),
                    incident.place,
                    incident.summary,
                )
            ):
                # setData rather than a QStandardItem per cell: PySide6 6.12
                # miscounts references on that path and aborts past ~100,000 items.
                model.setData(model.index(r, c), value)
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 850)
    view.show()
    QApplication.processEvents()
    view.grab()
    seconds = time.perf_counter() - started
    rss = _peak_rss_mb()
    app.quit()
    return {"naive_load_s": seconds, "rss_mb": rss}


def startup_figure(path: Path) -> Figure:
    """From `python main.py` to the window shown, warm (best of three after one run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKAN_EXIT_WHEN_SHOWN": "1"}
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(path)]
    times = []
    for _ in range(4):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return Figure(
        "startup_warm_s",
        min(times[1:]),
        "s",
        TARGETS["startup_warm_s"],
        "python main.py until the window is shown, then it quits",
    )


def import_figure(db: Database, work: Path, *, server_url: str | None = None) -> Figure:
    from app.exchange.csv_incidents import export_incidents, import_incidents

    source = work / "100k.csv"
    today = to_local(now()).date()
    query = IncidentQuery(IncidentFilter(date_from=date(2000, 1, 1), date_to=today))
    export_incidents(db, source, query, limit=100_000)
    target_url = sqlite_url(work / "import.db")
    if server_url is not None:
        target_url = _server_database(server_url, "_import", create=True)
    target = open_database(target_url, account="benchmark")
    from app.demo.generate import ensure_reference_data

    with target.writing() as session:
        ensure_reference_data(session)
    seconds = _timed(lambda: import_incidents(target, source))
    rows = incident_query.count(target, IncidentQuery())
    target.close()
    if server_url is not None:
        _server_database(server_url, "_import", create=False)
    return Figure(
        "import_100k_s",
        seconds,
        "s",
        TARGETS["import_100k_s"],
        f"{rows:,} CSV rows, all or nothing",
    )


# ---------------------------------------------------------------- helpers


def _server_database(url: str, suffix: str, *, create: bool) -> str:
    """Make (or drop) a database beside the one `url` names; its URL."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.database}{suffix}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


def _child(flag: str, path: Path | str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, flag, str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from /proc (VmHWM): getrusage's
    ru_maxrss survives exec, so a child started by the benchmark after it loaded a
    million rows would report the benchmark's peak, not its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _print(figures: list[Figure], total: int) -> None:
    print(f"\nIncident log at {total:,} incidents (SQLite)\n")
    print(f"{'figure':36} {'value':>12} {'target':>10}  verdict  note")
    for f in figures:
        target = "" if f.target is None else f"{f.target:g} {f.unit}"
        print(f"{f.name:36} {f.value:>9.1f} {f.unit:<3}{target:>9}  {f.verdict:7}  {f.note}")
    print()


if __name__ == "__main__":
    sys.exit(main())

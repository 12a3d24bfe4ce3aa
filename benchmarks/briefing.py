"""How fast the briefing is over a period holding 10,000 incidents, and how fast
the situation page shows a year of a 1,000,000-incident database.

    python benchmarks/briefing.py [--incidents 10000] [--db PATH] [--keep]
                                  [--situation-db PATH] [--no-situation]

Builds a demo database whose last weeks hold about `--incidents` incidents,
then, in a fresh process (so that the memory figure is the briefing's, not
the generator's), times the briefing without and with the appendix and
reportlab's own rate for a bare Table of the same rows in the same run.

The situation page is timed on `--situation-db` (by default a 1,000,000-incident
demo database kept in a cache folder, built on the first run, about a minute):
in each of five fresh offscreen processes the page is shown, then asked for
the last 12 months, and the time until the gathered year is painted is taken.
Beside it, in the same run: the service's gather alone, and the bare cost of
the very SQL statements it runs, replayed through sqlite3.

Prints a table and, as its last line, one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import Figure  # noqa: E402  (beside this script)

from app.clock import now, to_local  # noqa: E402
from app.services import incident_query  # noqa: E402
from app.services.incident_types import IncidentQuery  # noqa: E402
from app.services.situation_types import Period  # noqa: E402
from app.settings import sqlite_url  # noqa: E402
from app.storage.database import open_database  # noqa: E402

PERIOD_DAYS = 56  # eight weeks: about the time between two joint meetings, and then some
TARGETS = {
    "briefing_s": 2.0,
    "briefing_appendix_s": 15.0,
    "rss_mb": 300.0,
    "situation_year_ms": 500.0,
}
SITUATION_INCIDENTS = 1_000_000
SITUATION_DAYS = 365  # "the last 12 months"
UI_RUNS = 5
SQL_RUNS = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=10_000, help="in the period")
    parser.add_argument("--db", type=Path, help="reuse or create this file")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--situation-db",
        type=Path,
        help="a 1,000,000-incident database for the situation page "
        "(default: built once in the cache folder)",
    )
    parser.add_argument("--no-situation", action="store_true", help="the briefing only")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--situation-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)), flush=True)
        return 0
    if args.situation_child:
        print(json.dumps(situation_page_figures(args.situation_child)), flush=True)
        # Leave without tearing Qt down (a page torn down after its application
        # can abort the process at exit); the figures are out.
        os._exit(0)
    # The situation page first: the briefing part measures whatever state
    # app/briefing is in when it runs, and its figures should be the latest.
    situation = SituationResult() if args.no_situation else situation_figures(args.situation_db)
    work = Path(tempfile.mkdtemp(prefix="samverkan-briefing-"))
    path = args.db or work / "briefing.db"
    period = bench_period()
    db = open_database(sqlite_url(path), account="benchmark")
    if incident_query.count(db, IncidentQuery(period.filter())) < args.incidents * 0.95:
        from app.demo.generate import generate

        # Spread over a year so that the previous period and the year before have
        # incidents too; a year holds 365 / PERIOD_DAYS periods.
        generate(db, incidents=int(args.incidents * 365 / PERIOD_DAYS), years=1, seed=20261126)
    in_period = incident_query.count(db, IncidentQuery(period.filter()))
    db.close()
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    figures = [
        Figure("gather_s", measured["gather_s"], "s", None, "situation, meeting, contacts …"),
        Figure(
            "briefing_s",
            measured["briefing_s"],
            "s",
            TARGETS["briefing_s"],
            f"gather + PDF without appendix, {measured['pages']} pages",
        ),
        Figure(
            "briefing_appendix_s",
            measured["briefing_appendix_s"],
            "s",
            TARGETS["briefing_appendix_s"],
            f"gather + PDF with appendix, {measured['appendix_pages']} pages",
        ),
        Figure(
            "appendix_pages_per_s",
            measured["appendix_pages_per_s"],
            "p/s",
            None,
            "the appendix's pages over the time it added",
        ),
        Figure(
            "bare_table_pages_per_s",
            measured["bare_table_pages_per_s"],
            "p/s",
            None,
            f"reportlab: one Table of the same {measured['rows']:,} rows, "
            f"{measured['bare_table_pages']} pages, {measured['bare_table_s']:.1f} s",
        ),
        Figure(
            "rss_mb",
            measured["rss_mb"],
            "MB",
            TARGETS["rss_mb"],
            "peak resident memory of the briefing process",
        ),
    ]
    figures += situation.figures
    print(f"\nBriefing over {period.start} – {period.end}: {in_period:,} incidents")
    if situation.note:
        print(f"Situation page: {situation.note}")
    print(f"\n{'figure':28} {'value':>10} {'target':>9}  verdict  note")
    for f in figures:
        target = "" if f.target is None else f"{f.target:g} {f.unit}"
        print(f"{f.name:28} {f.value:>8.2f} {f.unit:<4}{target:>8}  {f.verdict:7}  {f.note}")
    print()
    if not args.keep and args.db is None:
        for file in work.iterdir():
            file.unlink()
        work.rmdir()
    missed = [f.name for f in figures if f.verdict == "MISSED"]
    summary = {
        "incidents_in_period": in_period,
        **{f.name: round(f.value, 3) for f in figures},
        "pages": measured["pages"],
        "appendix_pages": measured["appendix_pages"],
        **situation.extra,
        "missed": missed,
    }
    print(json.dumps(summary))
    return 0


def bench_period() -> Period:
    today = to_local(now()).date()
    return Period(today - timedelta(days=PERIOD_DAYS - 1), today)


def measure(path: Path) -> dict[str, float]:
    from app.briefing.briefing_data import gather_briefing
    from app.briefing.briefing_pdf import write_briefing

    db = open_database(sqlite_url(path), account="benchmark")
    period = bench_period()
    out = path.parent / "briefing.pdf"
    gather_briefing(db, period=period)  # warm the caches and the fonts once

    started = time.perf_counter()
    data = gather_briefing(db, period=period)
    gathered = time.perf_counter() - started
    pages = write_briefing(data, out)
    plain = time.perf_counter() - started

    started = time.perf_counter()
    data = gather_briefing(db, period=period, appendix=True)
    appendix_pages = write_briefing(data, out)
    with_appendix = time.perf_counter() - started
    assert data.appendix is not None
    rows = data.appendix.rows
    added = max(with_appendix - plain, 1e-9)

    bare_s, bare_pages = bare_table(rows, path.parent / "bare.pdf")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    return {
        "gather_s": gathered,
        "briefing_s": plain,
        "pages": pages,
        "briefing_appendix_s": with_appendix,
        "appendix_pages": appendix_pages,
        "appendix_pages_per_s": (appendix_pages - pages) / added,
        "rows": len(rows),
        "bare_table_s": bare_s,
        "bare_table_pages": bare_pages,
        "bare_table_pages_per_s": bare_pages / bare_s,
        "rss_mb": rss,
    }


def bare_table(rows: list, path: Path) -> tuple[float, int]:  # type: ignore[type-arg]
    """reportlab's own rate: the same rows as strings in one Table, split by Platypus."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from app.briefing import fonts

    regular, _ = fonts.register()
    cells = [["Nummer", "Tidpunkt", "Kategori", "Kommundel", "Allvar", "Sammanfattning"]]
    cells += [
        [
            r.reference,
            f"{r.occurred_at:%Y-%m-%d %H:%M}",
            r.category,
            r.district,
            str(r.severity),
            r.summary[:60],
        ]
        for r in rows
    ]
    started = time.perf_counter()
    document = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=regular)
    table = Table(cells, repeatRows=1, rowHeights=[12.6] * len(cells))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular, 7.2)]))
    document.build([table])
    seconds = time.perf_counter() - started
    return seconds, document.page


# ---------------------------------------------------------------- the situation page


@dataclass
class SituationResult:
    figures: list[Figure] = field(default_factory=list)
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def situation_period() -> Period:
    """The last 12 months: 365 days ending today (what the custom range is set to)."""
    today = to_local(now()).date()
    return Period(today - timedelta(days=SITUATION_DAYS - 1), today)


def default_situation_db() -> Path:
    """Kept between runs: building a million incidents takes about a minute."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "samverkan-benchmarks" / "situation-1m.db"


def situation_figures(path: Path | None) -> SituationResult:
    path = path or default_situation_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(sqlite_url(path), account="benchmark")
    existing = incident_query.count(db, IncidentQuery())
    if existing < SITUATION_INCIDENTS:
        from app.demo.generate import generate

        print(f"building {path} ({SITUATION_INCIDENTS - existing:,} incidents) …", file=sys.stderr)
        generate(db, incidents=SITUATION_INCIDENTS - existing, seed=20261126)
    total = incident_query.count(db, IncidentQuery())
    period = situation_period()
    in_year = incident_query.count(db, IncidentQuery(period.filter()))
    service, bare, slowest = _gather_and_bare_sql(db, path, period)
    db.close()

    runs = [_situation_child(path) for _ in range(UI_RUNS)]

    def median(key: str) -> float:
        return float(statistics.median(run[key] for run in runs))

    def worst(key: str) -> float:
        return float(max(run[key] for run in runs))

    shown = median("year_ms")
    parts = (
        f"gather {median('gather_ms'):.0f} ms, show {median('show_ms'):.0f} ms "
        f"(charts {median('charts_ms'):.0f}, tables {median('tables_ms'):.0f}), "
        f"paint {median('paint_ms'):.0f} ms"
    )
    figures = [
        Figure(
            "situation_year_ms",
            shown,
            "ms",
            TARGETS["situation_year_ms"],
            f"median of {UI_RUNS} fresh processes, worst {worst('year_ms'):.0f}: {parts}",
        ),
        Figure(
            "situation_first_ms",
            median("first_ms"),
            "ms",
            None,
            "page shown until its first period (since the last meeting) is painted, "
            f"reportlab's import included; worst {worst('first_ms'):.0f}",
        ),
        Figure(
            "situation_gather_ms",
            statistics.median(service),
            "ms",
            None,
            "app.services.situation.gather for the year alone, no window",
        ),
        Figure(
            "situation_bare_sql_ms",
            statistics.median(bare),
            "ms",
            None,
            "the same SQL statements replayed through sqlite3; slowest: " + slowest,
        ),
    ]
    note = f"{path} ({total:,} incidents), {period.start} – {period.end}: {in_year:,} incidents"
    extra = {
        "situation_incidents": total,
        "situation_incidents_in_year": in_year,
        "situation_year_worst_ms": round(worst("year_ms"), 3),
        "situation_breakdown_ms": {
            key: round(median(key), 3)
            for key in ("gather_ms", "show_ms", "charts_ms", "tables_ms", "paint_ms")
        },
    }
    return SituationResult(figures, note, extra)


def _gather_and_bare_sql(
    db: Any, path: Path, period: Period
) -> tuple[list[float], list[float], str]:
    """(gather times, bare SQL times, the slowest statements): the service for the
    year, then the very statements it ran (captured from the engine) through sqlite3."""
    from sqlalchemy import event

    from app.services import situation
    from ui.situation.page import NOTABLE_SHOWN

    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.startswith(("BEGIN", "SAVEPOINT", "RELEASE")):
            statements.append((statement, parameters))

    def gather() -> None:
        situation.gather(db, period, notable_limit=NOTABLE_SHOWN)

    gather()  # warm: the file's pages in the OS cache, SQLAlchemy's statement cache
    event.listen(db.engine, "before_cursor_execute", capture)
    gather()
    event.remove(db.engine, "before_cursor_execute", capture)
    service = [_timed(gather) * 1000 for _ in range(SQL_RUNS)]

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA cache_size = -32000")  # as the app's connections
    each = [0.0] * len(statements)
    bare = []
    for run in range(SQL_RUNS + 1):  # the first run warms the connection's cache
        started = time.perf_counter()
        for index, (statement, parameters) in enumerate(statements):
            begun = time.perf_counter()
            connection.execute(statement, parameters).fetchall()
            if run:
                each[index] += time.perf_counter() - begun
        if run:
            bare.append((time.perf_counter() - started) * 1000)
    connection.close()
    ranked = sorted(range(len(statements)), key=lambda i: -each[i])[:3]
    slowest = ", ".join(
        f"{_statement_name(statements[i][0])} {each[i] * 1000 / SQL_RUNS:.0f} ms" for i in ranked
    )
    return service, bare, f"{len(statements)} statements; {slowest}"


def _statement_name(statement: str) -> str:
    """A few words that say which query it is: its grouping, or what it selects."""
    flat = " ".join(statement.split())
    if "GROUP BY" in flat:
        return "GROUP BY " + flat.split("GROUP BY", 1)[1].strip()[:40]
    return flat[:50]


def _situation_child(path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--situation-child", str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def situation_page_figures(path: Path) -> dict[str, float]:
    """In a fresh process: the page shown with its remembered period, then asked for
    the last 12 months, until the year is painted.

    Waits in a QEventLoop, never in a loop of QApplication.processEvents(): with
    PySide6 6.12 on Python 3.11 every call of a Qt method returning void takes a
    reference from None, and a few thousand such calls abort the process.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shutil

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from app.services import situation
    from ui.application import create_application
    from ui.situation import chart_view, tables
    from ui.situation.page import SituationPage
    from ui.situation.period_picker import CUSTOM

    create_application([])
    settings = tempfile.mkdtemp(prefix="samverkan-bench-settings-")  # not the user's
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)

    # Where the time goes: the gathering (worker thread), the charts and tables (UI thread).
    spent: dict[str, float] = {"charts": 0.0, "tables": 0.0}
    gathered_at = [0.0, 0.0]

    def timed_gather(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original_gather(*args, **kwargs)
        finally:
            gathered_at[:] = [started, time.perf_counter()]

    def adding_to(key: str, method: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - started

        return timed

    original_gather = situation.gather
    situation.gather = timed_gather
    chart_view.ChartView._make_chart = adding_to("charts", chart_view.ChartView._make_chart)  # type: ignore[method-assign]
    tables.ChangeTable.show_lines = adding_to("tables", tables.ChangeTable.show_lines)  # type: ignore[method-assign]
    tables.MatrixTable.show_matrix = adding_to("tables", tables.MatrixTable.show_matrix)  # type: ignore[method-assign]

    db = open_database(sqlite_url(path), account="benchmark")
    loop = QEventLoop()
    page = SituationPage(db)
    page.gathered.connect(lambda _situation: loop.quit())
    QTimer.singleShot(120_000, loop.quit)  # never wait for ever

    started = time.perf_counter()
    page.resize(1400, 900)
    page.show()
    loop.exec()  # the remembered period (since the last joint meeting)
    loop.processEvents()
    page.grab()
    first = time.perf_counter() - started

    spent.update(charts=0.0, tables=0.0)
    year = situation_period()
    started = time.perf_counter()
    page.picker.choose(CUSTOM, year.start, year.end)
    loop.exec()
    shown = time.perf_counter()
    loop.processEvents()  # the layout settles …
    page.grab()  # … and everything visible is painted, the charts' SVG included
    painted = time.perf_counter()
    assert page.situation is not None and page.situation.period == year
    db.close()
    shutil.rmtree(settings, ignore_errors=True)
    return {
        "first_ms": first * 1000,
        "year_ms": (painted - started) * 1000,
        "gather_ms": (gathered_at[1] - gathered_at[0]) * 1000,
        "show_ms": (shown - gathered_at[1]) * 1000,
        "charts_ms": spent["charts"] * 1000,
        "tables_ms": spent["tables"] * 1000,
        "paint_ms": (painted - shown) * 1000,
    }


def _timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())

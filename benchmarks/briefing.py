"""How fast the briefing is over a period holding 10,000 incidents.

    python benchmarks/briefing.py [--incidents 10000] [--db PATH] [--keep]

Builds a demo database whose last weeks hold about `--incidents` incidents,
then, in a fresh process (so that the memory figure is the briefing's, not
the generator's), times the briefing without and with the appendix and
reportlab's own rate for a bare Table of the same rows in the same run.
Prints a table and, as its last line, one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.clock import now, to_local  # noqa: E402
from app.services import incident_query  # noqa: E402
from app.services.incident_types import IncidentQuery  # noqa: E402
from app.services.situation_types import Period  # noqa: E402
from app.settings import sqlite_url  # noqa: E402
from app.storage.database import open_database  # noqa: E402

PERIOD_DAYS = 56  # eight weeks: about the time between two joint meetings, and then some
TARGETS = {"briefing_s": 2.0, "briefing_appendix_s": 15.0, "rss_mb": 300.0}


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "ok" if self.value <= self.target else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=10_000, help="in the period")
    parser.add_argument("--db", type=Path, help="reuse or create this file")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)), flush=True)
        return 0
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
    print(f"\nBriefing over {period.start} – {period.end}: {in_period:,} incidents\n")
    print(f"{'figure':28} {'value':>10} {'target':>9}  verdict  note")
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


if __name__ == "__main__":
    sys.exit(main())

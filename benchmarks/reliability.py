"""Nothing lost: how many real writers were killed and what was checked after each.

    python benchmarks/reliability.py [--kills 15] [--seed 6] [--keep]

Kills: an import (`main.py import-incidents`), a demo generation (`main.py demo`),
small imports in a loop and a bulk edit in a loop, each killed with SIGKILL at
`--kills` random moments (seeded) on a database of its own; after every kill the
database must pass PRAGMA integrity_check, the foreign-key and full-text checks,
and hold every transaction committed before the kill and nothing of the one in
flight (tests/storage/crash_harness.py). `transactions_checked` counts the
committed transactions found whole.

More figures join through FIGURE_SOURCES: each is a function returning a list of
Figure (inputs tried, conflicts caught), and adds its own JSON keys.

Prints a table and, as its last line, one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflicts_figure import conflict_figures  # noqa: E402  (two processes, one record)
from figures import Figure  # noqa: E402  (beside this script)
from inputs_figure import input_figures  # noqa: E402  (bad input, tried: tests/input)

from tests.storage import crash_harness  # noqa: E402

FigureSource = Callable[[argparse.Namespace], list[Figure]]


def kill_figures(args: argparse.Namespace) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="samverkan-reliability-"))
    started = time.perf_counter()
    try:
        outcomes = crash_harness.run_all(work, args.kills, args.seed)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - started
    total = crash_harness.Outcome()
    for outcome in outcomes.values():
        total.add(outcome)
    figures = [
        Figure(
            f"kills_{name}",
            outcome.kills,
            "",
            None,
            f"{outcome.transactions} committed transactions checked, "
            f"{outcome.completed} runs ended before their kill",
        )
        for name, outcome in outcomes.items()
    ]
    figures += [
        Figure(
            "kills_survived",
            total.kills - total.failed_kills,
            "",
            None,
            f"of {total.kills} kills, in {took:.0f} s",
        ),
        Figure(
            "transactions_checked",
            total.transactions,
            "",
            None,
            "committed before a kill (or an end) and found whole",
        ),
        # Must be 0: the target says so.
        Figure("problems", len(total.problems), "", 0.0, "; ".join(total.problems[:3])),
    ]
    return figures


# Each source measures its own part; another (inputs tried, conflicts caught) is
# added here and its figures join the table and the JSON line.
FIGURE_SOURCES: list[FigureSource] = [kill_figures, conflict_figures, input_figures]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--kills", type=int, default=15, help="kills per workload (four)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument(
        "--conflict-rounds", type=int, default=10, help="races per record kind (two)"
    )
    args = parser.parse_args()
    figures = [figure for source in FIGURE_SOURCES for figure in source(args)]
    print(f"\n{'figure':28} {'value':>10} {'target':>9}  verdict  note")
    for f in figures:
        target = "" if f.target is None else f"{f.target:g} {f.unit}"
        print(f"{f.name:28} {f.value:>10g} {target:>9}  {f.verdict:7}  {f.note}")
    print()
    missed = [f.name for f in figures if f.verdict == "MISSED"]
    print(json.dumps({**{f.name: f.value for f in figures}, "missed": missed}))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

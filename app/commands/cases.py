"""cases: the case table on the command line, as the signed-in user may see it."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands import Handler
from app.domain.vocabulary import CaseStatus
from app.i18n import translate
from app.services import cases
from app.services.case_types import CaseFilter, CaseRow
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    listing = commands.add_parser(
        "cases",
        help=translate(
            "cases_command", "list the cases of the task forces you belong to (newest first)"
        ),
    )
    listing.add_argument(
        "--task-force",
        metavar=translate("cases_command", "NAME"),
        help=translate("cases_command", "only this task force's cases"),
    )
    listing.add_argument(
        "--status",
        choices=[s.value for s in CaseStatus],
        help=translate("cases_command", "only cases with this status"),
    )
    return {"cases": _list}


def _list(db: Database, args: argparse.Namespace) -> str:
    task_force_id = cases.task_force_named(db, args.task_force) if args.task_force else None
    status = CaseStatus(args.status) if args.status else None
    rows = cases.list_cases(db, CaseFilter(task_force_id=task_force_id, status=status))
    if not rows:
        return translate("cases_command", "no cases")
    widths = [max(len(_columns(row)[i]) for row in rows) for i in range(len(_columns(rows[0])))]
    return "\n".join(_line(row, widths) for row in rows)


def _columns(row: CaseRow) -> list[str]:
    # The status as --status takes it, and the date in ISO: a table scripts read too.
    review = row.next_review.isoformat() if row.next_review else "-"
    return [
        row.number,
        row.status.value,
        row.task_force,
        row.subject_code,
        row.district or "-",
        translate("cases_command", "next review {date}").format(date=review),
    ]


def _line(row: CaseRow, widths: list[int]) -> str:
    text = "  ".join(value.ljust(width) for value, width in zip(_columns(row), widths, strict=True))
    if row.review_overdue:
        return text + "  " + translate("cases_command", "REVIEW OVERDUE")
    return text.rstrip()

"""import-police-events: the police's public event notices into the incident log.

    samverkan import-police-events FILE.json [--municipality NAME] [--dry-run]
                                   [--take-police-on-conflict]

Without --municipality the municipality of the office settings is used. A
notice the police changed whose incident an officer has edited since keeps
the officer's incident (the window asks, per notice); --take-police-on-conflict
takes the police's text for all of them instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.services.police_import import NoticeAction, PolicePreview
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    parser = commands.add_parser(
        "import-police-events",
        help="add the police's public event notices of a municipality (JSON from the "
        "police's events API) to the incident log",
    )
    parser.add_argument("file", type=Path, metavar="FILE.json")
    parser.add_argument(
        "--municipality", metavar="NAME", help="default: the municipality in the settings"
    )
    parser.add_argument("--dry-run", action="store_true", help="only say what an import would do")
    parser.add_argument(
        "--take-police-on-conflict",
        action="store_true",
        help="where an officer edited an incident the police have since changed, take "
        "the police's text (default: keep the officer's)",
    )
    return {"import-police-events": _import}


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.police_events import read_events
    from app.exchange.text_files import read_bytes
    from app.services import police_import

    events = read_events(read_bytes(args.file))
    plan = police_import.preview(db, events, args.municipality)
    lines = describe(plan)
    if args.dry_run:
        return "\n".join(["dry run: nothing was written", *lines])
    take = (
        {p.event.event_id: p.incident_version for p in plan.conflicts}
        if args.take_police_on_conflict
        else {}
    )
    result = police_import.run(db, events, plan.municipality, take_police=take)
    lines.append(
        f"imported: {result.created:,} new, {result.updated:,} updated, "
        f"{result.unchanged:,} unchanged"
        + (f", {result.kept:,} kept as the officers left them" if result.kept else "")
    )
    return "\n".join(lines)


def describe(plan: PolicePreview) -> list[str]:
    """The preview in a few lines, as the window's dialog shows it."""
    lines = [
        f"{plan.events_in_file:,} notices in the file, {len(plan.plans):,} for "
        f"{plan.municipality}: {plan.count(NoticeAction.NEW):,} new, "
        f"{plan.count(NoticeAction.UPDATE):,} updated, "
        f"{plan.count(NoticeAction.UNCHANGED):,} unchanged, "
        f"{plan.count(NoticeAction.CONFLICT):,} in conflict; "
        f"{plan.other_municipality:,} for other municipalities"
    ]
    if plan.repeated:
        lines.append(f"{plan.repeated:,} notices appear more than once: the first is used")
    if plan.count(NoticeAction.DELETED):
        lines.append(
            f"{plan.count(NoticeAction.DELETED):,} whose incidents were deleted: not brought back"
        )
    if plan.count(NoticeAction.LATER):
        lines.append(
            f"{plan.count(NoticeAction.LATER):,} announced for a time still to come: "
            "imported once it has passed"
        )
    if plan.unmapped_types:
        named = ", ".join(f"{name} ({count})" for name, count in plan.unmapped_types)
        lines.append(f"police types without a category (filed as Other): {named}")
    for conflict in plan.conflicts:
        lines.append(
            f"conflict: notice {conflict.event.event_id} changed by the police, incident "
            f"{conflict.incident_reference} edited by an officer since the last import"
        )
    if plan.masked:
        lines.append(f"{plan.masked:,} notices held an identity number: masked")
    if plan.source_agency is None:
        lines.append("the roster has no police agency: the incidents name no source agency")
    return lines

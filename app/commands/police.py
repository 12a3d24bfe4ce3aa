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
from app.i18n import translate
from app.i18n.formats import integer
from app.services.police_import import NoticeAction, PolicePreview
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    parser = commands.add_parser(
        "import-police-events",
        help=translate(
            "police_command",
            "add the police's public event notices of a municipality (JSON from the "
            "police's events API) to the incident log",
        ),
    )
    parser.add_argument("file", type=Path, metavar=translate("police_command", "FILE.json"))
    parser.add_argument(
        "--municipality",
        metavar=translate("police_command", "NAME"),
        help=translate("police_command", "default: the municipality in the settings"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("police_command", "only say what an import would do"),
    )
    parser.add_argument(
        "--take-police-on-conflict",
        action="store_true",
        help=translate(
            "police_command",
            "where an officer edited an incident the police have since changed, take "
            "the police's text (default: keep the officer's)",
        ),
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
        return "\n".join([translate("police_command", "dry run: nothing was written"), *lines])
    take = (
        {p.event.event_id: p.incident_version for p in plan.conflicts}
        if args.take_police_on_conflict
        else {}
    )
    result = police_import.run(db, events, plan.municipality, take_police=take)
    if result.kept:
        text = translate(
            "police_command",
            "imported: {new} new, {updated} updated, {unchanged} unchanged, {kept} kept as "
            "the officers left them",
        )
    else:
        text = translate(
            "police_command", "imported: {new} new, {updated} updated, {unchanged} unchanged"
        )
    lines.append(
        text.format(
            new=integer(result.created),
            updated=integer(result.updated),
            unchanged=integer(result.unchanged),
            kept=integer(result.kept),
        )
    )
    return "\n".join(lines)


def describe(plan: PolicePreview) -> list[str]:
    """The preview in a few lines, as the window's dialog shows it."""
    lines = [
        translate(
            "police_command",
            "%Ln notice(s) in the file, {chosen} for {municipality}: {new} new, "
            "{updated} updated, {unchanged} unchanged, {conflicts} in conflict; "
            "{others} for other municipalities",
            None,
            plan.events_in_file,
        ).format(
            chosen=integer(len(plan.plans)),
            municipality=plan.municipality,
            new=integer(plan.count(NoticeAction.NEW)),
            updated=integer(plan.count(NoticeAction.UPDATE)),
            unchanged=integer(plan.count(NoticeAction.UNCHANGED)),
            conflicts=integer(plan.count(NoticeAction.CONFLICT)),
            others=integer(plan.other_municipality),
        )
    ]
    if plan.repeated:
        lines.append(
            translate(
                "police_command",
                "%Ln notice(s) appear more than once: the first is used",
                None,
                plan.repeated,
            )
        )
    if plan.count(NoticeAction.DELETED):
        lines.append(
            translate(
                "police_command",
                "%Ln notice(s) whose incidents were deleted: not brought back",
                None,
                plan.count(NoticeAction.DELETED),
            )
        )
    if plan.count(NoticeAction.LATER):
        lines.append(
            translate(
                "police_command",
                "%Ln notice(s) announced for a time still to come: imported once it has passed",
                None,
                plan.count(NoticeAction.LATER),
            )
        )
    if plan.unmapped_types:
        named = ", ".join(f"{name} ({integer(count)})" for name, count in plan.unmapped_types)
        lines.append(
            translate(
                "police_command", "police types without a category (filed as Other): {types}"
            ).format(types=named)
        )
    for conflict in plan.conflicts:
        lines.append(
            translate(
                "police_command",
                "conflict: notice {notice} changed by the police, incident {incident} edited "
                "by an officer since the last import",
            ).format(notice=conflict.event.event_id, incident=conflict.incident_reference)
        )
    if plan.masked:
        lines.append(
            translate(
                "police_command",
                "%Ln notice(s) held an identity number: masked",
                None,
                plan.masked,
            )
        )
    if plan.source_agency is None:
        lines.append(
            translate(
                "police_command",
                "the roster has no police agency: the incidents name no source agency",
            )
        )
    return lines

"""Incidents to and from CSV, as Swedish offices really have them.

Read: UTF-8 with or without a BOM, UTF-16 with one, or Windows-1252 from Excel; `;` (Swedish
Excel's default) or `,` or tab as separator; quoted fields with newlines;
headers in English or Swedish; times as `2026-11-26 14:05` or
`2026-11-26T14:05` (local time). An import is all or nothing: the first
file's problems are reported with their line and column, and nothing is written.

Written: UTF-8 with a BOM and `;`, which Excel opens as it is; cells that a
spreadsheet would run as a formula are neutralised with a leading `'`, and
the import takes that quote away again, so that export and import round-trip.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select

from app.clock import LOCAL_TZ, now, to_local
from app.domain.tables import INCIDENT, INCIDENT_AGENCY, INCIDENT_LINK
from app.domain.vocabulary import AREA_TITLES, RELIABILITY_TITLES, STATUS_TITLES
from app.errors import SamverkanError, ValidationError
from app.exchange import text_files
from app.exchange.csv_columns import ENGLISH, REQUIRED, canonical, described
from app.i18n import translate
from app.i18n.formats import integer
from app.services import incident_query, incidents, reference
from app.services.incident_types import Incident, IncidentDraft, IncidentQuery
from app.services.incident_validation import validate
from app.storage import bulk
from app.storage.database import Database

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

# A cell starting with one of these is run as a formula by spreadsheets
# (OWASP's list). Any number of leading quotes before one of them is escaped
# by one more quote, which makes the escaping reversible.
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
_TRUE = {"1", "yes", "y", "true", "ja", "j", "sant", "x"}
_FALSE = {"", "0", "no", "n", "false", "nej", "falskt"}


class ImportCancelled(SamverkanError):
    """The user cancelled the import; nothing was written."""


# ---------------------------------------------------------------- export


def export_incidents(
    db: Database,
    path: Path,
    query: IncidentQuery,
    *,
    progress: Progress | None = None,
    limit: int | None = None,
) -> int:
    """Write every incident the query selects (the first `limit`), in order. Returns how many.

    Written to a temporary file first and renamed: a cancelled or failed export
    leaves no half file behind.
    """
    target = Path(path)
    if not target.parent.is_dir():
        message = translate("csv_incidents", "the folder {folder} does not exist")
        raise ValidationError({"file": message.format(folder=target.parent)})
    total = incident_query.count(db, query)
    if limit is not None:
        total = min(total, limit)
    handle, temporary = tempfile.mkstemp(
        prefix=".samverkan-export-", suffix=".csv", dir=target.parent
    )
    written = 0
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow(ENGLISH)
            for batch in _batches(db, query, total):
                writer.writerows([[neutralise(cell) for cell in _cells(i)] for i in batch])
                written += len(batch)
                if progress is not None and not progress(written, total):
                    raise ImportCancelled(
                        translate("csv_incidents", "export cancelled; no file was written")
                    )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _batches(
    db: Database, query: IncidentQuery, limit: int, size: int = 2_000
) -> Iterator[list[Incident]]:
    ids: list[int] = []
    for index, row in enumerate(incident_query.iterate(db, query, batch=size)):
        if index >= limit:
            break
        ids.append(row.id)
        if len(ids) == size:
            yield _load(db, ids)
            ids = []
    if ids:
        yield _load(db, ids)


def _load(db: Database, ids: list[int]) -> list[Incident]:
    with db.reading() as session:
        return incidents.load_many(session, ids)


def _cells(i: Incident) -> list[str]:
    return [
        i.reference,
        _time_text(i.occurred_at),
        _time_text(i.occurred_until),
        _time_text(i.reported_at),
        i.category,
        str(i.area),
        str(i.severity),
        str(i.status),
        i.district or "",
        i.place,
        _number_text(i.latitude),
        _number_text(i.longitude),
        i.summary,
        i.description,
        i.source_agency or "",
        str(i.source_reliability),
        "yes" if i.verified else "no",
        "\n".join(i.agencies_involved),
        i.police_ref,
        i.rescue_ref,
        i.external_ref,
        i.external_url,
        str(i.injured),
        i.damage,
        "" if i.estimated_cost_sek is None else str(i.estimated_cost_sek),
        i.insurance_claim_ref,
        i.action_taken,
        "yes" if i.secret else "no",
        ", ".join(i.related),
        i.duplicate_of or "",
    ]


def _time_text(value: datetime | None) -> str:
    """Local time as officers write it; the UTC offset only where the hour is
    ambiguous (the repeated hour when summer time ends) or seconds are set."""
    if value is None:
        return ""
    local = to_local(value)
    text = local.strftime("%Y-%m-%d %H:%M" if local.second == 0 else "%Y-%m-%d %H:%M:%S")
    twin = local.replace(fold=1 - local.fold)
    if twin.utcoffset() != local.utcoffset():
        text += local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]
    return text


def _number_text(value: float | None) -> str:
    return "" if value is None else repr(value)


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from running the cell as a formula."""
    return "'" + cell if _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """Undo `neutralise`."""
    return cell[1:] if cell[:1] == "'" and _ESCAPED.match(cell) else cell


# ---------------------------------------------------------------- import


def import_incidents(db: Database, path: Path, *, progress: Progress | None = None) -> int:
    """Add every incident of the file, or none. Returns how many were added."""
    text = decode(text_files.read_bytes(Path(path)))
    records = list(_records(text))
    if not records:
        raise ValidationError({"file": translate("csv_incidents", "has no header row")}, line=1)
    (_, header), body = records[0], records[1:]
    columns = _columns(header)
    total = len(body)
    with db.writing() as session:
        lookups = incidents.lookups(session)
        titles = _Titles.load(reference.load_in(session))
        moment = now()
        user_id = reference.current_user_id(session, db.account)
        # Everything that asks the database is settled before the rows stream in
        # (nothing else may run on the session while they do): which of the
        # file's references are taken already, and numbers for the rows without one.
        clashes = _references_taken(session, columns, body)
        fresh = sum(
            1 for _, cells in body if _is_row(cells) and not _reference_cell(columns, cells)
        )
        year = to_local(moment).year
        next_seq = incidents.reserve_references(session, year, fresh) if fresh else 0
        first_id = incidents.next_id(session)
        in_file: dict[tuple[int, int], int] = {}
        pending_links: list[tuple[int, int, tuple[str, ...], str | None]] = []
        taken: dict[tuple[int, int], int] = {}
        with (
            bulk.indexes_deferred(session, INCIDENT, rows_coming=total),
            incidents.streamed_insert(session) as add,
        ):
            for index, (line, cells) in enumerate(body):
                if not _is_row(cells):
                    continue  # blank lines, as Excel leaves them at the end
                draft, ref = _draft(columns, cells, line, titles)
                try:
                    values = validate(draft, lookups, moment)
                except ValidationError as error:
                    raise _at_line(error, line) from None
                row = incidents.row_values(values, moment, user_id)
                row["id"] = first_id + len(in_file)
                if ref is None:
                    ref = (year, next_seq)
                    next_seq += 1
                elif ref in taken:
                    message = translate("csv_incidents", "{reference} appears twice in the file")
                    raise ValidationError(
                        {"reference": message.format(reference=_fmt(ref))}, line=line
                    )
                elif ref in clashes:
                    message = translate("csv_incidents", "incident {reference} exists already")
                    raise ValidationError(
                        {"reference": message.format(reference=_fmt(ref))}, line=line
                    )
                else:
                    taken[ref] = line
                row["ref_year"], row["ref_seq"] = ref
                in_file[ref] = row["id"]
                add(row, values["agency_ids"])
                pending_links.append((row["id"], line, draft.related, draft.duplicate_of))
                if progress is not None and index % 500 == 0 and not progress(index, total):
                    raise ImportCancelled(
                        translate("csv_incidents", "import cancelled; nothing was written")
                    )
        highest: dict[int, int] = {}
        for ref_year, seq in taken:
            highest[ref_year] = max(highest.get(ref_year, 0), seq)
        for ref_year, seq in highest.items():
            incidents.claim_references(session, ref_year, seq)
        duplicates, related = _resolve_links(session, in_file, pending_links)
        if duplicates:
            # Set after all rows exist: a duplicate may come before its original.
            session.execute(
                INCIDENT.update()
                .where(INCIDENT.c.id == bindparam("row_id"))
                .values(duplicate_of_id=bindparam("original")),
                [{"row_id": a, "original": b} for a, b in duplicates.items()],
            )
        if related:
            session.execute(INCIDENT_LINK.insert(), related)
        if len(in_file) >= bulk.LARGE_LOAD:
            bulk.refresh_statistics(session)
        if progress is not None and not progress(total, total):
            raise ImportCancelled(
                translate("csv_incidents", "import cancelled; nothing was written")
            )
    if len(in_file) >= bulk.LARGE_LOAD:
        bulk.tidy_after_large_load(db.engine, [INCIDENT, INCIDENT_AGENCY])
    return len(in_file)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) where it decodes, UTF-16 by its BOM, else
    Windows-1252 (Excel's ANSI); see app.exchange.text_files."""
    return text_files.decode(data)


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, cells) for each record."""
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        message = translate("csv_incidents", "is not valid CSV: {problem}")
        raise ValidationError({"file": message.format(problem=error)}, line=line) from None


def _columns(header: list[str]) -> list[str | None]:
    columns = [canonical(cell) for cell in header]
    unknown = [cell for cell, name in zip(header, columns, strict=True) if name is None]
    if unknown:
        raise ValidationError({"header": _unknown_columns(unknown)}, line=1)
    seen = [c for c in columns if c]
    if len(seen) != len(set(seen)):
        message = translate("csv_incidents", "a column appears twice")
        raise ValidationError({"header": message}, line=1)
    missing = [name for name in REQUIRED if name not in seen]
    if missing:
        message = translate("csv_incidents", "missing column(s) {columns}", None, len(missing))
        raise ValidationError({"header": message.format(columns=", ".join(missing))}, line=1)
    return columns


# How many unknown columns a refusal names, and how much of each: a header of a
# million cells (or one cell of a megabyte) must still give a message one can read.
_NAMED_COLUMNS = 5
_COLUMN_CHARACTERS = 40


def _unknown_columns(unknown: list[str]) -> str:
    named = []
    for cell in unknown[:_NAMED_COLUMNS]:
        shown = cell if len(cell) <= _COLUMN_CHARACTERS else cell[:_COLUMN_CHARACTERS] + "…"
        named.append(repr(shown))
    more = len(unknown) - len(named)
    if more:
        message = translate("csv_incidents", "unknown columns {columns} and {more} more")
    else:
        message = translate("csv_incidents", "unknown column(s) {columns}", None, len(unknown))
    return message.format(columns=", ".join(named), more=integer(more))


class _Titles:
    """Values a person may write instead of the stored code, per column."""

    def __init__(self, maps: dict[str, dict[str, str]]) -> None:
        self.maps = maps

    @classmethod
    def load(cls, data: reference.ReferenceData) -> _Titles:
        def of(titles: Mapping[Any, tuple[str, str]]) -> dict[str, str]:
            out: dict[str, str] = {}
            for member, (english, swedish) in titles.items():
                for key in (member.value, english, swedish):
                    out[key.lower()] = member.value
            return out

        categories = {}
        for c in data.categories:
            for key in (c.code, c.title_en, c.title_sv):
                categories[key.lower()] = c.code
        return cls(
            {
                "category": categories,
                "area": of(AREA_TITLES),
                "status": of(STATUS_TITLES),
                "source_reliability": of(RELIABILITY_TITLES),
            }
        )

    def code(self, column: str, value: str) -> str:
        return self.maps[column].get(value.strip().lower(), value)


def _draft(
    columns: list[str | None], cells: list[str], line: int, titles: _Titles
) -> tuple[IncidentDraft, tuple[int, int] | None]:
    if len(cells) > len(columns):
        message = translate(
            "csv_incidents", "has %Ln cell(s), the header {columns}", None, len(cells)
        )
        raise ValidationError({"row": message.format(columns=integer(len(columns)))}, line=line)
    raw = {name: restore(cell) for name, cell in zip(columns, cells, strict=False) if name}
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in ("occurred_at", "occurred_until", "reported_at"):
        values[name] = _parse(name, raw.get(name, ""), _time, errors)
    for name in ("latitude", "longitude"):
        values[name] = _parse(name, raw.get(name, ""), _decimal, errors)
    for name in ("severity", "injured", "estimated_cost_sek"):
        values[name] = _parse(name, raw.get(name, ""), _whole, errors)
    for name in ("verified", "secret"):
        values[name] = _parse(name, raw.get(name, ""), _yes_no, errors)
    ref = None
    if raw.get("reference", "").strip():
        ref = incidents.parse_reference(raw["reference"])
        if ref is None:
            message = translate("csv_incidents", "{value} is not a reference like 2026-0142")
            errors["reference"] = message.format(value=repr(raw["reference"]))
    if errors:
        raise _at_line(ValidationError(errors), line)
    text_columns = {n for n in ENGLISH if n not in values and n != "reference"}
    for name in text_columns:
        values[name] = raw.get(name, "")
    for name in ("category", "area", "status", "source_reliability"):
        values[name] = titles.code(name, values[name]) if values[name] else None
    draft = IncidentDraft(
        occurred_at=values["occurred_at"],
        occurred_until=values["occurred_until"],
        reported_at=values["reported_at"],
        category=values["category"] or "",
        area=values["area"],
        severity=2 if values["severity"] is None else values["severity"],
        status=values["status"] or "new",
        district=values["district"] or None,
        place=values["place"],
        latitude=values["latitude"],
        longitude=values["longitude"],
        summary=values["summary"],
        description=values["description"],
        source_agency=values["source_agency"] or None,
        source_reliability=values["source_reliability"] or "unknown",
        verified=bool(values["verified"]),
        agencies_involved=tuple(n for n in values["agencies_involved"].splitlines() if n.strip()),
        police_ref=values["police_ref"],
        rescue_ref=values["rescue_ref"],
        external_ref=values["external_ref"],
        external_url=values["external_url"],
        injured=values["injured"] or 0,
        damage=values["damage"],
        estimated_cost_sek=values["estimated_cost_sek"],
        insurance_claim_ref=values["insurance_claim_ref"],
        action_taken=values["action_taken"],
        secret=bool(values["secret"]),
        related=tuple(r.strip() for r in values["related"].split(",") if r.strip()),
        duplicate_of=values["duplicate_of"].strip() or None,
    )
    return draft, ref


def _parse(name: str, text: str, parser: Callable[[str], Any], errors: dict[str, str]) -> Any:
    text = text.strip()
    if not text:
        return None
    try:
        return parser(text)
    except ValueError as error:
        errors[name] = str(error)
        return None


def _time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        message = translate("csv_incidents", "{value} is not a date and time like 2026-11-26 14:05")
        raise ValueError(message.format(value=repr(text))) from None
    return value if value.tzinfo else value.replace(tzinfo=LOCAL_TZ)


def _decimal(text: str) -> float:
    try:
        return float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        message = translate("csv_incidents", "{value} is not a number")
        raise ValueError(message.format(value=repr(text))) from None


def _whole(text: str) -> int:
    digits = text.replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"-?\d{1,15}", digits):
        message = translate("csv_incidents", "{value} is not a whole number")
        raise ValueError(message.format(value=repr(text)))
    return int(digits)


def _yes_no(text: str) -> bool:
    key = text.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    message = translate("csv_incidents", "{value} is not yes or no")
    raise ValueError(message.format(value=repr(text)))


def _at_line(error: ValidationError, line: int) -> ValidationError:
    return ValidationError(error.errors, line=line)


def _fmt(ref: tuple[int, int]) -> str:
    return f"{ref[0]}-{ref[1]:04d}"


def _is_row(cells: list[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _reference_cell(columns: list[str | None], cells: list[str]) -> str:
    try:
        at = columns.index("reference")
    except ValueError:
        return ""
    return restore(cells[at]).strip() if at < len(cells) else ""


def _references_taken(
    session: Any, columns: list[str | None], body: list[tuple[int, list[str]]]
) -> set[tuple[int, int]]:
    """The file's references that the database holds already (a well-formed
    reference cell of a row; a malformed one is reported at its line)."""
    refs = {
        ref
        for _, cells in body
        if (text := _reference_cell(columns, cells))
        and (ref := incidents.parse_reference(text)) is not None
    }
    if not refs:
        return set()
    existing = session.execute(
        select(INCIDENT.c.ref_year, INCIDENT.c.ref_seq).where(
            INCIDENT.c.ref_year.in_({year for year, _ in refs})
        )
    ).all()
    return {ref for row in existing if (ref := (row[0], row[1])) in refs}


def _resolve_links(
    session: Any,
    in_file: dict[tuple[int, int], int],
    pending: list[tuple[int, int, tuple[str, ...], str | None]],
) -> tuple[dict[int, int], list[dict[str, int]]]:
    """Related and duplicate-of references, to incidents in the file or the database."""
    wanted = {
        ref
        for _, _, related, duplicate in pending
        for text in (*related, *([duplicate] if duplicate else []))
        if (ref := incidents.parse_reference(text)) is not None and ref not in in_file
    }
    in_db: dict[tuple[int, int], int] = {}
    for year, seq, incident_id in session.execute(
        select(INCIDENT.c.ref_year, INCIDENT.c.ref_seq, INCIDENT.c.id).where(
            INCIDENT.c.ref_year.in_({y for y, _ in wanted})
        )
    ):
        if (year, seq) in wanted:
            in_db[(year, seq)] = incident_id

    def find(text: str, field: str, line: int) -> int:
        ref = incidents.parse_reference(text)
        found = (in_file.get(ref) or in_db.get(ref)) if ref else None
        if found is None:
            message = translate("csv_incidents", "there is no incident {reference}")
            raise ValidationError({field: message.format(reference=text)}, line=line)
        return found

    duplicates: dict[int, int] = {}
    related: set[tuple[int, int]] = set()
    for incident_id, line, related_refs, duplicate in pending:
        if duplicate:
            duplicates[incident_id] = find(duplicate, "duplicate_of", line)
        for text in related_refs:
            other = find(text, "related", line)
            if other != incident_id:
                related.add((min(incident_id, other), max(incident_id, other)))
    return duplicates, [{"incident_id": a, "related_id": b} for a, b in sorted(related)]


def column_help() -> list[tuple[str, str, str]]:
    """The columns and what each holds (in the current language), for the import's help."""
    return described()

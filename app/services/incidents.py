"""The incident log's use cases: create, update, delete, get, and bulk loading.

Queries (filter, sort, page) live in incident_query.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, or_, select, text
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import (
    AGENCY,
    CASE,
    CASE_INCIDENT,
    CATEGORY,
    DISTRICT,
    INCIDENT_AGENCY,
    INCIDENT_LINK,
    USER,
)
from app.domain.tables import INCIDENT as T
from app.domain.vocabulary import AuditAction
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import translate
from app.services import access, reference, versions
from app.services.incident_types import (
    Incident,
    IncidentDraft,
    format_reference,
)
from app.services.incident_validation import Lookups, validate
from app.storage import bulk, search
from app.storage.database import Database

LINK_FIELDS = ("agency_ids", "related", "duplicate_of")


def lookups(session: Session) -> Lookups:
    return Lookups(
        categories={
            code: (cid, area)
            for cid, code, area in session.execute(
                select(CATEGORY.c.id, CATEGORY.c.code, CATEGORY.c.default_area)
            )
        },
        districts={k: v for k, v in session.execute(select(DISTRICT.c.name, DISTRICT.c.id))},
        agencies={k: v for k, v in session.execute(select(AGENCY.c.name, AGENCY.c.id))},
    )


def create(db: Database, draft: IncidentDraft) -> Incident:
    """Validate and store a new incident; its reference is the next of this year."""
    with db.writing() as session:
        return create_in(session, db.account, draft)


def create_in(session: Session, account: str, draft: IncidentDraft) -> Incident:
    """`create` inside the caller's write transaction (an import adds many in one)."""
    moment = now()
    values, related_ids, duplicate_id = _checked(session, draft, moment)
    user_id = reference.current_user_id(session, account)
    year = to_local(moment).year
    seq = reserve_references(session, year, 1)
    row = _row(values, moment, user_id)
    row.update(ref_year=year, ref_seq=seq, entered_at=moment, version=1)
    row["duplicate_of_id"] = duplicate_id
    incident_id = session.execute(insert(T).values(row).returning(T.c.id)).scalar_one()
    row["id"] = incident_id
    _write_links(session, incident_id, values["agency_ids"], related_ids)
    search.index(session, [row])
    return _load(session, incident_id)


def create_many_in(
    session: Session, account: str, drafts: Sequence[IncidentDraft]
) -> list[tuple[int, str]]:
    """Store many new incidents in the caller's transaction: (id, reference) of each,
    in order. One lookup of the reference data, one reservation of reference numbers
    and one bulk write, instead of a round of statements per incident. Drafts
    that link other incidents go through create_in. A refused draft raises its
    ValidationError with `line` set to its position (1-based) in `drafts`.
    """
    if not drafts:
        return []
    if any(d.related or d.duplicate_of for d in drafts):
        raise ValueError("create_many_in takes no links to other incidents; use create_in")
    moment = now()
    found = lookups(session)
    user_id = reference.current_user_id(session, account)
    rows: list[dict[str, Any]] = []
    agency_ids: list[list[int]] = []
    for position, draft in enumerate(drafts, start=1):
        try:
            values = validate(draft, found, moment)
        except ValidationError as error:
            raise ValidationError(error.errors, line=position) from None
        rows.append(_row(values, moment, user_id))
        agency_ids.append(list(values["agency_ids"]))
    year = to_local(moment).year
    first_seq = reserve_references(session, year, len(rows))
    first_id = next_id(session)
    agency_links: list[tuple[int, int]] = []
    for offset, row in enumerate(rows):
        row.update(id=first_id + offset, ref_year=year, ref_seq=first_seq + offset)
        agency_links.extend((row["id"], a) for a in agency_ids[offset])
    bulk_insert(session, rows, agency_links)
    return [(row["id"], format_reference(year, row["ref_seq"])) for row in rows]


def update(
    db: Database, incident_id: int, draft: IncidentDraft, *, expected_version: int | None = None
) -> Incident:
    """Save changes. With expected_version, refuse (Conflict) if someone saved in between."""
    with db.writing() as session:
        return update_in(session, db.account, incident_id, draft, expected_version=expected_version)


def update_in(
    session: Session,
    account: str,
    incident_id: int,
    draft: IncidentDraft,
    *,
    expected_version: int | None = None,
) -> Incident:
    """`update` inside the caller's write transaction."""
    old = session.execute(select(T).where(T.c.id == incident_id)).mappings().first()
    if old is None:
        raise NotFound(incident_gone(incident_id))
    if versions.stale(expected_version, old["version"]):
        raise _changed_meanwhile(session, incident_id)
    moment = now()
    values, related_ids, duplicate_id = _checked(session, draft, moment, self_id=incident_id)
    user_id = reference.current_user_id(session, account)
    row = _row(values, moment, user_id)
    row.update(updated_at=moment, updated_by_id=user_id, duplicate_of_id=duplicate_id)
    del row["entered_by_id"], row["entered_at"], row["version"]  # who entered it stays
    if not versions.write_version(session, T, incident_id, old["version"], row):
        raise _changed_meanwhile(session, incident_id)
    session.execute(sql_delete(INCIDENT_AGENCY).where(INCIDENT_AGENCY.c.incident_id == incident_id))
    session.execute(
        sql_delete(INCIDENT_LINK).where(
            or_(
                INCIDENT_LINK.c.incident_id == incident_id,
                INCIDENT_LINK.c.related_id == incident_id,
            )
        )
    )
    _write_links(session, incident_id, values["agency_ids"], related_ids)
    search.unindex(session, [dict(old)])
    search.index(session, [{**row, "id": incident_id}])
    return _load(session, incident_id)


def _changed_meanwhile(session: Session, incident_id: int) -> Conflict:
    current = _load(session, incident_id)
    return Conflict(
        translate(
            "incidents", "incident {reference} was changed by someone else since you opened it"
        ).format(reference=current.reference),
        current=current,
    )


# What the audit log says of a case whose linked incident was deleted: nothing of
# the incident itself, which the log must not tie to the case after the fact.
LINKED_INCIDENT_DELETED = "a linked incident was deleted from the incident log"


def delete(db: Database, incident_id: int) -> None:
    """Delete an incident. Its links to cases go with it (ON DELETE CASCADE), so each
    case that loses one gets a CHANGE entry in the audit log, in this transaction.

    The delete is never refused for a case's sake: the incident log is everyone's,
    and refusing would tell who may not see the case that a case links it.
    """
    with db.writing() as session:
        old = session.execute(select(T).where(T.c.id == incident_id)).mappings().first()
        if old is None:
            raise NotFound(incident_gone(incident_id))
        _record_unlinked_cases(session, db.account, [incident_id])
        search.unindex(session, [dict(old)])
        session.execute(sql_delete(T).where(T.c.id == incident_id))


def _record_unlinked_cases(session: Session, account: str, incident_ids: Sequence[int]) -> None:
    """An audit entry for every case linked to one of `incident_ids` (once per link)."""
    linked = session.execute(
        select(CASE.c.id, CASE.c.number)
        .join(CASE_INCIDENT, CASE_INCIDENT.c.case_id == CASE.c.id)
        .where(CASE_INCIDENT.c.incident_id.in_(incident_ids))
        .order_by(CASE.c.id)
    ).all()
    if not linked:
        return
    who = access.actor(session, account)
    for case_id, number in linked:
        access.record(
            session,
            who,
            AuditAction.CHANGE,
            case_id=case_id,
            case_number=number,
            detail=LINKED_INCIDENT_DELETED,
        )


def get(db: Database, incident_id: int) -> Incident:
    with db.reading() as session:
        return _load(session, incident_id)


def get_by_reference(db: Database, reference_number: str) -> Incident:
    with db.reading() as session:
        incident_id = _id_of_reference(session, reference_number)
        if incident_id is None:
            raise NotFound(no_incident(reference_number))
        return _load(session, incident_id)


def reserve_references(session: Session, year: int, count: int) -> int:
    """Take `count` consecutive numbers of `year`'s sequence; returns the first.

    One statement that increments and returns: two writers can never get the
    same number (SQLite serialises writers, PostgreSQL locks the row).
    """
    last = session.execute(
        text(
            "INSERT INTO reference_counter (year, last) VALUES (:year, :count) "
            "ON CONFLICT (year) DO UPDATE SET last = reference_counter.last + :count "
            "RETURNING last"
        ),
        {"year": year, "count": count},
    ).scalar_one()
    return int(last) - count + 1


def claim_references(session: Session, year: int, highest: int) -> None:
    """Make sure the sequence of `year` continues after `highest` (imported references)."""
    session.execute(
        text(
            "INSERT INTO reference_counter (year, last) VALUES (:year, :highest) "
            "ON CONFLICT (year) DO UPDATE SET last = "
            "CASE WHEN reference_counter.last < :highest THEN :highest "
            "ELSE reference_counter.last END"
        ),
        {"year": year, "highest": highest},
    )


def bulk_insert(
    session: Session,
    rows: Sequence[dict[str, Any]],
    agency_links: Iterable[tuple[int, int]] = (),
) -> None:
    """Write many validated rows (with ids and references set) with executemany."""
    if not rows:
        return
    bulk.insert_rows(session, T, rows)
    links = [{"incident_id": i, "agency_id": a} for i, a in agency_links]
    bulk.insert_rows(session, INCIDENT_AGENCY, links)
    search.index(session, rows)


@contextmanager
def streamed_insert(session: Session) -> Iterator[Callable[[dict[str, Any], Iterable[int]], None]]:
    """Like bulk_insert, one validated row (and its agencies) at a time as they are
    made: on PostgreSQL the server stores each while the next is validated.
    Nothing else may run on the session inside the block."""
    links: list[dict[str, int]] = []
    indexed: list[dict[str, Any]] = []
    keep_for_index = search.kept_by_application(session)
    with bulk.row_stream(session, T) as write:

        def add(row: dict[str, Any], agency_ids: Iterable[int]) -> None:
            write(row)
            links.extend({"incident_id": row["id"], "agency_id": a} for a in agency_ids)
            if keep_for_index:
                indexed.append(row)

        yield add
    bulk.insert_rows(session, INCIDENT_AGENCY, links)
    search.index(session, indexed)


def next_id(session: Session) -> int:
    highest = session.execute(select(T.c.id).order_by(T.c.id.desc()).limit(1)).scalar()
    return int(highest or 0) + 1


def row_values(values: dict[str, Any], moment: datetime, user_id: int) -> dict[str, Any]:
    """The incident table's columns from validated values (without id and reference)."""
    return _row(values, moment, user_id)


def _row(values: dict[str, Any], moment: datetime, user_id: int) -> dict[str, Any]:
    row = {key: value for key, value in values.items() if key not in LINK_FIELDS}
    if row.get("reported_at") is None:
        # Every incident has a reported time (when the office learnt of it),
        # so that sorting and paging on it never meets a NULL.
        row["reported_at"] = moment if moment >= row["occurred_at"] else row["occurred_at"]
    row["entered_by_id"] = user_id
    row["entered_at"] = moment
    row["version"] = 1
    return row


def _checked(
    session: Session, draft: IncidentDraft, moment: datetime, *, self_id: int | None = None
) -> tuple[dict[str, Any], list[int], int | None]:
    """Validated values and resolved links; every problem reported at once."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    try:
        values = validate(draft, lookups(session), moment)
    except ValidationError as error:
        errors.update(error.errors)
    related: list[int] = []
    for ref in draft.related:
        found = _id_of_reference(session, ref)
        if found is None:
            errors["related"] = no_incident(ref)
        elif found == self_id:
            errors["related"] = translate("incidents", "an incident cannot be related to itself")
        else:
            related.append(found)
    duplicate_id = None
    if draft.duplicate_of:
        duplicate_id = _id_of_reference(session, draft.duplicate_of)
        if duplicate_id is None:
            errors["duplicate_of"] = no_incident(draft.duplicate_of)
        elif duplicate_id == self_id:
            errors["duplicate_of"] = translate("incidents", "an incident cannot duplicate itself")
    if errors:
        raise ValidationError(errors)
    return values, sorted(set(related)), duplicate_id


def no_incident(reference_number: str) -> str:
    return translate("incidents", "there is no incident {reference}").format(
        reference=reference_number
    )


def incident_gone(incident_id: int) -> str:
    return translate("incidents", "incident {id} does not exist (any more)").format(id=incident_id)


_REFERENCE = re.compile(r"(\d{4})-(\d{1,9})", re.ASCII)


def parse_reference(value: str) -> tuple[int, int] | None:
    """(year, number) of a reference like `2026-0142`, or None."""
    found = _REFERENCE.fullmatch(value.strip())
    return (int(found.group(1)), int(found.group(2))) if found else None


def _id_of_reference(session: Session, value: str) -> int | None:
    parsed = parse_reference(value)
    if parsed is None:
        return None
    found = session.execute(
        select(T.c.id).where(T.c.ref_year == parsed[0], T.c.ref_seq == parsed[1])
    ).scalar()
    return int(found) if found is not None else None


def _write_links(
    session: Session, incident_id: int, agency_ids: list[int], related_ids: list[int]
) -> None:
    if agency_ids:
        session.execute(
            insert(INCIDENT_AGENCY),
            [{"incident_id": incident_id, "agency_id": a} for a in agency_ids],
        )
    if related_ids:
        session.execute(
            insert(INCIDENT_LINK),
            [
                {"incident_id": min(incident_id, r), "related_id": max(incident_id, r)}
                for r in related_ids
            ],
        )


def load_in(session: Session, incident_id: int) -> Incident:
    """One incident, fully loaded, inside the caller's transaction."""
    return _load(session, incident_id)


def _load(session: Session, incident_id: int) -> Incident:
    found = load_many(session, [incident_id])
    if not found:
        raise NotFound(incident_gone(incident_id))
    return found[0]


def load_many(session: Session, ids: Sequence[int]) -> list[Incident]:
    """Full incidents for `ids`, in that order, with a fixed number of queries."""
    if not ids:
        return []
    rows = {r["id"]: r for r in session.execute(select(T).where(T.c.id.in_(ids))).mappings().all()}
    categories = {k: v for k, v in session.execute(select(CATEGORY.c.id, CATEGORY.c.code))}
    districts = {k: v for k, v in session.execute(select(DISTRICT.c.id, DISTRICT.c.name))}
    agencies = {k: v for k, v in session.execute(select(AGENCY.c.id, AGENCY.c.name))}
    users = {
        uid: display or account
        for uid, account, display in session.execute(
            select(USER.c.id, USER.c.account, USER.c.display_name)
        )
    }
    involved: dict[int, list[str]] = {}
    for incident_id, agency_id in session.execute(
        select(INCIDENT_AGENCY.c.incident_id, INCIDENT_AGENCY.c.agency_id).where(
            INCIDENT_AGENCY.c.incident_id.in_(ids)
        )
    ):
        involved.setdefault(incident_id, []).append(agencies[agency_id])
    related: dict[int, list[int]] = {}
    link = INCIDENT_LINK
    for a, b in session.execute(
        select(link.c.incident_id, link.c.related_id).where(
            or_(link.c.incident_id.in_(ids), link.c.related_id.in_(ids))
        )
    ):
        related.setdefault(a, []).append(b)
        related.setdefault(b, []).append(a)
    wanted = {d for r in rows.values() if (d := r["duplicate_of_id"])} | {
        x for i in ids for x in related.get(i, ())
    }
    references = (
        {
            rid: format_reference(year, seq)
            for rid, year, seq in session.execute(
                select(T.c.id, T.c.ref_year, T.c.ref_seq).where(T.c.id.in_(wanted))
            )
        }
        if wanted
        else {}
    )
    return [
        _incident(rows[i], categories, districts, agencies, users, involved, related, references)
        for i in ids
        if i in rows
    ]


def _incident(
    row: Any,
    categories: dict[int, str],
    districts: dict[int, str],
    agencies: dict[int, str],
    users: dict[int, str],
    involved: dict[int, list[str]],
    related: dict[int, list[int]],
    references: dict[int, str],
) -> Incident:
    incident_id = row["id"]
    return Incident(
        id=incident_id,
        reference=format_reference(row["ref_year"], row["ref_seq"]),
        version=row["version"],
        entered_at=row["entered_at"],
        entered_by=users.get(row["entered_by_id"], ""),
        updated_at=row["updated_at"],
        updated_by=users.get(row["updated_by_id"], "") if row["updated_by_id"] else "",
        occurred_at=row["occurred_at"],
        occurred_until=row["occurred_until"],
        reported_at=row["reported_at"],
        category=categories.get(row["category_id"], ""),
        area=row["area"],
        severity=row["severity"],
        status=row["status"],
        district=districts.get(row["district_id"]) if row["district_id"] else None,
        place=row["place"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        summary=row["summary"],
        description=row["description"],
        source_agency=agencies.get(row["source_agency_id"]) if row["source_agency_id"] else None,
        source_reliability=row["source_reliability"],
        verified=bool(row["verified"]),
        agencies_involved=tuple(sorted(involved.get(incident_id, ()))),
        police_ref=row["police_ref"],
        rescue_ref=row["rescue_ref"],
        external_ref=row["external_ref"],
        external_url=row["external_url"],
        injured=row["injured"],
        damage=row["damage"],
        estimated_cost_sek=row["estimated_cost_sek"],
        insurance_claim_ref=row["insurance_claim_ref"],
        action_taken=row["action_taken"],
        secret=bool(row["secret"]),
        related=tuple(sorted(references[r] for r in set(related.get(incident_id, ())))),
        duplicate_of=references.get(row["duplicate_of_id"]) if row["duplicate_of_id"] else None,
    )

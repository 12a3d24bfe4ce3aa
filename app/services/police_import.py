"""The police's public event notices into the incident log: a preview, then one import.

An officer first sees what an import would do (how many notices are new,
changed, unchanged, for another municipality, which police types have no
category) and decides the conflicts: a notice the police changed whose
incident an officer has edited since the last import. `run` then works the
plan out again inside its one write transaction (a colleague may have saved
in between) and writes it all or nothing.

A notice becomes an ordinary incident: the time from the notice's title, the
publication as reported time, the category through the police-type mapping,
the district when the text names one of the office's districts, the police
as source, not verified (notices are preliminary), the police's event id as
external reference and the notice's page as link. The notice's map position
is the centre of a whole municipality or county, not the event's place, and
is not kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import select
from sqlmodel import Session

from app.clock import now
from app.domain.tables import AGENCY, CATEGORY, DISTRICT, INCIDENT, POLICE_NOTICE
from app.domain.tables import POLICE_TYPE_CATEGORY as TYPE_CATEGORY
from app.domain.vocabulary import AuditAction, Reliability, Role, Status
from app.errors import ValidationError, field_name
from app.exchange.police_events import (
    DEFAULT_TYPE_CATEGORIES,
    PoliceEvent,
    content_fingerprint,
    find_district,
    for_municipality,
)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import integer
from app.services import access, identity_numbers, incidents, office_settings
from app.services.incident_types import IncidentDraft
from app.services.incident_validation import FUTURE_TOLERANCE
from app.services.roster_vocabulary import AgencyKind
from app.services.text_rules import quoted
from app.storage.database import Database

FALLBACK_CATEGORY = "OTHER"
# The police's own words about what a notice is, at the end of its description.
NOTICE_NOTE = "Polisens händelsenotis (preliminär uppgift)."
# A shooting or an explosion is at least "high": it belongs among the briefing's
# notable incidents from the start; everything else starts as "moderate".
HIGH_SEVERITY_CATEGORIES = frozenset({"SHOOT"})
# Which police agency a notice comes from, in order of preference.
POLICE_KINDS = (AgencyKind.LOCAL_POLICE, AgencyKind.REGIONAL_POLICE, AgencyKind.COUNTY_POLICE)
MAY_MAP_TYPES = frozenset({Role.ADMINISTRATOR})

_SUMMARY_MAX = 200
TYPE_MAX_LENGTH = 120  # the police_type column's


class NoticeAction(StrEnum):
    NEW = "new"  # not imported before: a new incident
    UPDATE = "update"  # the police changed the notice: its incident follows
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"  # changed by the police and by an officer: the officer chooses
    DELETED = "deleted"  # an officer deleted its incident: not brought back
    # Announced ahead (a planned operation): the log holds what has happened, so
    # the notice waits for an import after its time.
    LATER = "later"


@dataclass(frozen=True)
class NoticePlan:
    event: PoliceEvent
    action: NoticeAction
    category: str  # our category code
    district: str | None
    incident_id: int | None = None
    incident_reference: str = ""
    incident_version: int | None = None  # as the preview saw it (a conflict's choice is for it)


@dataclass(frozen=True)
class PolicePreview:
    municipality: str
    events_in_file: int
    plans: tuple[NoticePlan, ...]  # the municipality's notices, as in the file, each once
    in_municipality: int  # the municipality's notices in the file, repeats included
    unmapped_types: tuple[tuple[str, int], ...]  # police types without a category → Other
    masked: int  # notices whose text held an identity number, masked
    source_agency: str | None  # the police agency the incidents will name, if the roster has one

    @property
    def other_municipality(self) -> int:
        return self.events_in_file - self.in_municipality

    @property
    def repeated(self) -> int:
        """Notices the file holds more than once (the first, newest, is used)."""
        return self.in_municipality - len(self.plans)

    def count(self, action: NoticeAction) -> int:
        return sum(1 for plan in self.plans if plan.action is action)

    @property
    def conflicts(self) -> tuple[NoticePlan, ...]:
        return tuple(p for p in self.plans if p.action is NoticeAction.CONFLICT)


@dataclass(frozen=True)
class PoliceImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # conflicts where the officer's edit was kept
    deleted: int = 0  # notices whose incident an officer had deleted
    later: int = 0  # announced for a time still to come
    references: tuple[str, ...] = field(default=())  # of the incidents created or updated


@dataclass(frozen=True)
class TypeMapping:
    police_type: str
    category: str  # our category code
    default: str  # the built-in default (Other when the type is unknown to it)

    @property
    def changed(self) -> bool:
        return self.category != self.default


def municipality_or_setting(db: Database, municipality: str | None) -> str:
    """The municipality asked for, else the one in the office's settings."""
    chosen = (municipality or "").strip() or office_settings.get_setting(
        db, office_settings.MUNICIPALITY_NAME
    )
    if not chosen.strip():
        raise ValidationError(
            {
                "municipality": translate(
                    "police_import",
                    "is not set: name it (--municipality) or set the "
                    "municipality's name in the office settings",
                )
            }
        )
    return chosen.strip()


def preview(
    db: Database, events: Sequence[PoliceEvent], municipality: str | None = None
) -> PolicePreview:
    """What importing `events` would do now; nothing is written."""
    name = municipality_or_setting(db, municipality)
    with db.reading() as session:
        return _plan(session, events, name)


def run(
    db: Database,
    events: Sequence[PoliceEvent],
    municipality: str | None = None,
    *,
    take_police: Mapping[int, int | None] | Collection[int] = (),
) -> PoliceImportResult:
    """Import the municipality's notices in one transaction.

    A conflict (a notice the police changed whose incident an officer edited
    since) keeps the officer's incident unless `take_police` names its event id,
    mapped to the incident's version the officer decided on (a mapping from the
    preview's plans: a colleague's save since then keeps the incident as it is;
    a plain collection of ids takes the police's text whatever the version).
    Either way the notice's new text is remembered, so the same file does not
    ask again; a later change by the police is a conflict again when the
    officer's edit was kept.
    """
    name = municipality_or_setting(db, municipality)
    with db.writing() as session:
        plan = _plan(session, events, name)
        chosen = (
            dict(take_police)
            if isinstance(take_police, Mapping)
            else dict.fromkeys(take_police, None)
        )
        return _write(session, db.account, plan, chosen)


# ---------------------------------------------------------------- type mapping


def type_mappings(db: Database, extra_types: Iterable[str] = ()) -> list[TypeMapping]:
    """Every police type the office knows (the defaults, the administrator's own,
    and `extra_types`, e.g. those of a file), with its category, sorted."""
    with db.reading() as session:
        chosen = _chosen_categories(session)
    types = set(DEFAULT_TYPE_CATEGORIES) | set(chosen) | {t for t in extra_types if t}
    return [
        TypeMapping(
            police_type=t,
            category=chosen.get(t) or DEFAULT_TYPE_CATEGORIES.get(t, FALLBACK_CATEGORY),
            default=DEFAULT_TYPE_CATEGORIES.get(t, FALLBACK_CATEGORY),
        )
        for t in sorted(types, key=str.casefold)
    ]


def set_type_mappings(db: Database, categories: Mapping[str, str]) -> int:
    """Set the category of police types (administrators only), all in one audited
    transaction. A type set to its default loses its own row. Returns how many
    types changed."""
    with access.case_work(db, "change the police types' categories") as (session, who):
        access.require_role(
            who,
            MAY_MAP_TYPES,
            QT_TRANSLATE_NOOP(
                "access", "your role ({role}) may not change the police types' categories"
            ),
        )
        ids = {str(c): int(i) for c, i in session.execute(select(CATEGORY.c.code, CATEGORY.c.id))}
        errors: dict[str, str] = {}
        for police_type, code in categories.items():
            if not police_type.strip():
                errors["police type"] = translate("police_import", "needs a name")
            elif len(police_type) > TYPE_MAX_LENGTH:
                errors[police_type[:40] + "…"] = translate(
                    "police_import", "is longer than {limit} characters"
                ).format(limit=integer(TYPE_MAX_LENGTH))
            elif code not in ids:
                errors[police_type] = translate(
                    "police_import", "there is no category {code}"
                ).format(code=quoted(code))
        if errors:
            raise ValidationError(errors)
        current = _chosen_categories(session)
        changed = 0
        for police_type, code in categories.items():
            default = DEFAULT_TYPE_CATEGORIES.get(police_type, FALLBACK_CATEGORY)
            before = current.get(police_type, default)
            if before == code:
                continue
            session.execute(
                TYPE_CATEGORY.delete().where(TYPE_CATEGORY.c.police_type == police_type)
            )
            if code != default:
                session.execute(
                    TYPE_CATEGORY.insert().values(police_type=police_type, category_id=ids[code])
                )
            changed += 1
        if changed:
            access.record(
                session,
                who,
                AuditAction.CHANGE,
                detail=f"police types' categories: {changed} changed",
            )
        return changed


def _chosen_categories(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(TYPE_CATEGORY.c.police_type, CATEGORY.c.code).join(
            CATEGORY, CATEGORY.c.id == TYPE_CATEGORY.c.category_id
        )
    )
    return {str(police_type): str(code) for police_type, code in rows}


# ---------------------------------------------------------------- planning


def _plan(session: Session, events: Sequence[PoliceEvent], municipality: str) -> PolicePreview:
    mine = for_municipality(events, municipality)
    chosen = _chosen_categories(session)
    known_codes = set(session.execute(select(CATEGORY.c.code)).scalars())
    districts = list(session.execute(select(DISTRICT.c.name).where(DISTRICT.c.active)).scalars())
    ids = [e.event_id for e in mine]
    stored: dict[int, tuple[int | None, str, int]] = {}
    for start in range(0, len(ids), 500):  # bound the IN list
        for event_id, incident_id, fingerprint, version in session.execute(
            select(
                POLICE_NOTICE.c.event_id,
                POLICE_NOTICE.c.incident_id,
                POLICE_NOTICE.c.fingerprint,
                POLICE_NOTICE.c.incident_version,
            ).where(POLICE_NOTICE.c.event_id.in_(ids[start : start + 500]))
        ):
            stored[event_id] = (incident_id, fingerprint, version)
    incident_ids = [s[0] for s in stored.values() if s[0] is not None]
    current: dict[int, tuple[int, str]] = {}
    for start in range(0, len(incident_ids), 500):
        for incident_id, version, year, seq in session.execute(
            select(
                INCIDENT.c.id, INCIDENT.c.version, INCIDENT.c.ref_year, INCIDENT.c.ref_seq
            ).where(INCIDENT.c.id.in_(incident_ids[start : start + 500]))
        ):
            current[incident_id] = (version, f"{year}-{seq:04d}")

    latest = now() + FUTURE_TOLERANCE
    unmapped: Counter[str] = Counter()
    plans: list[NoticePlan] = []
    seen: set[int] = set()
    masked = 0
    for event in mine:
        if event.event_id in seen:  # the same notice twice in a file: its first (newest) form
            continue
        seen.add(event.event_id)
        category = chosen.get(event.type) or DEFAULT_TYPE_CATEGORIES.get(event.type)
        if category is None or category not in known_codes:
            unmapped[event.type] += 1
            category = FALLBACK_CATEGORY
        district = find_district(f"{event.title} {event.summary}", districts)
        if identity_numbers.find(event.summary) or identity_numbers.find(event.title):
            masked += 1
        if event.occurred_at > latest:
            plans.append(NoticePlan(event, NoticeAction.LATER, category, district))
            continue
        plans.append(_plan_one(event, category, district, stored, current))
    return PolicePreview(
        municipality=municipality,
        events_in_file=len(events),
        in_municipality=len(mine),
        plans=tuple(plans),
        unmapped_types=tuple(sorted(unmapped.items(), key=lambda kv: (-kv[1], kv[0]))),
        masked=masked,
        source_agency=_police_agency(session),
    )


def _plan_one(
    event: PoliceEvent,
    category: str,
    district: str | None,
    stored: Mapping[int, tuple[int | None, str, int]],
    current: Mapping[int, tuple[int, str]],
) -> NoticePlan:
    known = stored.get(event.event_id)
    if known is None:
        return NoticePlan(event, NoticeAction.NEW, category, district)
    incident_id, fingerprint, imported_version = known
    if incident_id is None or incident_id not in current:
        return NoticePlan(event, NoticeAction.DELETED, category, district)
    version, reference_text = current[incident_id]
    if fingerprint == content_fingerprint(event):
        action = NoticeAction.UNCHANGED
    elif version != imported_version:
        action = NoticeAction.CONFLICT
    else:
        action = NoticeAction.UPDATE
    return NoticePlan(event, action, category, district, incident_id, reference_text, version)


def _police_agency(session: Session) -> str | None:
    rows = session.execute(
        select(AGENCY.c.name, AGENCY.c.kind)
        .where(AGENCY.c.active, AGENCY.c.kind.in_([k.value for k in POLICE_KINDS]))
        .order_by(AGENCY.c.id)
    ).all()
    for kind in POLICE_KINDS:
        for name, agency_kind in rows:
            if agency_kind == kind.value:
                return str(name)
    return None


# ---------------------------------------------------------------- writing


def _refused_notice(event_id: int, refused: ValidationError) -> ValidationError:
    """The incident's problems, each on the notice and the field: "notice 41, summary"."""
    where = translate("police_import", "notice {id}, {field}")
    return ValidationError(
        {
            where.format(id=event_id, field=field_name(field)): text
            for field, text in refused.errors.items()
        }
    )


def _write(
    session: Session,
    account: str,
    preview_: PolicePreview,
    take_police: Mapping[int, int | None],
) -> PoliceImportResult:
    moment = now()
    counts = Counter(plan.action for plan in preview_.plans)
    new = [plan for plan in preview_.plans if plan.action is NoticeAction.NEW]
    try:
        created = incidents.create_many_in(
            session, account, [draft_of(plan, preview_.source_agency) for plan in new]
        )
    except ValidationError as refused:  # the position of the draft names the notice
        assert refused.line is not None
        notice = new[refused.line - 1].event
        raise _refused_notice(notice.event_id, refused) from None
    if created:
        session.execute(
            POLICE_NOTICE.insert(),
            [
                {
                    "event_id": plan.event.event_id,
                    "incident_id": incident_id,
                    "fingerprint": content_fingerprint(plan.event),
                    "incident_version": 1,
                    "imported_at": moment,
                }
                for plan, (incident_id, _) in zip(new, created, strict=True)
            ],
        )
    touched = [reference_text for _, reference_text in created]
    kept = 0
    for plan in preview_.plans:
        if plan.action not in (NoticeAction.UPDATE, NoticeAction.CONFLICT):
            continue
        event = plan.event
        assert plan.incident_id is not None
        fingerprint = content_fingerprint(event)
        if plan.action is NoticeAction.CONFLICT and not _takes_police(plan, take_police):
            # The officer's edit stays; the notice's new text is remembered (the same
            # file asks nothing again), its imported version is not: the police's
            # next change is a conflict again, never an update over the edit.
            kept += 1
            session.execute(
                POLICE_NOTICE.update()
                .where(POLICE_NOTICE.c.event_id == event.event_id)
                .values(fingerprint=fingerprint, imported_at=moment)
            )
            continue
        fresh = draft_of(plan, preview_.source_agency)
        try:
            updated = incidents.update_in(
                session, account, plan.incident_id, _updated(session, plan, fresh)
            )
        except ValidationError as refused:
            raise _refused_notice(event.event_id, refused) from None
        touched.append(updated.reference)
        session.execute(
            POLICE_NOTICE.update()
            .where(POLICE_NOTICE.c.event_id == event.event_id)
            .values(fingerprint=fingerprint, incident_version=updated.version, imported_at=moment)
        )
    return PoliceImportResult(
        created=len(created),
        updated=counts[NoticeAction.UPDATE] + counts[NoticeAction.CONFLICT] - kept,
        unchanged=counts[NoticeAction.UNCHANGED],
        kept=kept,
        deleted=counts[NoticeAction.DELETED],
        later=counts[NoticeAction.LATER],
        references=tuple(touched),
    )


def _takes_police(plan: NoticePlan, take_police: Mapping[int, int | None]) -> bool:
    if plan.event.event_id not in take_police:
        return False
    decided_on = take_police[plan.event.event_id]
    return decided_on is None or decided_on == plan.incident_version


def draft_of(plan: NoticePlan, source_agency: str | None) -> IncidentDraft:
    """The incident a notice becomes."""
    event = plan.event
    summary_line = " ".join(event.summary.split()) or event.title
    summary = identity_numbers.mask(summary_line)
    if len(summary) > _SUMMARY_MAX:
        summary = summary[: _SUMMARY_MAX - 1].rstrip() + "…"
    description = identity_numbers.mask(f"{event.title}\n\n{event.summary}\n\n{NOTICE_NOTE}")
    # A notice announced ahead is imported once its time has passed; the office
    # cannot have learnt of it as an incident before it happened.
    return IncidentDraft(
        occurred_at=event.occurred_at,
        reported_at=max(event.published_at, event.occurred_at),
        category=plan.category,
        summary=summary,
        description=description,
        severity=3 if plan.category in HIGH_SEVERITY_CATEGORIES else 2,
        status=Status.NEW,
        district=plan.district,
        source_agency=source_agency,
        source_reliability=Reliability.HIGH,
        verified=False,
        external_ref=str(event.event_id),
        external_url=event.url,
    )


def _updated(session: Session, plan: NoticePlan, fresh: IncidentDraft) -> IncidentDraft:
    """The incident as it stands with what the notice says now: the notice's own
    fields change; what an officer added (agencies, links, consequences, …) stays."""
    assert plan.incident_id is not None
    current = incidents.load_in(session, plan.incident_id).draft()
    return replace(
        current,
        occurred_at=fresh.occurred_at,
        reported_at=fresh.reported_at,
        category=fresh.category,
        summary=fresh.summary,
        description=fresh.description,
        district=fresh.district or current.district,
        external_url=fresh.external_url,
    )

"""An incident out as an OASIS CAP 1.2 alert, and an alert in as a new incident.

Each use case is one transaction: the export reads the incident, its category
and the municipality's name in one; the import checks that the alert is new
and stores its incident in one, so that two officers importing the same alert
at once cannot make two incidents of it.

What goes out carries no personal data: no officer's name, identity numbers
masked, coordinates rounded to 3 decimals (about 110 m north–south and 60 m
east–west here) with a circle of 0.5 km around them, so that no home can be
pointed out. A secret incident goes out only when asked for.

The mappings, both ways, are the tables below; docs/ describes them.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import CATEGORY
from app.domain.tables import INCIDENT as T
from app.domain.vocabulary import Status
from app.errors import Conflict, NotFound, ValidationError
from app.exchange import cap, text_files
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import decimal, integer
from app.services import identity_numbers, incidents, reference
from app.services.incident_types import Incident, IncidentDraft, format_reference
from app.services.incident_validation import FUTURE_TOLERANCE, TEXT_LIMITS
from app.services.office_settings import MUNICIPALITY_NAME, setting_in
from app.services.text_rules import quoted
from app.storage.database import Database

# The code systems of the <eventCode>s this application writes (and reads first).
CATEGORY_CODE = "samverkan-category"  # the category's stable code, e.g. GANG
CAP_CODE = "samverkan-cap-code"  # each of the category's CAP codes, e.g. crime.shooting

# The first segment of a category's CAP code → CAP 1.2's <category>.
CAP_CATEGORY_OF_PREFIX = {
    "crime": "Security",
    "fire": "Fire",
    "civil": "Safety",
    "transport": "Transport",
    "infra": "Infra",
    "publicService": "Safety",
    "other": "Other",
}
FALLBACK_CAP_CATEGORY = "Other"

CAP_SEVERITY = {1: "Minor", 2: "Moderate", 3: "Severe", 4: "Extreme"}
SEVERITY_OF_CAP = {"Extreme": 4, "Severe": 3, "Moderate": 2, "Minor": 1, "Unknown": 2}

LANGUAGE = "sv-SE"
COORDINATE_DECIMALS = 3
CIRCLE_RADIUS_KM = 0.5
FALLBACK_CATEGORY = "OTHER"

# The import's notes, one whole sentence per field of the incident.
_MASKED_IN = {
    "summary": QT_TRANSLATE_NOOP("cap_exchange", "{count} identity number(s) masked in summary"),
    "description": QT_TRANSLATE_NOOP(
        "cap_exchange", "{count} identity number(s) masked in description"
    ),
    "place": QT_TRANSLATE_NOOP("cap_exchange", "{count} identity number(s) masked in place"),
    "external_ref": QT_TRANSLATE_NOOP(
        "cap_exchange", "{count} identity number(s) masked in the alert's identifier"
    ),
    "external_url": QT_TRANSLATE_NOOP(
        "cap_exchange", "{count} identity number(s) masked in the web address"
    ),
}
_SHORTENED = {
    "summary": QT_TRANSLATE_NOOP("cap_exchange", "summary shortened to {limit} characters"),
    "description": QT_TRANSLATE_NOOP("cap_exchange", "description shortened to {limit} characters"),
    "place": QT_TRANSLATE_NOOP("cap_exchange", "place shortened to {limit} characters"),
}


@dataclass(frozen=True)
class ExportedAlert:
    """One incident as a CAP alert: the document and what names it."""

    reference: str
    version: int
    identifier: str
    data: bytes


@dataclass(frozen=True)
class ImportedAlert:
    """The incident an alert became, and what the import changed on the way."""

    identifier: str
    incident: Incident
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _CategoryRow:
    code: str
    title_sv: str
    cap_codes: tuple[str, ...]


# ---------------------------------------------------------------- export


def export_incident(
    db: Database,
    reference_number: str,
    *,
    include_secret: bool = False,
    include_description: bool = False,
) -> ExportedAlert:
    """The incident `reference_number` as a CAP 1.2 alert, checked against the schema.

    An alert leaves the office: like the briefing it carries the summary, the
    category and the district, never the place (a street address can point at a
    home) and the description (free text, which may name people) only when asked
    for.
    """
    if incidents.parse_reference(reference_number) is None:
        raise ValidationError(
            {
                "reference": translate(
                    "cap_exchange", "{reference} is not a reference like 2026-0142"
                ).format(reference=quoted(reference_number))
            }
        )
    with db.reading() as session:
        incident = _incident_by_reference(session, reference_number.strip())
        if incident.secret and not include_secret:
            raise ValidationError(
                {
                    "secret": translate(
                        "cap_exchange",
                        "incident {reference} is marked secret; it is "
                        "exported only when secret incidents are included on purpose",
                    ).format(reference=incident.reference)
                }
            )
        municipality = setting_in(session, MUNICIPALITY_NAME).strip()
        category = _category(session, incident.category)
    sender = _sender(municipality)
    alert = _alert_of(
        incident, category, municipality, sender, now(), with_description=include_description
    )
    return ExportedAlert(incident.reference, incident.version, alert.identifier, cap.build(alert))


def export_to_file(
    db: Database,
    reference_number: str,
    path: Path,
    *,
    include_secret: bool = False,
    include_description: bool = False,
) -> ExportedAlert:
    """Write the alert to `path`: to a temporary file first and renamed, so that a
    failed export leaves no half file (nor the file's old content half replaced)."""
    target = Path(path)
    if target.is_dir():
        raise ValidationError(
            {
                "file": translate(
                    "cap_exchange", "{path} is a folder; name the file to write"
                ).format(path=target)
            }
        )
    if not target.parent.is_dir():
        raise ValidationError(
            {
                "file": translate("cap_exchange", "the folder {folder} does not exist").format(
                    folder=target.parent
                )
            }
        )
    exported = export_incident(
        db,
        reference_number,
        include_secret=include_secret,
        include_description=include_description,
    )
    handle, temporary = tempfile.mkstemp(prefix=".samverkan-cap-", suffix=".xml", dir=target.parent)
    try:
        with open(handle, "wb") as file:
            file.write(exported.data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return exported


def identifier_of(sender_slug: str, reference_number: str, version: int) -> str:
    """Unique and stable per incident version; no spaces, commas, "<" or "&" (CAP's rule)."""
    return f"samverkan.{sender_slug}.{reference_number}.{version}"


def slug(name: str) -> str:
    """`Upplands Väsby kommun` → `upplands-vasby-kommun`: letters a-z, digits, hyphens."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def cap_categories(cap_codes: tuple[str, ...]) -> tuple[str, ...]:
    """CAP 1.2's categories of a category's CAP codes, each once, in order."""
    found: list[str] = []
    for code in cap_codes:
        mapped = CAP_CATEGORY_OF_PREFIX.get(code.split(".")[0], FALLBACK_CAP_CATEGORY)
        if mapped not in found:
            found.append(mapped)
    return tuple(found) or (FALLBACK_CAP_CATEGORY,)


def _incident_by_reference(session: Session, reference_number: str) -> Incident:
    year, seq = incidents.parse_reference(reference_number) or (0, 0)
    found = session.execute(select(T.c.id).where(T.c.ref_year == year, T.c.ref_seq == seq))
    incident_id = found.scalar()
    loaded = incidents.load_many(session, [incident_id]) if incident_id is not None else []
    if not loaded:
        raise NotFound(
            translate("cap_exchange", "there is no incident {reference}").format(
                reference=reference_number
            )
        )
    return loaded[0]


def _category(session: Session, code: str) -> _CategoryRow:
    # Also an inactive category: an old incident keeps the category it was logged with.
    row = session.execute(
        select(CATEGORY.c.code, CATEGORY.c.title_sv, CATEGORY.c.cap_codes).where(
            CATEGORY.c.code == code
        )
    ).first()
    if row is None:  # the incident's category was loaded from this very table
        raise NotFound(translate("cap_exchange", "there is no category {code}").format(code=code))
    return _CategoryRow(row.code, row.title_sv, tuple(row.cap_codes.split()))


def _sender(municipality: str) -> str:
    if not municipality:
        raise ValidationError(
            {
                MUNICIPALITY_NAME: translate(
                    "cap_exchange",
                    "is not set: a CAP alert names the municipality as its "
                    "sender; set the municipality's name in the office settings",
                )
            }
        )
    name = slug(municipality)
    if not name:
        raise ValidationError(
            {
                MUNICIPALITY_NAME: translate(
                    "cap_exchange", "has no letters a-z or digits to name the alert's sender by"
                )
            }
        )
    return name


def _alert_of(
    incident: Incident,
    category: _CategoryRow,
    municipality: str,
    sender: str,
    moment: datetime,
    *,
    with_description: bool,
) -> cap.Alert:
    def clean(text: str) -> str:
        return identity_numbers.mask(text)

    area = cap.AlertArea(
        description=clean(incident.district or municipality),
        circles=_circle(incident),
    )
    info = cap.AlertInfo(
        language=LANGUAGE,
        categories=cap_categories(category.cap_codes),
        event=clean(category.title_sv),
        urgency="Past" if incident.status == Status.CLOSED else "Unknown",
        severity=CAP_SEVERITY[incident.severity],
        certainty="Observed" if incident.verified else "Likely",
        event_codes=(
            cap.Pair(CATEGORY_CODE, category.code),
            *(cap.Pair(CAP_CODE, code) for code in category.cap_codes),
        ),
        onset=to_local(incident.occurred_at),
        expires=to_local(incident.occurred_until) if incident.occurred_until else None,
        sender_name=clean(municipality),
        headline=clean(incident.summary),
        description=clean(incident.description) if with_description else "",
        web=incident.external_url if _is_web_address(incident.external_url) else "",
        areas=(area,),
    )
    return cap.Alert(
        identifier=identifier_of(sender, incident.reference, incident.version),
        sender=f"samverkan@{sender}",
        sent=to_local(moment),
        status="Actual",
        # An earlier version's alert is not kept, nor when it was sent, so an
        # Update cannot name it in <references> (sender,identifier,sent);
        # <incidents> ties every version's alert to the incident instead.
        msg_type="Alert" if incident.version == 1 else "Update",
        scope="Public",
        incidents=incident.reference,
        infos=(info,),
    )


def _circle(incident: Incident) -> tuple[str, ...]:
    if incident.latitude is None or incident.longitude is None:
        return ()
    places = COORDINATE_DECIMALS
    return (f"{incident.latitude:.{places}f},{incident.longitude:.{places}f} {CIRCLE_RADIUS_KM}",)


def _is_web_address(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", text))


# ---------------------------------------------------------------- import


def import_file(db: Database, path: Path) -> ImportedAlert:
    """`import_alert` of the file at `path` (a folder is refused; a missing file is an OSError)."""
    return import_alert(db, text_files.read_bytes(Path(path)))


def import_alert(db: Database, data: bytes) -> ImportedAlert:
    """Add the alert in `data` as a new incident, or refuse it.

    Refused: a file that is not a valid CAP 1.2 alert (the schema's message), an
    alert without <info>, and an alert imported before (the same identifier),
    naming the incident it became.
    """
    alert = cap.parse(data)
    if not alert.infos:
        raise ValidationError(
            {"info": translate("cap_exchange", "the alert has no <info>: there is nothing to log")}
        )
    info, notes = _chosen_info(alert.infos)
    with db.writing() as session:
        draft, more_notes = _draft_of(alert, info, _known(session))
        # As stored (identity numbers masked), so that the next import finds it.
        _refuse_known(session, draft.external_ref)
        incident = incidents.create_in(session, db.account, draft)
    return ImportedAlert(alert.identifier, incident, (*notes, *more_notes))


def _chosen_info(infos: tuple[cap.AlertInfo, ...]) -> tuple[cap.AlertInfo, list[str]]:
    """The Swedish <info> when the alert has one, else the first."""
    swedish = [info for info in infos if info.language.lower().startswith("sv")]
    chosen = swedish[0] if swedish else infos[0]
    notes = []
    if len(infos) > 1 and chosen.language:
        note = translate(
            "cap_exchange", "the alert has {count} <info> blocks; the one in {language} was read"
        )
        notes.append(note.format(count=integer(len(infos)), language=chosen.language))
    elif len(infos) > 1:
        note = translate(
            "cap_exchange",
            "the alert has {count} <info> blocks; the first, without a language, was read",
        )
        notes.append(note.format(count=integer(len(infos))))
    return chosen, notes


def _refuse_known(session: Session, identifier: str) -> None:
    found = session.execute(
        select(T.c.ref_year, T.c.ref_seq)
        .where(T.c.external_ref == identifier)
        .order_by(T.c.id)
        .limit(1)
    ).first()
    if found is not None:
        raise Conflict(
            translate(
                "cap_exchange",
                "the CAP alert {identifier} was imported already, as incident {reference}",
            ).format(
                identifier=identifier, reference=format_reference(found.ref_year, found.ref_seq)
            )
        )


@dataclass(frozen=True)
class _Known:
    """What an alert's values are matched against: active categories in their
    order, districts and agencies by name."""

    categories: tuple[_CategoryRow, ...]
    districts: tuple[str, ...]
    agencies: tuple[str, ...]


def _known(session: Session) -> _Known:
    data = reference.load_in(session)
    return _Known(
        categories=tuple(_CategoryRow(c.code, c.title_sv, c.cap_codes) for c in data.categories),
        districts=data.districts,
        agencies=data.agencies,
    )


def _draft_of(
    alert: cap.Alert, info: cap.AlertInfo, known: _Known
) -> tuple[IncidentDraft, list[str]]:
    notes: list[str] = []
    occurred, reported = _times(alert, info, notes)
    area = next((a for a in info.areas if a.description.strip()), None)
    place = _one_line(area.description) if area else ""
    district = next((d for d in known.districts if d.casefold() == place.casefold()), None)
    latitude, longitude = _centre(info.areas, notes)
    description = _multi_line(info.description)
    if info.instruction.strip():
        description = (description + "\n\n" if description else "") + _multi_line(info.instruction)
    web = _one_line(info.web)
    texts = _trimmed(
        _masked(
            {
                "summary": _one_line(info.headline) or _one_line(info.event),
                "description": description,
                "place": "" if district else place,  # the district says it already
                "external_ref": alert.identifier.strip(),
                "external_url": web if _is_web_address(web) else "",
            },
            notes,
        ),
        notes,
    )
    sender = _one_line(info.sender_name)
    draft = IncidentDraft(
        occurred_at=occurred,
        reported_at=reported,
        category=_category_of(info, known.categories),
        severity=SEVERITY_OF_CAP.get(info.severity, 2),
        summary=texts["summary"],
        description=texts["description"],
        place=texts["place"],
        district=district,
        latitude=latitude,
        longitude=longitude,
        external_ref=texts["external_ref"],
        external_url=texts["external_url"],
        verified=info.certainty == "Observed",
        status=Status.NEW,
        source_agency=sender if sender in known.agencies else None,
    )
    return draft, notes


def _times(alert: cap.Alert, info: cap.AlertInfo, notes: list[str]) -> tuple[datetime, datetime]:
    """When it happened (onset, else effective, else sent) and when it was reported (sent)."""
    occurred = info.onset or info.effective or alert.sent
    if occurred > now() + FUTURE_TOLERANCE:
        name = "onset" if info.onset else "effective" if info.effective else "sent"
        raise ValidationError(
            {
                name: translate(
                    "cap_exchange",
                    "{time} lies in the future: the log records what "
                    "has happened, so import the alert once it has",
                ).format(time=cap.format_time(occurred))
            }
        )
    if occurred > alert.sent:
        # Warned of before it began: the office learnt of it no later than it began.
        notes.append(
            translate(
                "cap_exchange", "the alert was sent before its onset; reported as of the onset"
            )
        )
        return occurred, occurred
    return occurred, alert.sent


def _category_of(info: cap.AlertInfo, categories: tuple[_CategoryRow, ...]) -> str:
    """Our category: by our own code, else by a CAP code of ours, else by CAP's category."""
    codes = {c.code for c in categories}
    for code in info.codes(CATEGORY_CODE):
        if code.strip() in codes:
            return code.strip()
    for value in info.codes(CAP_CODE):
        for category in categories:
            if value.strip() in category.cap_codes:
                return category.code
    for cap_category in info.categories:
        found = _category_of_cap_category(cap_category, categories)
        if found is not None:
            return found
    return FALLBACK_CATEGORY if FALLBACK_CATEGORY in codes else categories[-1].code


def _category_of_cap_category(
    cap_category: str, categories: tuple[_CategoryRow, ...]
) -> str | None:
    """The first category whose CAP codes map to `cap_category`, one with a bare code
    (`crime`, not `crime.shooting`) first: a general alert is not a specific event."""
    matching = [c for c in categories if cap_category in cap_categories(c.cap_codes)]
    general = [
        c
        for c in matching
        if any("." not in code and CAP_CATEGORY_OF_PREFIX.get(code) for code in c.cap_codes)
    ]
    chosen = (general or matching)[:1]
    return chosen[0].code if chosen else None


_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_CIRCLE = re.compile(rf"({_NUMBER}),({_NUMBER})\s+({_NUMBER})")


# A circle this small marks a place; a larger one, or a polygon, marks an area,
# whose centre is nobody's place (the same rule as the police notices' `gps`,
# which is never stored as a place). Our own exports use 0.5 km.
PLACE_RADIUS_KM = 1.0


def _centre(
    areas: tuple[cap.AlertArea, ...], notes: list[str]
) -> tuple[float | None, float | None]:
    """The centre of the first small circle, rounded as exported ones are; an area
    larger than a place gives no coordinates (and a note saying so)."""
    for area in areas:
        for circle in area.circles:
            found = _CIRCLE.fullmatch(circle.strip())
            if found is None:
                continue
            latitude, longitude, radius = (float(found.group(i)) for i in (1, 2, 3))
            if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
                notes.append(
                    translate(
                        "cap_exchange",
                        "the area's coordinates ({circle}) are not on the earth: left out",
                    ).format(circle=circle[:40])
                )
                return None, None
            if radius > PLACE_RADIUS_KM:
                notes.append(
                    translate(
                        "cap_exchange",
                        "the alert's circle has a radius of {radius} km: an area, not a "
                        "place, so no coordinates were kept",
                    ).format(radius=_number(radius))
                )
                return None, None
            return round(latitude, COORDINATE_DECIMALS), round(longitude, COORDINATE_DECIMALS)
        if area.polygons:
            notes.append(
                translate(
                    "cap_exchange",
                    "the alert's area is a polygon, not a place: no coordinates were kept",
                )
            )
            return None, None
    return None, None


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    """Line breaks, tabs and runs of blanks become one space; control characters go."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _multi_line(text: str) -> str:
    """Lines kept, each without trailing blanks; control characters go; trimmed."""
    lines = (_CONTROL.sub("", line).rstrip() for line in text.strip().splitlines())
    return "\n".join(lines)


def _masked(texts: dict[str, str], notes: list[str]) -> dict[str, str]:
    """Identity numbers masked rather than the alert refused; the notes say where."""
    masked = {}
    for name, text in texts.items():
        hits = identity_numbers.find(text)
        if hits:
            note = translate("cap_exchange", _MASKED_IN[name])
            notes.append(note.format(count=integer(len(hits))))
        masked[name] = identity_numbers.mask(text) if hits else text
    return masked


def _trimmed(texts: dict[str, str], notes: list[str]) -> dict[str, str]:
    """Texts longer than the incident's fields take, shortened with an ellipsis."""
    trimmed = dict(texts)
    for name, text in texts.items():
        limit = TEXT_LIMITS[name][0]
        if len(text) <= limit:
            continue
        if name == "external_ref":
            # Not shortened: the identifier is what recognises the alert the next time.
            raise ValidationError(
                {
                    "identifier": translate(
                        "cap_exchange", "is longer than {limit} characters"
                    ).format(limit=integer(limit))
                }
            )
        if name == "external_url":
            trimmed[name] = ""  # half an address leads nowhere
            notes.append(
                translate(
                    "cap_exchange", "the web address was longer than {limit} characters: left out"
                ).format(limit=integer(limit))
            )
        else:
            trimmed[name] = text[: limit - 1].rstrip() + "…"
            notes.append(translate("cap_exchange", _SHORTENED[name]).format(limit=integer(limit)))
    return trimmed


def _number(value: float) -> str:
    """A number as it was written ("25", "2.5"), in the language's way ("2,5")."""
    written = f"{value:g}"
    if "e" in written or "." not in written:
        return integer(round(value)) if "e" not in written else written
    return decimal(value, len(written.split(".")[1]))

"""The roster as vCard 3.0 (what Outlook imports), and back.

Export writes one card per person with FN, N, ORG, TITLE, TEL (work and
cell), EMAIL, NOTE and a UID that stays the same for the person. Import is
all or nothing: the whole file is read and checked before anything is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import vobject

from app.errors import ValidationError, field_name
from app.exchange import text_files
from app.i18n import translate
from app.services import roster
from app.services.roster_types import AgencyDraft, Person, PersonDraft
from app.storage.database import Database

JOINT_MEETING = "X-SAMVERKAN-JOINT-MEETING"
# Control characters no text file holds (tab and line ends aside): a file that has
# them and does not parse is binary, not a damaged vCard.
_BINARY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# How much of the parser's complaint a message repeats (it quotes the bad line).
_COMPLAINT_MAX = 200


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    agencies_created: int


def export_people(path: Path, people: Sequence[Person]) -> int:
    """Write `people` to a .vcf file (UTF-8, CRLF line ends); returns how many."""
    text = "".join(card(person).serialize() for person in people)
    # newline="" keeps vobject's CRLF as it is, which the format requires.
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(text)
    return len(people)


def export_roster(db: Database, path: Path, *, include_inactive: bool = False) -> int:
    return export_people(path, roster.list_people(db, include_inactive=include_inactive))


def card(person: Person) -> Any:
    """One person's vCard (a vobject component)."""
    vcard = vobject.vCard()
    vcard.add("uid").value = roster.person_uid(person.id)
    vcard.add("fn").value = person.name
    given, _, family = person.name.rpartition(" ")
    vcard.add("n").value = vobject.vcard.Name(family=family, given=given)
    vcard.add("org").value = [person.agency]
    if person.title:
        vcard.add("title").value = person.title
    if person.phone:
        tel = vcard.add("tel")
        tel.value = person.phone
        tel.type_param = ["WORK", "VOICE"]
    if person.mobile:
        tel = vcard.add("tel")
        tel.value = person.mobile
        tel.type_param = ["CELL"]
    if person.email:
        email = vcard.add("email")
        email.value = person.email
        email.type_param = ["INTERNET"]
    if person.notes:
        vcard.add("note").value = person.notes
    if person.joint_meeting:
        vcard.add(JOINT_MEETING).value = "1"
    return vcard


@dataclass(frozen=True)
class _Card:
    number: int
    uid: str
    agency: str
    draft: PersonDraft  # agency_id not yet known


def import_roster(db: Database, path: Path) -> ImportResult:
    """Add or update the people of a .vcf file; nothing is written if any card is wrong.

    A card updates the person with its UID (when the name or the agency agrees
    too: UIDs come from another database's ids) or with its name in its
    agency; otherwise it adds a person. Agencies named in ORG are added.
    """
    # UTF-8 (with or without a BOM), UTF-16 with a BOM or Windows-1252, as the
    # versions of Outlook write it: read like the CSV import.
    cards = read_cards(text_files.decode(text_files.read_bytes(Path(path))))
    with db.writing() as session:
        agencies = {a.name: a.id for a in roster.load_agencies(session, include_inactive=True)}
        added_agencies = 0
        for item in cards:
            if item.agency not in agencies:
                try:
                    agencies[item.agency] = roster.insert_agency(session, AgencyDraft(item.agency))
                except ValidationError as error:
                    raise _card_error(
                        item.number, item.draft.name, {"org": "; ".join(error.errors.values())}
                    ) from None
                added_agencies += 1
        people = roster.load_people(session, include_inactive=True)
        by_uid = {roster.person_uid(p.id): p for p in people}
        by_name = {(p.name.casefold(), p.agency_id): p for p in people}
        created = updated = 0
        for item in cards:
            agency_id = agencies[item.agency]
            draft = replace(item.draft, agency_id=agency_id)
            same = by_uid.get(item.uid)
            if same is not None and same.name != draft.name and same.agency_id != agency_id:
                same = None
            same = same or by_name.get((draft.name.casefold(), agency_id))
            try:
                if same is None:
                    roster.insert_person(session, draft)
                    created += 1
                else:
                    kept = replace(draft, deputy_id=same.deputy_id)
                    roster.change_person(session, same.id, kept)
                    updated += 1
            except ValidationError as error:
                raise _card_error(item.number, draft.name, error.errors) from None
        return ImportResult(created, updated, added_agencies)


def read_cards(text: str) -> list[_Card]:
    """Every card of a file, checked; one ValidationError naming all the problems."""
    try:
        components = list(vobject.readComponents(text, ignoreUnreadable=False))
    except Exception as error:  # vobject raises several kinds for a damaged file
        if _BINARY.search(text):
            message = translate("vcard", "is not a vCard file: it holds binary data, not text")
            raise ValidationError({"file": message}) from None
        # The parser's own words (English): they quote the line it could not read.
        complaint = str(error)
        if len(complaint) > _COMPLAINT_MAX:
            complaint = complaint[:_COMPLAINT_MAX] + "…"
        message = translate("vcard", "is not a readable vCard file ({problem})")
        raise ValidationError({"file": message.format(problem=complaint)}) from None
    cards: list[_Card] = []
    errors: dict[str, str] = {}
    for number, component in enumerate(components, start=1):
        if component.name != "VCARD":
            card = translate("vcard", "card {number}").format(number=number)
            errors[card] = translate("vcard", "is a {kind}, not a VCARD").format(
                kind=component.name
            )
            continue
        item, problems = _read(number, component)
        name = item.draft.name or translate("vcard", "no name")
        for field, message in problems.items():
            errors[_card_field(number, name, field)] = message
        cards.append(item)
    if not components:
        errors["file"] = translate("vcard", "holds no vCards")
    if errors:
        raise ValidationError(errors)
    return cards


def _read(number: int, component: Any) -> tuple[_Card, dict[str, str]]:
    def value(name: str) -> str:
        found = component.contents.get(name)
        return str(found[0].value).strip() if found else ""

    name = value("fn")
    if not name and "n" in component.contents:
        n = component.n.value
        name = " ".join(part for part in (n.given, n.family) if part).strip()
    org = component.contents.get("org")
    agency = str(org[0].value[0]) if org and org[0].value else ""
    # The roster stores names stripped and in NFC: the same form finds the agency.
    agency = unicodedata.normalize("NFC", agency.strip())
    phone = mobile = ""
    for tel in component.contents.get("tel", ()):
        kinds = {str(k).upper() for k in tel.params.get("TYPE", ())}
        if "CELL" in kinds and not mobile:
            mobile = str(tel.value)
        elif not phone:
            phone = str(tel.value)
    draft = PersonDraft(
        name=name,
        agency_id=0,  # a stand-in: the agency is looked up (or added) by name
        title=value("title"),
        phone=phone,
        mobile=mobile,
        email=value("email"),
        joint_meeting=value(JOINT_MEETING.lower()) == "1",
        notes=str(component.note.value) if "note" in component.contents else "",
    )
    problems = roster.person_field_errors(draft)
    problems.pop("agency_id", None)
    if not agency:
        problems["org"] = translate("vcard", "is required: the agency the person belongs to")
    else:
        problem = roster.agency_name_problem(agency)
        if problem:
            problems["org"] = problem
    return _Card(number, value("uid"), agency, draft), problems


def _card_field(number: int, name: str, field: str) -> str:
    """Where a problem is: "card 2 (Anna Berg) email", in Swedish "kort 2 (Anna Berg)
    e-post" (the field by its name, app.errors.field_name)."""
    return translate("vcard", "card {number} ({name}) {field}").format(
        number=number, name=name, field=field_name(field)
    )


def _card_error(number: int, name: str, errors: dict[str, str]) -> ValidationError:
    return ValidationError({_card_field(number, name, f): m for f, m in errors.items()})

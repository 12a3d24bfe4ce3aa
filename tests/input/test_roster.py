"""The roster and its vCard import: stored and read back exactly, or refused by field.

Normalisation: a person's name and title are stripped and put in Unicode NFC
(a decomposed å is the same name as a composed one); e-mail is stripped;
notes are kept exactly. A vCard import is all or nothing. vCard writes a line
end in NOTE as "\\n", so a note that went out and came back has \\n for every
\\r\\n and lone \\r (the one change the round trip makes).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.tables import AGENCY, PERSON
from app.errors import ValidationError
from app.exchange import vcard
from app.services import roster
from app.services.roster_types import AgencyDraft, PersonDraft
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    check_refusal,
    clean_line,
    count_rows,
    text_refused,
    texts,
    tried,
)

FIELDS = {"name": (120, False), "title": (120, False), "notes": (4000, True)}


def _agency(db: Database) -> int:
    return roster.list_agencies(db)[0].id


def _clean(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


@BOUNDED
@given(field=st.sampled_from(sorted(FIELDS)), value=texts)
def test_a_persons_text_is_kept_or_refused_by_name(db: Database, field: str, value: str) -> None:
    tried()
    limit, multiline = FIELDS[field]
    fields: dict[str, Any] = {"name": "Åsa Öberg", field: value}
    expected = value if field == "notes" else _clean(value)
    before = count_rows(db, PERSON)
    try:
        person = roster.create_person(db, PersonDraft(agency_id=_agency(db), **fields))
    except ValidationError as error:
        assert text_refused(expected, limit, multiline=multiline, required=field == "name")
        check_refusal(error, field)
        assert count_rows(db, PERSON) == before
        return
    assert not text_refused(expected, limit, multiline=multiline, required=field == "name")
    assert getattr(roster.get_person(db, person.id), field) == expected


@BOUNDED
@given(value=texts)
def test_an_agencys_name_and_notes_are_kept_or_refused(db: Database, value: str) -> None:
    tried()
    before = count_rows(db, AGENCY)
    try:
        agency = roster.create_agency(db, AgencyDraft("Myndighet " + str(before), notes=value))
    except ValidationError as error:
        assert text_refused(value, 4000, multiline=True)
        check_refusal(error, "notes")
        assert count_rows(db, AGENCY) == before
        return
    assert roster.get_agency(db, agency.id).notes == value


@BOUNDED
@given(name=clean_line, title=clean_line, notes=texts)
def test_a_vcard_export_imports_back_to_the_same_person(
    db: Database, tmp_path: Path, name: str, title: str, notes: str
) -> None:
    """Export, then import into the same roster: the card updates its person (by UID)
    and every field comes back as it was."""
    tried()
    name = name.strip() or "Namnlös"
    try:
        person = roster.create_person(
            db, PersonDraft(name, _agency(db), title=title, notes=notes, email="a@b.se")
        )
    except ValidationError:
        assert text_refused(notes, 4000, multiline=True) or text_refused(_clean(title), 120)
        return
    path = tmp_path / "roster.vcf"
    vcard.export_people(path, [person])
    before = count_rows(db, PERSON, AGENCY)
    result = vcard.import_roster(db, path)
    assert (result.created, result.updated, result.agencies_created) == (0, 1, 0)
    assert count_rows(db, PERSON, AGENCY) == before
    again = roster.get_person(db, person.id)
    one_kind_of_line_end = notes.replace("\r\n", "\n").replace("\r", "\n")
    assert replace(again, version=person.version) == replace(person, notes=one_kind_of_line_end)


GOOD_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Öberg\r\nN:Öberg;Åsa;;;\r\n"
    "ORG:Polisen Syd\r\nEND:VCARD\r\n"
)
BAD_FILES = {
    "truncated": GOOD_CARD[:40].encode(),
    "no end": GOOD_CARD.replace("END:VCARD\r\n", "").encode(),
    "empty": b"",
    "not a card": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    "nul in name": GOOD_CARD.replace("Åsa Öberg", "Å\x00sa").encode(),
    "control in note": (GOOD_CARD.replace("END:", "NOTE:a\x1bb\r\nEND:")).encode(),
    "100,000 characters of note": GOOD_CARD.replace(
        "END:", "NOTE:" + "x" * 100_000 + "\r\nEND:"
    ).encode(),
    "organisation too long": GOOD_CARD.replace("Polisen Syd", "P" * 200).encode(),
    "no organisation": GOOD_CARD.replace("ORG:Polisen Syd\r\n", "").encode(),
    "good card then a bad one": (GOOD_CARD + GOOD_CARD.replace("Åsa Öberg", "Bo\x00")).encode(),
    "bad e-mail": GOOD_CARD.replace("END:", "EMAIL:inte en adress\r\nEND:").encode(),
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_malformed_vcard_file_is_refused_and_nothing_written(
    db: Database, tmp_path: Path, content: bytes
) -> None:
    tried()
    path = tmp_path / "bad.vcf"
    path.write_bytes(content)
    before = count_rows(db, PERSON, AGENCY)
    with pytest.raises(ValidationError) as refused:
        vcard.import_roster(db, path)
    assert all(message.strip() and len(message) < 400 for message in refused.value.errors.values())
    assert count_rows(db, PERSON, AGENCY) == before


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "utf-8"])
def test_a_vcard_file_in_another_encoding_is_read_like_the_csv_import(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    """Windows-1252 (older Outlook), UTF-16 with its mark, UTF-8 with or without one."""
    tried()
    path = tmp_path / "card.vcf"
    path.write_bytes(GOOD_CARD.encode(encoding))
    result = vcard.import_roster(db, path)
    assert (result.created, result.updated) == (1, 0)
    names = {p.name for p in roster.list_people(db)}
    assert "Åsa Öberg" in names
    assert "Polisen Syd" in {a.name for a in roster.list_agencies(db)}


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)), bytes(range(256)) * 50, b"\xef\xbb\xbf" + GOOD_CARD.encode("cp1252")],
    ids=["binary garbage", "much binary garbage", "a UTF-8 mark before Windows-1252"],
)
def test_a_file_that_is_not_vcard_text_is_refused_with_a_short_message(
    db: Database, tmp_path: Path, content: bytes
) -> None:
    tried()
    path = tmp_path / "bad.vcf"
    path.write_bytes(content)
    before = count_rows(db, PERSON, AGENCY)
    with pytest.raises(ValidationError) as refused:
        vcard.import_roster(db, path)
    check_refusal(refused.value, "file")
    assert count_rows(db, PERSON, AGENCY) == before


def test_a_folder_given_as_a_vcard_file_is_refused_in_one_line(
    db: Database, tmp_path: Path
) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        vcard.import_roster(db, tmp_path)
    check_refusal(refused.value, "file")
    assert "folder" in refused.value.errors["file"]


def test_a_bad_organisation_is_refused_naming_the_card(db: Database, tmp_path: Path) -> None:
    tried()
    path = tmp_path / "bad.vcf"
    path.write_bytes(GOOD_CARD.replace("Polisen Syd", "Polisen\x00").encode())
    with pytest.raises(ValidationError) as refused:
        vcard.import_roster(db, path)
    assert any(key.startswith("card 1") and "org" in key for key in refused.value.errors)


@pytest.mark.parametrize("email", ["a\x00@b.se", "a\ud800@b.se"], ids=["nul", "surrogate"])
def test_an_email_with_a_forbidden_character_is_refused(db: Database, email: str) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        roster.create_person(db, PersonDraft("Bo", _agency(db), email=email))
    check_refusal(refused.value, "email")


@pytest.mark.parametrize("where", ["person", "person title", "agency", "vcard"])
def test_an_identity_number_in_roster_notes_is_refused(
    db: Database, tmp_path: Path, where: str
) -> None:
    tried()
    notes = "Ring om 811218-9876"
    before = count_rows(db, PERSON, AGENCY)
    with pytest.raises(ValidationError) as refused:
        if where == "person":
            roster.create_person(db, PersonDraft("Bo", _agency(db), notes=notes))
        elif where == "person title":
            roster.create_person(db, PersonDraft("Bo", _agency(db), title=notes))
        elif where == "agency":
            roster.create_agency(db, AgencyDraft("Ny myndighet", notes=notes))
        else:
            path = tmp_path / "card.vcf"
            path.write_bytes(GOOD_CARD.replace("END:", f"NOTE:{notes}\r\nEND:").encode())
            vcard.import_roster(db, path)
    field = "title" if where == "person title" else "notes"
    named = [key for key in refused.value.errors if key.endswith(field)]
    assert named, refused.value.errors
    assert "at character 9" in refused.value.errors[named[0]]
    assert count_rows(db, PERSON, AGENCY) == before


@pytest.mark.parametrize("field", ["phone", "mobile"])
def test_a_refused_phone_number_is_not_repeated_whole(db: Database, field: str) -> None:
    tried()
    value = "1" * 100_000
    fields: dict[str, Any] = {field: value}
    with pytest.raises(ValidationError) as refused:
        roster.create_person(db, PersonDraft("Bo", _agency(db), **fields))
    check_refusal(refused.value, field)
    assert "100,000 characters" in refused.value.errors[field]


def test_a_long_email_address_is_not_repeated_whole(db: Database) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        roster.create_person(db, PersonDraft("Bo", _agency(db), email="a" * 100_000 + "@b.se"))
    check_refusal(refused.value, "email")

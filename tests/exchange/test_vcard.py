"""vCard export and import of the roster, and the roster's command-line handlers."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
import vobject

from app.commands import roster as roster_commands
from app.demo.roster import ensure_roster
from app.errors import ValidationError
from app.exchange.vcard import export_people, export_roster, import_roster
from app.i18n import set_language
from app.services import roster
from app.settings import sqlite_url
from app.storage.database import Database, open_database


@pytest.fixture
def roster_db(db: Database) -> Database:
    with db.writing() as session:
        ensure_roster(session)
    return db


def test_written_cards_parse_back_with_the_same_values(roster_db: Database, tmp_path: Path) -> None:
    people = roster.list_people(roster_db)
    path = tmp_path / "roster.vcf"
    assert export_people(path, people) == len(people)
    raw = path.read_bytes()
    assert b"\r\n" in raw and "Åkesson".encode() in raw
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == len(people)
    for person, card in zip(people, cards, strict=True):
        assert card.version.value == "3.0"
        assert card.fn.value == person.name
        assert card.org.value == [person.agency]
        assert card.title.value == person.title
        assert card.uid.value == roster.person_uid(person.id)
        tels = {tuple(t.params["TYPE"]): t.value for t in card.contents["tel"]}
        assert tels[("WORK", "VOICE")] == person.phone
        assert tels[("CELL",)] == person.mobile
        assert card.email.value == person.email
        assert card.email.params["TYPE"] == ["INTERNET"]


def test_uid_is_stable(roster_db: Database, tmp_path: Path) -> None:
    one, two = tmp_path / "a.vcf", tmp_path / "b.vcf"
    export_roster(roster_db, one)
    export_roster(roster_db, two)
    assert one.read_bytes() == two.read_bytes()


def test_round_trip_into_an_empty_database(roster_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.vcf"
    export_roster(roster_db, path)
    other = open_database(sqlite_url(tmp_path / "other.db"), account="tester")
    try:
        result = import_roster(other, path)
        before = roster.list_people(roster_db)
        assert result.created == len(before) and result.updated == 0
        assert result.agencies_created == len({p.agency for p in before})
        after = roster.list_people(other)
        fields = ("name", "title", "agency", "phone", "mobile", "email", "joint_meeting")
        assert [tuple(getattr(p, f) for f in fields) for p in after] == [
            tuple(getattr(p, f) for f in fields) for p in before
        ]
        again = import_roster(other, path)  # the same file again changes, not adds
        assert (again.created, again.updated) == (0, len(before))
    finally:
        other.close()


def test_import_updates_the_same_person(roster_db: Database, tmp_path: Path) -> None:
    person = roster.search_people(roster_db, "Leila")[0]
    path = tmp_path / "one.vcf"
    export_people(path, [person])
    text = path.read_text(encoding="utf-8").replace("Säkerhetschef", "Säkerhetsdirektör")
    path.write_text(text, encoding="utf-8")
    result = import_roster(roster_db, path)
    assert (result.created, result.updated) == (0, 1)
    changed = roster.get_person(roster_db, person.id)
    assert changed.title == "Säkerhetsdirektör"
    assert changed.deputy_id == person.deputy_id  # vCards carry no deputy: kept


BROKEN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ny Person\r\nORG:Ny myndighet\r\n"
    "TEL;TYPE=CELL:070-174 06 50\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Östen Fel\r\nORG:Ny myndighet\r\n"
    "TEL;TYPE=WORK:123\r\nEMAIL:inte-en-adress\r\nEND:VCARD\r\n"
)


def test_a_broken_file_writes_nothing(roster_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text(BROKEN, encoding="utf-8")
    before = roster.list_people(roster_db, include_inactive=True)
    agencies = roster.list_agencies(roster_db, include_inactive=True)
    with pytest.raises(ValidationError) as caught:
        import_roster(roster_db, path)
    assert set(caught.value.errors) == {"card 2 (Östen Fel) phone", "card 2 (Östen Fel) email"}
    assert roster.list_people(roster_db, include_inactive=True) == before
    assert roster.list_agencies(roster_db, include_inactive=True) == agencies
    path.write_text("this is not a vCard", encoding="utf-8")
    with pytest.raises(ValidationError, match="file"):
        import_roster(roster_db, path)


def test_a_broken_card_names_its_fields_in_swedish(roster_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text(BROKEN, encoding="utf-8")
    set_language("sv")
    try:
        with pytest.raises(ValidationError) as caught:
            import_roster(roster_db, path)
    finally:
        set_language("en")
    assert set(caught.value.errors) == {"kort 2 (Östen Fel) telefon", "kort 2 (Östen Fel) e-post"}


def _parse(argv: list[str]) -> tuple[argparse.Namespace, dict[str, roster_commands.Handler]]:
    parser = argparse.ArgumentParser()
    handlers = roster_commands.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv), handlers


def test_command_handlers(roster_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.vcf"
    args, handlers = _parse(["export-roster", str(path)])
    assert set(handlers) == {"export-roster", "import-roster", "roster-pdf"}
    active = len(roster.list_people(roster_db))
    assert handlers[args.command](roster_db, args) == f"exported {active} people to {path}"
    args, _ = _parse(["export-roster", str(path), "--include-inactive"])
    assert str(active + 1) in handlers[args.command](roster_db, args)
    args, _ = _parse(["import-roster", str(path)])
    assert f"updated {active + 1}" in handlers[args.command](roster_db, args)
    pdf = tmp_path / "out.pdf"
    args, _ = _parse(["roster-pdf", str(pdf), "--municipality", "Botkyrka"])
    assert "5 joint-meeting members" in handlers[args.command](roster_db, args)
    assert pdf.read_bytes().startswith(b"%PDF")

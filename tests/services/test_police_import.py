"""The police's event notices into the incident log: preview, import, again, updates, conflicts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.vocabulary import Role
from app.errors import AccessDenied, ValidationError
from app.exchange.police_events import PoliceEvent, read_events
from app.i18n import set_language
from app.services import incident_query, incidents, office_settings, police_import, users
from app.services.incident_types import IncidentQuery
from app.services.police_import import NoticeAction
from app.storage.database import Database

DATA = Path(__file__).resolve().parent.parent / "data" / "police-events"


@pytest.fixture(scope="module")
def botkyrka() -> list[PoliceEvent]:
    return read_events((DATA / "botkyrka-2023-2026.json").read_bytes())


@pytest.fixture(scope="module")
def raw_botkyrka() -> list[dict[str, object]]:
    return list(json.loads((DATA / "botkyrka-2023-2026.json").read_text(encoding="utf-8")))


def _count(db: Database) -> int:
    return incident_query.count(db, IncidentQuery())


def _by_ref(db: Database, event_id: int) -> list[int]:
    """Ids of incidents whose external reference is the notice's id."""
    return [
        incident_id
        for incident_id in incident_query.ids(db, IncidentQuery())
        if incidents.get(db, incident_id).external_ref == str(event_id)
    ]


def test_the_preview_counts_the_municipalitys_notices_and_writes_nothing(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent], raw_botkyrka: list[dict]
) -> None:
    plan = police_import.preview(db, botkyrka, "Botkyrka")
    # Counted from the raw JSON another way: the municipality is the name's last part.
    expected = sum(
        1 for e in raw_botkyrka if str(e["name"]).rsplit(",", 1)[-1].strip() == "Botkyrka"
    )
    assert len(plan.plans) == expected
    assert plan.events_in_file == len(raw_botkyrka)
    assert plan.other_municipality == len(raw_botkyrka) - expected
    assert plan.count(NoticeAction.NEW) == expected
    assert plan.source_agency == "Lokalpolisområde Botkyrka"  # the local police first
    assert _count(db) == 0


def test_each_notice_becomes_an_incident_as_the_issue_describes(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    result = police_import.run(db, botkyrka, "Botkyrka")
    plan_size = len(police_import.preview(db, botkyrka, "Botkyrka").plans)
    assert result.created == plan_size == _count(db)
    event = next(e for e in botkyrka if e.type == "Skottlossning")
    (incident_id,) = _by_ref(db, event.event_id)
    stored = incidents.get(db, incident_id)
    assert stored.occurred_at == event.occurred_at
    assert stored.reported_at == max(event.published_at, event.occurred_at)
    assert stored.category == "SHOOT"
    assert stored.severity == 3
    assert stored.source_agency == "Lokalpolisområde Botkyrka"
    assert stored.verified is False
    assert stored.external_ref == str(event.event_id)
    assert stored.external_url == event.url
    assert stored.external_url.startswith("https://polisen.se/aktuellt/handelser/")
    assert stored.latitude is None and stored.longitude is None  # gps is the area's centre
    assert stored.place == ""
    assert event.summary.split()[0] in stored.summary
    assert event.title in stored.description


def test_the_district_comes_from_the_text_when_it_names_one(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    others = ("Alby", "Hallunda", "Norsborg", "Tumba", "Tullinge", "Vårsta", "Grödinge")
    named = [
        e
        for e in botkyrka
        if "Fittja" in e.summary and not any(o in e.title + e.summary for o in others)
    ][:3]
    assert named, "the real notices mention Fittja"
    for event in named:
        (incident_id,) = _by_ref(db, event.event_id)
        assert incidents.get(db, incident_id).district == "Fittja"


def test_importing_the_same_file_again_creates_nothing(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    first = police_import.run(db, botkyrka, "Botkyrka")
    again = police_import.run(db, botkyrka, "Botkyrka")
    assert again.created == 0 and again.updated == 0
    assert again.unchanged == first.created
    assert _count(db) == first.created


def test_a_notice_the_police_changed_updates_its_incident(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    changed = replace(botkyrka[0], summary="Uppdaterad: två personer gripna.", type="Rån")
    events = [changed, *botkyrka[1:]]
    plan = police_import.preview(db, events, "Botkyrka")
    assert plan.count(NoticeAction.UPDATE) == 1
    assert plan.count(NoticeAction.CONFLICT) == 0
    result = police_import.run(db, events, "Botkyrka")
    assert result.updated == 1 and result.created == 0
    (incident_id,) = _by_ref(db, changed.event_id)
    stored = incidents.get(db, incident_id)
    assert stored.summary == "Uppdaterad: två personer gripna."
    assert stored.category == "VIOL"  # the new type's category (Rån)
    assert stored.version == 2
    assert stored.updated_by == "tester"  # recorded as a change, by whoever imported


def test_an_officers_edit_is_kept_unless_the_officer_takes_the_police_text(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    first, second = botkyrka[0], botkyrka[1]
    for event in (first, second):
        (incident_id,) = _by_ref(db, event.event_id)
        current = incidents.get(db, incident_id)
        incidents.update(db, incident_id, replace(current.draft(), summary="Officer's words"))
    events = [
        replace(first, summary="Polisens nya text 1"),
        replace(second, summary="Polisens nya text 2"),
        *botkyrka[2:],
    ]
    plan = police_import.preview(db, events, "Botkyrka")
    assert {c.event.event_id for c in plan.conflicts} == {first.event_id, second.event_id}
    assert all(c.incident_reference for c in plan.conflicts)
    result = police_import.run(db, events, "Botkyrka", take_police={second.event_id})
    assert result.kept == 1 and result.updated == 1
    (kept_id,) = _by_ref(db, first.event_id)
    (taken_id,) = _by_ref(db, second.event_id)
    assert incidents.get(db, kept_id).summary == "Officer's words"
    assert incidents.get(db, taken_id).summary == "Polisens nya text 2"
    # Decided once: the same file again asks nothing.
    assert police_import.preview(db, events, "Botkyrka").conflicts == ()


def test_an_incident_an_officer_deleted_is_not_brought_back(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    (incident_id,) = _by_ref(db, botkyrka[0].event_id)
    incidents.delete(db, incident_id)
    before = _count(db)
    plan = police_import.preview(db, botkyrka, "Botkyrka")
    assert plan.count(NoticeAction.DELETED) == 1
    result = police_import.run(db, botkyrka, "Botkyrka")
    assert result.created == 0 and result.deleted == 1
    assert _count(db) == before


def test_types_without_a_category_are_filed_as_other_and_listed(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    odd = replace(botkyrka[0], type="Alldeles ny händelsetyp")
    plan = police_import.preview(db, [odd], "Botkyrka")
    assert plan.unmapped_types == (("Alldeles ny händelsetyp", 1),)
    assert plan.plans[0].category == "OTHER"


def test_an_administrator_maps_a_type_and_imports_follow_it(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    users.sign_in(db)  # the first user: administrator
    fire = [e for e in botkyrka if e.type == "Brand"]
    assert police_import.preview(db, fire, "Botkyrka").plans[0].category == "FIRE"
    assert police_import.set_type_mappings(db, {"Brand": "VAND"}) == 1
    mapping = {m.police_type: m for m in police_import.type_mappings(db)}
    assert mapping["Brand"].category == "VAND" and mapping["Brand"].changed
    assert all(p.category == "VAND" for p in police_import.preview(db, fire, "Botkyrka").plans)
    # Back to the default: the office's own row goes.
    police_import.set_type_mappings(db, {"Brand": "FIRE"})
    assert not {m.police_type: m for m in police_import.type_mappings(db)}["Brand"].changed


def test_a_mapping_to_no_category_is_refused_by_name(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        police_import.set_type_mappings(db, {"Brand": "NOPE"})
    assert "NOPE" in caught.value.errors["Brand"]


def test_only_administrators_map_types(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    users.add_user(db, "kommun\\annan", "Annan", Role.COORDINATOR)
    other = Database(db.engine, "kommun\\annan")
    with pytest.raises(AccessDenied):
        police_import.set_type_mappings(other, {"Brand": "VAND"})


def test_the_municipality_defaults_to_the_settings_and_must_be_known(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    with pytest.raises(ValidationError) as caught:
        police_import.preview(db, botkyrka)
    assert "municipality" in caught.value.errors
    users.sign_in(db)
    office_settings.set_setting(db, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    assert police_import.preview(db, botkyrka).plans  # "Botkyrka kommun" is Botkyrka


def test_a_refused_notice_names_the_notice_and_the_field_in_the_language(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    users.sign_in(db)
    bell = replace(botkyrka[0], summary="Bil\x07brand")  # a control character: refused
    with pytest.raises(ValidationError) as caught:
        police_import.run(db, [bell], "Botkyrka")
    assert set(caught.value.errors) == {"notice 649137, summary", "notice 649137, description"}
    set_language("sv")
    try:
        with pytest.raises(ValidationError) as caught:
            police_import.run(db, [bell], "Botkyrka")
    finally:
        set_language("en")
    assert set(caught.value.errors) == {
        "notis 649137, sammanfattning",
        "notis 649137, beskrivning",
    }
    assert _count(db) == 0


def test_an_identity_number_in_a_notice_is_masked(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    leaked = replace(botkyrka[0], summary="Mannen, 811218-9876, greps på platsen.")
    plan = police_import.preview(db, [leaked], "Botkyrka")
    assert plan.masked == 1
    police_import.run(db, [leaked], "Botkyrka")
    (incident_id,) = _by_ref(db, leaked.event_id)
    stored = incidents.get(db, incident_id)
    assert "811218-9876" not in stored.summary + stored.description


def test_a_notice_announced_ahead_waits_until_it_has_happened(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    ahead = replace(
        botkyrka[0],
        published_at=fixed_clock - timedelta(hours=1),
        occurred_at=fixed_clock + timedelta(days=2),
    )
    plan = police_import.preview(db, [ahead], "Botkyrka")
    assert plan.count(NoticeAction.LATER) == 1
    assert police_import.run(db, [ahead], "Botkyrka").later == 1
    assert _count(db) == 0


def test_the_whole_county_file_imports_one_municipality(
    db: Database, fixed_clock: datetime
) -> None:
    events = read_events((DATA / "stockholms-lan-2023-2026.json").read_bytes())
    result = police_import.run(db, events, "Huddinge")
    raw = json.loads((DATA / "stockholms-lan-2023-2026.json").read_text(encoding="utf-8"))
    huddinge = {e["id"] for e in raw if str(e["name"]).rsplit(",", 1)[-1].strip() == "Huddinge"}
    assert result.created + result.later == len(huddinge)
    assert _count(db) == result.created


def test_a_kept_edit_meets_the_polices_next_change_as_a_conflict_again(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    (incident_id,) = _by_ref(db, botkyrka[0].event_id)
    current = incidents.get(db, incident_id)
    incidents.update(db, incident_id, replace(current.draft(), description="OFFICER NOTE"))
    changed_once = [replace(botkyrka[0], summary="Ändrad en gång"), *botkyrka[1:]]
    assert police_import.run(db, changed_once, "Botkyrka").kept == 1
    assert police_import.preview(db, changed_once, "Botkyrka").conflicts == ()  # asked once
    changed_twice = [replace(botkyrka[0], summary="Ändrad två gånger"), *botkyrka[1:]]
    plan = police_import.preview(db, changed_twice, "Botkyrka")
    assert [c.event.event_id for c in plan.conflicts] == [botkyrka[0].event_id]
    police_import.run(db, changed_twice, "Botkyrka")
    assert incidents.get(db, incident_id).description == "OFFICER NOTE"


def test_a_choice_made_on_the_preview_does_not_overwrite_a_later_save(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    police_import.run(db, botkyrka, "Botkyrka")
    (incident_id,) = _by_ref(db, botkyrka[0].event_id)
    current = incidents.get(db, incident_id)
    incidents.update(db, incident_id, replace(current.draft(), summary="Första redigeringen"))
    events = [replace(botkyrka[0], summary="Polisens nya text"), *botkyrka[1:]]
    (conflict,) = police_import.preview(db, events, "Botkyrka").conflicts
    # A colleague saves again after the officer looked at the preview.
    later = incidents.get(db, incident_id)
    incidents.update(db, incident_id, replace(later.draft(), summary="Kollegans redigering"))
    result = police_import.run(
        db, events, "Botkyrka", take_police={conflict.event.event_id: conflict.incident_version}
    )
    assert result.kept == 1
    assert incidents.get(db, incident_id).summary == "Kollegans redigering"


def test_a_notice_repeated_in_the_file_is_counted_once_and_said(
    db: Database, fixed_clock: datetime, botkyrka: list[PoliceEvent]
) -> None:
    plan = police_import.preview(db, [botkyrka[0], botkyrka[0]], "Botkyrka")
    assert len(plan.plans) == 1
    assert plan.repeated == 1 and plan.other_municipality == 0


def test_a_type_longer_than_the_column_is_refused_by_name(
    db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        police_import.set_type_mappings(db, {"x" * 121: "FIRE"})
    assert "longer than 120" in " ".join(caught.value.errors.values())

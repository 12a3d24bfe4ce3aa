"""Reading the police's public events: the real files, their times, places and errors.

Counts are checked against the raw JSON by other means than the module's
(`location.name` for the old format, `str.endswith` on `name`, the year in the
notice's address), so that a mistake in the module cannot agree with itself.
"""

from __future__ import annotations

import dataclasses
import json
import time
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.clock import LOCAL_TZ
from app.errors import ValidationError
from app.exchange.police_events import (
    DEFAULT_TYPE_CATEGORIES,
    POLICE_BASE_URL,
    PoliceEvent,
    content_fingerprint,
    default_category,
    find_district,
    for_municipality,
    municipality_of,
    occurred_time,
    published_time,
    read_events,
)
from app.i18n import set_language
from app.services import reference
from app.storage.database import Database

DATA = Path(__file__).parent.parent / "data" / "police-events"
FILES = {
    "botkyrka-2023-2026.json": 334,
    "stockholms-lan-2023-2026.json": 8833,
    "api-snapshot-2025-12-15.json": 500,
    "api-snapshot-2026-08-22.json": 500,
}
COUNTY = "stockholms-lan-2023-2026.json"
BOTKYRKA_DISTRICTS = (
    "Alby",
    "Fittja",
    "Hallunda",
    "Norsborg",
    "Tumba",
    "Tullinge",
    "Vårsta",
    "Grödinge",
    "Storvreten",
    "Eriksberg",
)
SWEDISH_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def raw(file: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = json.loads((DATA / file).read_text(encoding="utf-8"))
    return events


def events_of(file: str) -> list[PoliceEvent]:
    return read_events((DATA / file).read_bytes())


def local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A Stockholm wall-clock time, in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)


def event_json(**fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": 649137,
        "datetime": "2026-08-12 7:17:55 +02:00",
        "name": "12 augusti 03.13, Skadegörelse, Botkyrka",
        "summary": "En man i Norsborgs tunnelbanestation uppträdde hotfullt.",
        "url": "/aktuellt/handelser/2026/augusti/12/12-augusti-03.13-skadegorelse-botkyrka/",
        "type": "Skadegörelse",
        "location": {"name": "Stockholms län", "gps": "59.602496,18.138438"},
    }
    event.update(fields)
    return event


def as_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- the real files


@pytest.mark.parametrize(("file", "count"), FILES.items())
def test_every_event_of_the_real_files_is_read(file: str, count: int) -> None:
    events = events_of(file)
    assert len(events) == count
    assert [event.event_id for event in events] == [item["id"] for item in raw(file)]
    for event, item in zip(events, raw(file), strict=True):
        assert event.published_at.tzinfo is UTC and event.occurred_at.tzinfo is UTC
        assert event.url == POLICE_BASE_URL + item["url"]
        assert event.type == item["type"].strip()
        assert event.summary == item["summary"].strip()
        assert event.municipality and event.municipality == event.municipality.strip()


def test_botkyrka_in_the_county_file_in_both_location_formats() -> None:
    items = raw(COUNTY)
    # The old format by its location, the new one by the end of the name.
    old = {i["id"] for i in items if i["location"]["name"] == "Botkyrka"}
    new = {
        i["id"]
        for i in items
        if i["location"]["name"] == "Stockholms län" and i["name"].endswith(", Botkyrka")
    }
    assert (len(old), len(new)) == (287, 47)

    found = for_municipality(events_of(COUNTY), "Botkyrka")

    assert {event.event_id for event in found} == old | new
    assert len(found) == 334
    # The archive's own Botkyrka file holds exactly these notices.
    assert {item["id"] for item in raw("botkyrka-2023-2026.json")} == old | new


def test_every_municipality_of_the_old_format_is_its_location() -> None:
    items = raw(COUNTY)
    events = {event.event_id: event for event in events_of(COUNTY)}
    expected = Counter(
        i["location"]["name"] for i in items if not i["location"]["name"].endswith(" län")
    )
    found = Counter(
        events[i["id"]].municipality for i in items if not i["location"]["name"].endswith(" län")
    )
    # One notice's location says Järfälla while its name and summary are about
    # Upplands-Bro: the name wins.
    expected["Järfälla"] -= 1
    expected["Upplands-Bro"] += 1
    assert found == expected
    assert events[472285].municipality == "Upplands-Bro"


def test_the_new_format_counts_per_municipality() -> None:
    items = raw("api-snapshot-2026-08-22.json")
    assert all(i["location"]["name"].endswith(" län") for i in items)
    events = events_of("api-snapshot-2026-08-22.json")
    for municipality, count in (("Malmö", 19), ("Stockholm", 15), ("Umeå", 11), ("Ånge", 2)):
        assert sum(i["name"].endswith(", " + municipality) for i in items) == count
        assert len(for_municipality(events, municipality)) == count
    # County-wide notices keep the county as their place and match no municipality.
    assert len(for_municipality(events, "Hallands län")) == 17
    assert for_municipality(events, "Botkyrka") == []


def test_the_snapshot_before_the_change_mixes_both_formats() -> None:
    events = events_of("api-snapshot-2025-12-15.json")
    locations = Counter(
        i["location"]["name"].endswith(" län") for i in raw("api-snapshot-2025-12-15.json")
    )
    assert locations == {False: 359, True: 141}
    assert [e.title for e in for_municipality(events, "Botkyrka")] == [
        i["name"] for i in raw("api-snapshot-2025-12-15.json") if i["name"].endswith(", Botkyrka")
    ]


def test_municipality_names_compare_case_insensitively_and_composed() -> None:
    events = events_of(COUNTY)
    decomposed = unicodedata.normalize("NFD", "Södertälje")
    assert decomposed != "Södertälje"
    for name in ("Botkyrka", "botkyrka", " BOTKYRKA ", "Botkyrka kommun"):
        assert len(for_municipality(events, name)) == 334
    assert len(for_municipality(events, decomposed)) == 621
    assert len(for_municipality(events, "Stockholm")) == 3857
    assert len(for_municipality(events, "Stockholms stad")) == 3857
    assert len(for_municipality(events, "Stockholms län")) == 210
    assert for_municipality(events, "Botkyrk") == []
    assert for_municipality(events, "Bro") == []


@pytest.mark.parametrize(
    ("official", "in_notices"), [("Falu kommun", "Falun"), ("Region Gotland", "Gotland")]
)
def test_official_names_that_are_not_the_place_name(official: str, in_notices: str) -> None:
    notice = event_json(
        name=f"3 mars 10:15, Brand, {in_notices}", location={"name": in_notices, "gps": "1,1"}
    )
    events = read_events(as_bytes([notice]))
    assert len(for_municipality(events, official)) == 1


def test_every_year_agrees_with_the_date_in_the_notice_address() -> None:
    # The address carries a date the police set on publishing, with its year:
    # /aktuellt/handelser/2026/augusti/12/…: mostly the event's date or the day
    # after; three real addresses are off by 2 to 17 days.
    days_apart: Counter[int] = Counter()
    for file in FILES:
        for event in events_of(file):
            year, month, day = event.url.removeprefix(POLICE_BASE_URL).split("/")[3:6]
            dated = date(int(year), SWEDISH_MONTHS.index(month) + 1, int(day))
            happened = event.occurred_at.astimezone(LOCAL_TZ).date()
            assert happened.year == dated.year, event.title
            days_apart[min(abs((dated - happened).days), 2)] += 1
    assert days_apart == {0: 10108, 1: 56, 2: 3}


def test_events_after_their_publication_are_few_and_close() -> None:
    events = events_of(COUNTY)
    ahead = [e.occurred_at - e.published_at for e in events if e.occurred_at > e.published_at]
    assert len(ahead) == 30
    assert max(ahead) < timedelta(days=5)


def test_reading_the_county_file_and_filtering_is_fast() -> None:
    data = (DATA / COUNTY).read_bytes()
    start = time.perf_counter()
    found = for_municipality(read_events(data), "Botkyrka")
    elapsed = time.perf_counter() - start
    assert len(found) == 334
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_the_area_centre_is_not_read() -> None:
    event = read_events(as_bytes([event_json()]))[0]
    assert "gps" not in {field.name for field in dataclasses.fields(PoliceEvent)}
    assert all("59.602496" not in str(value) for value in dataclasses.astuple(event))


# ---------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        # both separators, summer and winter time
        (
            "25 januari 23:48, Mord/dråp, försök, Botkyrka",
            local(2026, 1, 26, 8, 0),
            local(2026, 1, 25, 23, 48),
        ),
        (
            "8 augusti 03.59, Mordbrand, Botkyrka",
            local(2026, 8, 8, 6, 34),
            local(2026, 8, 8, 3, 59),
        ),
        # one-digit hour, zero-padded day
        ("3 mars 7.05, Brand, Botkyrka", local(2026, 3, 3, 9, 0), local(2026, 3, 3, 7, 5)),
        (
            "02 mars 08.12, Anträffat gods, Upplands-Bro",
            local(2026, 3, 2, 9, 0),
            local(2026, 3, 2, 8, 12),
        ),
        # the year boundary: published on 1 January, the event in the old year
        (
            "31 december 23.08, Brand, Botkyrka",
            local(2026, 1, 1, 0, 40),
            local(2025, 12, 31, 23, 8),
        ),
        ("1 januari 00.05, Brand, Botkyrka", local(2026, 1, 1, 0, 40), local(2026, 1, 1, 0, 5)),
        # a few minutes "after" publication: still the same moment, not a year back
        (
            "1 januari 00.10, Smällar, Botkyrka",
            local(2025, 12, 31, 23, 55),
            local(2026, 1, 1, 0, 10),
        ),
        (
            "31 december 23.58, Smällar, Botkyrka",
            local(2025, 12, 31, 23, 55),
            local(2025, 12, 31, 23, 58),
        ),
        # announced days ahead (a real notice), and published days later (a real one)
        ("01 maj 08:00, Övrigt, Stockholm", local(2023, 4, 28, 7, 30), local(2023, 5, 1, 8, 0)),
        (
            "13 juli 14:30, Narkotikabrott, Sollentuna",
            local(2023, 7, 16, 10, 48),
            local(2023, 7, 13, 14, 30),
        ),
        ("30 december 22.00, Rån, Botkyrka", local(2026, 1, 3, 9, 0), local(2025, 12, 30, 22, 0)),
        # a leap day, published the next day and a year later
        ("29 februari 12.00, Bråk, Botkyrka", local(2024, 3, 1, 8, 0), local(2024, 2, 29, 12, 0)),
        ("29 februari 12.00, Bråk, Botkyrka", local(2025, 3, 1, 8, 0), local(2024, 2, 29, 12, 0)),
        # month names in any case
        ("25 Januari 23:48, Brand, Botkyrka", local(2026, 1, 26, 8, 0), local(2026, 1, 25, 23, 48)),
    ],
)
def test_the_time_and_year_of_an_event(name: str, published: datetime, expected: datetime) -> None:
    assert occurred_time(name, published) == expected


def test_a_naive_publication_time_is_utc() -> None:
    naive = datetime(2026, 1, 1, 0, 5)  # 01:05 in Stockholm
    assert occurred_time("1 januari 00.10, Smällar, Botkyrka", naive) == local(2026, 1, 1, 0, 10)


def test_a_time_the_spring_change_skips_is_read_before_the_change() -> None:
    # 29 March 2026 is the last Sunday of March: 02:00 became 03:00.
    happened = occurred_time("29 mars 02.30, Brand, Botkyrka", local(2026, 3, 29, 9, 0))
    assert happened == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert happened.astimezone(LOCAL_TZ).strftime("%H:%M") == "03:30"


def test_a_time_the_autumn_change_repeats_is_the_first_of_the_two() -> None:
    # 25 October 2026 is the last Sunday of October: 03:00 became 02:00 again.
    happened = occurred_time("25 oktober 02.30, Brand, Botkyrka", local(2026, 10, 25, 9, 0))
    assert happened == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "published", "says"),
    [
        ("Sammanfattning natt, Stockholms län", local(2026, 1, 26, 8, 0), "day and time"),
        ("25 januari, Brand, Botkyrka", local(2026, 1, 26, 8, 0), "day and time"),
        ("13 smarch 12.00, Brand, Botkyrka", local(2026, 1, 26, 8, 0), "Swedish month"),
        ("25 januari 24.10, Brand, Botkyrka", local(2026, 1, 26, 8, 0), "time of day"),
        ("25 januari 23.61, Brand, Botkyrka", local(2026, 1, 26, 8, 0), "time of day"),
        ("30 februari 12.00, Brand, Botkyrka", local(2026, 3, 1, 8, 0), "no such day"),
        ("29 februari 12.00, Brand, Botkyrka", local(2026, 3, 1, 8, 0), "year before"),
    ],
)
def test_a_name_without_a_usable_time_is_refused(name: str, published: datetime, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        occurred_time(name, published)
    assert "name" in refused.value.errors
    assert says in refused.value.errors["name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-08-08 6:34:08 +02:00", datetime(2026, 8, 8, 4, 34, 8, tzinfo=UTC)),
        ("2026-01-25 8:25:12 +01:00", datetime(2026, 1, 25, 7, 25, 12, tzinfo=UTC)),
        ("2026-01-25 18:25:12 +01:00", datetime(2026, 1, 25, 17, 25, 12, tzinfo=UTC)),
        ("2026-01-25T18:25:12Z", datetime(2026, 1, 25, 18, 25, 12, tzinfo=UTC)),
        ("2026-07-01 12:00:00", datetime(2026, 7, 1, 10, 0, tzinfo=UTC)),  # Stockholm time
    ],
)
def test_the_publication_time_in_utc(text: str, expected: datetime) -> None:
    assert published_time(text) == expected
    assert published_time(text).tzinfo is UTC


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("name", "location", "expected"),
    [
        ("25 januari 23:48, Mord/dråp, försök, Botkyrka", "Botkyrka", "Botkyrka"),
        ("25 januari 23:48, Mord/dråp, försök, Botkyrka", "Stockholms län", "Botkyrka"),
        ("22 augusti 17.59, Brand, Kävlinge", "Skåne län", "Kävlinge"),
        ("13 maj 22.20, Sammanfattning natt, Stockholms län", "Stockholms län", "Stockholms län"),
        ("25 november 13.10, Farligt föremål, misstänkt, Upplands-Bro", "Järfälla", "Upplands-Bro"),
        ("25 januari 23:48, Brand,  Upplands  Väsby ", "Stockholms län", "Upplands Väsby"),
        (unicodedata.normalize("NFD", "1 maj 12.00, Brand, Södertälje"), "x", "Södertälje"),
        ("25 januari 23:48 Brand Botkyrka", " Botkyrka ", "Botkyrka"),  # no comma: the location
    ],
)
def test_the_municipality_of_a_notice(name: str, location: str, expected: str) -> None:
    assert municipality_of(name, location) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En man i Fittja centrum uppträdde hotfullt.", "Fittja"),
        ("i fittja centrum", "Fittja"),
        ("BRAND I FITTJA", "Fittja"),
        ("En man i Norsborgs tunnelbanestation", "Norsborg"),  # genitive
        ("Bråk i Vårsta.", "Vårsta"),
        ("bråk i vårsta", "Vårsta"),
        (unicodedata.normalize("NFD", "Bråk i Vårsta"), "Vårsta"),
        ("Från Tumba till Alby", "Tumba"),  # the first named
        ("Från Alby till Tumba", "Alby"),
        ("Alby-Fittja", "Alby"),
        ("Brand på Albyberget", None),  # compounds name no district
        ("Trafikolycka på Hallundavägen", None),
        ("Eleverna på Vårstaskolan", None),
        ("Olycka i Storalby", None),
        ("Brand i Botkyrka", None),
        ("", None),
    ],
)
def test_the_district_a_text_names(text: str, expected: str | None) -> None:
    assert find_district(text, BOTKYRKA_DISTRICTS) == expected


def test_the_longer_of_two_districts_at_one_place_and_the_given_spelling() -> None:
    districts = ["alby", "Alby gård", "S:t Botvid (norra)"]
    assert find_district("Brand vid Alby gård i natt", districts) == "Alby gård"
    assert find_district("Brand vid Alby  i natt", districts) == "alby"
    assert find_district("Vid s:t botvid (norra) i natt", districts) == "S:t Botvid (norra)"
    assert find_district("Brand vid Alby", []) is None


def test_districts_are_found_in_real_botkyrka_notices() -> None:
    found = Counter(
        find_district(e.title + " " + e.summary, BOTKYRKA_DISTRICTS)
        for e in events_of("botkyrka-2023-2026.json")
    )
    assert found["Norsborg"] > 40 and found["Fittja"] > 25 and found["Tumba"] > 35
    assert sum(count for district, count in found.items() if district) == 217


# ---------------------------------------------------------------- malformed files


def refusal(data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        read_events(data)
    return refused.value


def test_a_file_that_is_not_json() -> None:
    error = refusal(b"Det h\xc3\xa4r \xc3\xa4r inte JSON")
    assert "not valid JSON" in error.errors["file"] and error.line == 1


def test_a_json_syntax_error_names_its_line_and_column() -> None:
    error = refusal(b'[\n  {"id": 1,\n   "name": "x" "summary": ""}\n]')
    assert error.line == 3
    assert "line 3, column 16" in error.errors["file"]


@pytest.mark.parametrize("document", ['"text"', "42", "null", '{"a": [], "b": []}', "{}"])
def test_json_that_is_not_a_list_of_events(document: str) -> None:
    assert "file" in refusal(document.encode()).errors


def test_an_event_missing_its_name_names_the_event() -> None:
    second = event_json(id=5)
    del second["name"]
    error = refusal(as_bytes([event_json(), second]))
    assert error.errors == {"name": "event 2 (id 5): missing"}
    assert "event 2 (id 5)" in str(error)


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"datetime": "igår kväll"}, "datetime", "not a time"),
        ({"datetime": "2026-13-01 7:17:55 +02:00"}, "datetime", "no such time"),
        ({"id": "abc"}, "id", "positive whole number"),
        ({"id": True}, "id", "positive whole number"),
        ({"id": 2**63}, "id", "at most 19 digits"),
        ({"id": 10**40}, "id", "at most 19 digits"),
        ({"type": 7}, "type", "expected text"),
        ({"type": "  "}, "type", "empty"),
        ({"url": "https://example.com/x"}, "url", "not a page on polisen.se"),
        ({"url": "//example.com/x"}, "url", "not a page on polisen.se"),
        ({"location": "Botkyrka"}, "location.name", "missing"),
        ({"name": "Brand, Botkyrka"}, "name", "day and time"),
        ({"summary": None}, "summary", "missing"),
    ],
)
def test_an_event_with_a_bad_value_names_the_field_and_event(
    fields: dict[str, Any], field: str, says: str
) -> None:
    error = refusal(as_bytes([event_json(**fields)]))
    assert list(error.errors) == [field]
    assert error.errors[field].startswith("event 1 (id ")
    assert says in error.errors[field]


@pytest.mark.parametrize(
    ("document", "kind", "swedish"),
    [
        ('"x"', "text", "text"),
        ("7", "number", "tal"),
        ("7.5", "number", "tal"),
        ("true", "true/false", "sant/falskt"),
        ("null", "null", "null"),
    ],
)
def test_a_document_that_is_no_list_is_named_in_words(
    document: str, kind: str, swedish: str
) -> None:
    """JSON's words, not Python's type names (str, int, bool, NoneType)."""
    assert refusal(document.encode()).errors == {
        "file": f"a JSON {kind}, not a list of police events"
    }
    set_language("sv")
    try:
        found = refusal(document.encode()).errors["file"]
    finally:
        set_language("en")
    assert found == f"JSON av typen {swedish}, inte en lista med polisens händelser"


@pytest.mark.parametrize(
    ("value", "kind", "swedish"),
    [
        ([], "list", "lista"),
        ({}, "object", "objekt"),
        (7, "number", "tal"),
        (False, "true/false", "sant/falskt"),
    ],
)
def test_a_field_of_the_wrong_kind_is_named_in_words(value: Any, kind: str, swedish: str) -> None:
    document = as_bytes([event_json(type=value)])
    assert refusal(document).errors["type"].endswith(f": expected text, found {kind}")
    set_language("sv")
    try:
        found = refusal(document).errors["type"]
    finally:
        set_language("en")
    assert found.endswith(f": text väntades, hittade {swedish}")


def test_an_event_that_is_not_an_object() -> None:
    assert refusal(b'[["x"]]').errors == {"event": "event 1: not a JSON object"}


def test_a_wrapped_list_a_single_event_a_bom_and_an_empty_list_are_read() -> None:
    assert len(read_events(as_bytes({"events": [event_json(), event_json(id=2)]}))) == 2
    assert read_events(as_bytes(event_json()))[0].event_id == 649137
    assert len(read_events(b"\xef\xbb\xbf" + as_bytes([event_json()]))) == 1
    assert read_events(b"[]") == []


def test_an_event_is_read_as_published() -> None:
    event = read_events(as_bytes([event_json(id="649137", summary="  Text. \n")]))[0]
    assert event == PoliceEvent(
        event_id=649137,
        published_at=datetime(2026, 8, 12, 5, 17, 55, tzinfo=UTC),
        occurred_at=datetime(2026, 8, 12, 1, 13, tzinfo=UTC),
        type="Skadegörelse",
        municipality="Botkyrka",
        title="12 augusti 03.13, Skadegörelse, Botkyrka",
        summary="Text.",
        url=POLICE_BASE_URL
        + "/aktuellt/handelser/2026/augusti/12/12-augusti-03.13-skadegorelse-botkyrka/",
    )


# ---------------------------------------------------------------- updates and types


def test_the_fingerprint_changes_with_what_an_update_changes_only() -> None:
    event = read_events(as_bytes([event_json()]))[0]
    same = content_fingerprint(event)
    # Stable across runs and processes: a stored fingerprint stays comparable.
    assert same == content_fingerprint(read_events(as_bytes([event_json()]))[0])
    assert len(same) == 64
    for changed in (
        {"type": "Misshandel"},
        {"summary": "Ny text."},
        {"title": "12 augusti 03.13, Misshandel, Botkyrka"},
        {"occurred_at": event.occurred_at + timedelta(minutes=1)},
    ):
        assert content_fingerprint(dataclasses.replace(event, **changed)) != same, changed
    for unchanged in (
        {"occurred_at": event.occurred_at.astimezone(LOCAL_TZ)},  # the same instant
        {"event_id": 1},
        {"published_at": event.published_at + timedelta(hours=2)},
        {"url": POLICE_BASE_URL + "/annan/"},
    ):
        assert content_fingerprint(dataclasses.replace(event, **unchanged)) == same, unchanged


def test_every_police_type_in_the_real_files_has_a_known_category(db: Database) -> None:
    types = {item["type"] for file in FILES for item in raw(file)}
    assert len(types) == 89
    assert types <= set(DEFAULT_TYPE_CATEGORIES)
    codes = {category.code for category in reference.load(db).categories}
    assert set(DEFAULT_TYPE_CATEGORIES.values()) <= codes


def test_the_default_mapping() -> None:
    assert default_category("Skottlossning, misstänkt") == "SHOOT"
    assert default_category(unicodedata.normalize("NFD", "Våld/hot mot tjänsteman")) == "VIOL"
    assert default_category("Brand") == "FIRE"
    assert default_category("Narkotikabrott") == "DRUG"
    assert default_category("Skadegörelse") == "VAND"
    assert default_category("Trafikolycka") == "OTHER"
    assert default_category("En ny typ") == "OTHER"

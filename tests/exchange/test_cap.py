"""OASIS CAP 1.2: incidents out as alerts, real alerts in as incidents, hostile files refused.

What the application writes is validated here with lxml against the test data's
own copy of the OASIS schema, not through the application's validation.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import update

from app import clock
from app.demo.settings import ensure_settings_in
from app.domain.tables import INCIDENT
from app.errors import Conflict, NotFound, ValidationError
from app.exchange import cap
from app.services import cap_exchange, incident_query, incidents
from app.services.incident_types import Incident, IncidentQuery
from app.storage.database import Database
from tests.services.support import draft

DATA = Path(__file__).resolve().parent.parent / "data" / "cap12"
NS = {"cap": cap.NAMESPACE}
SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "CAP-v1.2.xsd")))
REAL_ALERTS = sorted(
    p.name
    for p in DATA.iterdir()
    if p.suffix == ".xml" and p.name.startswith(("google_", "oasis_example"))
)
VALID_ALERTS = [name for name in REAL_ALERTS if name != "google_invalid.cap.xml"]
MARKER = "MARKER-7f3a-secret-file-content"


@pytest.fixture
def office(db: Database, fixed_clock: datetime) -> Database:
    """The demo office, its municipality named (Botkyrka kommun), the clock frozen."""
    with db.writing() as session:
        ensure_settings_in(session)
    return db


def document(data: bytes) -> Any:
    """The root of `data`, parsed without entities, after the schema accepted it."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    SCHEMA.assertValid(root)
    return root


def text(root: Any, path: str) -> str:
    found = root.find(path, NS)
    assert found is not None, path
    return str(found.text)


def texts(root: Any, path: str) -> list[str]:
    return [str(e.text) for e in root.findall(path, NS)]


def codes(root: Any, name: str) -> list[str]:
    return [
        text(code, "cap:value")
        for code in root.findall("cap:info/cap:eventCode", NS)
        if text(code, "cap:valueName") == name
    ]


def stored(db: Database) -> list[Incident]:
    return [incidents.get(db, i) for i in incident_query.ids(db, IncidentQuery())]


def alert_xml(
    *,
    identifier: str = "test-1",
    info: str = "",
    sent: str = "2026-11-26T13:30:00+01:00",
    prolog: str = '<?xml version="1.0" encoding="UTF-8"?>',
) -> bytes:
    """A small valid alert; `info` goes inside <info> after <certainty>."""
    body = info or (
        "<category>Safety</category><event>Test</event><urgency>Past</urgency>"
        "<severity>Minor</severity><certainty>Observed</certainty>"
        "<headline>Testlarm</headline>"
    )
    return (
        f"{prolog}\n"
        f'<alert xmlns="{cap.NAMESPACE}">\n'
        f"<identifier>{identifier}</identifier><sender>test@example.org</sender>"
        f"<sent>{sent}</sent><status>Actual</status><msgType>Alert</msgType>"
        f"<scope>Public</scope><info>{body}</info></alert>\n"
    ).encode()


# ---------------------------------------------------------------- export


def test_an_exported_incident_is_valid_cap_with_the_mapped_values(office: Database) -> None:
    incident = incidents.create(
        office,
        draft(
            category="FIRE",
            severity=3,
            summary="Bilbrand vid Alby centrum",
            description="Två bilar brann.\nRäddningstjänsten släckte.",
            latitude=59.239812,
            longitude=17.845167,
            occurred_until=datetime(2026, 11, 26, 12, 40),
            verified=True,
            external_url="https://polisen.se/handelser/1?a=1&b=2",
        ),
    )
    exported = cap_exchange.export_incident(office, incident.reference, include_description=True)
    root = document(exported.data)
    assert exported.data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert exported.identifier == f"samverkan.botkyrka-kommun.{incident.reference}.1"
    assert text(root, "cap:identifier") == exported.identifier
    assert text(root, "cap:sender") == "samverkan@botkyrka-kommun"
    assert text(root, "cap:sent") == "2026-11-26T14:00:00+01:00"  # FIXED_NOW, local
    assert [text(root, f"cap:{n}") for n in ("status", "msgType", "scope")] == [
        "Actual",
        "Alert",
        "Public",
    ]
    assert root.find("cap:references", NS) is None
    assert text(root, "cap:incidents") == incident.reference
    assert len(root.findall("cap:info", NS)) == 1
    info = {child: text(root, f"cap:info/cap:{child}") for child in (
        "language", "event", "urgency", "severity", "certainty", "onset", "expires",
        "senderName", "headline", "description", "web",
    )}  # fmt: skip
    assert info == {
        "language": "sv-SE",
        "event": "Fordonsbrand / anlagd brand",
        "urgency": "Unknown",
        "severity": "Severe",
        "certainty": "Observed",
        "onset": "2026-11-26T12:00:00+01:00",
        "expires": "2026-11-26T12:40:00+01:00",
        "senderName": "Botkyrka kommun",
        "headline": "Bilbrand vid Alby centrum",
        "description": "Två bilar brann.\nRäddningstjänsten släckte.",
        "web": "https://polisen.se/handelser/1?a=1&b=2",
    }
    assert texts(root, "cap:info/cap:category") == ["Fire"]
    assert codes(root, "samverkan-category") == ["FIRE"]
    assert codes(root, "samverkan-cap-code") == ["fire.urbanFire"]
    assert text(root, "cap:info/cap:area/cap:areaDesc") == "Alby"
    # Rounded to 3 decimals (about 100 m): the stored position is nowhere in the file.
    assert texts(root, "cap:info/cap:area/cap:circle") == ["59.240,17.845 0.5"]
    assert b"59.2398" not in exported.data and b"17.8451" not in exported.data


@pytest.mark.parametrize(
    ("category", "cap_categories", "cap_codes"),
    [
        ("SHOOT", ["Security"], ["crime.shooting", "crime.bombExplosion"]),
        ("GANG", ["Security"], ["crime"]),
        ("DRUG", ["Security"], ["crime.drugs"]),
        ("DIST", ["Safety"], ["civil.riot"]),
        ("DRIVE", ["Transport"], ["transport"]),
        ("PLACE", ["Infra"], ["infra"]),
        ("SCHOOL", ["Safety"], ["publicService.schoolLockdown"]),
        ("INFOSEC", ["Other"], ["other"]),
        ("EVENT", ["Safety"], ["civil.publicEvent"]),
    ],
)
def test_every_category_maps_to_cap_categories_and_keeps_its_codes(
    office: Database, category: str, cap_categories: list[str], cap_codes: list[str]
) -> None:
    incident = incidents.create(office, draft(category=category))
    root = document(cap_exchange.export_incident(office, incident.reference).data)
    assert texts(root, "cap:info/cap:category") == cap_categories
    assert codes(root, "samverkan-cap-code") == cap_codes
    assert codes(root, "samverkan-category") == [category]


@pytest.mark.parametrize(
    ("severity", "status", "verified", "expected"),
    [
        (1, "new", False, ("Minor", "Unknown", "Likely")),
        (2, "ongoing", True, ("Moderate", "Unknown", "Observed")),
        (3, "follow_up", False, ("Severe", "Unknown", "Likely")),
        (4, "closed", True, ("Extreme", "Past", "Observed")),
    ],
)
def test_severity_status_and_verification_map_to_cap(
    office: Database, severity: int, status: str, verified: bool, expected: tuple[str, ...]
) -> None:
    incident = incidents.create(office, draft(severity=severity, status=status, verified=verified))
    root = document(cap_exchange.export_incident(office, incident.reference).data)
    got = tuple(text(root, f"cap:info/cap:{n}") for n in ("severity", "urgency", "certainty"))
    assert got == expected


def test_a_second_version_is_an_update_with_its_own_identifier_and_no_names(
    office: Database,
) -> None:
    first = incidents.create(office, draft(latitude=None, longitude=None, district=None))
    before = cap_exchange.export_incident(office, first.reference)
    # Changed by another officer: the alert must name neither of them.
    colleague = Database(engine=office.engine, account="demo\\anna.lindqvist")
    second = incidents.update(colleague, first.id, replace(first.draft(), severity=3))
    assert (second.version, second.updated_by, second.entered_by) == (2, "Anna Lindqvist", "tester")
    after = cap_exchange.export_incident(office, first.reference)
    root = document(after.data)
    assert text(root, "cap:msgType") == "Update"
    assert after.identifier == before.identifier[: -len(".1")] + ".2"
    assert root.find("cap:info/cap:area/cap:circle", NS) is None  # no coordinates
    # Without a district the municipality stands for the area, never the place
    # (a street address can point at a home); nor does the description go out.
    assert text(root, "cap:info/cap:area/cap:areaDesc") == "Botkyrka kommun"
    assert root.find("cap:info/cap:description", NS) is None
    for name in (b"tester", b"Anna", b"Lindqvist", b"anna.lindqvist"):
        assert name not in after.data
        assert name not in before.data


def test_a_secret_incident_goes_out_only_when_asked_for(office: Database) -> None:
    incident = incidents.create(office, draft(secret=True))
    with pytest.raises(ValidationError) as refused:
        cap_exchange.export_incident(office, incident.reference)
    assert "secret" in refused.value.errors
    assert incident.reference in str(refused.value)
    exported = cap_exchange.export_incident(office, incident.reference, include_secret=True)
    document(exported.data)


def test_identity_numbers_that_got_into_the_database_are_masked(office: Database) -> None:
    incident = incidents.create(office, draft())
    # Stored around the service (a hand-edited database): masked all the same.
    with office.writing() as session:
        session.execute(
            update(INCIDENT)
            .where(INCIDENT.c.id == incident.id)
            .values(summary="Hot mot 19121212-1212", description="Anmälare 121212-1212.")
        )
    data = cap_exchange.export_incident(office, incident.reference, include_description=True).data
    root = document(data)
    assert text(root, "cap:info/cap:headline") == "Hot mot XXXXXXXX-XXXX"
    assert text(root, "cap:info/cap:description") == "Anmälare XXXXXX-XXXX."
    assert b"1212" not in data


def test_sent_is_local_time_with_its_offset_and_no_fraction(office: Database) -> None:
    incident = incidents.create(office, draft())
    clock.set_clock(lambda: datetime(2027, 7, 1, 10, 0, 5, 123456, tzinfo=UTC))
    try:
        root = document(cap_exchange.export_incident(office, incident.reference).data)
    finally:
        clock.set_clock(None)
    assert text(root, "cap:sent") == "2027-07-01T12:00:05+02:00"


def test_an_unknown_or_malformed_reference_is_refused(office: Database) -> None:
    with pytest.raises(NotFound, match="there is no incident 2026-9999"):
        cap_exchange.export_incident(office, "2026-9999")
    with pytest.raises(ValidationError) as malformed:
        cap_exchange.export_incident(office, "Alby")
    assert "reference" in malformed.value.errors


def test_without_a_municipality_there_is_no_sender(db: Database, fixed_clock: datetime) -> None:
    incident = incidents.create(db, draft())
    with pytest.raises(ValidationError) as refused:
        cap_exchange.export_incident(db, incident.reference)
    assert "municipality_name" in refused.value.errors


def test_slugs_are_plain_letters_and_hyphens() -> None:
    assert cap_exchange.slug("Upplands Väsby kommun") == "upplands-vasby-kommun"
    assert cap_exchange.slug("  Åre, Östersund & <Malmö>  ") == "are-ostersund-malmo"


def test_the_file_is_written_whole_or_not_at_all(office: Database, tmp_path: Path) -> None:
    incident = incidents.create(office, draft())
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "larm.xml"
    target.write_text("old content")
    exported = cap_exchange.export_to_file(office, incident.reference, target)
    assert target.read_bytes() == exported.data
    assert os.listdir(folder) == ["larm.xml"]  # no temporary file left
    with pytest.raises(NotFound):
        cap_exchange.export_to_file(office, "2026-9999", target)
    assert target.read_bytes() == exported.data
    with pytest.raises(ValidationError) as no_folder:
        cap_exchange.export_to_file(office, incident.reference, tmp_path / "nope" / "a.xml")
    assert "file" in no_folder.value.errors


# ---------------------------------------------------------------- round trip


@pytest.mark.parametrize("category", ["GANG", "VAND", "SHOOT", "SCHOOL", "OTHER"])
def test_export_then_import_gives_the_same_incident_again(office: Database, category: str) -> None:
    original = incidents.create(
        office,
        draft(
            category=category,
            severity=4,
            summary="Skottlossning <Alby> & Fittja",
            latitude=59.2398,
            longitude=17.8452,
            verified=True,
        ),
    )
    exported = cap_exchange.export_incident(office, original.reference)
    imported = cap_exchange.import_alert(office, exported.data)
    copy = imported.incident
    assert copy.reference != original.reference
    assert (copy.category, copy.severity, copy.summary) == (category, 4, original.summary)
    assert (copy.district, copy.place) == ("Alby", "")
    assert (copy.latitude, copy.longitude) == (59.240, 17.845)
    assert copy.occurred_at == original.occurred_at
    assert copy.verified and copy.status == "new"
    assert copy.external_ref == exported.identifier
    assert imported.notes == ()


# ---------------------------------------------------------------- import of real alerts


@pytest.mark.parametrize("name", VALID_ALERTS)
def test_each_real_alert_becomes_one_incident(office: Database, name: str) -> None:
    data = (DATA / name).read_bytes()
    imported = cap_exchange.import_alert(office, data)
    assert [i.id for i in stored(office)] == [imported.incident.id]
    alert = cap.parse(data)
    assert imported.incident.external_ref == alert.identifier
    assert imported.incident.summary
    assert imported.incident.reported_at == alert.sent


def test_the_australian_fire_alert_with_the_cap_prefix(office: Database) -> None:
    imported = cap_exchange.import_alert(office, (DATA / "google_australia.cap.xml").read_bytes())
    fire = imported.incident
    assert fire.category == "FIRE"  # <category>Fire</category>
    assert fire.severity == 1  # Minor
    assert fire.summary == "Yerong Creek Structure Fire"
    assert fire.place == "Yerong Creek Structure Fire" and fire.district is None
    assert fire.occurred_at == datetime(2011, 10, 5, 13, 4, tzinfo=UTC)  # effective, +10:00
    assert fire.reported_at == fire.occurred_at  # sent
    # A circle of 25 km is an area, not the fire's place: no coordinates.
    assert (fire.latitude, fire.longitude) == (None, None)
    assert fire.verified  # Observed
    assert fire.status == "new" and fire.source_agency is None
    assert fire.external_ref == "tag:www.rfs.nsw.gov.au2011-10-06:40184"
    assert fire.external_url == "http://www.rfs.nsw.gov.au/dsp_content.cfm?cat_id=683"
    assert fire.description.startswith("ALERT LEVEL: Not Applicable<br />LOCATION: 12 Cox")
    assert fire.description.endswith("\n\nNot Applicable")  # the instruction
    assert imported.notes == (
        "the alert has 2 <info> blocks; the one in en-AU was read",
        "the alert's circle has a radius of 25 km: an area, not a place, so no coordinates "
        "were kept",
    )


def test_the_iso_8859_1_earthquake_alert_keeps_its_letters(office: Database) -> None:
    raw = (DATA / "google_earthquake-iso8859-1.cap.xml").read_bytes()
    assert b"Usulut\xe1n" in raw  # really Latin-1 on disk
    quake = cap_exchange.import_alert(office, raw).incident
    assert quake.summary == "EQ 4.6 Usulután, Usulután, El Salvador - PRELIMINARY REPORT"
    assert "near Usulután, Usulután, El Salvador at 22:40:56.42 UTC" in quake.description
    assert quake.description.endswith("\n\nNone")
    assert quake.place.startswith("47 miles (76 km) SSW of Usulután")
    assert len(quake.place) <= 200 and quake.place.endswith("SW of…")  # trimmed to the field
    assert quake.category == "OTHER"  # Geo: none of ours
    assert quake.severity == 2  # Unknown
    assert quake.occurred_at == datetime(2012, 10, 14, 22, 40, 56, tzinfo=UTC)  # onset
    assert quake.reported_at == datetime(2012, 10, 14, 22, 53, 4, tzinfo=UTC)  # sent
    assert not quake.verified  # Likely
    assert (quake.latitude, quake.longitude) == (12.747, -88.783)
    assert quake.external_url == "http://earthquake.usgs.gov/earthquakes/eventpage/usB000D5T4"


def test_a_polygon_is_an_area_not_a_place(office: Database) -> None:
    imported = cap_exchange.import_alert(office, (DATA / "oasis_example2.xml").read_bytes())
    storm = imported.incident
    assert (storm.latitude, storm.longitude) == (None, None)
    assert "polygon" in " ".join(imported.notes)
    assert storm.severity == 3 and storm.category == "OTHER"  # Met


def test_a_small_circle_is_a_place_rounded(office: Database) -> None:
    exported = cap_exchange.export_incident(
        office, incidents.create(office, draft(latitude=59.24123, longitude=17.84567)).reference
    )
    data = exported.data.replace(b"samverkan.", b"elsewhere.")  # another alert's identifier
    imported = cap_exchange.import_alert(office, data).incident
    assert (imported.latitude, imported.longitude) == (59.241, 17.846)


def test_the_schema_breaking_alert_is_refused_with_the_schemas_message(office: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        cap_exchange.import_alert(office, (DATA / "google_invalid.cap.xml").read_bytes())
    assert refused.value.line == 9  # where <info> stands instead of <scope>
    message = refused.value.errors["file"]
    assert message.startswith("is not valid CAP 1.2: Element '{urn:oasis:names:tc:emergency")
    assert "This element is not expected" in message and "scope" in message
    assert stored(office) == []


def test_the_same_alert_twice_is_refused_naming_its_incident(office: Database) -> None:
    data = (DATA / "oasis_example3.xml").read_bytes()
    first = cap_exchange.import_alert(office, data).incident
    with pytest.raises(Conflict) as refused:
        cap_exchange.import_alert(office, data)
    assert str(refused.value) == (
        f"the CAP alert TRI13970876.2 was imported already, as incident {first.reference}"
    )
    assert [i.id for i in stored(office)] == [first.id]


# ---------------------------------------------------------------- mapping back


@pytest.mark.parametrize(
    ("info", "category"),
    [
        # Our own category code first, even against the CAP codes and category.
        (
            "<category>Fire</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>"
            "<eventCode><valueName>samverkan-category</valueName><value>VAND</value></eventCode>"
            "<eventCode><valueName>samverkan-cap-code</valueName><value>crime.drugs</value>"
            "</eventCode>",
            "VAND",
        ),
        # Then a CAP code of one of our categories.
        (
            "<category>Security</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>"
            "<eventCode><valueName>samverkan-cap-code</valueName><value>crime.drugs</value>"
            "</eventCode>",
            "DRUG",
        ),
        # Then CAP's category: the first of ours with a general code (crime, not crime.shooting).
        (
            "<category>Security</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>",
            "VIOL",
        ),
        (
            "<category>Transport</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>",
            "DRIVE",
        ),
        (
            "<category>Safety</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>",
            "DIST",
        ),
        # Nothing of ours: Other. An unknown code of ours is passed over.
        (
            "<category>CBRNE</category><event>x</event><urgency>Past</urgency>"
            "<severity>Minor</severity><certainty>Likely</certainty>"
            "<eventCode><valueName>samverkan-category</valueName><value>NOPE</value></eventCode>",
            "OTHER",
        ),
    ],
)
def test_the_category_is_found_by_code_then_cap_code_then_cap_category(
    office: Database, info: str, category: str
) -> None:
    incident = cap_exchange.import_alert(office, alert_xml(info=info)).incident
    assert incident.category == category


@pytest.mark.parametrize(
    ("severity", "expected"),
    [("Extreme", 4), ("Severe", 3), ("Moderate", 2), ("Minor", 1), ("Unknown", 2)],
)
def test_severity_maps_back(office: Database, severity: str, expected: int) -> None:
    info = (
        f"<category>Other</category><event>x</event><urgency>Past</urgency>"
        f"<severity>{severity}</severity><certainty>Unknown</certainty>"
    )
    assert cap_exchange.import_alert(office, alert_xml(info=info)).incident.severity == expected


def test_an_identity_number_in_the_alert_is_masked_and_said(office: Database) -> None:
    info = (
        "<category>Safety</category><event>Hot</event><urgency>Past</urgency>"
        "<severity>Severe</severity><certainty>Observed</certainty>"
        "<senderName>Lokalpolisområde Botkyrka</senderName>"
        "<headline>Hot mot 19121212-1212</headline>"
        "<description>Rad ett 121212-1212\nrad två</description>"
        "<area><areaDesc>Fittja</areaDesc></area>"
    )
    imported = cap_exchange.import_alert(office, alert_xml(info=info))
    incident = imported.incident
    assert incident.summary == "Hot mot XXXXXXXX-XXXX"
    assert incident.description == "Rad ett XXXXXX-XXXX\nrad två"
    assert (incident.district, incident.place) == ("Fittja", "")  # a district of ours
    assert incident.source_agency == "Lokalpolisområde Botkyrka"  # a roster agency
    assert imported.notes == (
        "1 identity number(s) masked in summary",
        "1 identity number(s) masked in description",
    )


def test_swedish_information_is_preferred_and_a_long_headline_trimmed(office: Database) -> None:
    headline = "Brand " + "mycket " * 40
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<cap:alert xmlns:cap="{cap.NAMESPACE}"><cap:identifier>two</cap:identifier>'
        "<cap:sender>x@example.org</cap:sender><cap:sent>2026-11-26T13:30:00+01:00</cap:sent>"
        "<cap:status>Actual</cap:status><cap:msgType>Alert</cap:msgType>"
        "<cap:scope>Public</cap:scope>"
        "<cap:info><cap:language>en-GB</cap:language><cap:category>Fire</cap:category>"
        "<cap:event>Fire</cap:event><cap:urgency>Past</cap:urgency>"
        "<cap:severity>Minor</cap:severity><cap:certainty>Likely</cap:certainty>"
        "<cap:headline>English</cap:headline></cap:info>"
        "<cap:info><cap:language>sv-SE</cap:language><cap:category>Fire</cap:category>"
        "<cap:event>Brand</cap:event><cap:urgency>Past</cap:urgency>"
        "<cap:severity>Severe</cap:severity><cap:certainty>Likely</cap:certainty>"
        f"<cap:headline>{headline}</cap:headline></cap:info></cap:alert>"
    ).encode()
    imported = cap_exchange.import_alert(office, data)
    assert imported.incident.severity == 3
    assert len(imported.incident.summary) == 200
    assert (
        imported.incident.summary.startswith("Brand mycket")
        and imported.incident.summary[-1] == "…"
    )
    assert imported.notes == (
        "the alert has 2 <info> blocks; the one in sv-SE was read",
        "summary shortened to 200 characters",
    )


def test_an_alert_about_the_future_is_refused(office: Database) -> None:
    info = (
        "<category>Met</category><event>Storm</event><urgency>Future</urgency>"
        "<severity>Minor</severity><certainty>Likely</certainty>"
        "<onset>2026-12-24T18:00:00+01:00</onset>"
    )
    with pytest.raises(ValidationError) as refused:
        cap_exchange.import_alert(office, alert_xml(info=info))
    assert "lies in the future" in refused.value.errors["onset"]
    assert stored(office) == []


# ---------------------------------------------------------------- files that are not alerts


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"<alert><identifier>x</alert>", "is not well-formed XML"),
        (b"<?xml version='1.0'?><alert><identifier>x</identifier></alert>", "without a namespace"),
        (
            b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.1'/>",
            "in the namespace urn:oasis:names:tc:emergency:cap:1.1",
        ),
    ],
)
def test_what_is_not_a_cap_12_alert_is_refused(office: Database, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        cap_exchange.import_alert(office, data)
    assert message in refused.value.errors["file"]
    assert stored(office) == []


@pytest.fixture
def marker(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "secret.txt"
    path.write_text(MARKER)
    yield path


def hostile_alerts(marker: Path) -> dict[str, bytes]:
    uri = marker.as_uri()
    headline = "<headline>Rubrik &x;</headline>"
    return {
        "external entity": alert_xml(
            prolog=f'<?xml version="1.0"?>\n<!DOCTYPE alert [ <!ENTITY x SYSTEM "{uri}"> ]>',
            info="<category>Other</category><event>x</event><urgency>Past</urgency>"
            f"<severity>Minor</severity><certainty>Likely</certainty>{headline}",
        ),
        "parameter entity": alert_xml(
            prolog=f'<?xml version="1.0"?>\n<!DOCTYPE alert [ <!ENTITY % p SYSTEM "{uri}"> %p; ]>'
        ),
        "external DTD": alert_xml(prolog=f'<?xml version="1.0"?>\n<!DOCTYPE alert SYSTEM "{uri}">'),
        "network entity": alert_xml(
            prolog='<?xml version="1.0"?>\n'
            '<!DOCTYPE alert [ <!ENTITY x SYSTEM "http://127.0.0.1:9/cap.txt"> ]>',
            info="<category>Other</category><event>x</event><urgency>Past</urgency>"
            f"<severity>Minor</severity><certainty>Likely</certainty>{headline}",
        ),
    }


@pytest.mark.parametrize(
    "kind", ["external entity", "parameter entity", "external DTD", "network entity"]
)
def test_an_alert_that_reaches_outside_its_file_is_refused(
    office: Database, marker: Path, kind: str
) -> None:
    data = hostile_alerts(marker)[kind]
    with pytest.raises(ValidationError) as refused:
        cap_exchange.import_alert(office, data)
    assert "document type" in refused.value.errors["file"]
    assert MARKER not in str(refused.value)
    assert stored(office) == []


def test_the_parser_itself_leaves_an_external_entity_unexpanded(marker: Path) -> None:
    # Below the refusal: even the parse that comes first never reads the file.
    data = hostile_alerts(marker)["external entity"]
    parser = cap._safe_parser()
    root = etree.fromstring(data, parser)
    assert MARKER not in etree.tostring(root).decode()


def test_billion_laughs_is_refused(office: Database) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    data = alert_xml(
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE alert [ {entities} ]>',
        info="<category>Other</category><event>&lol9;</event><urgency>Past</urgency>"
        "<severity>Minor</severity><certainty>Likely</certainty>",
    )
    with pytest.raises(ValidationError) as refused:
        cap_exchange.import_alert(office, data)
    assert "file" in refused.value.errors
    assert "lollollol" not in str(refused.value)
    assert stored(office) == []


def test_characters_xml_cannot_carry_are_replaced_not_a_crash(office: Database) -> None:
    incident = incidents.create(office, draft(summary="Bilbrand\ufffe i Alby\uffff"))
    root = document(cap_exchange.export_incident(office, incident.reference).data)
    assert text(root, "cap:info/cap:headline") == "Bilbrand\ufffd i Alby\ufffd"


def test_a_folder_is_not_a_file_to_write(office: Database, tmp_path: Path) -> None:
    incident = incidents.create(office, draft())
    with pytest.raises(ValidationError) as refused:
        cap_exchange.export_to_file(office, incident.reference, tmp_path)
    assert "is a folder" in refused.value.errors["file"]

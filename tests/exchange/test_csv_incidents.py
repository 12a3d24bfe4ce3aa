"""CSV import and export of incidents, with the files Swedish offices really have."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.exchange.csv_incidents import (
    export_incidents,
    import_incidents,
    neutralise,
    restore,
)
from app.services import identity_numbers, incident_query, incidents
from app.services.incident_types import IncidentDraft, IncidentFilter, IncidentQuery
from app.storage.database import Database

HEADER_SV = "inträffade;kategori;sammanfattning;kommundel;allvarlighet;beskrivning\r\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def all_incidents(db: Database) -> list[incidents.Incident]:
    rows = list(incident_query.iterate(db, IncidentQuery()))
    return [incidents.get(db, row.id) for row in rows]


def test_swedish_excel_file_in_windows_1252_with_semicolons(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    text = HEADER_SV + (
        "2026-11-20 22:05;FIRE;Bilbrand på Fittja torg;Fittja;3;Två bilar brann\r\n"
        '2026-11-21T01:10;Skadegörelse / klotter;"Klotter, ""tag"" på skolan";Vårsta;1;'
        '"Rad ett\r\nrad två"\r\n'
    )
    path = write(tmp_path / "excel.csv", text, "cp1252")
    assert import_incidents(db, path) == 2
    found = all_incidents(db)
    by_summary = {i.summary: i for i in found}
    fire = by_summary["Bilbrand på Fittja torg"]
    assert fire.category == "FIRE" and fire.district == "Fittja" and fire.severity == 3
    assert fire.occurred_at == datetime(2026, 11, 20, 21, 5, tzinfo=UTC)  # 22:05 local
    graffiti = by_summary['Klotter, "tag" på skolan']
    assert graffiti.category == "VAND" and graffiti.district == "Vårsta"
    assert graffiti.description == "Rad ett\r\nrad två"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_and_commas(
    db: Database, tmp_path: Path, fixed_clock: datetime, bom: bytes
) -> None:
    text = "occurred_at,category,summary,place\n2026-11-25 08:00,PLACE,Trasig lampa,Åsa torg\n"
    path = tmp_path / "utf8.csv"
    path.write_bytes(bom + text.encode("utf-8"))
    assert import_incidents(db, path) == 1
    assert all_incidents(db)[0].place == "Åsa torg"


def test_a_bad_line_is_named_and_nothing_is_written(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    good = "2026-11-20 22:05;FIRE;Bilbrand;Fittja;3;\r\n"
    bad = "2026-11-20 22:05;FIRE;Bilbrand;Fittja;7;\r\n"
    path = write(tmp_path / "bad.csv", HEADER_SV + good * 5 + bad + good)
    with pytest.raises(ValidationError) as caught:
        import_incidents(db, path)
    assert caught.value.line == 7
    assert "severity" in caught.value.errors
    assert incident_query.count(db, IncidentQuery()) == 0


def test_a_multi_line_cell_does_not_shift_the_line_numbers(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    rows = '2026-11-20 22:05;FIRE;Bilbrand;Fittja;3;"a\r\nb\r\nc"\r\n'
    rows += "not a date;FIRE;Bilbrand;Fittja;3;\r\n"
    path = write(tmp_path / "lines.csv", HEADER_SV + rows)
    with pytest.raises(ValidationError) as caught:
        import_incidents(db, path)
    assert caught.value.line == 5
    assert "occurred_at" in caught.value.errors


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ("2026-11-20 22:05;NOPE;Bilbrand;Fittja;3;", "category"),
        ("2026-11-20 22:05;FIRE;Bilbrand;Atlantis;3;", "district"),
        ("2030-01-01 00:00;FIRE;Bilbrand;Fittja;3;", "occurred_at"),
        ("2026-11-20 22:05;FIRE;;Fittja;3;", "summary"),
        ("2026-11-20 22:05;FIRE;Bilbrand;Fittja;hög;", "severity"),
    ],
)
def test_each_problem_names_its_column(
    db: Database, tmp_path: Path, fixed_clock: datetime, cells: str, column: str
) -> None:
    path = write(tmp_path / "one.csv", HEADER_SV + cells + "\r\n")
    with pytest.raises(ValidationError) as caught:
        import_incidents(db, path)
    assert caught.value.line == 2
    assert column in caught.value.errors


def test_unknown_and_missing_columns_are_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown column 'colour'"):
        import_incidents(db, write(tmp_path / "a.csv", "occurred_at;category;summary;colour\n"))
    with pytest.raises(ValidationError, match="missing column summary"):
        import_incidents(db, write(tmp_path / "b.csv", "occurred_at;category\n"))


def test_a_reference_already_taken_is_refused_by_line(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    existing = incidents.create(
        db, IncidentDraft(occurred_at=datetime(2026, 11, 1, 12, 0), category="FIRE", summary="x")
    )
    text = "reference;occurred_at;category;summary\n"
    text += "2019-0001;2019-05-01 10:00;FIRE;old\n"
    text += f"{existing.reference};2026-11-01 10:00;FIRE;clash\n"
    with pytest.raises(ValidationError) as caught:
        import_incidents(db, write(tmp_path / "refs.csv", text))
    assert caught.value.line == 3 and "reference" in caught.value.errors
    assert incident_query.count(db, IncidentQuery()) == 1


def test_imported_references_are_kept_and_the_sequence_continues(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    text = "reference;occurred_at;category;summary\n2026-0041;2026-05-01 10:00;FIRE;kept\n"
    import_incidents(db, write(tmp_path / "refs.csv", text))
    new = incidents.create(
        db, IncidentDraft(occurred_at=datetime(2026, 11, 1, 12, 0), category="FIRE", summary="y")
    )
    assert new.reference == "2026-0042"


@pytest.mark.parametrize(
    ("original", "written"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+46 8 123", "'+46 8 123"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("'=x", "''=x"),
        ("'plain", "'plain"),
        ("ok = fine", "ok = fine"),
    ],
)
def test_formula_neutralisation_is_reversible(original: str, written: str) -> None:
    assert neutralise(original) == written
    assert restore(neutralise(original)) == original


def test_export_neutralises_formulas_in_the_file(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    incidents.create(
        db,
        IncidentDraft(
            occurred_at=datetime(2026, 11, 1, 12, 0),
            category="VAND",
            summary='=HYPERLINK("http://evil","klicka")',
        ),
    )
    path = tmp_path / "out.csv"
    export_incidents(db, path, IncidentQuery())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    summary = rows[1][rows[0].index("summary")]
    assert summary.startswith("'=")


def test_export_then_import_round_trips_every_field(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    from app.demo.generate import ensure_reference_data, generate
    from app.settings import sqlite_url
    from app.storage.database import open_database

    other = open_database(sqlite_url(tmp_path / "other.db"), account="someone else")
    generate(db, incidents=300, seed=5)
    first = incidents.create(
        db,
        IncidentDraft(
            occurred_at=datetime(2026, 10, 25, 2, 30, fold=1),  # the repeated hour
            occurred_until=datetime(2026, 10, 25, 4, 0),
            category="INSUR",
            summary="Vattenskada; källare",
            description='Rad 1\nRad 2 med "citat" och ;',
            latitude=59.2,
            longitude=17.8,
            estimated_cost_sek=125_000,
            agencies_involved=("AB Botkyrkabyggen", "Socialförvaltningen"),
            secret=True,
        ),
    )
    incidents.create(
        db,
        IncidentDraft(
            occurred_at=datetime(2026, 11, 2, 9, 0),
            category="OTHER",
            summary="-minus först",
            related=(first.reference,),
            duplicate_of=first.reference,
        ),
    )
    path = tmp_path / "all.csv"
    written = export_incidents(db, path, IncidentQuery())
    assert written == 302
    with other.writing() as session:
        ensure_reference_data(session)
    assert import_incidents(other, path) == 302

    def comparable(i: incidents.Incident) -> dict[str, object]:
        skip = {"id", "entered_at", "entered_by", "updated_at", "updated_by", "version"}
        return {k: v for k, v in vars(i).items() if k not in skip}

    source = sorted((comparable(i) for i in all_incidents(db)), key=lambda d: str(d["reference"]))
    copy = sorted((comparable(i) for i in all_incidents(other)), key=lambda d: str(d["reference"]))
    assert source == copy
    other.close()


def test_export_writes_what_the_filter_selects(
    db: Database, tmp_path: Path, fixed_clock: datetime
) -> None:
    from app.demo.generate import generate

    generate(db, incidents=400, seed=9)
    query = IncidentQuery(IncidentFilter(categories=("FIRE",), include_secret=False))
    path = tmp_path / "fire.csv"
    written = export_incidents(db, path, query)
    assert written == incident_query.count(db, query) > 0
    lines = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert {line["category"] for line in lines} == {"FIRE"}
    assert [line["reference"] for line in lines] == [
        row.reference for row in incident_query.iterate(db, query)
    ]


def test_export_to_a_missing_folder_names_it(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        export_incidents(db, tmp_path / "nope" / "x.csv", IncidentQuery())


# Text the validation accepts in a one-line and a multi-line field.
line_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip() != "")
free_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=3000
).filter(lambda s: all(c in "\t\n\r" or not (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F) for c in s))
# (identity numbers are refused on purpose; tests/services/test_identity_numbers.py)
line_text = line_text.filter(lambda s: not identity_numbers.find(s))
free_text = free_text.filter(lambda s: not identity_numbers.find(s))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(summary=line_text, description=free_text, place=line_text)
def test_any_accepted_text_survives_export_and_import(
    db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    summary: str,
    description: str,
    place: str,
) -> None:
    created = incidents.create(
        db,
        IncidentDraft(
            occurred_at=datetime(2026, 1, 5, 10, 0),
            category="OTHER",
            summary=summary,
            description=description,
            place=place,
        ),
    )
    folder = tmp_path_factory.mktemp("rt")
    path = folder / "one.csv"
    export_incidents(db, path, IncidentQuery(IncidentFilter(text=created.reference)))
    incidents.delete(db, created.id)
    assert import_incidents(db, path) == 1
    back = incidents.get_by_reference(db, created.reference)
    assert (back.summary, back.description, back.place) == (summary, description, place)
    incidents.delete(db, back.id)


def test_the_readme_documents_every_column() -> None:
    from app.exchange.csv_columns import COLUMNS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for english, swedish, _ in COLUMNS:
        assert f"| `{english}` | `{swedish}` |" in readme, english

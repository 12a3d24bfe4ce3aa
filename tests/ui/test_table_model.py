"""The incident table model: model tester, lazy pages, SQL sorting."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.services import incident_query
from app.services.incident_types import IncidentFilter, IncidentQuery, IncidentSort, SortColumn
from app.services.reference import load
from app.storage.database import Database
from ui.incidents.table_model import (
    COL_OCCURRED,
    COL_PLACE,
    COL_REFERENCE,
    COL_SEVERITY,
    COL_SUMMARY,
    COL_VERIFIED,
    IdRole,
    IncidentTableModel,
    RawRole,
)


def make_model(db: Database) -> IncidentTableModel:
    return IncidentTableModel(db, load(db))


def model_ids(model: IncidentTableModel) -> list[int]:
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:
    model = make_model(demo_db)
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    model.set_filter(IncidentFilter(categories=("VAND",), severities=(1, 2)))
    assert 0 < model.rowCount() < 300
    qtmodeltester.check(model)
    model.sort(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_rows_at_both_ends_and_middle_match_the_service(demo_db: Database) -> None:
    model = make_model(demo_db)
    expected = list(incident_query.iterate(demo_db, IncidentQuery()))
    for row in (0, 150, 299, 151, 0):  # 0 again: served from the cache
        want = expected[row]
        assert model.index(row, COL_REFERENCE).data() == want.reference
        assert model.index(row, COL_REFERENCE).data(IdRole) == want.id
        assert model.index(row, COL_OCCURRED).data(RawRole) == want.occurred_at
        assert model.index(row, COL_SUMMARY).data() == want.summary
    assert model.index(300, 0).data() is None  # past the end: invalid index


def test_sorting_runs_in_the_service_order(demo_db: Database) -> None:
    model = make_model(demo_db)
    for column, order, sort in (
        (COL_SEVERITY, Qt.SortOrder.AscendingOrder, IncidentSort(SortColumn.SEVERITY, False)),
        (COL_PLACE, Qt.SortOrder.DescendingOrder, IncidentSort(SortColumn.PLACE, True)),
        (COL_REFERENCE, Qt.SortOrder.AscendingOrder, IncidentSort(SortColumn.REFERENCE, False)),
    ):
        model.sort(column, order)
        assert model.query.sort == sort
        expected = [r.id for r in incident_query.iterate(demo_db, IncidentQuery(sort=sort))]
        assert model_ids(model) == expected


def test_unsortable_column_leaves_the_order_alone(demo_db: Database) -> None:
    model = make_model(demo_db)
    before = model.query
    model.sort(COL_VERIFIED, Qt.SortOrder.AscendingOrder)
    assert model.query == before


def test_a_small_cache_still_gives_every_row_right(demo_db: Database) -> None:
    model = make_model(demo_db)
    model.PAGE_SIZE, model.MAX_PAGES = 7, 3  # many pages, most evicted: keyset and jumps
    model.refresh()
    expected = [r.id for r in incident_query.iterate(demo_db, model.query)]
    rows = [*range(0, 300, 13), *range(299, -1, -29), 150, 149, 151]
    for row in rows:
        assert model.index(row, 0).data(IdRole) == expected[row]
    assert len(model._pages) <= 3


def test_cells_read_as_an_officer_expects(demo_db: Database) -> None:
    model = make_model(demo_db)
    rows = list(incident_query.iterate(demo_db, IncidentQuery()))
    high = next(i for i, r in enumerate(rows) if r.severity == 3)
    assert model.index(high, COL_SEVERITY).data() == "3 High"
    assert isinstance(model.index(high, COL_SEVERITY).data(Qt.ItemDataRole.DecorationRole), QIcon)
    occurred = model.index(0, COL_OCCURRED).data()
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}", occurred)  # 26 Nov 2026 14:05
    verified = next(i for i, r in enumerate(rows) if r.verified)
    assert model.index(verified, COL_VERIFIED).data() == "✓"
    secret = next((i for i, r in enumerate(rows) if r.secret), None)
    if secret is not None:
        assert "Secret" in model.index(secret, COL_REFERENCE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(COL_SEVERITY, Qt.Orientation.Horizontal) == "Severity"


def test_filter_and_refresh_count_again(demo_db: Database) -> None:
    model = make_model(demo_db)
    model.set_filter(IncidentFilter(severities=(4,)))
    expected = incident_query.count(demo_db, model.query)
    assert model.rowCount() == expected == model.total
    model.set_filter(IncidentFilter())
    assert model.rowCount() == 300


def test_cells_and_headers_read_swedish_in_swedish(demo_db: Database, swedish: None) -> None:
    model = make_model(demo_db)
    rows = list(incident_query.iterate(demo_db, IncidentQuery()))
    high = next(i for i, r in enumerate(rows) if r.severity == 3)
    assert model.index(high, COL_SEVERITY).data() == "3 Hög"
    occurred = model.index(0, COL_OCCURRED).data()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", occurred)  # 2026-11-26 14:05
    assert model.headerData(COL_SEVERITY, Qt.Orientation.Horizontal) == "Allvar"
    assert model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal) == "Nummer"
    unverified = next(i for i, r in enumerate(rows) if not r.verified)
    tip = model.index(unverified, COL_VERIFIED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Inte verifierad"

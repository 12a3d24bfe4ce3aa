"""The case page's other registers: factors ticked and saved, an incident linked by
reference and unlinked, a review held, a responsible person named, and a bad
reference refused under its field."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import FactorKind
from app.services import cases, incidents
from app.storage.database import Database
from tests.services.case_support import POLICE, draft, person, sign_in_tester, task_force
from ui.cases.page import CasePage
from ui.cases.record_dialogs import HoldReviewDialog, LinkIncidentDialog, ResponsibleDialog

pytestmark = pytest.mark.usefixtures("fixed_clock")  # today is 2026-11-26


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> CasePage:
    """The page with one referred case selected (the database has demo incidents)."""
    sign_in_tester(demo_db)
    case = cases.create_case(
        demo_db, draft(task_force(demo_db, "SSPF Testgruppen"), opened_on=date(2026, 9, 1))
    )
    shown = CasePage(demo_db)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    assert shown.select_case(case.id)
    return shown


def test_factors_are_ticked_and_saved(page: CasePage, demo_db: Database) -> None:
    factors = page.detail.factors
    risk = next(f for f in cases.list_factors(demo_db) if f.kind == FactorKind.RISK)
    assert not factors.save_button.isEnabled()
    factors.set_checked(risk.id, True)
    assert factors.save_button.isEnabled()  # changed, not saved yet
    factors.save_button.click()
    assert page.case is not None and risk.id in page.case.factor_ids
    assert risk.id in factors.checked_ids()
    assert not factors.save_button.isEnabled()
    assert "Factors (1)" in page.detail.tabs.tabText(2)


def test_link_an_incident_by_reference_and_unlink_it(
    page: CasePage, qtbot: QtBot, demo_db: Database
) -> None:
    reference = incidents.get(demo_db, 1).reference
    dialog = page.link_incident()
    assert isinstance(dialog, LinkIncidentDialog)
    dialog.reference.setText("1999-9999")
    assert dialog.save() is None
    assert "no incident" in dialog.message("incident")
    dialog.reference.setText(reference)
    with qtbot.waitSignal(dialog.case_saved):
        dialog.save()
    incidents_list = page.detail.incidents
    assert incidents_list.texts(0) == [reference]
    assert page.case is not None
    incidents_list.select(page.case.incidents[0].id)
    page.detail.unlink_button.click()
    assert incidents_list.texts(0) == []


def test_a_review_is_added_then_held(page: CasePage, qtbot: QtBot) -> None:
    case = page.case
    assert case is not None
    detail = cases.add_review(page._db, case.id, date(2026, 11, 20))
    page.refresh()
    page.open_case(detail.id)
    reviews = page.detail.reviews
    assert page.case is not None
    review_id = page.case.reviews[0].id
    assert reviews.state_of(review_id) == "overdue"
    assert not page.detail.hold_button.isEnabled()  # nothing selected yet
    reviews.select(review_id)
    dialog = page.hold_review()
    assert isinstance(dialog, HoldReviewDialog)
    dialog.notes.setPlainText("Insatserna fortsätter som planerat")
    with qtbot.waitSignal(dialog.case_saved):
        dialog.save()
    assert reviews.state_of(review_id) == "done"
    assert reviews.texts(1) == ["26 Nov 2026"]
    assert not page.detail.hold_button.isEnabled()
    row = next(r for r in page.model.rows if r.id == case.id)
    assert not row.review_overdue


def test_a_responsible_person_is_named(page: CasePage, qtbot: QtBot, demo_db: Database) -> None:
    officer = person(demo_db, "Sara Polis", POLICE)
    dialog = page.set_responsible()
    assert isinstance(dialog, ResponsibleDialog)
    dialog.agency.setCurrentIndex(dialog.agency.findData(POLICE))
    dialog.select_person(officer)
    assert dialog.person.currentData() == officer
    with qtbot.waitSignal(dialog.case_saved):
        dialog.save()
    named = dict(
        zip(page.detail.responsible.texts(0), page.detail.responsible.texts(1), strict=True)
    )
    assert named[POLICE] == "Sara Polis"

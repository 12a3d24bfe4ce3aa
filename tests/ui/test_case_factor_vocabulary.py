"""The factor vocabularies are edited from the case page; a case keeps what it has."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import FactorKind, Role
from app.services import cases
from app.storage.database import Database
from tests.services.case_support import draft, sign_in_tester, task_force, user
from ui.cases.page import CasePage

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _page(qtbot: QtBot, db: Database) -> CasePage:
    page = CasePage(db)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: CasePage, kind: FactorKind) -> list[str]:
    box = page.detail.factors.lists[kind]
    return [box.item(row).text() for row in range(box.count())]


def test_a_coordinator_adds_renames_and_retires_a_factor(qtbot: QtBot, db: Database) -> None:
    sign_in_tester(db)
    tf = task_force(db)
    case = cases.create_case(db, draft(tf))
    page = _page(qtbot, db)
    page.select_case(case.id)
    assert page.factor_lists_action.isEnabled()

    dialog = page.edit_factor_lists()
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData(FactorKind.PROTECTIVE))
    dialog.new_sv.setText("Idrottsförening")
    dialog.new_en.setText("Sports club")
    added = dialog.add()
    assert added is not None and dialog.selected() == added

    dialog.edit_sv.setText("")  # both titles are needed
    assert dialog.save_selected() is None
    assert dialog.edit_messages["title_sv"].text()

    dialog.edit_sv.setText("Föreningsliv")
    dialog.edit_en.setText("Club life")
    assert dialog.save_selected() is not None
    dialog.accept()
    assert "Club life" in _titles(page, FactorKind.PROTECTIVE)

    # Ticked on the case, then taken out of use: the case keeps it, nobody new gets it.
    cases.set_factors(db, case.id, [added.id])
    dialog = page.edit_factor_lists()
    dialog.select(added.id)
    dialog.edit_active.setChecked(False)
    assert dialog.save_selected() is not None
    assert [f.id for f in cases.list_factors(db)].count(added.id) == 0
    assert added.id in cases.open_case(db, case.id).factor_ids


def test_a_member_may_not_edit_the_vocabularies(qtbot: QtBot, db: Database) -> None:
    sign_in_tester(db)
    member = user(db, "plain.member", Role.MEMBER)
    page = _page(qtbot, member)
    assert not page.factor_lists_action.isEnabled()
    dialog = page.edit_factor_lists()  # the service is the guard, not the menu
    dialog.new_sv.setText("Något")
    dialog.new_en.setText("Something")
    assert dialog.add() is None
    assert "may not" in dialog.general.text()

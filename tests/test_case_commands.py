"""The cases sub-command, through a fresh parser and the module's register()."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from app.commands import Handler
from app.commands import cases as case_commands
from app.domain.vocabulary import Role
from app.errors import AccessDenied, NotFound
from app.services import cases
from app.storage.database import Database
from tests.services.case_support import active_case, draft, sign_in_tester, task_force, user

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _run(db: Database, *argv: str) -> str:
    parser = argparse.ArgumentParser()
    handlers: dict[str, Handler] = case_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return handlers[args.command](db, args)


def test_cases_lists_what_the_user_may_see(db: Database) -> None:
    sign_in_tester(db)
    assert _run(db, "cases") == "no cases"
    alby = task_force(db)
    fittja = task_force(db, "SSPF Fittja", district="Fittja")
    first = active_case(db, alby, opened_on=date(2026, 9, 1))
    cases.add_review(db, first.id, date(2026, 11, 1))
    cases.create_case(db, draft(fittja, subject_code="FIT-22", district=None))
    assert _run(db, "cases").splitlines() == [
        "2026-002  referred  SSPF Fittja  FIT-22  -     next review -",
        "2026-001  active    SSPF Alby    ALB-17  Alby  next review 2026-11-01  REVIEW OVERDUE",
    ]
    assert _run(db, "cases", "--task-force", "sspf alby", "--status", "active").startswith(
        "2026-001"
    )
    assert _run(db, "cases", "--status", "closed") == "no cases"
    member = user(db, "mona", Role.MEMBER, fittja)
    assert _run(member, "cases").splitlines() == [
        "2026-002  referred  SSPF Fittja  FIT-22  -  next review -"
    ]
    with pytest.raises(AccessDenied):
        _run(member, "cases", "--task-force", "SSPF Alby")
    with pytest.raises(NotFound):
        _run(db, "cases", "--task-force", "SSPF Atlantis")


def test_the_dpo_is_refused_on_one_line(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    sign_in_tester(db)
    dpo = user(db, "dora", Role.DATA_PROTECTION_OFFICER)
    with pytest.raises(AccessDenied) as refused:
        _run(dpo, "cases")
    assert str(refused.value) == "your role (data protection officer) may not see cases"
    # An unknown status is refused by the parser itself.
    with pytest.raises(SystemExit):
        _run(db, "cases", "--status", "paused")

"""What an officer types into a case: fields named, identity numbers refused everywhere,
case numbers per year, stale versions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app import clock
from app.domain.vocabulary import CaseStatus, ConsentSigner, FactorKind, TaskForceKind
from app.errors import Conflict, NotFound, ValidationError
from app.services import cases
from app.storage.database import Database
from tests.services.case_support import (
    active_case,
    audit,
    draft,
    person,
    sign_in_tester,
    task_force,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")
PNR = "Se 19121212-1212 här"  # a valid personnummer (date and check digit right)


@pytest.fixture
def tf(db: Database) -> int:
    sign_in_tester(db)
    return task_force(db)


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("", "required"),
        ("A", "2 to 16"),
        ("ALB-17-ALB-17-ALB-17", "2 to 16"),
        ("ALB 17", "letters, digits and dashes"),
        ("ALB_17", "letters, digits and dashes"),
        ("Albin", "mix letters and digits"),
        ("080314", "mix letters and digits"),
        ("121212-1212", "identity number"),
        ("191212121212", "identity number"),
    ],
)
def test_subject_codes_that_are_refused(db: Database, tf: int, code: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as refused:
        cases.create_case(db, draft(tf, subject_code=code))
    assert fragment in refused.value.errors["subject_code"]


@pytest.mark.parametrize("code", ["ALB-17", "K7-ALV", "ÖST-3", "x1"])
def test_subject_codes_that_are_accepted(db: Database, tf: int, code: str) -> None:
    assert cases.create_case(db, draft(tf, subject_code=code)).subject_code == code


@pytest.mark.parametrize("field", ["school", "referred_by", "referral_reason"])
def test_identity_numbers_are_refused_in_every_free_text_of_a_case(
    db: Database, tf: int, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        cases.create_case(db, draft(tf, **{field: PNR}))
    assert set(refused.value.errors) == {field}
    assert "at character 4" in refused.value.errors[field]


def test_identity_numbers_are_refused_in_the_case_work_texts(db: Database, tf: int) -> None:
    case = active_case(db, tf, opened_on=date(2026, 9, 1))
    review = cases.add_review(db, case.id, date(2026, 12, 1)).reviews[0]
    attempts = {
        "what": lambda: cases.add_action(db, case.id, PNR, None, None),
        "text": lambda: cases.add_note(db, case.id, PNR),
        "notes": lambda: cases.hold_review(db, case.id, review.id, notes=PNR),
        "reason": lambda: cases.move_case(db, case.id, CaseStatus.CLOSED, reason=PNR),
        "title_en": lambda: cases.add_factor(db, FactorKind.RISK, "Ny faktor", PNR),
    }
    for field, attempt in attempts.items():
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert "personal identity number" in refused.value.errors[field], field
    after = cases.open_case(db, case.id)
    assert after.status is CaseStatus.ACTIVE and not after.actions and not after.notes


def test_every_bad_field_is_named_at_once(db: Database, tf: int) -> None:
    with pytest.raises(ValidationError) as refused:
        cases.create_case(
            db,
            draft(
                tf,
                subject_code="",
                birth_year=1990,
                district="Atlantis",
                school="x" * 121,
                referred_by="rad\nbrytning",
                opened_on=date(2026, 12, 24),
            ),
        )
    errors = refused.value.errors
    assert set(errors) == {
        "subject_code",
        "birth_year",
        "district",
        "school",
        "referred_by",
        "opened_on",
    }
    assert errors["birth_year"] == "must be between 2001 and 2020"
    assert "Atlantis" in errors["district"]


def test_the_task_force_must_be_an_active_social_one(db: Database) -> None:
    sign_in_tester(db)
    working = task_force(db, "Arbetsgrupp PDV", district=None, kind=TaskForceKind.WORKING_GROUP)
    old = task_force(db, "SSPF Nedlagd", active=False)
    for task_force_id, fragment in ((working, "not a social"), (old, "no longer active")):
        with pytest.raises(ValidationError) as refused:
            cases.create_case(db, draft(task_force_id))
        assert fragment in refused.value.errors["task_force"]
    with pytest.raises(ValidationError) as refused:
        cases.create_case(db, draft(9999))
    assert refused.value.errors["task_force"] == "unknown task force"


def test_case_numbers_run_per_year(db: Database, tf: int) -> None:
    numbers = [cases.create_case(db, draft(tf)).number for _ in range(3)]
    assert numbers == ["2026-001", "2026-002", "2026-003"]
    clock.set_clock(lambda: datetime(2027, 1, 2, 9, tzinfo=UTC))
    assert cases.create_case(db, draft(tf, birth_year=2012)).number == "2027-001"
    assert [r.number for r in cases.list_cases(db)] == [
        "2027-001",
        "2026-003",
        "2026-002",
        "2026-001",
    ]


def test_a_new_case_is_referred_and_opened_today(db: Database, tf: int) -> None:
    case = cases.create_case(db, draft(tf))
    assert case.status is CaseStatus.REFERRED
    assert case.opened_on == date(2026, 11, 26)
    assert case.allowed_moves == (CaseStatus.ASSESSED, CaseStatus.CLOSED)
    assert case.task_force == "SSPF Alby" and case.district == "Alby"
    assert case.may_change and case.version == 1
    assert [e.kind for e in case.timeline] == ["opened"]


def test_free_texts_are_stored_stripped(db: Database, tf: int) -> None:
    padded = {
        "school": "  Alby skola\u00a0",
        "referred_by": "\tSkolkurator ",
        "referral_reason": "\n Hög frånvaro\r\noro för umgänge \n",
    }
    case = cases.create_case(db, draft(tf, **padded))
    stored = cases.open_case(db, case.id)
    assert (stored.school, stored.referred_by, stored.referral_reason) == (
        "Alby skola",
        "Skolkurator",
        "Hög frånvaro\r\noro för umgänge",
    )
    # The same text with other padding is no change of the field.
    again = cases.update_case(
        db, case.id, draft(tf, school=" Alby skola ", referred_by="Skolkurator"), case.version
    )
    assert again.school == "Alby skola" and again.version == 2
    assert again.referral_reason == "Hög frånvaro och oro för umgänge"
    assert audit(db)[-1]["detail"] == "changed referral_reason"


def test_update_saves_and_refuses_a_stale_version(db: Database, tf: int) -> None:
    case = cases.create_case(db, draft(tf))
    changed = cases.update_case(
        db, case.id, draft(tf, school="Fittjaskolan", district="Fittja"), case.version
    )
    assert (changed.school, changed.district, changed.version) == ("Fittjaskolan", "Fittja", 2)
    assert changed.opened_on == case.opened_on
    with pytest.raises(Conflict):
        cases.update_case(db, case.id, draft(tf, school="Annan"), case.version)
    assert cases.open_case(db, case.id).school == "Fittjaskolan"


def test_closed_cases_refuse_every_change(db: Database, tf: int) -> None:
    case = active_case(db, tf, opened_on=date(2026, 9, 1))
    review = cases.add_review(db, case.id, date(2026, 12, 1)).reviews[0]
    closed = cases.move_case(db, case.id, CaseStatus.CLOSED)
    teacher = person(db, "Lärare Lo", "Utbildningsförvaltningen")
    changes = [
        lambda: cases.update_case(db, case.id, draft(tf), closed.version),
        lambda: cases.move_case(db, case.id, CaseStatus.ACTIVE),
        lambda: cases.add_consent(
            db,
            case.id,
            ConsentSigner.GUARDIAN,
            "",
            date(2026, 11, 1),
            date(2027, 1, 1),
            ["Socialförvaltningen"],
        ),
        lambda: cases.withdraw_consent(db, case.id, closed.consents[0].id),
        lambda: cases.set_factors(db, case.id, []),
        lambda: cases.set_responsible(db, case.id, "Utbildningsförvaltningen", teacher),
        lambda: cases.add_action(db, case.id, "Samtal", None, None),
        lambda: cases.add_review(db, case.id, date(2027, 1, 1)),
        lambda: cases.hold_review(db, case.id, review.id),
        lambda: cases.link_incident(db, case.id, "2026-0001"),
        lambda: cases.unlink_incident(db, case.id, 1),
        lambda: cases.add_note(db, case.id, "Efteråt"),
    ]
    for change in changes:
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.errors == {"status": "case is closed"}


def test_a_case_that_does_not_exist(db: Database, tf: int) -> None:
    with pytest.raises(NotFound):
        cases.open_case(db, 4242)
    with pytest.raises(NotFound):
        cases.add_note(db, 4242, "x")

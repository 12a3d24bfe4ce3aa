"""The consent register: who must sign, expiry, withdrawal stopping the sharing and
holding back changes, and what a new consent may hold."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.vocabulary import CaseStatus, ConsentSigner
from app.errors import NotFound, ValidationError
from app.services import cases
from app.services.case_types import CaseDetail
from app.storage.database import Database
from tests.services.case_support import (
    FROM_15,
    LEISURE,
    POLICE,
    SCHOOL,
    SOCIAL,
    UNDER_15,
    active_case,
    audit,
    draft,
    guardian_consent,
    person,
    sign_in_tester,
    task_force,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = date(2026, 11, 26)


def assessed(db: Database, birth_year: int = UNDER_15) -> CaseDetail:
    sign_in_tester(db)
    case = cases.create_case(
        db, draft(task_force(db), birth_year=birth_year, opened_on=date(2026, 9, 1))
    )
    return cases.move_case(db, case.id, CaseStatus.ASSESSED)


def test_under_15_a_guardian_suffices(db: Database) -> None:
    case = assessed(db, UNDER_15)
    assert case.consent_problem is not None
    assert CaseStatus.ACTIVE not in case.allowed_moves
    with pytest.raises(ValidationError) as refused:
        cases.move_case(db, case.id, CaseStatus.ACTIVE)
    assert "guardian" in refused.value.errors["status"]
    case = guardian_consent(db, case.id, (SCHOOL, SOCIAL))
    assert case.consent_problem is None
    assert case.shared_with == (SOCIAL, SCHOOL) or set(case.shared_with) == {SCHOOL, SOCIAL}
    assert cases.move_case(db, case.id, CaseStatus.ACTIVE).status is CaseStatus.ACTIVE


def test_from_15_the_young_person_signs_too(db: Database) -> None:
    case = assessed(db, FROM_15)
    case = guardian_consent(db, case.id, (SCHOOL, SOCIAL, POLICE))
    assert case.consent_problem is not None and "young person" in case.consent_problem
    assert case.shared_with == ()
    with pytest.raises(ValidationError) as refused:
        cases.move_case(db, case.id, CaseStatus.ACTIVE)
    assert "young person" in refused.value.errors["status"]
    case = guardian_consent(
        db, case.id, (SCHOOL, POLICE, LEISURE), signer=ConsentSigner.YOUNG_PERSON
    )
    assert case.consent_problem is None
    # Shared only with what both signatures cover.
    assert set(case.shared_with) == {SCHOOL, POLICE}
    assert cases.move_case(db, case.id, CaseStatus.ACTIVE).status is CaseStatus.ACTIVE


def test_the_young_persons_consent_alone_is_not_enough(db: Database) -> None:
    case = assessed(db, FROM_15)
    case = guardian_consent(db, case.id, signer=ConsentSigner.YOUNG_PERSON)
    assert case.consent_problem is not None and "guardian" in case.consent_problem


def test_signatures_without_an_agency_in_common_allow_nothing(db: Database) -> None:
    case = assessed(db, FROM_15)
    guardian_consent(db, case.id, (SCHOOL,))
    case = guardian_consent(db, case.id, (POLICE,), signer=ConsentSigner.YOUNG_PERSON)
    assert case.shared_with == ()
    assert case.consent_problem is not None and "in common" in case.consent_problem


def test_two_guardians_cover_together(db: Database) -> None:
    case = assessed(db)
    guardian_consent(db, case.id, (SCHOOL,))
    case = guardian_consent(db, case.id, (POLICE,))
    assert set(case.shared_with) == {SCHOOL, POLICE}


def test_expired_and_future_consent_is_not_valid(db: Database, fixed_clock: object) -> None:
    from app import clock
    from app.clock import to_utc

    case = assessed(db)
    case = guardian_consent(db, case.id, signed_on=date(2025, 10, 1), expires_on=date(2026, 11, 25))
    assert not case.consents[0].valid and case.consent_problem is not None
    # Valid up to and including its expiry date.
    case = guardian_consent(db, case.id, signed_on=date(2026, 1, 1), expires_on=TODAY)
    assert case.consents[-1].valid and case.consent_problem is None
    active = cases.move_case(db, case.id, CaseStatus.ACTIVE)
    clock.set_clock(lambda: to_utc(__import__("datetime").datetime(2026, 11, 27, 12)))
    later = cases.open_case(db, active.id)
    assert later.consent_problem is not None and later.allowed_moves == (CaseStatus.CLOSED,)


def test_withdrawal_stops_the_sharing_and_holds_changes_back(db: Database) -> None:
    sign_in_tester(db)
    case = active_case(db, task_force(db), opened_on=date(2026, 9, 1))
    review = cases.add_review(db, case.id, date(2026, 12, 10)).reviews[0]
    officer = person(db, "Polis Pål", POLICE)
    case = cases.withdraw_consent(db, case.id, case.consents[0].id)
    assert case.consents[0].withdrawn_on == TODAY and not case.consents[0].valid
    assert case.shared_with == ()
    assert case.consent_problem is not None
    assert case.status is CaseStatus.ACTIVE
    assert case.allowed_moves == (CaseStatus.CLOSED,)
    assert [e.kind for e in case.timeline].count("withdrawal") == 1

    refused_changes = [
        lambda: cases.add_action(db, case.id, "Samtal", None, None),
        lambda: cases.add_note(db, case.id, "Anteckning"),
        lambda: cases.set_responsible(db, case.id, POLICE, officer),
        lambda: cases.add_review(db, case.id, date(2027, 1, 10)),
        lambda: cases.set_factors(db, case.id, [1]),
        lambda: cases.link_incident(db, case.id, "2026-0001"),
        lambda: cases.update_case(db, case.id, draft(case.task_force_id), case.version),
        lambda: cases.move_case(db, case.id, CaseStatus.FOLLOW_UP),
    ]
    for change in refused_changes:
        with pytest.raises(ValidationError) as refused:
            change()
        assert "consent" in refused.value.errors, refused.value.errors

    # What stays possible: holding the review, a new consent, and closing.
    held = cases.hold_review(db, case.id, review.id, notes="Samtycket återkallat")
    assert held.reviews[0].held_on == TODAY
    renewed = guardian_consent(db, case.id, (SCHOOL, SOCIAL))
    assert renewed.consent_problem is None and set(renewed.shared_with) == {SCHOOL, SOCIAL}
    assert cases.add_note(db, case.id, "Nytt samtycke").notes
    assert cases.move_case(db, case.id, CaseStatus.CLOSED).status is CaseStatus.CLOSED


def test_while_active_only_covered_agencies_take_part(db: Database) -> None:
    sign_in_tester(db)
    case = cases.create_case(db, draft(task_force(db)))
    guardian_consent(db, case.id, (SCHOOL, SOCIAL))
    cases.move_case(db, case.id, CaseStatus.ASSESSED)
    case = cases.move_case(db, case.id, CaseStatus.ACTIVE)
    officer = person(db, "Polis Pål", POLICE)
    teacher = person(db, "Lärare Lo", SCHOOL)
    with pytest.raises(ValidationError) as refused:
        cases.set_responsible(db, case.id, POLICE, officer)
    assert POLICE in refused.value.errors["agency"]
    with pytest.raises(ValidationError) as refused:
        cases.add_action(db, case.id, "Hembesök", officer, None)
    assert POLICE in refused.value.errors["person_id"]
    assert cases.set_responsible(db, case.id, SCHOOL, teacher).responsible[0].person == "Lärare Lo"
    assert cases.add_action(db, case.id, "Samtal", teacher, None).actions[0].person == "Lärare Lo"


def test_a_withdrawal_removes_the_responsible_people_it_no_longer_covers(db: Database) -> None:
    sign_in_tester(db)
    case = cases.create_case(db, draft(task_force(db)))
    first = guardian_consent(db, case.id, (SCHOOL, SOCIAL, POLICE)).consents[0].id
    guardian_consent(db, case.id, (SCHOOL,))  # the other guardian: the school only
    cases.move_case(db, case.id, CaseStatus.ASSESSED)
    case = cases.move_case(db, case.id, CaseStatus.ACTIVE)
    teacher = person(db, "Lärare Lo", SCHOOL)
    officer = person(db, "Polis Pål", POLICE)
    social = person(db, "Socialsekreterare Siv", SOCIAL)
    for agency, who in ((SCHOOL, teacher), (POLICE, officer), (SOCIAL, social)):
        cases.set_responsible(db, case.id, agency, who)
    case = cases.add_action(db, case.id, "Hembesök", officer, date(2026, 12, 1))

    case = cases.withdraw_consent(db, case.id, first)

    assert case.shared_with == (SCHOOL,)
    assert [(r.agency, r.person) for r in case.responsible] == [(SCHOOL, "Lärare Lo")]
    # The open action stays: it is the record of what was agreed.
    assert [(a.what, a.person, a.done_on) for a in case.actions] == [
        ("Hembesök", "Polis Pål", None)
    ]
    detail = audit(db)[-1]["detail"]
    assert detail.endswith(f"; responsible person removed for {POLICE}, {SOCIAL}"), detail
    assert "Polis Pål" not in detail and "Socialsekreterare Siv" not in detail


def test_a_withdrawal_that_leaves_the_agencies_covered_removes_nobody(db: Database) -> None:
    sign_in_tester(db)
    case = cases.create_case(db, draft(task_force(db)))
    guardian_consent(db, case.id, (SCHOOL, POLICE))
    second = guardian_consent(db, case.id, (SCHOOL, POLICE)).consents[-1].id
    teacher = person(db, "Lärare Lo", SCHOOL)
    cases.set_responsible(db, case.id, SCHOOL, teacher)
    case = cases.withdraw_consent(db, case.id, second)
    assert [r.agency for r in case.responsible] == [SCHOOL]
    assert "responsible" not in audit(db)[-1]["detail"]


def test_a_withdrawal_cannot_be_made_twice_or_dated_wrongly(db: Database) -> None:
    case = assessed(db)
    case = guardian_consent(db, case.id, signed_on=date(2026, 11, 1))
    consent = case.consents[0].id
    for on, message in ((date(2026, 12, 1), "future"), (date(2026, 10, 1), "before")):
        with pytest.raises(ValidationError) as refused:
            cases.withdraw_consent(db, case.id, consent, on)
        assert message in refused.value.errors["withdrawn_on"]
    cases.withdraw_consent(db, case.id, consent, date(2026, 11, 20))
    with pytest.raises(ValidationError) as refused:
        cases.withdraw_consent(db, case.id, consent)
    assert "already" in refused.value.errors["withdrawn_on"]
    with pytest.raises(NotFound):
        cases.withdraw_consent(db, case.id, 9999)


def test_a_new_consent_is_checked_field_by_field(db: Database) -> None:
    case = assessed(db)
    with pytest.raises(ValidationError) as refused:
        cases.add_consent(
            db,
            case.id,
            ConsentSigner.GUARDIAN,
            "Mamma 19121212-1212",
            date(2026, 12, 1),
            date(2026, 11, 1),
            [],
        )
    errors = refused.value.errors
    assert set(errors) == {"signer_label", "signed_on", "expires_on", "agencies"}
    assert "identity number" in errors["signer_label"]
    assert "future" in errors["signed_on"]
    assert "after" in errors["expires_on"]
    with pytest.raises(ValidationError) as refused:
        cases.add_consent(
            db,
            case.id,
            ConsentSigner.GUARDIAN,
            "Vårdnadshavare",
            date(2026, 11, 1),
            date(2027, 11, 1),
            [SCHOOL, "Påhittade verket"],
        )
    assert refused.value.errors == {"agencies": "unknown agency 'Påhittade verket'"}
    with pytest.raises(ValidationError) as refused:
        cases.add_consent(
            db,
            case.id,
            "aunt",  # type: ignore[arg-type]
            "",
            date(2026, 11, 1),
            date(2027, 11, 1),
            [SCHOOL],
        )
    assert set(refused.value.errors) == {"signer"}

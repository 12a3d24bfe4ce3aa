"""The work on a case: actions, reviews, responsible people, factors, incidents, notes,
and the case table's filters."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app import clock
from app.domain.vocabulary import CaseStatus, FactorKind
from app.errors import NotFound, ValidationError
from app.services import cases, incidents
from app.services.case_types import CaseFilter
from app.storage.database import Database
from tests.services.case_support import (
    POLICE,
    SCHOOL,
    active_case,
    audit,
    draft,
    person,
    sign_in_tester,
    task_force,
)
from tests.services.support import draft as incident_draft

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = date(2026, 11, 26)


@pytest.fixture
def tf(db: Database) -> int:
    sign_in_tester(db)
    return task_force(db)


def test_actions_are_added_done_and_overdue(db: Database, tf: int) -> None:
    case = active_case(db, tf, opened_on=date(2026, 9, 1))
    teacher = person(db, "Lärare Lo", SCHOOL)
    case = cases.add_action(db, case.id, "Samtal med familjen", teacher, date(2026, 11, 20))
    case = cases.add_action(db, case.id, "Närvaroplan", None, None)
    late, open_ = case.actions
    assert (late.person, late.overdue, open_.person, open_.overdue) == (
        "Lärare Lo",
        True,
        "",
        False,
    )
    with pytest.raises(ValidationError) as refused:
        cases.complete_action(db, case.id, late.id, date(2026, 12, 1))
    assert "future" in refused.value.errors["done_on"]
    done = cases.complete_action(db, case.id, late.id).actions[0]
    assert done.done_on == TODAY and not done.overdue
    with pytest.raises(ValidationError):
        cases.complete_action(db, case.id, late.id)
    with pytest.raises(NotFound):
        cases.complete_action(db, case.id, 999)
    kinds = [e.kind for e in cases.open_case(db, case.id).timeline]
    assert "action_done" in kinds and kinds.count("action") >= 2
    with pytest.raises(ValidationError) as refused:
        cases.add_action(db, case.id, " ", 4242, None)
    assert set(refused.value.errors) == {"what", "person_id"}
    gone = person(db, "Slutat Sture", SCHOOL, active=False)
    with pytest.raises(ValidationError) as refused:
        cases.add_action(db, case.id, "Samtal", gone, None)
    assert "no longer active" in refused.value.errors["person_id"]


def test_reviews_are_planned_held_and_overdue_in_the_table(db: Database, tf: int) -> None:
    case = active_case(db, tf, opened_on=date(2026, 9, 1))
    with pytest.raises(ValidationError) as refused:
        cases.add_review(db, case.id, date(2026, 8, 1))
    assert "before the case was opened" in refused.value.errors["due"]
    case = cases.add_review(db, case.id, date(2026, 12, 10))
    row = cases.list_cases(db)[0]
    assert (row.next_review, row.review_overdue) == (date(2026, 12, 10), False)
    assert cases.list_cases(db, CaseFilter(overdue_review=True)) == []
    # A fortnight later the review is late.
    clock.set_clock(lambda: datetime(2026, 12, 12, 10, tzinfo=UTC))
    row = cases.list_cases(db)[0]
    assert row.review_overdue
    assert [r.id for r in cases.list_cases(db, CaseFilter(overdue_review=True))] == [case.id]
    assert cases.open_case(db, case.id).reviews[0].overdue
    held = cases.hold_review(db, case.id, case.reviews[0].id, notes="Planen följs")
    assert held.reviews[0].held_on == date(2026, 12, 12) and not held.reviews[0].overdue
    assert cases.list_cases(db)[0].next_review is None
    with pytest.raises(ValidationError):
        cases.hold_review(db, case.id, case.reviews[0].id)


def test_responsible_people_per_agency(db: Database, tf: int) -> None:
    case = active_case(db, tf)
    teacher = person(db, "Lärare Lo", SCHOOL)
    officer = person(db, "Polis Pål", POLICE)
    with pytest.raises(ValidationError) as refused:
        cases.set_responsible(db, case.id, SCHOOL, officer)
    assert "does not belong" in refused.value.errors["person_id"]
    with pytest.raises(ValidationError) as refused:
        cases.set_responsible(db, case.id, "Okänd förvaltning", teacher)
    assert "agency" in refused.value.errors
    case = cases.set_responsible(db, case.id, SCHOOL, teacher)
    case = cases.set_responsible(db, case.id, POLICE, officer)
    assert [(r.agency, r.person) for r in case.responsible] == [
        (POLICE, "Polis Pål"),
        (SCHOOL, "Lärare Lo"),
    ]
    other = person(db, "Lärare Li", SCHOOL)
    case = cases.set_responsible(db, case.id, SCHOOL, other)
    assert [r.person for r in case.responsible] == ["Polis Pål", "Lärare Li"]
    case = cases.set_responsible(db, case.id, SCHOOL, None)
    assert [r.agency for r in case.responsible] == [POLICE]


def test_factors_are_ticked_and_the_vocabulary_edited(db: Database, tf: int) -> None:
    case = cases.create_case(db, draft(tf))
    risks = [f for f in cases.list_factors(db) if f.kind is FactorKind.RISK]
    assert risks and all(f.active for f in risks)
    case = cases.set_factors(db, case.id, [risks[0].id, risks[1].id])
    assert case.factor_ids == (risks[0].id, risks[1].id)
    added = cases.add_factor(db, FactorKind.PROTECTIVE, "Idrott", "Sports")
    assert cases.list_factors(db)[-1] == added
    with pytest.raises(ValidationError) as refused:
        cases.add_factor(db, FactorKind.PROTECTIVE, "idrott", "Sport")
    assert "already" in refused.value.errors["title_sv"]
    cases.update_factor(db, risks[0].id, risks[0].title_sv, risks[0].title_en, False)
    # A case keeps an inactive factor it has, but cannot be given a new one.
    assert cases.set_factors(db, case.id, [risks[0].id]).factor_ids == (risks[0].id,)
    other = cases.create_case(db, draft(tf))
    with pytest.raises(ValidationError) as refused:
        cases.set_factors(db, other.id, [risks[0].id, 9999])
    assert "9999" in refused.value.errors["factors"]
    assert "no longer in use" in refused.value.errors["factors"]


def test_incidents_are_linked_by_reference(db: Database, tf: int) -> None:
    incident = incidents.create(db, incident_draft())
    case = cases.create_case(db, draft(tf))
    case = cases.link_incident(db, case.id, incident.reference)
    assert [(i.id, i.reference) for i in case.incidents] == [(incident.id, incident.reference)]
    for reference, fragment in (
        (incident.reference, "already"),
        ("2026-9999", "there is no incident 2026-9999"),
        ("hej", "such as 2026-0142"),
    ):
        with pytest.raises(ValidationError) as refused:
            cases.link_incident(db, case.id, reference)
        assert fragment in refused.value.errors["incident"]
    assert cases.unlink_incident(db, case.id, incident.id).incidents == ()
    with pytest.raises(NotFound):
        cases.unlink_incident(db, case.id, incident.id)


def test_the_audit_log_does_not_say_which_incident(db: Database, tf: int) -> None:
    """The audit log outlives the case: it must not tie an incident (which may
    describe the young person) to the case number."""
    incident = incidents.create(db, incident_draft())
    case = cases.create_case(db, draft(tf))
    cases.link_incident(db, case.id, incident.reference)
    cases.unlink_incident(db, case.id, incident.id)
    changes = [e["detail"] for e in audit(db) if e["case_id"] == case.id][-2:]
    assert changes == ["an incident linked", "an incident unlinked"]
    assert all(incident.reference not in e["detail"] for e in audit(db))


def test_notes_carry_their_author_and_time(db: Database, tf: int, fixed_clock: object) -> None:
    case = cases.create_case(db, draft(tf))
    with pytest.raises(ValidationError) as refused:
        cases.add_note(db, case.id, "   ")
    assert refused.value.errors == {"text": "is required"}
    note = cases.add_note(db, case.id, "Första mötet bokat").notes[0]
    assert (note.author, note.text, note.written_at) == (
        "tester",
        "Första mötet bokat",
        fixed_clock,
    )


def test_the_table_filters(db: Database, tf: int) -> None:
    fittja = task_force(db, "SSPF Fittja", district="Fittja")
    a = cases.create_case(db, draft(tf))
    b = active_case(db, tf, subject_code="ALB-18", district=None)
    c = cases.create_case(db, draft(fittja, subject_code="FIT-1", district="Fittja"))
    cases.add_action(db, b.id, "Samtal", None, None)

    def ids(**values: object) -> list[int]:
        return [r.id for r in cases.list_cases(db, CaseFilter(**values))]  # type: ignore[arg-type]

    assert ids() == [c.id, b.id, a.id]
    assert ids(task_force_id=tf) == [b.id, a.id]
    assert ids(status=CaseStatus.ACTIVE) == [b.id]
    assert ids(district="Fittja") == [c.id]
    assert ids(task_force_id=fittja, status=CaseStatus.REFERRED) == [c.id]
    row = next(r for r in cases.list_cases(db) if r.id == b.id)
    assert (row.task_force, row.district, row.open_actions) == ("SSPF Alby", None, 1)

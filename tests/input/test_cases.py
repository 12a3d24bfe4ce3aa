"""Cases: every free-text field and every date, stored and read back exactly or refused.

Normalisation: a case's texts (school, referred by, reason, consent label,
action, review notes, notes, close reason) are stored stripped of surrounding
blanks, like the subject code. Dates are calendar dates: a datetime where a
date belongs is refused ("must be a date"), never cut to its day silently.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.tables import (
    CASE,
    CASE_ACTION,
    CASE_NOTE,
    CASE_REVIEW,
    CONSENT,
    CONSENT_AGENCY,
)
from app.domain.vocabulary import CaseStatus, ConsentSigner
from app.errors import ValidationError
from app.services import cases, identity_numbers
from app.services.case_validation import (
    ACTION_MAX,
    CASE_TEXTS,
    CLOSE_REASON_MAX,
    NOTE_MAX,
    REVIEW_NOTES_MAX,
    SIGNER_LABEL_MAX,
)
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    FEW,
    check_refusal,
    count_rows,
    edge_dates,
    text_refused,
    texts,
    tried,
)
from tests.services.case_support import SCHOOL, SSPF_AGENCIES, draft, sign_in_tester, task_force

TODAY = date(2026, 11, 26)  # the fixed clock's
CASE_TABLES = (CASE, CONSENT, CONSENT_AGENCY, CASE_NOTE, CASE_ACTION, CASE_REVIEW)
_CODE = re.compile(r"[A-Za-z0-9ÅÄÖåäö-]{2,16}")


@pytest.fixture
def force(db: Database, fixed_clock: datetime) -> int:
    sign_in_tester(db)
    return task_force(db)


def _stripped_refused(value: str, limit: int, *, multiline: bool, required: bool = False) -> bool:
    # The rules look at the text as typed; what is stored is stripped.
    return text_refused(value, limit, multiline=multiline, required=required)


@BOUNDED
@given(field=st.sampled_from(sorted(CASE_TEXTS)), value=texts)
def test_a_cases_particulars_are_kept_or_refused_by_name(
    db: Database, force: int, field: str, value: str
) -> None:
    tried()
    limit, multiline = CASE_TEXTS[field]
    before = count_rows(db, *CASE_TABLES)
    try:
        case = cases.create_case(db, draft(force, **{field: value}))
    except ValidationError as error:
        assert _stripped_refused(value, limit, multiline=multiline)
        check_refusal(error, field)
        assert count_rows(db, *CASE_TABLES) == before
        return
    assert not _stripped_refused(value, limit, multiline=multiline)
    assert getattr(cases.open_case(db, case.id), field) == value.strip()


def _code_refused(code: str) -> bool:
    text = code.strip()
    return (
        not _CODE.fullmatch(text)
        or not any(c.isdigit() for c in text)
        or not any(c.isalpha() for c in text)
        or bool(identity_numbers.find(text))
    )


@BOUNDED
@given(
    code=texts | st.from_regex(r"[A-Za-zÅÄÖåäö0-9-]{1,18}", fullmatch=True),
    birth_year=st.integers(1900, 2100) | st.sampled_from((2001, 2020, 2000, 2021)),
)
def test_a_subject_code_and_birth_year_are_kept_or_refused(
    db: Database, force: int, code: str, birth_year: int
) -> None:
    tried()
    before = count_rows(db, CASE)
    try:
        case = cases.create_case(db, draft(force, subject_code=code, birth_year=birth_year))
    except ValidationError as error:
        assert _code_refused(code) or not 2001 <= birth_year <= 2020
        for field in ("subject_code", "birth_year"):
            if field in error.errors:
                check_refusal(error, field)
        assert count_rows(db, CASE) == before
        return
    assert not _code_refused(code) and 2001 <= birth_year <= 2020
    again = cases.open_case(db, case.id)
    assert (again.subject_code, again.birth_year) == (code.strip(), birth_year)


OPERATIONS = {  # name -> (limit, required)
    "note": (NOTE_MAX, True),
    "action": (ACTION_MAX, True),
    "review": (REVIEW_NOTES_MAX, False),
    "reason": (CLOSE_REASON_MAX, False),
}


@BOUNDED
@given(operation=st.sampled_from(sorted(OPERATIONS)), value=texts)
def test_case_work_text_is_kept_or_refused_and_nothing_half_written(
    db: Database, force: int, operation: str, value: str
) -> None:
    tried()
    case = cases.create_case(db, draft(force))
    review = cases.add_review(db, case.id, TODAY).reviews[0].id if operation == "review" else 0
    before = count_rows(db, *CASE_TABLES)
    limit, required = OPERATIONS[operation]
    try:
        if operation == "note":
            stored = cases.add_note(db, case.id, value).notes[-1].text
        elif operation == "action":
            stored = cases.add_action(db, case.id, value, None, TODAY).actions[-1].what
        elif operation == "review":
            stored = cases.hold_review(db, case.id, review, TODAY, value).reviews[0].notes
        else:
            stored = cases.move_case(db, case.id, CaseStatus.CLOSED, reason=value).close_reason
    except ValidationError as error:
        assert _stripped_refused(value, limit, multiline=True, required=required)
        assert len(error.errors) == 1
        check_refusal(error, next(iter(error.errors)))
        assert count_rows(db, *CASE_TABLES) == before
        assert cases.open_case(db, case.id).version == case.version
        return
    assert not _stripped_refused(value, limit, multiline=True, required=required)
    assert stored == value.strip()


@BOUNDED
@given(label=texts, signed=edge_dates, expires=edge_dates)
def test_a_consent_is_kept_whole_or_refused_whole(
    db: Database, force: int, label: str, signed: date, expires: date
) -> None:
    tried()
    case = cases.create_case(db, draft(force))
    before = count_rows(db, CONSENT, CONSENT_AGENCY)
    try:
        detail = cases.add_consent(
            db, case.id, ConsentSigner.GUARDIAN, label, signed, expires, SSPF_AGENCIES
        )
    except ValidationError as error:
        assert text_refused(label, SIGNER_LABEL_MAX) or signed > TODAY or expires <= signed
        for field in error.errors:
            check_refusal(error, field)
        assert count_rows(db, CONSENT, CONSENT_AGENCY) == before  # no consent without agencies
        return
    assert not text_refused(label, SIGNER_LABEL_MAX) and signed <= TODAY
    consent = cases.open_case(db, detail.id).consents[-1]
    assert (consent.signer_label, consent.signed_on, consent.expires_on) == (
        label.strip(),
        signed,
        expires,
    )
    assert sorted(consent.agencies) == sorted(SSPF_AGENCIES)


@FEW
@given(opened=edge_dates)
def test_an_opening_date_is_kept_or_refused(db: Database, force: int, opened: date) -> None:
    tried()
    try:
        case = cases.create_case(db, draft(force, opened_on=opened))
    except ValidationError as error:
        assert opened > TODAY
        check_refusal(error, "opened_on")
        return
    assert cases.open_case(db, case.id).opened_on == opened


def test_a_leap_day_and_far_future_dates_are_kept(db: Database, force: int) -> None:
    tried(4)
    case = cases.create_case(db, draft(force, opened_on=date(2024, 2, 29)))
    cases.add_consent(
        db, case.id, ConsentSigner.GUARDIAN, "VH 1", date(2024, 2, 29), date(2099, 12, 31), [SCHOOL]
    )
    cases.add_review(db, case.id, date(2099, 12, 31))
    detail = cases.add_action(db, case.id, "Uppföljning", None, date(2028, 2, 29))
    assert detail.opened_on == date(2024, 2, 29)
    assert (detail.consents[0].signed_on, detail.consents[0].expires_on) == (
        date(2024, 2, 29),
        date(2099, 12, 31),
    )
    assert detail.reviews[0].due == date(2099, 12, 31)
    assert detail.actions[0].due == date(2028, 2, 29)


MOMENT = datetime(2026, 11, 1, 9, 30)


@pytest.mark.parametrize("where", ["opened_on", "signed_on", "expires_on"])
def test_a_date_and_time_where_a_date_belongs_is_refused(
    db: Database, force: int, where: str
) -> None:
    tried()
    before = count_rows(db, *CASE_TABLES)
    with pytest.raises(ValidationError) as refused:
        if where == "opened_on":
            cases.create_case(db, draft(force, opened_on=MOMENT))
        else:
            case = cases.create_case(db, draft(force))
            before = count_rows(db, *CASE_TABLES)
            dates = {"signed_on": date(2026, 11, 1), "expires_on": date(2027, 11, 1), where: MOMENT}
            cases.add_consent(
                db,
                case.id,
                ConsentSigner.GUARDIAN,
                "VH",
                dates["signed_on"],
                dates["expires_on"],
                [SCHOOL],
            )
    assert refused.value.errors[where] == "must be a date"
    assert count_rows(db, *CASE_TABLES) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("district", "\ud800"), ("district", "Al\x00by"), ("agencies", "\ud800")],
    ids=["district surrogate", "district NUL", "agency surrogate"],
)
def test_a_name_that_cannot_be_stored_is_refused_before_it_is_looked_up(
    db: Database, force: int, field: str, value: str
) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        if field == "district":
            cases.create_case(db, draft(force, district=value))
        else:
            case = cases.create_case(db, draft(force))
            cases.add_consent(
                db, case.id, ConsentSigner.GUARDIAN, "VH", TODAY, date(2027, 1, 1), [value]
            )
    check_refusal(refused.value, field)


@pytest.mark.parametrize("operation", ["review", "action", "complete", "hold", "withdraw"])
def test_a_date_and_time_in_case_work_is_refused(db: Database, force: int, operation: str) -> None:
    tried()
    case = cases.create_case(db, draft(force))
    with pytest.raises(ValidationError) as refused:
        if operation == "review":
            cases.add_review(db, case.id, MOMENT)
        elif operation == "action":
            cases.add_action(db, case.id, "Möte", None, MOMENT)
        elif operation == "complete":
            action = cases.add_action(db, case.id, "Möte", None, None).actions[0].id
            cases.complete_action(db, case.id, action, MOMENT)
        elif operation == "hold":
            review = cases.add_review(db, case.id, TODAY).reviews[0].id
            cases.hold_review(db, case.id, review, MOMENT)
        else:
            consent = (
                cases.add_consent(
                    db, case.id, ConsentSigner.GUARDIAN, "VH", TODAY, date(2027, 1, 1), [SCHOOL]
                )
                .consents[0]
                .id
            )
            cases.withdraw_consent(db, case.id, consent, MOMENT)
    field = {"complete": "done_on", "hold": "held_on", "withdraw": "withdrawn_on"}.get(
        operation, "due"
    )
    assert refused.value.errors[field] == "must be a date"

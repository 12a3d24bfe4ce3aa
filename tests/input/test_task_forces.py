"""Task forces: name, purpose and cadence kept or refused; a refused save writes nothing.

Normalisation: the name and the cadence are stripped; the purpose is kept
exactly. Names are unique without regard to case, so every example's name
begins with a prefix of its own (strategies.unique_prefix).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.tables import TASK_FORCE, TASK_FORCE_AGENCY, TASK_FORCE_PERSON
from app.domain.vocabulary import TaskForceKind
from app.errors import ValidationError
from app.services import roster, task_forces
from app.services.case_types import TaskForceDraft
from app.services.roster_types import PersonDraft
from app.services.task_forces import CADENCE_MAX, NAME_MAX, PURPOSE_MAX
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    check_refusal,
    count_rows,
    text_refused,
    texts,
    tried,
    unique_prefix,
)
from tests.services.case_support import POLICE, SCHOOL, sign_in_tester

TABLES = (TASK_FORCE, TASK_FORCE_AGENCY, TASK_FORCE_PERSON)


@pytest.fixture
def signed_in(db: Database, fixed_clock: datetime) -> Database:
    sign_in_tester(db)
    return db


@BOUNDED
@given(field=st.sampled_from(("name", "purpose", "cadence")), value=texts)
def test_a_task_forces_text_is_kept_or_refused_and_nothing_half_written(
    signed_in: Database, field: str, value: str
) -> None:
    tried()
    db = signed_in
    agency = roster.list_agencies(db)[0].id
    person = roster.create_person(db, PersonDraft("Bo Ek", agency)).id
    fields: dict[str, Any] = {"name": unique_prefix() + "grupp", "purpose": "", "cadence": ""}
    fields[field] = (unique_prefix() + value) if field == "name" else value
    stored_value = fields[field] if field == "purpose" else fields[field].strip()
    limit, multiline = {
        "name": (NAME_MAX, False),
        "purpose": (PURPOSE_MAX, True),
        "cadence": (CADENCE_MAX, False),
    }[field]
    # The rules look at the name and cadence stripped, at the purpose as typed.
    refused = text_refused(
        stored_value if field != "purpose" else value, limit, multiline=multiline
    )
    before = count_rows(db, *TABLES)
    try:
        info = task_forces.create_task_force(
            db,
            TaskForceDraft(
                kind=TaskForceKind.SOCIAL,
                agencies=(SCHOOL, POLICE),
                person_ids=(person,),
                **fields,
            ),
        )
    except ValidationError as error:
        assert refused, f"refused {fields[field][:60]!r}: {error}"
        check_refusal(error, field)
        assert count_rows(db, *TABLES) == before  # no task force, no agency, no member
        return
    assert not refused, f"accepted {fields[field][:60]!r}"
    again = task_forces.get_task_force(db, info.id)
    assert getattr(again, field) == stored_value
    assert set(again.agencies) == {SCHOOL, POLICE} and [m.id for m in again.members] == [person]


@pytest.mark.parametrize(
    "name", ["\ud800", "a\x00b", "x" * 100_000], ids=["surrogate", "NUL", "long"]
)
@pytest.mark.parametrize("field", ["district", "agencies"])
def test_a_name_that_cannot_be_encoded_is_refused_by_name(
    signed_in: Database, field: str, name: str
) -> None:
    tried()
    values: dict[str, object] = (
        {"district": name} if field == "district" else {"agencies": (SCHOOL, name)}
    )
    with pytest.raises(ValidationError) as refused:
        task_forces.create_task_force(
            signed_in,
            TaskForceDraft("Grupp", TaskForceKind.SOCIAL, **values),  # type: ignore[arg-type]
        )
    check_refusal(refused.value, field)

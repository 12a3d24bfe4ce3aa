"""The detector of Swedish personal identity numbers, on a table of numbers."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.errors import ValidationError
from app.services import identity_numbers, incidents
from app.services.incident_types import IncidentDraft
from app.storage.database import Database

FOUND = [
    ("811218-9876", False),  # Skatteverket's example
    ("8112189876", False),
    ("19811218-9876", False),
    ("198112189876", False),
    ("121212-1212", False),
    ("20121212-1212", False),
    ("811218+9876", False),  # over a hundred years old
    ("000229-0005", False),  # 29 February 2000
    ("701063-2391", True),  # samordningsnummer: day 03 + 60
    ("19701063-2391", True),
    # Separators pasted from a word processor.
    ("811218\u20139876", False),  # en dash
    ("19811218\u20139876", False),
    ("811218\u20119876", False),  # non-breaking hyphen
    ("20121212\u20111212", False),
    ("811218 9876", False),  # one space
    ("19811218 9876", False),
    ("811218\u00a09876", False),  # one no-break space
    ("701063\u00a02391", True),
    ("19701063 2391", True),
]
NOT_FOUND = [
    "811218-9875",  # wrong check digit
    "811318-9876",  # month 13
    "810230-1234",  # 30 February
    "811292-9876",  # day 32 + 60
    "010229-0000",  # 29 February 2001, 1901
    "19811218+9876",  # "+" belongs to the ten-digit form
    "070-174 06 05",  # a phone number
    "5000-K123456-26",  # a police diary number
    "2026-0142",  # a reference
    "1234567890123",  # thirteen digits
    "x8112189876123",  # inside a longer number
    # The new separators keep the date check, the check digit and the lengths.
    "811218\u20139875",  # en dash, wrong check digit
    "811318\u20119876",  # non-breaking hyphen, month 13
    "811218 9875",  # space, wrong check digit
    "811218\u00a09875",  # no-break space, wrong check digit
    "810230 1234",  # space, 30 February
    "811218  9876",  # two spaces: not one number
    "811218\t9876",  # a tab is no separator
    "811218\n9876",  # nor a line break
    "8112189 9876",  # seven digits, then four
    "8112 18 9876",  # grouped like a phone number
    "811218 98761",  # five digits after the space
    "198112189 9876",  # nine digits, then four
    "19811218\u00a09875",  # twelve digits, wrong check digit
    "811218\u20149876",  # an em dash is not a hyphen
]


@pytest.mark.parametrize(("number", "coordination"), FOUND)
def test_numbers_are_found_anywhere_in_text(number: str, coordination: bool) -> None:
    text = f"Anmälan om {number}, se ärendet."
    hits = identity_numbers.find(text)
    assert [h.text for h in hits] == [number]
    assert hits[0].position == len("Anmälan om ") + 1
    assert hits[0].coordination is coordination
    assert identity_numbers.mask(text) == text.replace(
        number, "".join("X" if c.isdigit() else c for c in number)
    )


@pytest.mark.parametrize("text", NOT_FOUND)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert identity_numbers.find(text) == []
    assert identity_numbers.mask(text) == text


@pytest.mark.parametrize(
    "number", ["811218\u20139876", "811218\u20119876", "811218 9876", "19811218\u00a09876"]
)
def test_masking_masks_every_digit_of_a_pasted_number(number: str) -> None:
    masked = identity_numbers.mask(f"Se {number} och 070-174 06 05.")
    assert not any(c.isdigit() for c in masked.split(" och ")[0]), masked
    assert masked.endswith(" och 070-174 06 05.")
    assert identity_numbers.find(masked) == []


def test_the_message_shows_where_and_how_many() -> None:
    message = identity_numbers.problem("a 811218-9876 b 121212-1212")
    assert message is not None
    assert "character 3" in message and "811218-9876" in message and "1 more" in message


def test_an_incident_with_a_number_is_refused_and_saved_once_masked(
    db: Database, fixed_clock: datetime
) -> None:
    text = "Vittnet 811218-9876 ringde."
    draft = IncidentDraft(
        occurred_at=datetime(2026, 11, 20, 10, 0),
        category="VIOL",
        summary="Hot mot personal",
        description=text,
        action_taken="Polisanmälan, 19811218-9876",
    )
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft)
    assert set(caught.value.errors) == {"description", "action_taken"}
    assert "character 9" in caught.value.errors["description"]
    saved = incidents.create(
        db,
        IncidentDraft(
            occurred_at=draft.occurred_at,
            category=draft.category,
            summary=draft.summary,
            description=identity_numbers.mask(draft.description),
            action_taken=identity_numbers.mask(draft.action_taken),
        ),
    )
    assert saved.description == "Vittnet XXXXXX-XXXX ringde."

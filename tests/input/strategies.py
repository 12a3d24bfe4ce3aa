"""Shared hypothesis strategies and oracles for the bad-input tests.

The oracle `text_refused` states the text rules independently of
app.services.text_rules (a test that asked the code under test what to
expect could not fail): a text is refused when it is too long, holds a NUL,
a C0/C1 control character other than tab (and newline/CR where several
lines are allowed), a lone surrogate, a line break where one line is
expected, or a Swedish personal identity number.

Every test counts what it tried through `tried()`; tests/input/conftest.py
writes the count to the file named by SAMVERKAN_INPUTS_COUNT, which
benchmarks' `inputs` figure reads.
"""

from __future__ import annotations

import itertools
import re
import string
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import Table, func, select

from app.services import identity_numbers
from app.storage.database import Database

# ---- the count of inputs tried -----------------------------------------------------------

_TRIED: list[int] = [0]


def tried(count: int = 1) -> None:
    """Count `count` inputs pushed through a service (one hypothesis example, one file)."""
    _TRIED[0] += count


def inputs_tried() -> int:
    return _TRIED[0]


# ---- hypothesis settings: bounded, per-test database ----------------------------------------

# The `db` fixture is made once per test, not per example: every example uses
# keys of its own (see `unique_prefix`) or only adds rows.
BOUNDED = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FEW = settings(BOUNDED, max_examples=20)

_unique = itertools.count()


def unique_prefix() -> str:
    """A fixed-width prefix of letters, new on every call: keeps names unique (also
    case-insensitively) and never forms an identity number with the text after it."""
    n = next(_unique)
    letters = []
    for _ in range(5):
        n, rest = divmod(n, 26)
        letters.append(string.ascii_lowercase[rest])
    return "q" + "".join(reversed(letters)) + " "


# ---- text ---------------------------------------------------------------------------------

LONG = 100_000
NASTY_PIECES = (
    "\x00",  # NUL: refused everywhere (PostgreSQL cannot store it)
    "\x01",
    "\x1b",  # escape
    "\x7f",
    "\x85",  # next line (C1)
    "\x9f",
    "\ud800",  # a lone surrogate: cannot be encoded
    "\udfff",
    "\u202e",  # right-to-left override
    "\u202d",
    "\u200f",  # right-to-left mark
    "\u2066",  # left-to-right isolate
    "\u200b",  # zero width space
    "\u200d",  # zero width joiner
    "\ufeff",  # byte order mark, in the middle of a text
    "\ufffe",  # a non-character
    "\U0010fffd",
    "\u0301",  # combining acute, alone
    "a\u030a",  # å decomposed (a + ring)
    "e\u0301\u0301\u0301",  # stacked combining marks
    "Z\u0351\u0322\u0335\u0337",
    "🚒",
    "👩🏽‍🚒",  # emoji with a skin tone and a zero width joiner
    "🇸🇪",
    "عربى",
    "שלום",
    "Åsa Örby",
    "ß",
    "İ",  # lowercases to two characters
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    " ",
    "\u00a0",
    "'",
    '"',
    "''",
    "\\",
    "%",
    "_",
    ";",
    ",",
    "=1+1",  # spreadsheet formula
    '=HYPERLINK("http://x";"y")',
    "+46",
    "-2",
    "@SUM(A1)",
    "'); DROP TABLE incident; --",
    '" OR 1=1 --',
    "%' OR '1'='1",
    "NULL",
    "*",
    "811218-9876",  # a personnummer with a valid check digit: always refused
    "19811218 9876",
)
PIECE = st.sampled_from(NASTY_PIECES)

texts = (
    st.text(max_size=40)
    | st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30)
    | st.lists(PIECE | st.text(max_size=4), max_size=10).map("".join)
    # Long texts by repetition: drawing 100,000 characters one by one is slow.
    | st.builds(
        lambda piece, n: piece * n,
        PIECE | st.text(min_size=1, max_size=3),
        st.sampled_from((2, 60, 121, 201, 501, 4_001, 10_001, LONG)),
    )
)

# Text every rule accepts on one line: what a careful officer types.
_GOOD = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs", "Zl", "Zp"),
)
clean_line = st.text(alphabet=_GOOD, max_size=40).filter(lambda s: not identity_numbers.find(s))

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAK = re.compile("[\n\r\u2028\u2029\x85]")


def text_refused(
    value: str,
    limit: int,
    *,
    multiline: bool = False,
    required: bool = False,
    identity: bool = True,
) -> bool:
    """Whether the rules refuse `value` (see the module's docstring)."""
    if required and not value.strip():
        return True
    if len(value) > limit:
        return True
    if not multiline and _BREAK.search(value):
        return True
    if _CONTROL.search(value.replace("\r", "").replace("\n", "") if multiline else value):
        return True
    return identity and bool(identity_numbers.find(value))


def fields(**refused: bool) -> set[str]:
    """The names whose flag is set: the fields a ValidationError must name."""
    return {name for name, flag in refused.items() if flag}


def clear(message: str, *, longest: int = 400) -> bool:
    """A message a person can read: some words, and not the whole of a long input."""
    return bool(message.strip()) and len(message) <= longest


def check_refusal(error: Any, field: str) -> None:
    """A ValidationError names `field` with a clear message."""
    assert field in error.errors, f"expected {field!r} to be named, got {error.errors}"
    message = error.errors[field]
    assert clear(message), f"unclear message for {field}: {message[:200]!r}…"


# ---- dates at the edges -------------------------------------------------------------------

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LEAP_DAY = date(2024, 2, 29)
FAR_FUTURE = date(2099, 12, 31)
# Europe/Stockholm: on 29 March 2026 02:00 becomes 03:00 (02:00-02:59 do not exist);
# on 25 October 2026 03:00 becomes 02:00 again (02:00-02:59 happen twice).
SPRING_FORWARD = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
FALL_BACK = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
MISSING_LOCAL = datetime(2026, 3, 29, 2, 30)  # naive: local time that never happened
REPEATED_LOCAL = datetime(2026, 10, 25, 2, 30)  # naive: happened twice (fold 0 and 1)

EDGE_DATES = (
    date(1970, 1, 1),
    date(1969, 12, 31),
    LEAP_DAY,
    date(2023, 2, 28),
    date(2024, 3, 1),
    date(2026, 3, 29),
    date(2026, 10, 25),
    date(2026, 12, 31),
    date(2027, 1, 1),
    FAR_FUTURE,
    date(1, 1, 1),
    date(9999, 12, 31),
)
edge_dates = st.sampled_from(EDGE_DATES) | st.dates()

EDGE_MOMENTS = (
    EPOCH,
    datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(2024, 2, 29, 12, 0, tzinfo=UTC),
    datetime(2024, 2, 29, 23, 30, tzinfo=UTC),  # 1 March in Stockholm
    SPRING_FORWARD,
    datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC),  # 01:59:59 CET, the last second before
    FALL_BACK,
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST, the first 02:30
    datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 02:30 CET, the second
    datetime(2099, 12, 31, 22, 59, 59, tzinfo=UTC),
    datetime(2026, 11, 26, 13, 0, tzinfo=UTC),
)
# Whole seconds: storage keeps seconds (SQLite holds integer epoch seconds).
aware_moments = st.sampled_from(EDGE_MOMENTS) | st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
# Naive local times in and around the two daylight-saving changes of 2026.
dst_local = st.sampled_from(
    (
        MISSING_LOCAL,
        MISSING_LOCAL.replace(minute=0),
        MISSING_LOCAL.replace(minute=59, second=59),
        REPEATED_LOCAL,
        REPEATED_LOCAL.replace(fold=1),
        REPEATED_LOCAL.replace(hour=1, minute=59),
        REPEATED_LOCAL.replace(hour=3, minute=0),
    )
) | st.datetimes(min_value=datetime(2026, 3, 29, 0, 0), max_value=datetime(2026, 3, 29, 4, 0)).map(
    lambda d: d.replace(microsecond=0)
)


# ---- the database -------------------------------------------------------------------------


def count_rows(db: Database, *tables: Table) -> tuple[int, ...]:
    """Row counts of `tables`, to show that a refused action wrote nothing."""
    with db.reading() as session:
        return tuple(
            int(session.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables
        )

"""Swedish personal identity numbers in free text: found, so they can be refused or masked.

Personnummer and samordningsnummer (co-ordination numbers: day + 60), with
10 or 12 digits, with or without the separator (`-`, or `+` for people over
100). Text pasted from a word processor brings its own separators, so an en
dash (U+2013), a non-breaking hyphen (U+2011), one space or one no-break
space (U+00A0) count as the hyphen too. A sequence counts only when its date
part is a real date and its last digit is the Luhn check digit of the
ten-digit form: order numbers, phone numbers and diary numbers that merely
have ten digits are left alone. The space form is held to the same rule of
6 or 8 digits, one space, 4 digits, not inside a longer run of digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.i18n import translate

# What may stand between the date part and the last four digits: the hyphen
# and its look-alikes from word processors, "+" (over 100), or one space.
HYPHENS = "-\u2013\u2011"
SPACES = " \u00a0"
# Not inside a longer run of digits; century optional; separator optional.
_CANDIDATE = re.compile(
    rf"(?<![\d])(?P<century>\d{{2}})?(?P<date>\d{{6}})(?P<sep>[{HYPHENS}+{SPACES}]?)"
    r"(?P<tail>\d{4})(?![\d])"
)
MASK_CHARACTER = "X"


@dataclass(frozen=True)
class Found:
    """An identity number in a text: where it is and what it says."""

    start: int  # index of the first character
    end: int
    text: str
    coordination: bool  # a samordningsnummer (day + 60)

    @property
    def position(self) -> int:
        """1-based, as a person counts characters."""
        return self.start + 1


def find(text: str) -> list[Found]:
    """Every personnummer or samordningsnummer in `text`, in order."""
    found = []
    for match in _CANDIDATE.finditer(text):
        century, digits, tail = match["century"], match["date"], match["tail"]
        if century is not None and match["sep"] == "+":
            continue  # "+" belongs to the ten-digit form only
        day = int(digits[4:6])
        coordination = day > 60
        if not _real_date(century, digits[:2], digits[2:4], day - 60 if coordination else day):
            continue
        if not _luhn_ok(digits + tail):
            continue
        found.append(Found(match.start(), match.end(), match.group(), coordination))
    return found


def mask(text: str) -> str:
    """The text with every identity number's digits replaced by X (separators kept)."""
    pieces = []
    last = 0
    for hit in find(text):
        pieces.append(text[last : hit.start])
        pieces.append(re.sub(r"\d", MASK_CHARACTER, hit.text))
        last = hit.end
    pieces.append(text[last:])
    return "".join(pieces)


def problem(text: str) -> str | None:
    """A message that shows where the first identity number is, or None."""
    hits = find(text)
    if not hits:
        return None
    first = hits[0]
    more = len(hits) - 1
    if first.coordination and more:
        text = translate(
            "identity_numbers",
            "contains a co-ordination number at character {position}: '{text}' (and %n more); "
            "personal data does not belong here: mask it or remove it",
            None,
            more,
        )
    elif first.coordination:
        text = translate(
            "identity_numbers",
            "contains a co-ordination number at character {position}: '{text}'; "
            "personal data does not belong here: mask it or remove it",
        )
    elif more:
        text = translate(
            "identity_numbers",
            "contains a personal identity number at character {position}: '{text}' "
            "(and %n more); personal data does not belong here: mask it or remove it",
            None,
            more,
        )
    else:
        text = translate(
            "identity_numbers",
            "contains a personal identity number at character {position}: '{text}'; "
            "personal data does not belong here: mask it or remove it",
        )
    return text.format(position=first.position, text=first.text)


def _real_date(century: str | None, yy: str, mm: str, dd: int) -> bool:
    # Without a century any year is possible: 2000 is a leap year, and
    # 29 February is valid for yy = 00 in one of the two centuries.
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            date(year, int(mm), dd)
        except ValueError:
            continue
        return True
    return False


def _luhn_ok(ten_digits: str) -> bool:
    total = 0
    for index, char in enumerate(ten_digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0

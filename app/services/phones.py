"""Phone numbers: parsed with `phonenumbers`, stored as E.164, shown the Swedish way.

Swedish numbers may be written in any usual way (08-500 500 00, 070-174 06 05,
+46 8 500 500 00); numbers abroad need their country code (+44 …).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from app.i18n import translate
from app.i18n.formats import integer
from app.services.text_rules import quoted

DEFAULT_REGION = "SE"
_NOT_DIGIT = re.compile(r"\D", re.ASCII)
# How much of a refused input a message repeats: enough to recognise it, never a
# pasted page.
_SHOWN = 40


def parse_phone(text: str) -> str:
    """The E.164 form of `text` ("" for empty); ValueError with a readable reason."""
    text = text.strip()
    if not text:
        return ""
    shown = _shown(text)
    if re.search(r"[A-Za-z]", text):
        raise ValueError(
            translate("phones", "{number} is not a phone number (letters are not allowed)").format(
                number=shown
            )
        )
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except NumberParseException:
        raise ValueError(
            translate("phones", "{number} is not a phone number").format(number=shown)
        ) from None
    if not phonenumbers.is_valid_number(number):
        invalid = (
            translate(
                "phones",
                "{number} is not a valid phone number: "
                "check the area code and the number of digits",
            )
            if number.country_code == 46
            else translate(
                "phones",
                "{number} is not a valid phone number: check the country code and the number",
            )
        )
        raise ValueError(invalid.format(number=shown))
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _shown(text: str) -> str:
    """`text` quoted for a message, cut after _SHOWN characters."""
    if len(text) <= _SHOWN:
        return quoted(text)
    return translate("phones", "{start}… ({length} characters)").format(
        start=quoted(text[:_SHOWN]), length=integer(len(text))
    )


def display_phone(e164: str) -> str:
    """Grouped as people write it: 08-500 500 00 at home, +44 20 7946 0958 abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except NumberParseException:
        return e164  # never hide what is stored, even if it is odd
    style = (
        PhoneNumberFormat.NATIONAL
        if number.country_code == 46
        else (PhoneNumberFormat.INTERNATIONAL)
    )
    return phonenumbers.format_number(number, style)


def digit_forms(e164: str) -> tuple[str, ...]:
    """The digits of a stored number as people might type them: 46850050000 and 0850050000."""
    if not e164:
        return ()
    return (_NOT_DIGIT.sub("", e164), _NOT_DIGIT.sub("", display_phone(e164)))


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)

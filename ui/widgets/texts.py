"""Filling a translated text's placeholders.

Qt's texts carry %1 … %9 for the values a sentence names (the translator may move them).
Filling them with chained ``.replace("%1", a).replace("%2", b)`` scans the text again
after each value went in: a path, a typed name or an error text that itself contains
"%2" (a URL-encoded "%20", say) would be filled a second time. ``fill`` puts every value
in with one pass over the *translated text*, so a value is never looked at again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """``text`` with %1 … %9 replaced by ``values[0]`` … ``values[8]`` in one pass.

    Kept simple on purpose: only the digits 1 to 9 (a "%10" is %1 followed by "0"),
    no "%%" escape (no text uses one), and a placeholder without a value is left as it
    stands. Plural %n / %Ln are filled by Qt's tr() before this runs.
    """

    def value(found: re.Match[str]) -> str:
        index = int(found.group(1)) - 1
        return values[index] if index < len(values) else found.group(0)

    return _PLACEHOLDER.sub(value, text)

"""The key points of the situation picture: three to five sentences from the data.

In Swedish and English, with numbers in each language's conventions (Swedish
"1 234" and "12 %" with no-break spaces, so that a printed line never breaks
inside a number; English "1,234" and "12%"). A change on small counts is said
as counts ("from 2 to 4"), never as a percentage. Each sentence carries the
filter of the incidents it speaks of, so the screen can open them.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.services.meeting_types import Action
from app.services.situation_types import SMALL_COUNT, Change, Count, KeyPoint, Line

NBSP = "\u00a0"
MINUS = "\u2212"

_REF_SV = {"previous": "perioden före", "year": "samma period förra året"}
_REF_EN = {"previous": "the previous period", "year": "the same period a year earlier"}


def compose(
    total: Change,
    by_category: Sequence[Line],
    by_district: Sequence[Line],
    open_actions: Sequence[Action],
    notable: Count | None = None,
) -> tuple[KeyPoint, ...]:
    """The total, the largest increase and decrease by category, a hotspot among
    the districts, and the overdue action items; when the data says too little
    for three sentences, the number of notable incidents as well."""
    points = [_total(total)]
    for rising in (True, False):
        line = _largest_change(by_category, rising=rising)
        if line is not None:
            points.append(_category_change(line, rising=rising))
    hotspot = _hotspot(by_district)
    if hotspot:
        points.append(hotspot)
    if len(points) < 2 and notable is not None:
        points.append(_notable(notable))
    points.append(_overdue(open_actions))
    return tuple(points)


# -- numbers ------------------------------------------------------------------------


def number(value: int, language: str = "sv") -> str:
    """1 234 (Swedish, no-break space) or 1,234 (English)."""
    grouped = f"{value:,}"
    return grouped if language == "en" else grouped.replace(",", NBSP)


def percent(value: int, language: str = "sv", *, signed: bool = False) -> str:
    """12 % (Swedish) or 12% (English); signed with a real minus sign."""
    sign = ("+" if value > 0 else MINUS if value < 0 else "") if signed else ""
    digits = number(abs(value), language) if signed else number(value, language)
    return f"{sign}{digits}%" if language == "en" else f"{sign}{digits}{NBSP}%"


def change_percent(current: int, before: int) -> int:
    """The rounded change in per cent (`before` must not be 0)."""
    return round((current - before) * 100 / before)


def is_small(current: int, before: int) -> bool:
    return min(current, before) < SMALL_COUNT


# -- sentences ----------------------------------------------------------------------


def _total(total: Change) -> KeyPoint:
    n = total.current.value
    sv_parts = [
        _against(n, total.previous, "previous", "sv"),
        _against(n, total.year_ago, "year", "sv"),
    ]
    en_parts = [
        _against(n, total.previous, "previous", "en"),
        _against(n, total.year_ago, "year", "en"),
    ]
    many_sv = {0: "inga händelser", 1: "1 händelse"}.get(n, f"{number(n, 'sv')} händelser")
    many_en = {0: "No incidents were", 1: "1 incident was"}.get(
        n, f"{number(n, 'en')} incidents were"
    )
    return KeyPoint(
        f"Under perioden registrerades {many_sv}, {sv_parts[0]} och {sv_parts[1]}.",
        f"{many_en} recorded in the period, {en_parts[0]} and {en_parts[1]}.",
        total.current.filter,
    )


def _against(current: int, before: int, reference: str, language: str) -> str:
    """How `current` compares with `before`: "12 % fler än perioden före"."""
    sv, en = _REF_SV[reference], _REF_EN[reference]
    if current == before:
        return f"lika många som {sv}" if language == "sv" else f"as many as in {en}"
    if is_small(current, before):
        shown = number(before, language)
        return f"mot {shown} {sv}" if language == "sv" else f"against {shown} in {en}"
    change = change_percent(current, before)
    if change == 0:
        return f"ungefär lika många som {sv}" if language == "sv" else f"about as many as in {en}"
    size = percent(abs(change), language)
    if language == "sv":
        return f"{size} {'fler' if change > 0 else 'färre'} än {sv}"
    return f"{size} {'more' if change > 0 else 'fewer'} than in {en}"


def _largest_change(lines: Sequence[Line], *, rising: bool) -> Line | None:
    """The line with the largest rise (or fall) in number against the previous period."""
    moved = [line for line in lines if _rise(line) != 0 and (_rise(line) > 0) == rising]
    if not moved:
        return None
    return max(moved, key=lambda line: (abs(_rise(line)), _reverse(line.title_sv)))


def _rise(line: Line) -> int:
    return line.change.current.value - line.change.previous


def _reverse(text: str) -> tuple[int, ...]:
    """Ties go to the title first in the alphabet (a max() over negated characters)."""
    return tuple(-ord(c) for c in text)


def _from_to(change: Change, language: str) -> str:
    before, now = change.previous, change.current.value
    words = ("från", "till") if language == "sv" else ("from", "to")
    text = f"{words[0]} {number(before, language)} {words[1]} {number(now, language)}"
    if is_small(now, before):
        return text
    return f"{text} ({percent(change_percent(now, before), language, signed=True)})"


def _category_change(line: Line, *, rising: bool) -> KeyPoint:
    head_sv = "Största ökningen" if rising else "Största minskningen"
    head_en = "Largest increase" if rising else "Largest decrease"
    return KeyPoint(
        f"{head_sv} jämfört med perioden före: {line.title_sv}, {_from_to(line.change, 'sv')}.",
        f"{head_en} against the previous period: {line.title_en}, {_from_to(line.change, 'en')}.",
        line.change.current.filter,
    )


def _hotspot(lines: Sequence[Line]) -> KeyPoint | None:
    """A district at least doubled and no longer small, or else the largest rise."""
    doubled = [
        line
        for line in lines
        if line.change.current.value >= max(2 * line.change.previous, SMALL_COUNT)
    ]
    if doubled:
        line = max(doubled, key=lambda x: (_rise(x), _reverse(x.title_sv)))
        now, before = line.change.current.value, line.change.previous
        return KeyPoint(
            f"Ny brännpunkt: {line.title_sv} med {number(now, 'sv')} händelser "
            f"mot {number(before, 'sv')} perioden före.",
            f"New hotspot: {line.title_en} with {number(now, 'en')} incidents "
            f"against {number(before, 'en')} in the previous period.",
            line.change.current.filter,
        )
    rising = _largest_change(lines, rising=True)
    if rising is None:
        return None
    return KeyPoint(
        f"Störst ökning bland kommundelarna: {rising.title_sv}, {_from_to(rising.change, 'sv')}.",
        f"Largest rise among the districts: {rising.title_en}, {_from_to(rising.change, 'en')}.",
        rising.change.current.filter,
    )


def _notable(notable: Count) -> KeyPoint:
    n = notable.value
    if n == 0:
        return KeyPoint(
            "Ingen händelse bedömdes som allvarlig (hög eller kritisk).",
            "No incident was rated high or critical.",
        )
    if n == 1:
        sv = "1 händelse bedömdes som allvarlig (hög eller kritisk)."
        en = "1 incident was rated high or critical."
    else:
        sv = f"{number(n, 'sv')} händelser bedömdes som allvarliga (hög eller kritisk)."
        en = f"{number(n, 'en')} incidents were rated high or critical."
    return KeyPoint(sv, en, notable.filter)


def _overdue(actions: Sequence[Action]) -> KeyPoint:
    late = sum(1 for action in actions if action.overdue)
    if late == 0:
        return KeyPoint("Inga åtgärdspunkter är försenade.", "No action items are overdue.")
    if late == 1:
        return KeyPoint("1 åtgärdspunkt är försenad.", "1 action item is overdue.")
    return KeyPoint(
        f"{number(late, 'sv')} åtgärdspunkter är försenade.",
        f"{number(late, 'en')} action items are overdue.",
    )

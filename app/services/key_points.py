"""The key points of the situation picture: three to five sentences from the data.

In Swedish and English (the briefing may be printed in the language the screen
does not show), with numbers in each language's conventions (Swedish "1 234"
and "12 %" with no-break spaces, so that a printed line never breaks inside a
number; English "1,234" and "12%"). The sentences are English in the code and
Swedish in the catalog (context "key_points"); each is asked for in both
languages with catalog(language). A change on small counts is said
as counts ("from 2 to 4"), never as a percentage. Each sentence carries the
filter of the incidents it speaks of, so the screen can open them.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.i18n import catalog
from app.i18n.formats import MINUS, NBSP, integer
from app.services.meeting_types import Action
from app.services.situation_types import SMALL_COUNT, Change, Count, KeyPoint, Line

LANGUAGES = ("sv", "en")


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
    return integer(value, language)


def percent(value: int, language: str = "sv", *, signed: bool = False) -> str:
    """12 % (Swedish) or 12% (English); signed with a real minus sign."""
    sign = ("+" if value > 0 else MINUS if value < 0 else "") if signed else ""
    digits = number(abs(value), language)
    return f"{sign}{digits}%" if language == "en" else f"{sign}{digits}{NBSP}%"


def change_percent(current: int, before: int) -> int:
    """The rounded change in per cent (`before` must not be 0)."""
    return round((current - before) * 100 / before)


def is_small(current: int, before: int) -> bool:
    return min(current, before) < SMALL_COUNT


# -- sentences ----------------------------------------------------------------------


def _total(total: Change) -> KeyPoint:
    n = total.current.value
    texts = {}
    for lang in LANGUAGES:
        if n == 0:
            text = catalog(lang).translate(
                "key_points", "No incidents were recorded in the period, {previous} and {year_ago}."
            )
        else:
            text = catalog(lang).translate(
                "key_points",
                "%Ln incident(s) were recorded in the period, {previous} and {year_ago}.",
                None,
                n,
            )
        texts[lang] = text.format(
            previous=_against(n, total.previous, "previous", lang),
            year_ago=_against(n, total.year_ago, "year", lang),
        )
    return KeyPoint(texts["sv"], texts["en"], total.current.filter)


def _against(current: int, before: int, reference: str, lang: str) -> str:
    """How `current` compares with `before`: "12 % more than in the previous period"."""
    words = catalog(lang)
    previous = reference == "previous"
    if current == before:
        if previous:
            return words.translate("key_points", "as many as in the previous period")
        return words.translate("key_points", "as many as in the same period a year earlier")
    if is_small(current, before):
        if previous:
            text = words.translate("key_points", "against {count} in the previous period")
        else:
            text = words.translate(
                "key_points", "against {count} in the same period a year earlier"
            )
        return text.format(count=number(before, lang))
    change = change_percent(current, before)
    if change == 0:
        if previous:
            return words.translate("key_points", "about as many as in the previous period")
        return words.translate("key_points", "about as many as in the same period a year earlier")
    if change > 0 and previous:
        text = words.translate("key_points", "{percent} more than in the previous period")
    elif change > 0:
        text = words.translate(
            "key_points", "{percent} more than in the same period a year earlier"
        )
    elif previous:
        text = words.translate("key_points", "{percent} fewer than in the previous period")
    else:
        text = words.translate(
            "key_points", "{percent} fewer than in the same period a year earlier"
        )
    return text.format(percent=percent(abs(change), lang))


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


def _from_to(change: Change, lang: str) -> str:
    before, now = change.previous, change.current.value
    if is_small(now, before):
        text = catalog(lang).translate("key_points", "from {before} to {now}")
        return text.format(before=number(before, lang), now=number(now, lang))
    text = catalog(lang).translate("key_points", "from {before} to {now} ({change})")
    return text.format(
        before=number(before, lang),
        now=number(now, lang),
        change=percent(change_percent(now, before), lang, signed=True),
    )


def _category_change(line: Line, *, rising: bool) -> KeyPoint:
    texts = {}
    for lang in LANGUAGES:
        if rising:
            text = catalog(lang).translate(
                "key_points", "Largest increase against the previous period: {category}, {change}."
            )
        else:
            text = catalog(lang).translate(
                "key_points", "Largest decrease against the previous period: {category}, {change}."
            )
        texts[lang] = text.format(category=line.title(lang), change=_from_to(line.change, lang))
    return KeyPoint(texts["sv"], texts["en"], line.change.current.filter)


def _hotspot(lines: Sequence[Line]) -> KeyPoint | None:
    """A district at least doubled and no longer small, or else the largest rise."""
    doubled = [
        line
        for line in lines
        if line.change.current.value >= max(2 * line.change.previous, SMALL_COUNT)
    ]
    texts = {}
    if doubled:
        line = max(doubled, key=lambda x: (_rise(x), _reverse(x.title_sv)))
        now, before = line.change.current.value, line.change.previous
        for lang in LANGUAGES:
            # At least SMALL_COUNT incidents: always more than one.
            text = catalog(lang).translate(
                "key_points",
                "New hotspot: {district} with {now} incidents against {before} "
                "in the previous period.",
            )
            texts[lang] = text.format(
                district=line.title(lang), now=number(now, lang), before=number(before, lang)
            )
        return KeyPoint(texts["sv"], texts["en"], line.change.current.filter)
    rising = _largest_change(lines, rising=True)
    if rising is None:
        return None
    for lang in LANGUAGES:
        text = catalog(lang).translate(
            "key_points", "Largest rise among the districts: {district}, {change}."
        )
        texts[lang] = text.format(district=rising.title(lang), change=_from_to(rising.change, lang))
    return KeyPoint(texts["sv"], texts["en"], rising.change.current.filter)


def _notable(notable: Count) -> KeyPoint:
    n = notable.value
    texts = {}
    for lang in LANGUAGES:
        if n == 0:
            texts[lang] = catalog(lang).translate(
                "key_points", "No incident was rated high or critical."
            )
        else:
            texts[lang] = catalog(lang).translate(
                "key_points", "%Ln incident(s) were rated high or critical.", None, n
            )
    return KeyPoint(texts["sv"], texts["en"], notable.filter if n else None)


def _overdue(actions: Sequence[Action]) -> KeyPoint:
    late = sum(1 for action in actions if action.overdue)
    texts = {}
    for lang in LANGUAGES:
        if late == 0:
            texts[lang] = catalog(lang).translate("key_points", "No action items are overdue.")
        else:
            texts[lang] = catalog(lang).translate(
                "key_points", "%Ln action item(s) are overdue.", None, late
            )
    return KeyPoint(texts["sv"], texts["en"])

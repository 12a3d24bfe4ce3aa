"""The police's public events (polisen.se/api/events) read into plain values.

Only reading: no database. The importer (a service) decides what becomes an
incident. What the format holds, as the real files show it:

- `datetime` is the publication time, `2026-08-08 6:34:08 +02:00` (hour not
  always zero-padded). The time of the event is only in `name`, without a year:
  `"25 januari 23:48, Mord/dråp, försök, Botkyrka"` (`23:48` or `23.08`).
- The municipality is the last comma-separated part of `name` in both location
  formats: `location.name` was the municipality until about 2026-01-20 and is
  the county since. County-wide notices ("Sammanfattning natt, Stockholms län")
  end with the county, which is kept as their municipality: it matches no
  municipality. (`name` wins where the two disagree: in the one real case,
  `location` said Järfälla and the summary was about Bro in Upplands-Bro.)
- `type` is used, not the type written in `name`: they differ in a few notices
  ("Åldringsbrott" in `name`, "Bedrägeri" as `type`).
- `gps` is the centre of the municipality or county, never the event's place:
  it is not read at all, so nothing can store it as one.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from app import month_names
from app.clock import LOCAL_TZ, to_local
from app.errors import ValidationError
from app.exchange import text_files
from app.exchange.police_types import DEFAULT_TYPE_CATEGORIES, default_category
from app.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DEFAULT_TYPE_CATEGORIES",
    "FUTURE_SLACK",
    "POLICE_BASE_URL",
    "PoliceEvent",
    "content_fingerprint",
    "default_category",
    "find_district",
    "for_municipality",
    "municipality_of",
    "occurred_time",
    "published_time",
    "read_events",
]

POLICE_BASE_URL = "https://polisen.se"

# How far after its publication an event's time may lie and still be in the
# publication's year. The police announce planned operations ahead (30 of the
# county file's 8,833 notices are dated after publication, by up to 4 days); a month
# covers that with room, and a notice published up to eleven months after the
# event still gets the event's year.
FUTURE_SLACK = timedelta(days=31)

_MONTHS = {name: number for number, name in enumerate(month_names.SWEDISH, start=1)}

# "25 januari 23:48, …": day, Swedish month, hour and minute with ":" or ".".
_NAME_TIME = re.compile(r"\s*(\d{1,2})\s+([^\W\d_]+)\s+(\d{1,2})[:.](\d{2})(?!\d)")
# "2026-08-08 6:34:08 +02:00"; also ISO's "T" and "Z", and no seconds.
_PUBLISHED = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*"
)
_FIELDS = ("id", "datetime", "name", "summary", "url", "type", "location")


@dataclass(frozen=True)
class PoliceEvent:
    """One notice as published. Texts are NFC and stripped; times are aware, in UTC."""

    event_id: int  # the API's id, stable across updates of a notice
    published_at: datetime  # the API's `datetime`: when the notice was published
    occurred_at: datetime  # the time in `name` (Stockholm local), year inferred
    type: str  # the police's type, e.g. "Mord/dråp, försök" (may contain commas)
    municipality: str  # the last part of `name`: "Botkyrka", or a county
    title: str  # the `name` as published
    summary: str
    url: str  # absolute: POLICE_BASE_URL + the relative url


# ---------------------------------------------------------------- reading


def read_events(data: bytes) -> list[PoliceEvent]:
    """The events of an answer of the events API, in the file's order.

    UTF-8 JSON: an array of events, or an object wrapping one such array.
    Anything else raises ValidationError: JSON syntax with its line and column
    (on "file"), an event's missing or bad field on that field, with the event's
    position (from 1) and id in the message. The same id twice is kept twice.
    """
    items = _event_list(_parse_json(text_files.decode(data)))
    return [_event(item, position) for position, item in enumerate(items, start=1)]


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        # json's own message (error.msg) is English: the standard library's.
        message = translate(
            "police_events", "not valid JSON: {problem} (line {line}, column {column})"
        )
        raise ValidationError(
            {"file": message.format(problem=error.msg, line=error.lineno, column=error.colno)},
            line=error.lineno,
        ) from None
    except RecursionError:
        message = translate("police_events", "not valid JSON: nested too deeply")
        raise ValidationError({"file": message}) from None


def _event_list(document: Any) -> list[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        if "name" in document and "datetime" in document:
            return [document]  # a single event
        lists = [value for value in document.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
        message = translate(
            "police_events",
            "a JSON object without exactly one list of events in it: not police events",
        )
        raise ValidationError({"file": message})
    message = translate("police_events", "a JSON {kind}, not a list of police events")
    raise ValidationError({"file": message.format(kind=_json_kind(document))})


def _json_kind(value: Any) -> str:
    """What a JSON value is, in words ("a JSON {kind}", "found {kind}"), not Python's
    type names: an object, a list, text, a number, true/false or null."""
    if value is None:
        kind = QT_TRANSLATE_NOOP("police_events", "null")
    elif isinstance(value, bool):  # before int: True is an int to Python
        kind = QT_TRANSLATE_NOOP("police_events", "true/false")
    elif isinstance(value, int | float):
        kind = QT_TRANSLATE_NOOP("police_events", "number")
    elif isinstance(value, str):
        kind = QT_TRANSLATE_NOOP("police_events", "text")
    elif isinstance(value, list):
        kind = QT_TRANSLATE_NOOP("police_events", "list")
    else:
        kind = QT_TRANSLATE_NOOP("police_events", "object")
    return translate("police_events", kind)


def _event(item: Any, position: int) -> PoliceEvent:
    if not isinstance(item, dict):
        message = translate("police_events", "event {position}: not a JSON object")
        raise ValidationError({"event": message.format(position=position)})
    raw_id = item.get("id")
    if raw_id is not None:
        where = translate("police_events", "event {position} (id {id}): {problem}")
    else:
        where = translate("police_events", "event {position}: {problem}")
    missing = [field for field in _FIELDS if item.get(field) is None]
    if missing:
        gone = translate("police_events", "missing")
        raise ValidationError(
            {field: where.format(position=position, id=raw_id, problem=gone) for field in missing}
        )
    try:
        return _checked_event(item)
    except ValidationError as error:
        raise ValidationError(
            {
                field: where.format(position=position, id=raw_id, problem=message)
                for field, message in error.errors.items()
            }
        ) from None


def _checked_event(item: dict[str, Any]) -> PoliceEvent:
    location = item["location"]
    if not isinstance(location, dict) or not isinstance(location.get("name"), str):
        message = translate("police_events", "missing: expected an object with a name")
        raise ValidationError({"location.name": message})
    name = _text(item, "name")
    published_at = published_time(_text(item, "datetime"))
    municipality = municipality_of(name, location["name"])
    if not municipality:
        message = translate("police_events", "names no municipality: {name}")
        raise ValidationError({"name": message.format(name=repr(name))})
    return PoliceEvent(
        event_id=_event_id(item["id"]),
        published_at=published_at,
        occurred_at=occurred_time(name, published_at),
        type=_text(item, "type"),
        municipality=municipality,
        title=name,
        summary=_text(item, "summary", may_be_empty=True),
        url=_absolute_url(_text(item, "url")),
    )


def _clean(text: str) -> str:
    """NFC, stripped; whitespace runs (the API has some NBSPs) become one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _text(item: dict[str, Any], field: str, *, may_be_empty: bool = False) -> str:
    value = item[field]
    if not isinstance(value, str):
        message = translate("police_events", "expected text, found {kind}")
        raise ValidationError({field: message.format(kind=_json_kind(value))})
    # The summary keeps its line breaks; only its ends are stripped.
    cleaned = unicodedata.normalize("NFC", value).strip() if field == "summary" else _clean(value)
    if not cleaned and not may_be_empty:
        raise ValidationError({field: translate("police_events", "empty")})
    return cleaned


# The database keeps the id as a 64-bit integer (the police's are six digits).
_LARGEST_ID = 2**63 - 1


def _event_id(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= _LARGEST_ID:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "…"
        message = translate(
            "police_events", "expected a positive whole number (at most 19 digits), found {value}"
        )
        raise ValidationError({"id": message.format(value=shown)})
    return value


def _absolute_url(url: str) -> str:
    """The notice's page on polisen.se. Only paths on that site are accepted: the
    address becomes a link an officer opens."""
    if url.startswith("/") and not url.startswith("//"):
        return POLICE_BASE_URL + url
    if url.startswith(POLICE_BASE_URL + "/"):
        return url
    message = translate("police_events", "not a page on polisen.se: {address}")
    raise ValidationError({"url": message.format(address=repr(url))})


# ---------------------------------------------------------------- times


def published_time(text: str) -> datetime:
    """The API's `datetime` ("2026-08-08 6:34:08 +02:00") in UTC. Without an offset
    it is read as Stockholm time, which is what the API's offsets say it is."""
    match = _PUBLISHED.fullmatch(text)
    if match is None:
        message = translate("police_events", "not a time like 2026-08-08 6:34:08 +02:00: {value}")
        raise ValidationError({"datetime": message.format(value=repr(text))})
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        value = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
            tzinfo=_offset(offset),
        )  # fmt: skip
    except ValueError as error:
        message = translate("police_events", "no such time: {value} ({problem})")
        raise ValidationError(
            {"datetime": message.format(value=repr(text), problem=error)}
        ) from None
    return value.astimezone(UTC)


def _offset(text: str | None) -> tzinfo:
    if text is None:
        return LOCAL_TZ
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    if minutes >= 24 * 60:
        raise ValueError(
            translate("police_events", "offset {offset} out of range").format(offset=text)
        )
    return timezone(sign * timedelta(minutes=minutes))


def occurred_time(name: str, published_at: datetime) -> datetime:
    """When the event happened, in UTC, from the day and time that begin `name`.

    The year is not written; it is the latest year in which that moment lies no
    later than `published_at + FUTURE_SLACK`: an event is published after it
    happened (or, for planned operations, shortly before), so "31 december 23.08"
    published on 1 January is in the old year, and "1 maj 08:00" announced on
    28 April is in the same year. The years tried are the publication's
    (Stockholm) year, the one after and the one before; 29 februari published in
    a year after which no leap day is that close is refused.

    The time is Stockholm local time. A time that does not exist (02:30 on the
    last Sunday of March, skipped by the clocks) is read with the offset in force
    just before the change, +01:00: 01:30 UTC, which the clocks showed as 03:30.
    A time that happens twice (02:30 on the last Sunday of October) is the first,
    still in summer time (+02:00, 00:30 UTC). (Python's fold=0, PEP 495.)

    A name without a day, Swedish month and time raises ValidationError on
    "name": no real notice lacks one (10,167 of 10,167 have it), so a name
    without one means the format changed, and guessing the publication time would
    date an incident wrongly without anyone noticing.
    """
    match = _NAME_TIME.match(name)
    if match is None:
        message = translate("police_events", "does not start with a day and time: {name}")
        raise ValidationError({"name": message.format(name=repr(name))})
    day, month_name, hour, minute = match.groups()
    month = _MONTHS.get(month_name.casefold())
    if month is None:
        message = translate("police_events", "{month} is not a Swedish month: {name}")
        raise ValidationError({"name": message.format(month=repr(month_name), name=repr(name))})
    if int(hour) > 23 or int(minute) > 59:
        message = translate("police_events", "no such time of day: {name}")
        raise ValidationError({"name": message.format(name=repr(name))})
    try:
        datetime(2000, month, int(day))  # a leap year: is it a day at all?
    except ValueError:
        message = translate("police_events", "no such day: {name}")
        raise ValidationError({"name": message.format(name=repr(name))}) from None
    if published_at.tzinfo is None:  # naive: UTC, as everywhere in storage
        published_at = published_at.replace(tzinfo=UTC)
    latest = published_at.astimezone(UTC) + FUTURE_SLACK
    year = to_local(published_at).year
    for candidate_year in (year + 1, year, year - 1):
        try:
            local = datetime(candidate_year, month, int(day), int(hour), int(minute))
        except ValueError:  # 29 februari in a common year
            continue
        candidate = local.replace(tzinfo=LOCAL_TZ).astimezone(UTC)
        if candidate <= latest:
            return candidate
    message = translate(
        "police_events", "{day} {month} did not occur in the year before publication: {name}"
    )
    raise ValidationError({"name": message.format(day=day, month=month_name, name=repr(name))})


# ---------------------------------------------------------------- places


def municipality_of(name: str, location_name: str) -> str:
    """The municipality of a notice: the last comma-separated part of `name`, in both
    location formats (or the county, for county-wide notices). `location_name` only
    when `name` has no comma. NFC, stripped."""
    _head, comma, last = name.rpartition(",")
    if comma and _clean(last):
        return _clean(last)
    return _clean(location_name)


# Official names that are not the place's name plus "kommun": the police's notices
# name the place ("Falun", "Gotland").
_OFFICIAL_NAMES = {"falu kommun": "falun", "region gotland": "gotland"}


def _municipality_keys(name: str) -> frozenset[str]:
    """What a municipality's name may be compared as: casefolded NFC, and without a
    trailing "kommun" or "stad" ("Botkyrka kommun", "Västerås stad"), also without
    the genitive s such names often take ("Lunds kommun", "Stockholms stad"); the
    few official names that differ more ("Falu kommun", "Region Gotland") by a table."""
    key = _clean(name).casefold()
    keys = {key}
    if key in _OFFICIAL_NAMES:
        keys.add(_OFFICIAL_NAMES[key])
    for suffix in (" kommun", " stad"):
        if key.endswith(suffix):
            stem = key.removesuffix(suffix).strip()
            keys.add(stem)
            if stem.endswith("s"):
                keys.add(stem[:-1])
    return frozenset(keys)


def for_municipality(events: Iterable[PoliceEvent], name: str) -> list[PoliceEvent]:
    """The events of one municipality, in their order: case-insensitive and NFC;
    "Botkyrka", "botkyrka" and "Botkyrka kommun" all match notices ending in
    "Botkyrka". Whole names only: "Stockholm" does not match the county-wide
    notices of "Stockholms län", nor "Bro" those of "Upplands-Bro"."""
    keys = _municipality_keys(name)
    return [event for event in events if event.municipality.casefold() in keys]


def find_district(text: str, districts: Sequence[str]) -> str | None:
    """The district (as spelt in `districts`) that `text` names first, or None.

    A district matches as a whole word, case-insensitive (å, ä, ö are letters),
    also in the genitive ("Norsborgs tunnelbanestation" names Norsborg), but not
    inside a compound: "Albyberget" and "Fittjaskolan" name no district. Compounds
    would find "Bro" in "Bron" and "brottet"; a district left empty is better
    than a wrong one. Two districts in the text: the one named first; two names
    starting at the same place ("Alby" and "Alby gård"): the longer.
    """
    pattern, spellings = _district_pattern(tuple(districts))
    if pattern is None:
        return None
    match = pattern.search(unicodedata.normalize("NFC", text))
    if match is None or match.lastindex is None:
        return None
    return spellings[match.lastindex - 1]  # each district is one group, in order


@lru_cache(maxsize=16)
def _district_pattern(districts: tuple[str, ...]) -> tuple[re.Pattern[str] | None, list[str]]:
    """One pattern for all districts, one group each; the spellings in group order."""
    by_key: dict[str, str] = {}
    for district in districts:
        if _clean(district):
            by_key.setdefault(_clean(district).casefold(), district)
    # Longest first: at one place in the text the longer name wins.
    keys = sorted(by_key, key=len, reverse=True)
    if not keys:
        return None, []
    groups = "|".join("(" + r"\s+".join(map(re.escape, key.split())) + ")" for key in keys)
    pattern = re.compile(rf"(?<!\w)(?:{groups})s?(?!\w)", re.IGNORECASE)
    return pattern, [by_key[key] for key in keys]


# ---------------------------------------------------------------- updates


def content_fingerprint(event: PoliceEvent) -> str:
    """A stable hash of what an update of a notice can change (type, title, summary,
    time of the event): equal fingerprints, unchanged notice. The id, publication
    time and address are not in it. The time counts as an instant (its zone does not
    matter); "police-event/1" versions the recipe."""
    occurred = event.occurred_at.astimezone(UTC).isoformat()
    content = json.dumps(
        ["police-event/1", event.type, event.title, event.summary, occurred], ensure_ascii=False
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()

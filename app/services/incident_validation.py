"""Checking an incident draft: every problem named by its field, all at once."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.clock import to_utc
from app.domain.vocabulary import Area, Reliability, Severity, Status
from app.errors import ValidationError
from app.i18n import translate
from app.i18n.formats import decimal, integer
from app.services import identity_numbers
from app.services.incident_types import IncidentDraft
from app.services.text_rules import (
    not_text,
    quoted,
    required_problem,
    text_problem,
    unknown_agencies,
    unknown_district,
)

# A clock a few minutes off must not stop an officer from logging what just happened.
FUTURE_TOLERANCE = timedelta(minutes=10)
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)

_SEVERITIES = frozenset(int(s) for s in Severity)
MOST_INJURED = 10_000
HIGHEST_COST = 10**12

# field -> (max length, multi-line)
TEXT_LIMITS: dict[str, tuple[int, bool]] = {
    "summary": (200, False),
    "place": (200, False),
    "description": (10_000, True),
    "damage": (2_000, True),
    "action_taken": (10_000, True),
    "police_ref": (60, False),
    "rescue_ref": (60, False),
    "external_ref": (200, False),
    "external_url": (500, False),
    "insurance_claim_ref": (60, False),
}


@dataclass(frozen=True)
class Lookups:
    """Reference values by the names drafts use."""

    categories: dict[str, tuple[int, str]]  # code -> (id, default area)
    districts: dict[str, int]  # name -> id
    agencies: dict[str, int]  # name -> id


def validate(draft: IncidentDraft, lookups: Lookups, now: datetime) -> dict[str, Any]:
    """Column values for the incident table, or ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}

    for name, (limit, multiline) in TEXT_LIMITS.items():
        value = getattr(draft, name)
        if not isinstance(value, str):
            errors[name] = not_text()
            continue
        problem = text_problem(value, max_length=limit, multiline=multiline)
        problem = problem or identity_numbers.problem(value)
        if problem:
            errors[name] = problem
        values[name] = value
    if "summary" not in errors and not draft.summary.strip():
        errors["summary"] = required_problem()

    category = lookups.categories.get(draft.category) if draft.category else None
    if not draft.category:
        errors["category"] = required_problem()
    elif category is None:
        errors["category"] = translate("incident_validation", "unknown category {code}").format(
            code=quoted(str(draft.category))
        )
    else:
        values["category_id"] = category[0]

    area = draft.area if draft.area else (category[1] if category else Area.SAFETY.value)
    values["area"] = _member(Area, area, "area", errors)
    values["status"] = _member(Status, draft.status, "status", errors)
    values["source_reliability"] = _member(
        Reliability, draft.source_reliability, "source_reliability", errors
    )
    if isinstance(draft.severity, bool) or draft.severity not in _SEVERITIES:
        errors["severity"] = translate(
            "incident_validation", "must be 1 (low), 2 (moderate), 3 (high) or 4 (critical)"
        )
    else:
        values["severity"] = int(draft.severity)

    if draft.district:
        district_id = lookups.districts.get(draft.district)
        if district_id is None:
            errors["district"] = unknown_district(draft.district)
        values["district_id"] = district_id
    else:
        values["district_id"] = None

    if draft.source_agency:
        source_id = lookups.agencies.get(draft.source_agency)
        if source_id is None:
            errors["source_agency"] = unknown_agencies([draft.source_agency])
        values["source_agency_id"] = source_id
    else:
        values["source_agency_id"] = None
    unknown = [name for name in draft.agencies_involved if name not in lookups.agencies]
    if unknown:
        errors["agencies_involved"] = unknown_agencies(unknown)
    values["agency_ids"] = sorted(
        {lookups.agencies[n] for n in draft.agencies_involved if n in lookups.agencies}
    )

    _times(draft, now, values, errors)
    _numbers(draft, values, errors)
    values["verified"] = bool(draft.verified)
    values["secret"] = bool(draft.secret)
    if errors:
        raise ValidationError(errors)
    return values


def _member(kind: Any, value: Any, name: str, errors: dict[str, str]) -> str | None:
    try:
        return str(kind(value).value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        errors[name] = translate("incident_validation", "must be one of {values}").format(
            values=allowed
        )
        return None


def _times(
    draft: IncidentDraft, now: datetime, values: dict[str, Any], errors: dict[str, str]
) -> None:
    latest = now + FUTURE_TOLERANCE

    def checked(name: str, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            errors[name] = translate("incident_validation", "must be a date and time")
            return None
        try:
            moment = to_utc(value)
        except (OverflowError, ValueError):
            errors[name] = translate("incident_validation", "is not a valid date and time")
            return None
        if moment > latest:
            errors[name] = translate("incident_validation", "is in the future")
        elif moment < EARLIEST:
            errors[name] = translate("incident_validation", "is before {year}").format(
                year=EARLIEST.year
            )
        return moment

    occurred = checked("occurred_at", draft.occurred_at)
    if draft.occurred_at is None:
        errors["occurred_at"] = required_problem()
    until = checked("occurred_until", draft.occurred_until)
    reported = checked("reported_at", draft.reported_at)
    if occurred and until and until < occurred:
        errors.setdefault(
            "occurred_until", translate("incident_validation", "is before the time it started")
        )
    if occurred and reported and reported < occurred:
        errors.setdefault(
            "reported_at", translate("incident_validation", "is before the incident happened")
        )
    values["occurred_at"] = occurred
    values["occurred_until"] = until
    values["reported_at"] = reported


def _numbers(draft: IncidentDraft, values: dict[str, Any], errors: dict[str, str]) -> None:
    if isinstance(draft.injured, bool) or not isinstance(draft.injured, int):
        errors["injured"] = translate("incident_validation", "must be a whole number")
    elif not 0 <= draft.injured <= MOST_INJURED:
        errors["injured"] = translate(
            "incident_validation", "must be between {least} and {most}"
        ).format(least=integer(0), most=integer(MOST_INJURED))
    values["injured"] = draft.injured
    cost = draft.estimated_cost_sek
    if cost is not None and (isinstance(cost, bool) or not isinstance(cost, int)):
        errors["estimated_cost_sek"] = translate(
            "incident_validation", "must be a whole number of kronor"
        )
    elif cost is not None and not 0 <= cost <= HIGHEST_COST:
        errors["estimated_cost_sek"] = translate(
            "incident_validation", "must be between {least} and {most} kronor"
        ).format(least=integer(0), most=integer(HIGHEST_COST))
    values["estimated_cost_sek"] = cost
    for name, value, low, high in (
        ("latitude", draft.latitude, -90.0, 90.0),
        ("longitude", draft.longitude, -180.0, 180.0),
    ):
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            errors[name] = translate(
                "incident_validation", "must be a number between {least} and {most}"
            ).format(least=decimal(low, 0), most=decimal(high, 0))
        values[name] = None if value is None else float(value)
    if (draft.latitude is None) != (draft.longitude is None):
        errors.setdefault(
            "longitude", translate("incident_validation", "latitude and longitude go together")
        )

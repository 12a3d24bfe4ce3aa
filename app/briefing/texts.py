"""The briefing's words that the situation page shows too, in a language given explicitly.

A briefing is printed in the language chosen for it, which need not be the
interface's: its texts are catalog messages of the context "briefing",
looked up where they are used with `catalog(language).translate("briefing", …)`
(the call lupdate extracts). The few the situation page shows as well are
here, so that the window says what the printed page says.
"""

from __future__ import annotations

from app.briefing import numbers
from app.domain.vocabulary import (
    AREA_TITLES,
    CASE_STATUS_TITLES,
    SEVERITY_TITLES,
    Area,
    CaseStatus,
    Severity,
)
from app.i18n import catalog
from app.services.situation_types import SMALL_COUNT


def briefing_title(language: str) -> str:
    """ "Lägesbild" / "Situation briefing": the cover's title, and the file's name."""
    return catalog(language).translate("briefing", "Situation briefing")


def no_district(language: str) -> str:
    return catalog(language).translate("briefing", "No district")


def no_key_points(language: str) -> str:
    return catalog(language).translate("briefing", "No marked changes in the period.")


def changes_note(language: str) -> str:
    return (
        catalog(language)
        .translate(
            "briefing",
            "Changes on small counts (below {n}) are given as counts, otherwise as percentages.",
        )
        .format(n=numbers.integer(SMALL_COUNT, language))
    )


def per_district_note(language: str) -> str:
    return catalog(language).translate(
        "briefing", "Filled bar: this period. Thin outline: the previous period."
    )


def matrix_note(language: str) -> str:
    return catalog(language).translate(
        "briefing", "The highest values are marked in bold on a darker background."
    )


def area_title(value: str, language: str) -> str:
    try:
        return AREA_TITLES.title(Area(value), language)
    except ValueError:
        return value


def case_status_title(status: CaseStatus, language: str) -> str:
    return CASE_STATUS_TITLES.title(status, language)


def severity_title(value: int, language: str) -> str:
    try:
        return SEVERITY_TITLES.title(Severity(value), language)
    except ValueError:
        return str(value)

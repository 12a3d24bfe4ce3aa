"""The roster's vocabulary: kinds of agency, with English and Swedish titles.

Kept here rather than in app/domain so that the domain's tables stay as they
are; the stored value is the enum's value (a plain string column). The titles
are English in the code and Swedish in the catalog (context "roster_vocabulary").
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Titles


class AgencyKind(StrEnum):
    MUNICIPAL = "municipal"
    LOCAL_POLICE = "local_police"
    REGIONAL_POLICE = "regional_police"
    COUNTY_POLICE = "county_police"
    FIRE_RESCUE = "fire_rescue"
    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    LEISURE = "leisure"
    HOUSING = "housing"
    OTHER = "other"

    def title(self, language: str | None = None) -> str:  # replaces str.title on purpose
        """The kind's title in `language` (None: the current language)."""
        return AGENCY_KIND_TITLES.title(self, language)


AGENCY_KIND_TITLES = Titles(
    "roster_vocabulary",
    {
        AgencyKind.MUNICIPAL: QT_TRANSLATE_NOOP("roster_vocabulary", "Municipality"),
        AgencyKind.LOCAL_POLICE: QT_TRANSLATE_NOOP("roster_vocabulary", "Local police"),
        AgencyKind.REGIONAL_POLICE: QT_TRANSLATE_NOOP("roster_vocabulary", "Regional police"),
        AgencyKind.COUNTY_POLICE: QT_TRANSLATE_NOOP("roster_vocabulary", "County police"),
        AgencyKind.FIRE_RESCUE: QT_TRANSLATE_NOOP("roster_vocabulary", "Fire and rescue service"),
        AgencyKind.SCHOOL: QT_TRANSLATE_NOOP("roster_vocabulary", "School"),
        AgencyKind.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("roster_vocabulary", "Social services"),
        AgencyKind.LEISURE: QT_TRANSLATE_NOOP("roster_vocabulary", "Leisure"),
        AgencyKind.HOUSING: QT_TRANSLATE_NOOP("roster_vocabulary", "Housing company"),
        AgencyKind.OTHER: QT_TRANSLATE_NOOP("roster_vocabulary", "Other"),
    },
)

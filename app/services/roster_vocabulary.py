"""The roster's vocabulary: kinds of agency, with English and Swedish titles.

Kept here rather than in app/domain so that the domain's tables stay as they
are; the stored value is the enum's value (a plain string column).
"""

from __future__ import annotations

from enum import StrEnum


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

    def title(self, language: str = "en") -> str:  # replaces str.title on purpose
        english, swedish = _TITLES[self]
        return swedish if language == "sv" else english


_TITLES: dict[AgencyKind, tuple[str, str]] = {
    AgencyKind.MUNICIPAL: ("Municipality", "Kommunen"),
    AgencyKind.LOCAL_POLICE: ("Local police", "Lokalpolisen"),
    AgencyKind.REGIONAL_POLICE: ("Regional police", "Polisregionen"),
    AgencyKind.COUNTY_POLICE: ("County police", "Länspolisen"),
    AgencyKind.FIRE_RESCUE: ("Fire and rescue service", "Räddningstjänsten"),
    AgencyKind.SCHOOL: ("School", "Skola"),
    AgencyKind.SOCIAL_SERVICES: ("Social services", "Socialtjänsten"),
    AgencyKind.LEISURE: ("Leisure", "Fritid"),
    AgencyKind.HOUSING: ("Housing company", "Bostadsbolag"),
    AgencyKind.OTHER: ("Other", "Övrigt"),
}

"""What the risk-date service takes and gives: plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RiskDateDraft:
    """What an officer fills in on the meetings page."""

    title: str
    starts_on: date
    ends_on: date | None = None  # None: a single day
    notes: str = ""
    recurring_yearly: bool = False  # Walpurgis Night, New Year's Eve: every year


@dataclass(frozen=True)
class RiskDate(RiskDateDraft):
    """A stored risk date."""

    id: int = 0
    version: int = 1

    def draft(self) -> RiskDateDraft:
        return RiskDateDraft(
            self.title, self.starts_on, self.ends_on, self.notes, self.recurring_yearly
        )


@dataclass(frozen=True)
class RiskDateOccurrence:
    """A risk date as it falls in a range: a yearly one once for each year it recurs."""

    risk_date_id: int
    title: str
    starts_on: date
    ends_on: date  # the same as starts_on for a single day
    notes: str
    recurring_yearly: bool

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

"""Cases of the social task forces: young people at risk, pseudonymous by design.

A case names its subject only by a code; no name or identity number is ever
stored. Everything that hangs off a case is erased with it (ON DELETE CASCADE)
when its retention period ends.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime


def _case_fk(primary_key: bool = False) -> Column[int]:
    return Column(
        Integer,
        ForeignKey("task_case.id", ondelete="CASCADE"),
        primary_key=primary_key,
        nullable=False,
        index=not primary_key,
    )


class CaseCounter(SQLModel, table=True):
    """The last case number given out per year (`2026-007`)."""

    __tablename__ = "case_counter"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last: int = 0


class Case(SQLModel, table=True):
    # "case" is an SQL keyword; the table is named for what it is.
    __tablename__ = "task_case"
    # An erased case's id is never given again: its audit entries keep it.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=16, unique=True)  # yearly sequence: 2026-007
    task_force_id: int = Field(foreign_key="task_force.id", index=True)
    subject_code: str = Field(max_length=16)  # pseudonym, never a name
    birth_year: int
    district_id: int | None = Field(default=None, foreign_key="district.id")
    school: str = Field(default="", max_length=120)
    referred_by: str = Field(default="", max_length=120)  # an agency or a role, not a name
    referral_reason: str = ""
    status: str = Field(default="referred", max_length=16, index=True)  # CaseStatus
    opened_on: date
    closed_on: date | None = Field(default=None, index=True)
    close_reason: str = ""
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    version: int = 1


class Consent(SQLModel, table=True):
    """One signature in the consent register: who signed, when, for which agencies."""

    __tablename__ = "case_consent"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_case_fk())
    signer: str = Field(max_length=16)  # ConsentSigner: guardian or young person
    signer_label: str = Field(default="", max_length=60)  # "Guardian 1", not a name
    signed_on: date
    expires_on: date
    withdrawn_on: date | None = None


class ConsentAgency(SQLModel, table=True):
    __tablename__ = "case_consent_agency"

    consent_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("case_consent.id", ondelete="CASCADE"), primary_key=True
        )
    )
    agency_id: int = Field(foreign_key="agency.id", primary_key=True)


class Factor(SQLModel, table=True):
    """An entry of the editable risk and protective factor vocabularies."""

    __tablename__ = "case_factor_term"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=12)  # risk, protective
    title_sv: str = Field(max_length=120)
    title_en: str = Field(max_length=120)
    sort_order: int = 0
    active: bool = True


class CaseFactor(SQLModel, table=True):
    __tablename__ = "case_factor"

    case_id: int = Field(sa_column=_case_fk(primary_key=True))
    factor_id: int = Field(foreign_key="case_factor_term.id", primary_key=True)


class CaseResponsible(SQLModel, table=True):
    """The one person who answers for the case in an agency."""

    __tablename__ = "case_responsible"

    case_id: int = Field(sa_column=_case_fk(primary_key=True))
    agency_id: int = Field(foreign_key="agency.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id")


class CaseAction(SQLModel, table=True):
    """What is to be done for the young person: what, who, by when, and when done."""

    __tablename__ = "case_action"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_case_fk())
    what: str = Field(max_length=500)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    due: date | None = None
    done_on: date | None = None
    created_at: datetime = Field(sa_type=UtcDateTime)


class CaseReview(SQLModel, table=True):
    """A planned review of the case; overdue when its date passes without being held."""

    __tablename__ = "case_review"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_case_fk())
    due: date = Field(index=True)
    held_on: date | None = None
    notes: str = ""


class CaseIncident(SQLModel, table=True):
    __tablename__ = "case_incident"

    case_id: int = Field(sa_column=_case_fk(primary_key=True))
    incident_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class CaseNote(SQLModel, table=True):
    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_case_fk())
    written_at: datetime = Field(sa_type=UtcDateTime)
    author_id: int = Field(foreign_key="app_user.id")
    text: str

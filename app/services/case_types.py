"""What the case and task-force services take and give: plain, fully loaded values.

This is the contract between app.services.cases / app.services.task_forces
and the screens; the screens never see a table row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.vocabulary import CaseStatus, ConsentSigner, FactorKind, TaskForceKind

# ---- task forces -----------------------------------------------------------


@dataclass(frozen=True)
class TaskForceDraft:
    name: str
    kind: TaskForceKind
    district: str | None = None  # a district's name; None: the whole municipality
    purpose: str = ""
    cadence: str = ""  # "every second Tuesday"
    active: bool = True
    agencies: tuple[str, ...] = ()  # agency names
    person_ids: tuple[int, ...] = ()  # members from the roster


@dataclass(frozen=True)
class MemberRef:
    """A roster person sitting in a task force."""

    id: int
    name: str
    title: str
    agency: str


@dataclass(frozen=True)
class TaskForceInfo:
    id: int
    name: str
    kind: TaskForceKind
    district: str | None
    purpose: str
    cadence: str
    active: bool
    agencies: tuple[str, ...]
    members: tuple[MemberRef, ...]
    user_ids: tuple[int, ...]  # users who may open its cases (need to know)
    open_cases: int | None  # every case not closed; None: the user may not see its cases
    version: int


# ---- cases -----------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    task_force_id: int | None = None
    status: CaseStatus | None = None
    district: str | None = None
    overdue_review: bool = False  # only cases with a review date passed and not held


@dataclass(frozen=True)
class CaseRow:
    """A line of the case table."""

    id: int
    number: str
    task_force: str
    subject_code: str
    birth_year: int
    district: str | None
    school: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    next_review: date | None  # the earliest review not yet held
    review_overdue: bool
    open_actions: int


@dataclass(frozen=True)
class CaseDraft:
    """What an officer fills in when referring a case or editing its particulars."""

    task_force_id: int
    subject_code: str  # a pseudonym such as "K7-ALV"; never a name or an identity number
    birth_year: int
    district: str | None = None
    school: str = ""
    referred_by: str = ""  # an agency or a role ("School nurse, Hallunda school")
    referral_reason: str = ""
    opened_on: date | None = None  # None: today


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    signer: ConsentSigner
    signer_label: str  # "Guardian 1"; no names
    signed_on: date
    expires_on: date
    withdrawn_on: date | None
    agencies: tuple[str, ...]
    valid: bool  # signed, not expired and not withdrawn, today


@dataclass(frozen=True)
class FactorInfo:
    id: int
    kind: FactorKind
    title_sv: str
    title_en: str
    active: bool

    def title(self, language: str = "en") -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class ResponsibleInfo:
    agency: str
    person_id: int
    person: str


@dataclass(frozen=True)
class CaseActionInfo:
    id: int
    what: str
    person_id: int | None
    person: str  # "" when nobody is named yet
    due: date | None
    done_on: date | None
    overdue: bool  # due before today and not done


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    due: date
    held_on: date | None
    notes: str
    overdue: bool  # due before today and not held


@dataclass(frozen=True)
class NoteInfo:
    id: int
    written_at: datetime  # UTC
    author: str
    text: str


@dataclass(frozen=True)
class LinkedIncident:
    id: int
    reference: str
    occurred_at: datetime  # UTC
    summary: str


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's history, newest last."""

    on: date
    kind: str  # opened, status, consent, withdrawal, action, action_done, review, note, closed
    text: str  # in the current language (app.i18n.language())


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    task_force_id: int
    task_force: str
    subject_code: str
    birth_year: int
    district: str | None
    school: str
    referred_by: str
    referral_reason: str
    status: CaseStatus
    allowed_moves: tuple[CaseStatus, ...]  # statuses it may move to now
    opened_on: date
    closed_on: date | None
    close_reason: str
    consents: tuple[ConsentInfo, ...]
    shared_with: tuple[str, ...]  # agencies covered by valid consent today
    consent_problem: str | None  # why the case may not be active now; None when it may
    factor_ids: tuple[int, ...]
    responsible: tuple[ResponsibleInfo, ...]
    actions: tuple[CaseActionInfo, ...]
    reviews: tuple[ReviewInfo, ...]
    notes: tuple[NoteInfo, ...]
    incidents: tuple[LinkedIncident, ...]
    timeline: tuple[TimelineEntry, ...] = field(default=())
    may_change: bool = False  # the signed-in user's role and membership allow changes
    version: int = 1

"""How the task-force screens name kinds and write members."""

from __future__ import annotations

from app.domain.vocabulary import (
    CASE_STATUS_TITLES,
    TASK_FORCE_KIND_TITLES,
    CaseStatus,
    TaskForceKind,
)
from app.i18n import formats
from app.services.case_types import MemberRef
from ui.widgets.language import pick


def kind_title(kind: TaskForceKind) -> str:
    return pick(TASK_FORCE_KIND_TITLES[kind])


def case_status_title(status: CaseStatus) -> str:
    return pick(CASE_STATUS_TITLES[status])


# Shown for the open cases of a task force whose cases the user may not see: a
# count of 0 would read as a real count.
NOT_YOURS = "—"


def open_cases_text(count: int | None) -> str:
    return NOT_YOURS if count is None else formats.integer(count)


def member_line(member: MemberRef) -> str:
    """Name — title, agency."""
    role = ", ".join(filter(None, (member.title, member.agency)))
    return f"{member.name} — {role}" if role else member.name

"""How the task-force screens name kinds and write members."""

from __future__ import annotations

from app.domain.vocabulary import TASK_FORCE_KIND_TITLES, TaskForceKind
from app.services.case_types import MemberRef
from ui.widgets.language import pick


def kind_title(kind: TaskForceKind) -> str:
    return pick(TASK_FORCE_KIND_TITLES[kind])


def member_line(member: MemberRef) -> str:
    """Name — title, agency."""
    role = ", ".join(filter(None, (member.title, member.agency)))
    return f"{member.name} — {role}" if role else member.name

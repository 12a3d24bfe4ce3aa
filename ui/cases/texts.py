"""How the case page writes its values: ISO dates, vocabulary titles in the current language.

Overdue is marked by a word and bold type as well as by colour, so that it
stays visible in greyscale and to the colour-blind.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.clock import to_local
from app.domain.vocabulary import (
    CASE_STATUS_TITLES,
    CONSENT_SIGNER_TITLES,
    TASK_FORCE_KIND_TITLES,
    CaseStatus,
    ConsentSigner,
    TaskForceKind,
)
from ui.widgets import palette
from ui.widgets.language import pick

ERROR_COLOUR = palette.ERROR
OVERDUE_COLOUR = palette.OVERDUE  # dark enough to read as near-black in greyscale
MUTED_COLOUR = palette.DONE

_CONTEXT = "CaseTexts"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def moment(value: datetime) -> str:
    return f"{to_local(value):%Y-%m-%d %H:%M}"


def status_title(status: CaseStatus) -> str:
    return pick(CASE_STATUS_TITLES[status])


def signer_title(signer: ConsentSigner) -> str:
    return pick(CONSENT_SIGNER_TITLES[signer])


def kind_title(kind: TaskForceKind) -> str:
    return pick(TASK_FORCE_KIND_TITLES[kind])


def overdue(text: str) -> str:
    """'2026-11-20 — overdue': the word carries the mark where colour cannot."""
    return tr("%1 — overdue").replace("%1", text)


def move_text(to: CaseStatus) -> str:
    return tr("Move to %1").replace("%1", status_title(to))


def timeline_kind(kind: str) -> str:
    """A timeline entry's kind in the interface's language (the service gives English text)."""
    titles = {
        "opened": tr("Opened"),
        "status": tr("Status"),
        "consent": tr("Consent"),
        "withdrawal": tr("Withdrawal"),
        "action": tr("Action"),
        "action_done": tr("Action done"),
        "review": tr("Review"),
        "note": tr("Note"),
        "closed": tr("Closed"),
    }
    return titles.get(kind, kind)

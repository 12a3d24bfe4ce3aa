"""How the case page writes its values: dates in the language's form, vocabulary
titles in the current language.

Overdue is marked by a word and bold type as well as by colour, so that it
stays visible in greyscale and to the colour-blind.

The texts here are not in a class, so they are translated under the context
"case_texts" (lupdate reads the literal context of each call).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.vocabulary import (
    CASE_STATUS_TITLES,
    CONSENT_SIGNER_TITLES,
    TASK_FORCE_KIND_TITLES,
    CaseStatus,
    ConsentSigner,
    TaskForceKind,
)
from app.i18n import formats
from ui.widgets import palette
from ui.widgets.language import pick

ERROR_COLOUR = palette.ERROR
OVERDUE_COLOUR = palette.OVERDUE  # dark enough to read as near-black in greyscale
MUTED_COLOUR = palette.DONE

CONTEXT = "case_texts"

# A timeline entry's kind (the service names it by a key).
TIMELINE_KINDS = cast(
    dict[str, str],
    {
        "opened": QT_TRANSLATE_NOOP("case_texts", "Opened"),
        "status": QT_TRANSLATE_NOOP("case_texts", "Status"),
        "consent": QT_TRANSLATE_NOOP("case_texts", "Consent"),
        "withdrawal": QT_TRANSLATE_NOOP("case_texts", "Withdrawal"),
        "action": QT_TRANSLATE_NOOP("case_texts", "Action"),
        "action_done": QT_TRANSLATE_NOOP("case_texts", "Action done"),
        "review": QT_TRANSLATE_NOOP("case_texts", "Review"),
        "note": QT_TRANSLATE_NOOP("case_texts", "Note"),
        "closed": QT_TRANSLATE_NOOP("case_texts", "Closed"),
    },
)


def day(value: date | None) -> str:
    """ "2026-11-26" (sv) / "26 Nov 2026" (en); "" for no date."""
    return formats.short_date(value) if value is not None else ""


def moment(value: datetime) -> str:
    """A stored (UTC) moment as local date and time."""
    return formats.local_time(value)


def status_title(status: CaseStatus) -> str:
    return pick(CASE_STATUS_TITLES[status])


def signer_title(signer: ConsentSigner) -> str:
    return pick(CONSENT_SIGNER_TITLES[signer])


def kind_title(kind: TaskForceKind) -> str:
    return pick(TASK_FORCE_KIND_TITLES[kind])


def overdue(text: str) -> str:
    """'2026-11-20 — overdue': the word carries the mark where colour cannot."""
    return QCoreApplication.translate("case_texts", "%1 — overdue").replace("%1", text)


def move_text(to: CaseStatus) -> str:
    """The button that moves a case; closing asks why first, so it ends in "…"."""
    if to == CaseStatus.CLOSED:
        text = QCoreApplication.translate("case_texts", "Move to %1…")
    else:
        text = QCoreApplication.translate("case_texts", "Move to %1")
    # Inside a sentence the status is a word like any other: "Ändra status till avslutat".
    return text.replace("%1", status_title(to).lower())


def timeline_kind(kind: str) -> str:
    """A timeline entry's kind in the interface's language."""
    source = TIMELINE_KINDS.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else kind

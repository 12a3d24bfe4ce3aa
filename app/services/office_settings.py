"""The office's settings, shared by every workstation on the database.

Each setting is declared once below, with its default and its check; values
are stored as text in `app_setting`. Only administrators change them, and a
change is written to the audit log: the retention period decides when cases
are erased, so who changed it and when must be known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from app.domain.tables import SETTING
from app.domain.vocabulary import AuditAction, Role
from app.errors import ValidationError
from app.services import access
from app.services.text_rules import text_problem
from app.storage.database import Database

RETENTION_YEARS = "retention_years"
MUNICIPALITY_NAME = "municipality_name"
CLASSIFICATION_MARKING = "classification_marking"
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 20
CHANGES_SETTINGS = frozenset({Role.ADMINISTRATOR})


@dataclass(frozen=True)
class SettingSpec:
    """A known setting: its default and a check returning a problem, or None if fine."""

    default: str
    problem: Callable[[str], str | None]


def _years_problem(value: str) -> str | None:
    if not value.strip().isdigit() or not (
        MIN_RETENTION_YEARS <= int(value) <= MAX_RETENTION_YEARS
    ):
        return (
            f"must be a whole number of years from {MIN_RETENTION_YEARS} to {MAX_RETENTION_YEARS}"
        )
    return None


def _short_text_problem(value: str) -> str | None:
    return text_problem(value, max_length=120)


SETTINGS: dict[str, SettingSpec] = {
    RETENTION_YEARS: SettingSpec("3", _years_problem),
    MUNICIPALITY_NAME: SettingSpec("", _short_text_problem),
    CLASSIFICATION_MARKING: SettingSpec("", _short_text_problem),
}


def get_setting(db: Database, key: str, default: str | None = None) -> str:
    """The stored value; when none is stored, `default`, else the declared default."""
    with db.reading() as session:
        return setting_in(session, key, default)


def setting_in(session: Session, key: str, default: str | None = None) -> str:
    """`get_setting` within the caller's transaction."""
    spec = _spec(key)
    stored = session.execute(select(SETTING.c.value).where(SETTING.c.key == key)).scalar()
    if stored is not None:
        return str(stored)
    return spec.default if default is None else default


def set_setting(db: Database, key: str, value: str) -> str:
    """Store a setting (administrators only); ValidationError names the key. Returns it.

    The role is checked before the value: whoever may not change settings is
    refused (and the refusal logged) whatever they typed.
    """
    spec = _spec(key)
    value = value.strip()
    with access.case_work(db, f"change the setting {key}") as (session, who):
        access.require_role(who, CHANGES_SETTINGS, "change the office's settings")
        if problem := spec.problem(value):
            raise ValidationError({key: problem})
        _upsert(session, key, value)
        access.record(session, who, AuditAction.CHANGE, detail=f"setting {key} = {value}")
    return value


def retention_years(db: Database) -> int:
    """How many calendar years after closing a case is erased (default 3)."""
    with db.reading() as session:
        return retention_years_in(session)


def retention_years_in(session: Session) -> int:
    value = setting_in(session, RETENTION_YEARS)
    # A value written around the application (a hand-edited database) falls
    # back to the default rather than stopping erasure altogether.
    if _years_problem(value):
        value = SETTINGS[RETENTION_YEARS].default
    return int(value)


def set_retention_years(db: Database, years: int) -> int:
    if isinstance(years, bool) or not isinstance(years, int):
        # Through set_setting all the same, so that the role is checked first;
        # "" is refused by the check of the value.
        set_setting(db, RETENTION_YEARS, "")
    return int(set_setting(db, RETENTION_YEARS, str(years)))


def _spec(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"{key!r} is not a setting of the office") from None


def _upsert(session: Session, key: str, value: str) -> None:
    # The writer holds the write lock (BEGIN IMMEDIATE): nobody inserts in between.
    changed = session.execute(SETTING.update().where(SETTING.c.key == key).values(value=value))
    if not changed.rowcount:  # type: ignore[attr-defined]
        session.execute(SETTING.insert().values(key=key, value=value))

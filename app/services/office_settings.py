"""The office's settings, shared by every workstation on the database.

Each setting is declared once below, with its default and its check; values
are stored as text in `app_setting`. Only administrators change them, and a
change is written to the audit log: the retention period decides when cases
are erased, so who changed it and when must be known.

The logo is kept as a path, not as the picture: the office keeps its logo on
a share every workstation reaches. A path that no longer leads to a usable
picture is not an error when a briefing is made; `logo_path` then gives None
and the briefing's cover goes without it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from app.domain.tables import SETTING
from app.domain.vocabulary import AuditAction, Role
from app.errors import ValidationError, os_reason
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import decimal
from app.services import access
from app.services.text_rules import text_problem
from app.storage import backup
from app.storage.database import Database

RETENTION_YEARS = "retention_years"
MUNICIPALITY_NAME = "municipality_name"
CLASSIFICATION_MARKING = "classification_marking"
LOGO_PATH = "logo_path"
# How many dated copies of a SQLite database stay in its backups folder (the
# start of the window makes one each time); read at start by app.storage.
BACKUPS_KEPT = backup.BACKUPS_KEPT
# Where those copies go: a folder on another disk or a share keeps them when this
# disk fails. Empty: backups/ beside the database file. Read at start by app.storage.
BACKUP_FOLDER = backup.BACKUP_FOLDER
DEFAULT_MARKING = "Intern – ej för publicering"
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 20
MAX_LOGO_BYTES = 2 * 1024 * 1024
# What a picture file starts with: reportlab draws PNG and JPEG on the cover.
_PICTURE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
CHANGES_SETTINGS = frozenset({Role.ADMINISTRATOR})
_MAY_NOT_CHANGE = QT_TRANSLATE_NOOP(
    "access", "your role ({role}) may not change the office's settings"
)


@dataclass(frozen=True)
class SettingSpec:
    """A known setting: its default and a check returning a problem, or None if fine."""

    default: str
    problem: Callable[[str], str | None]
    # How a typed value is stored: surrounding blanks go, a path becomes absolute.
    normalise: Callable[[str], str] = str.strip
    # Whether the audit entry of a change gives the new value, not only the key:
    # the retention period decides erasure; a path may name a person's folder.
    value_in_audit: bool = True


def _years_problem(value: str) -> str | None:
    if not _whole_number_in(value, MIN_RETENTION_YEARS, MAX_RETENTION_YEARS):
        return translate(
            "office_settings", "must be a whole number of years from {least} to {most}"
        ).format(least=MIN_RETENTION_YEARS, most=MAX_RETENTION_YEARS)
    return None


def _kept_problem(value: str) -> str | None:
    if not _whole_number_in(value, backup.MIN_KEPT, backup.MAX_KEPT):
        return translate(
            "office_settings", "must be a whole number of copies from {least} to {most}"
        ).format(least=backup.MIN_KEPT, most=backup.MAX_KEPT)
    return None


def _whole_number_in(value: str, low: int, high: int) -> bool:
    """Whether `value` is written in the digits 0-9 only (str.isdigit also takes "²" and
    "①", which int() cannot read) and lies in low..high. The length is checked first:
    int() refuses more than 4,300 digits, and no setting needs more than a few."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 6:
        return False
    return low <= int(text) <= high


def _short_text_problem(value: str) -> str | None:
    return text_problem(value, max_length=120)


def _absolute_path(value: str) -> str:
    # A relative path would mean something else in every working directory.
    value = value.strip()
    return str(Path(value).expanduser().absolute()) if value else ""


def logo_problem(value: str) -> str | None:
    """Why `value` cannot be the logo's path, or None; empty (no logo) is fine."""
    if not value:
        return None
    if problem := text_problem(value, max_length=1000):
        return problem
    path = Path(value)
    try:
        if not path.is_file():
            if not path.exists():
                return translate("office_settings", "no such file")
            return translate("office_settings", "is not a file")
        size = path.stat().st_size
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        return translate("office_settings", "cannot be read ({reason})").format(
            reason=os_reason(error)
        )
    if not start.startswith(_PICTURE_SIGNATURES):
        return translate("office_settings", "must be a PNG or JPEG picture")
    if size >= MAX_LOGO_BYTES:
        return translate(
            "office_settings", "is too large: {size} MB, it must be under {most} MB"
        ).format(size=decimal(size / 1024 / 1024, 1), most=MAX_LOGO_BYTES // 1024 // 1024)
    return None


def folder_problem(value: str) -> str | None:
    """Why `value` cannot be the backup folder, or None; empty (beside the database) is fine."""
    if not value:
        return None
    if problem := text_problem(value, max_length=1000):
        return problem
    path = Path(value)
    if not path.is_dir():
        if path.exists():
            return translate("office_settings", "is not a folder")
        return translate("office_settings", "no such folder")
    # Write a file to find out: os.access says yes on Windows for a read-only share.
    try:
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError:
        return translate("office_settings", "cannot be written to")
    return None


SETTINGS: dict[str, SettingSpec] = {
    RETENTION_YEARS: SettingSpec("3", _years_problem),
    MUNICIPALITY_NAME: SettingSpec("", _short_text_problem),
    # A fresh install marks its briefings: an unmarked paper on the meeting table
    # reads as public. An office that wants none sets the marking to blank.
    CLASSIFICATION_MARKING: SettingSpec(DEFAULT_MARKING, _short_text_problem),
    LOGO_PATH: SettingSpec("", logo_problem, _absolute_path, value_in_audit=False),
    BACKUPS_KEPT: SettingSpec(str(backup.DEFAULT_KEPT), _kept_problem),
    BACKUP_FOLDER: SettingSpec("", folder_problem, _absolute_path, value_in_audit=False),
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
    value = spec.normalise(value)
    with access.case_work(db, f"change the setting {key}") as (session, who):
        access.require_role(who, CHANGES_SETTINGS, _MAY_NOT_CHANGE)
        if problem := spec.problem(value):
            raise ValidationError({key: problem})
        _store(session, key, value)
        shown = f"{key} = {value}" if spec.value_in_audit else key
        access.record(session, who, AuditAction.CHANGE, detail=f"setting {shown}")
    return value


def set_settings(db: Database, values: Mapping[str, str]) -> dict[str, str]:
    """Change several settings at once (administrators only): all or none.

    Every value is checked before any is written; a ValidationError names every
    refused key. Only values that differ from the stored ones are written, with
    one audit entry naming the changed keys (none when nothing changed).
    Returns the changed keys with their values as stored. An unknown key is a
    mistake in the program (KeyError).
    """
    specs = {key: _spec(key) for key in values}
    keys = ", ".join(values)
    with access.case_work(db, f"change the office's settings ({keys})") as (session, who):
        access.require_role(who, CHANGES_SETTINGS, _MAY_NOT_CHANGE)
        wanted = {key: specs[key].normalise(value) for key, value in values.items()}
        errors = {
            key: problem for key, value in wanted.items() if (problem := specs[key].problem(value))
        }
        if errors:
            raise ValidationError(errors)
        changed = {key: value for key, value in wanted.items() if value != setting_in(session, key)}
        for key, value in changed.items():
            _store(session, key, value)
        if changed:
            named = ", ".join(
                f"{key} = {value}" if specs[key].value_in_audit else key
                for key, value in changed.items()
            )
            # Under 500 characters (record's limit) even with every key changed:
            # the texts are at most 120 characters and the path is not given.
            access.record(session, who, AuditAction.CHANGE, detail=f"settings changed: {named}")
    return changed


def all_settings(db: Database) -> dict[str, str]:
    """Every known setting with its stored (or default) value, in declared order."""
    with db.reading() as session:
        return {key: setting_in(session, key) for key in SETTINGS}


def logo_path(db: Database) -> Path | None:
    """The logo for the briefing's cover; None when none is set or the file is
    no longer a usable picture (moved, deleted, replaced): the briefing is made
    without it rather than not at all."""
    value = get_setting(db, LOGO_PATH)
    if not value or logo_problem(value):
        return None
    return Path(value)


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


def _store(session: Session, key: str, value: str) -> None:
    """Write a setting; a backup folder given up is remembered, so that retention still
    finds the copies left there (app.storage.backup.backup_folders)."""
    if key == BACKUP_FOLDER:
        old = setting_in(session, BACKUP_FOLDER)
        if old and old != value:
            stored = session.execute(
                select(SETTING.c.value).where(SETTING.c.key == backup.FORMER_FOLDERS)
            ).scalar()
            former = [line for line in str(stored or "").splitlines() if line]
            if old not in former:
                _upsert(session, backup.FORMER_FOLDERS, "\n".join([*former, old]))
    _upsert(session, key, value)


def _upsert(session: Session, key: str, value: str) -> None:
    # The writer holds the write lock (BEGIN IMMEDIATE): nobody inserts in between.
    changed = session.execute(SETTING.update().where(SETTING.c.key == key).values(value=value))
    if not changed.rowcount:  # type: ignore[attr-defined]
        session.execute(SETTING.insert().values(key=key, value=value))

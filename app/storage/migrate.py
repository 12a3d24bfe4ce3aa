"""Bringing a database to the schema this version expects, with a backup first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.errors import StorageProblem
from app.i18n import translate
from app.storage.backup import backup_before_upgrade

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema version this program knows (and can upgrade from)."""
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, *, revision: str = "head", backup: bool = True) -> Path | None:
    """Upgrade to `revision`. Returns the backup copy taken first, if any."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        message = translate(
            "migrate",
            "The database has schema version {version}, which is newer than this program "
            "knows. Install the newer Samverkan that wrote it, or open another database.",
        )
        raise StorageProblem(message.format(version=current))
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    copy = backup_before_upgrade(engine) if backup and current is not None else None
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return copy

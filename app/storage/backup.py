"""Backups of the SQLite file with SQLite's online backup API (consistent under writers)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from app.clock import now, to_local


def sqlite_path(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def backup_to(engine: Engine, target: Path) -> Path:
    source_path = sqlite_path(engine)
    if source_path is None:
        raise ValueError("only a SQLite file can be copied this way")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def backup_before_upgrade(engine: Engine) -> Path | None:
    source_path = sqlite_path(engine)
    if source_path is None or not source_path.exists():
        return None
    stamp = to_local(now()).strftime("%Y%m%d-%H%M%S")
    target = source_path.parent / "backups" / f"{source_path.stem}-before-upgrade-{stamp}.db"
    return backup_to(engine, target)

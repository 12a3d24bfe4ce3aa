"""Where the data lives and which database to open.

The default is a SQLite file in the user's *local* (not roaming) data folder:
%LOCALAPPDATA%\\Samverkan on Windows. A roaming or synced folder can put a live
database on a network share or in OneDrive, where SQLite's locking is unsafe.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Samverkan"
DATABASE_ENV = "SAMVERKAN_DATABASE"
DATABASE_FILE = "samverkan.db"


def data_dir(*, create: bool = True) -> Path:
    path = user_data_path(APP_NAME, appauthor=False, roaming=False, ensure_exists=create)
    return Path(path)


def default_database_path(*, create: bool = True) -> Path:
    """The default file; with create=False only its name (a settings field shows it)."""
    return data_dir(create=create) / DATABASE_FILE


def database_url(choice: str | None = None) -> str:
    """The SQLAlchemy URL from --database, else SAMVERKAN_DATABASE, else the default file.

    A value with "://" is taken as a URL; anything else is a file path.
    """
    value = choice or os.environ.get(DATABASE_ENV) or str(default_database_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    # SQLAlchemy unquotes %XX in the database part and cuts it at "?": escape both.
    text = str(path.expanduser().resolve()).replace("\\", "/")
    return "sqlite:///" + text.replace("%", "%25").replace("?", "%3F")


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path

"""Full-text search over incidents, per engine.

SQLite: an FTS5 index with external content (see migration 0002), kept in
step here, inside the caller's transaction, because SQLite refuses triggers
on virtual tables when trusted_schema is off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, column, false, select, table, text
from sqlmodel import Session

from app.domain.tables import INCIDENT

_fts = table("incident_fts", column("rowid"))
_TOKEN = re.compile(r"\w+", re.UNICODE)

FTS_COLUMNS = ("summary", "description", "place")


def match_expression(words: str) -> str | None:
    """An FTS5 query in which every word must occur, each also as a prefix.

    The user's text is never passed through as FTS syntax: each word is quoted,
    so quotes, stars and operators in it are plain characters.
    """
    tokens = _TOKEN.findall(words)
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def text_condition(dialect: str, words: str) -> ColumnElement[bool]:
    """A WHERE condition on Incident that keeps the rows matching `words`."""
    expression = match_expression(words)
    if expression is None:
        return false()
    if dialect == "sqlite":
        matching = (
            select(_fts.c.rowid)
            .where(text("incident_fts MATCH :fts_query"))
            .params(fts_query=expression)
        )
        return INCIDENT.c.id.in_(matching.scalar_subquery())
    # Until the shared server gets its own index: a case-insensitive scan.
    from sqlalchemy import and_, func, or_

    columns = (INCIDENT.c.summary, INCIDENT.c.description, INCIDENT.c.place)
    return and_(
        *(
            or_(*(func.lower(c).contains(token.lower()) for c in columns))
            for token in _TOKEN.findall(words)
        )
    )


def index(session: Session | Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Add rows (dicts with id, summary, description, place) to the index."""
    if not rows or _dialect(session) != "sqlite":
        return
    session.execute(
        text(
            "INSERT INTO incident_fts(rowid, summary, description, place) "
            "VALUES (:id, :summary, :description, :place)"
        ),
        [{key: row[key] for key in ("id", *FTS_COLUMNS)} for row in rows],
    )


def unindex(session: Session | Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Remove rows from the index; they must carry the values that were indexed."""
    batch = [{key: row[key] for key in ("id", *FTS_COLUMNS)} for row in rows]
    if not batch or _dialect(session) != "sqlite":
        return
    session.execute(
        text(
            "INSERT INTO incident_fts(incident_fts, rowid, summary, description, place) "
            "VALUES ('delete', :id, :summary, :description, :place)"
        ),
        batch,
    )


def optimise(session: Session | Connection) -> None:
    if _dialect(session) == "sqlite":
        session.execute(text("INSERT INTO incident_fts(incident_fts) VALUES ('optimize')"))


def _dialect(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name

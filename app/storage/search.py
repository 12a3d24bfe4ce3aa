"""Full-text search over incidents, per engine.

SQLite: an FTS5 index with external content (see migration 0002), kept in
step here, inside the caller's transaction, because SQLite refuses triggers
on virtual tables when trusted_schema is off.

PostgreSQL: a generated tsvector column with a GIN index (migration 0006b),
kept by the server itself. Each word of the query matches a word of the text
that starts with it (the `simple` configuration: as on SQLite, case folded,
å is not a) or, as a whole word, any word with the same Swedish stem. The
differences from SQLite are in README's section on the shared server.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Text, false, func, literal, literal_column, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlmodel import Session

from app.domain.tables import INCIDENT

_TOKEN = re.compile(r"\w+", re.UNICODE)

FTS_COLUMNS = ("summary", "description", "place")

# Past this many different words in a query, PostgreSQL matches prefixes alone.
MANY_WORDS = 100


def match_expression(words: str) -> str | None:
    """An FTS5 query in which every word must occur, each also as a prefix, so
    that the search finds as the officer types.

    The user's text is never passed through as FTS syntax: each word is quoted,
    so quotes, stars and operators in it are plain characters.
    """
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", words))
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def text_condition(dialect: str, words: str, *, by_order: bool = False) -> ColumnElement[bool]:
    """A WHERE condition on incidents that keeps the rows matching `words`.

    by_order: let the query walk its ORDER BY index and test each row against
    the set of matches, instead of looking up every match and sorting them.
    For a common word the first page is then found after a few thousand index
    entries (10 ms instead of 100 ms at a million incidents); for a rare word
    looking up the few matches is faster. `order_scan_pays` decides.
    """
    expression = match_expression(words)
    if expression is None:
        return false()
    if dialect == "sqlite":
        # The unary + keeps SQLite from driving the query by rowid lookups.
        target = "+incident.id" if by_order else "incident.id"
        clause = text(
            f"{target} IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH :fts_query)"
        ).bindparams(fts_query=expression)
        return cast(ColumnElement[bool], clause)  # a TextClause serves as a condition
    query = tsquery(words)
    if query is None:
        return false()
    vector: ColumnElement[Any] = literal_column(f"{INCIDENT.name}.search_vector")
    return cast(ColumnElement[bool], vector.bool_op("@@")(query))


def tsquery(words: str) -> ColumnElement[Any] | None:
    """PostgreSQL's query for `words`: every word must occur, as the start of a word
    (simple) or as a word with the same Swedish stem.

    Each word is lowercased here (the column is lowercased with ICU's rules in the
    migration) and passed as a quoted lexeme or to plainto_tsquery, so nothing the
    user types is read as tsquery syntax.
    """
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", words))
    if not tokens:
        return None
    simple: ColumnElement[Any] = literal_column("'simple'::regconfig")
    swedish: ColumnElement[Any] = literal_column("'swedish'::regconfig")
    distinct = list(dict.fromkeys(token.lower() for token in tokens))  # once each, in order
    lexemes = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "':*" for w in distinct]
    if len(distinct) > MANY_WORDS:
        # Pasted text, not a search: one parameter (a statement takes at most 65,535)
        # and prefixes only.
        return func.to_tsquery(simple, literal(" & ".join(lexemes), Text), type_=TSQUERY)
    words_each: list[ColumnElement[Any]] = []
    for lowered, lexeme in zip(distinct, lexemes, strict=True):
        prefix = func.to_tsquery(simple, literal(lexeme, Text), type_=TSQUERY)
        stem = func.plainto_tsquery(swedish, literal(lowered, Text), type_=TSQUERY)
        words_each.append(prefix.op("||", return_type=TSQUERY)(stem))
    return _all_of(words_each)


def _all_of(queries: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    """q1 && q2 && … as a balanced tree: a pasted page of text has thousands of words,
    and a chain that deep would exhaust the SQL compiler's recursion."""
    if len(queries) == 1:
        return queries[0]
    middle = len(queries) // 2
    return _all_of(queries[:middle]).op("&&", return_type=TSQUERY)(_all_of(queries[middle:]))


def match_count(session: Session, words: str) -> int | None:
    """How many incidents match `words`, from the index alone (None: not known cheaply)."""
    expression = match_expression(words)
    if expression is None:
        return 0
    if _dialect(session) != "sqlite":
        return None
    return int(
        session.execute(
            text("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH :q"),
            {"q": expression},
        ).scalar_one()
    )


def order_scan_stats(session: Session, words: str) -> tuple[int, int] | None:
    """(matches, incidents) for deciding `order_scan_pays`; None where it does not apply."""
    matches = match_count(session, words)
    if not matches:
        return None
    return matches, highest_id(session)


def highest_id(session: Session) -> int:
    """The largest incident id: the table's size, near enough, from one index probe."""
    rowid = "rowid" if _dialect(session) == "sqlite" else "id"
    return int(session.execute(text(f"SELECT max({rowid}) FROM incident")).scalar() or 0)


def order_scan_pays(stats: tuple[int, int] | None, rows_needed: int) -> bool:
    """Whether walking the sort index beats looking up each match (see text_condition).

    To produce `rows_needed` rows the walk reads about rows_needed·N/m index
    entries (N incidents, m matches) at ~0.1 µs each; looking up and sorting
    all matches costs about m · 1 µs. Measured on a million incidents: for a
    first page of 100 the walk wins from about 3,000 matches.
    """
    if stats is None:
        return False
    matches, incidents = stats
    return rows_needed * incidents <= 10 * matches * matches


def kept_by_application(session: Session | Connection) -> bool:
    """Whether `index` needs the rows (SQLite's FTS5 table); PostgreSQL's server
    computes its search column itself."""
    return _dialect(session) == "sqlite"


def index(session: Session | Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Add rows (dicts with id, summary, description, place) to the index."""
    if not rows or _dialect(session) != "sqlite":
        return
    connection = session.connection() if isinstance(session, Session) else session
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(
            "INSERT INTO incident_fts(rowid, summary, description, place) VALUES (?, ?, ?, ?)",
            ((row["id"], *(_nfc(row[c]) for c in FTS_COLUMNS)) for row in rows),
        )
    finally:
        cursor.close()


def unindex(session: Session | Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Remove rows from the index; they must carry the values that were indexed."""
    batch = [{"id": row["id"], **{c: _nfc(row[c]) for c in FTS_COLUMNS}} for row in rows]
    if not batch or _dialect(session) != "sqlite":
        return
    session.execute(
        text(
            "INSERT INTO incident_fts(incident_fts, rowid, summary, description, place) "
            "VALUES ('delete', :id, :summary, :description, :place)"
        ),
        batch,
    )


def _nfc(value: str) -> str:
    """The index holds composed text: å typed on Windows (one code point) finds å pasted
    from a Mac (a plus a ring). The stored text itself is left exactly as written."""
    return unicodedata.normalize("NFC", value)


def optimise(session: Session | Connection) -> None:
    if _dialect(session) == "sqlite":
        session.execute(text("INSERT INTO incident_fts(incident_fts) VALUES ('optimize')"))


def _dialect(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name

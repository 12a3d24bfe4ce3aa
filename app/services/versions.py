"""Saving a record against the version it was read at: no lost update on either engine.

Every editable record carries a `version`. A save first compares the version the
editor opened with the stored one (a clear Conflict, carrying the record as it is
now); the write itself is then a compare-and-set, `UPDATE … WHERE id = ? AND
version = ?`. On SQLite the writer's `BEGIN IMMEDIATE` already serialises the read
and the write, but on PostgreSQL (read committed) two transactions can both read
version N: the second UPDATE waits for the first one's row lock, re-reads the row,
finds version N+1 and changes nothing. The caller then raises Conflict instead of
overwriting the other officer's work.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Table, update
from sqlmodel import Session


def write_version(
    session: Session, table: Table, record_id: int, seen: int, values: dict[str, Any]
) -> bool:
    """Write `values` and version seen + 1 when the stored version is still `seen`.

    False when somebody else's save got in first (nothing was written).
    """
    result = cast(
        CursorResult[Any],
        session.execute(
            update(table)
            .where(table.c.id == record_id, table.c.version == seen)
            .values(**values, version=seen + 1)
        ),
    )
    return result.rowcount == 1


def stale(expected: int | None, stored: int) -> bool:
    """Whether an editor that opened version `expected` is behind the stored one."""
    return expected is not None and expected != stored

"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime.

    On SQLite it is stored as integer seconds since the epoch: a quarter of the
    size of SQLAlchemy's ISO text, which matters in the indexes of a million
    incidents, and it sorts and compares as a number. On PostgreSQL it is a
    plain timestamptz, given to the second as well (the fraction dropped, as
    epoch() drops it), so that both engines store, compare and return the same.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        if dialect.name == "sqlite":
            return epoch(value)
        return value.astimezone(UTC).replace(microsecond=0)

    def process_literal_param(self, value: datetime | None, dialect: Dialect) -> str:
        bound = self.process_bind_param(value, dialect)
        if bound is None:
            return "NULL"
        if isinstance(bound, int):
            return str(bound)
        return f"'{bound.isoformat()}'"

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, UTC)
        assert isinstance(value, datetime)
        return value.astimezone(UTC)


def epoch(value: datetime) -> int:
    """What UtcDateTime stores on SQLite (also for raw SQL in benchmarks): whole seconds
    since 1970, rounded down. int(timestamp()) would round towards zero, so a moment
    before 1970 with a fraction would move a second later (23:59:59.5 on 31 December
    1969 to 1 January 1970); timedelta floor division is exact, also far from 1970."""
    return (value - _EPOCH) // _SECOND

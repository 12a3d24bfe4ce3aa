"""Writing many rows at once, inside the caller's transaction.

On SQLite the rows go straight to the driver's executemany as tuples, with
each column's bind conversion looked up once: SQLAlchemy's general
parameter processing costs about 10 µs a row, which is most of the time of
a million-row demo or a 100,000-row import. On PostgreSQL the rows go
through COPY on the session's own psycopg connection (so in the same
transaction: a failure rolls the whole import back), about three times as fast
as a pipelined executemany; rows written with their ids then move the id
sequence past them. Other engines use Core's executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name == "postgresql":
        _copy_rows(connection, table, rows)
        if "id" in rows[0] and "id" in table.c:
            _advance_id_sequence(session, table)
        return
    if dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    names, values = _row_values(dialect, table, rows[0])
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    statement = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(statement, map(values, rows))
    finally:
        cursor.close()


# Rows gathered per executemany where a stream cannot be kept open.
_BATCH = 5_000


@contextmanager
def row_stream(session: Session, table: Table) -> Iterator[Callable[[dict[str, Any]], None]]:
    """Write rows one at a time as the caller makes them, in its transaction.

    On PostgreSQL one COPY stays open while the caller works out the next row:
    the server parses, checks and indexes the rows it has while Python
    validates the ones after, the two processes side by side (a 100,000-row
    import takes nearer the longer of the two than their sum). Nothing else
    may run on the session until the stream closes; an exception inside ends
    the COPY with a failure, and the caller's rollback takes the rows back.
    Elsewhere the rows go to insert_rows in batches. Every row must have the
    first row's keys.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        batch: list[dict[str, Any]] = []

        def gather(row: dict[str, Any]) -> None:
            batch.append(row)
            if len(batch) >= _BATCH:
                insert_rows(session, table, batch)
                batch.clear()

        yield gather
        insert_rows(session, table, batch)
        return
    import psycopg  # only here: the PostgreSQL extra is optional

    stack = ExitStack()
    writer: list[Callable[[dict[str, Any]], None]] = []
    with_ids = False

    def write(row: dict[str, Any]) -> None:
        nonlocal with_ids
        if not writer:  # the COPY's columns are the first row's
            names, values = _row_values(connection.dialect, table, row)
            quoted = ", ".join(f'"{name}"' for name in names)
            driver = connection.connection.driver_connection
            assert isinstance(driver, psycopg.Connection)
            cursor = stack.enter_context(driver.cursor())
            copy = stack.enter_context(cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN'))
            writer.append(lambda r: copy.write_row(values(r)))
            with_ids = "id" in names
        writer[0](row)

    try:
        with stack:
            yield write
    except psycopg.Error as error:
        raise DBAPIError.instance(
            f'COPY "{table.name}"', None, error, psycopg.Error, dialect=connection.dialect
        ) from error
    if with_ids:
        _advance_id_sequence(session, table)


def _row_values(
    dialect: Dialect, table: Table, first: dict[str, Any]
) -> tuple[list[str], Callable[[dict[str, Any]], list[Any]]]:
    """The column names the rows set (in the table's order) and a function giving a
    row's values as the driver takes them, each column's bind conversion (such as
    UtcDateTime's) looked up once rather than per row."""
    columns = [c for c in table.columns if c.name in first]
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for index, column in enumerate(columns):
        processor = column.type.bind_processor(dialect)
        if processor is not None:
            converters.append((index, processor))
    names = [c.name for c in columns]

    def values(row: dict[str, Any]) -> list[Any]:
        out = [row[name] for name in names]
        for index, convert in converters:
            if out[index] is not None:
                out[index] = convert(out[index])
        return out

    return names, values


def _copy_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """COPY the rows in on the session's psycopg connection, inside its transaction.

    Text COPY: psycopg writes each value as PostgreSQL's text form (an aware
    datetime with its offset, t/f, \\N for NULL) and the server parses it by the
    column's type, as it would a bound parameter. A driver error becomes
    SQLAlchemy's, as from execute, so callers see the same exceptions on
    either path.
    """
    import psycopg  # only here: the PostgreSQL extra is optional

    names, values = _row_values(connection.dialect, table, rows[0])
    quoted = ", ".join(f'"{name}"' for name in names)
    statement = f'COPY "{table.name}" ({quoted}) FROM STDIN'
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(values(row))
    except psycopg.Error as error:
        raise DBAPIError.instance(
            statement, None, error, psycopg.Error, dialect=connection.dialect
        ) from error


def _advance_id_sequence(session: Session, table: Table) -> None:
    """Rows written with their ids leave PostgreSQL's id sequence behind; the next
    row added without an id would then be given one already taken."""
    session.connection().exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
        f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'
    )


@contextmanager
def indexes_deferred(session: Session, table: Table, *, rows_coming: int) -> Iterator[None]:
    """Drop `table`'s secondary indexes for a large load and build them again after.

    Building an index once from sorted keys is several times faster than
    keeping it up to date row by row; worth it when the load is large and at
    least as big as the table. On SQLite and PostgreSQL (whose full-text GIN
    index is the slowest to keep row by row); all inside the caller's
    transaction, so a failure or cancel rolls the drop back too (PostgreSQL's
    DDL is transactional as well).
    """
    connection = session.connection()
    if connection.dialect.name not in ("sqlite", "postgresql") or rows_coming < 50_000:
        yield
        return
    existing = connection.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar_one()
    if existing > rows_coming:
        yield
        return
    if connection.dialect.name == "sqlite":
        definitions = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table.name,),
        ).all()
    else:
        # Not the indexes behind a primary key or unique constraint: the load needs them.
        definitions = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = %(table)s AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint WHERE conrelid = %(table)s::regclass)",
            {"table": table.name},
        ).all()
    for name, _ in definitions:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for _, sql in definitions:
        connection.exec_driver_sql(sql)


# Loads at least this large are followed by tidy_after_large_load.
LARGE_LOAD = 10_000


def tidy_after_large_load(engine: Engine, tables: Sequence[Table]) -> None:
    """After a large load has committed: on PostgreSQL, VACUUM (ANALYZE) its tables.

    Rows just loaded are not yet marked all-visible, so every count and index
    scan reads the table's pages as well (a million-row count: 90 ms before,
    40 ms after); autovacuum gets there too, but minutes later. VACUUM cannot
    run inside a transaction: it gets a connection of its own, in autocommit.
    SQLite needs nothing here (its ANALYZE ran inside the load).
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in tables:
            connection.exec_driver_sql(f'VACUUM (ANALYZE) "{table.name}"')


def refresh_statistics(session: Session) -> None:
    """Let SQLite's planner know the new shape of the tables after a large load.

    analysis_limit keeps ANALYZE to a sample: a second, not a minute, at a
    million rows.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
        connection.exec_driver_sql("ANALYZE")
    else:
        connection.exec_driver_sql("ANALYZE")

"""PostgreSQL itself: the officers' roles, the audit log's trigger, the identity,
the search's Swedish stems, writers one at a time, the command line on a server.

Run with --engine postgresql or both (the `postgresql` marker keeps them out of a
SQLite-only run).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

import main
from app.demo.generate import ensure_reference_data
from app.services import incident_query, incidents, users
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage import migrate
from app.storage.database import Database, open_database, server_account
from tests.postgres_support import Server
from tests.services.support import draft, find

pytestmark = pytest.mark.postgresql

ROLES_SQL = Path(__file__).parents[2] / "docs" / "postgresql-roles.sql"


@pytest.fixture
def pg(postgres_server: Server) -> Iterator[Database]:
    url = postgres_server.fresh()
    database = open_database(url, account="tester")
    with database.writing() as session:
        ensure_reference_data(session)
    yield database
    database.close()
    postgres_server.drop(url)


@pytest.fixture
def officer(pg: Database) -> Iterator[str]:
    """The URL of `pg` for a new login in the samverkan_officer group."""
    with pg.engine.begin() as connection:
        # As psql -f would: the whole file, with no parameters to parse in it.
        connection.connection.driver_connection.execute(ROLES_SQL.read_text())  # type: ignore[union-attr]
        name = f"officer_{connection.exec_driver_sql('SELECT txid_current()').scalar_one()}"
        connection.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN IN ROLE samverkan_officer')
    yield pg.engine.url.set(username=name).render_as_string(hide_password=False)
    with pg.engine.begin() as connection:
        connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
        connection.exec_driver_sql(f'DROP ROLE "{name}"')


def _add_audit_entry(connection: object) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO audit_entry (at, account, action, case_number, detail) "
            "VALUES (now(), session_user, 'view', '2026-001', '')"
        )
    )


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET detail = 'edited'",
        "DELETE FROM audit_entry",
        "TRUNCATE audit_entry",
    ],
)
def test_an_officer_may_add_to_the_audit_log_but_not_change_it(
    officer: str, statement: str
) -> None:
    engine = create_engine(officer)
    try:
        with engine.begin() as connection:
            _add_audit_entry(connection)
            assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 1
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text(statement))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT detail FROM audit_entry")).scalars().all() == [
                ""
            ]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET detail = 'edited'",
        "DELETE FROM audit_entry",
        "TRUNCATE audit_entry",
    ],
)
def test_not_even_the_owner_may_change_the_audit_log(pg: Database, statement: str) -> None:
    with pg.engine.begin() as connection:
        _add_audit_entry(connection)
    with (
        pytest.raises(DBAPIError, match="audit log cannot be changed"),
        pg.engine.begin() as connection,
    ):
        connection.execute(text(statement))
    with pg.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 1


def test_an_officer_works_through_the_application_as_themselves(
    officer: str, fixed_clock: datetime
) -> None:
    database = open_database(officer)  # no account given: the server says who
    try:
        name = make_url(officer).username
        assert database.account == name == server_account(database.engine)
        me = users.sign_in(database)
        assert me.account == name
        created = incidents.create(database, draft(summary="Klotter vid Tumba station"))
        assert find(database, "tumba") == {created.id}
    finally:
        database.close()


def test_an_officer_cannot_change_the_schema(officer: str) -> None:
    engine = create_engine(officer)
    try:
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text("CREATE TABLE mine (id int)"))
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_the_migrations_run_on_an_empty_database(postgres_server: Server) -> None:
    url = postgres_server.fresh(migrated=False)
    try:
        database = open_database(url, account="tester")
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.reading() as session:
            categories = session.execute(text("SELECT count(*) FROM category")).scalar()
            indexes = set(
                session.execute(
                    text("SELECT indexname FROM pg_indexes WHERE tablename = 'incident'")
                ).scalars()
            )
        assert categories == 14
        assert {"ix_incident_search", "ix_incident_occurred", "ix_incident_district"} <= indexes
        database.close()
    finally:
        postgres_server.drop(url)


def test_swedish_stems_find_other_forms_of_a_whole_word(
    pg: Database, fixed_clock: datetime
) -> None:
    """On PostgreSQL a whole word also finds the words with its Swedish stem; on
    SQLite only the words it starts (README: A shared server)."""
    alarmed = incidents.create(pg, draft(summary="Personalen larmade polisen"))
    school = incidents.create(
        pg, draft(summary="Klotter på Åsa skola", place="Örby torg", description="")
    )
    assert find(pg, "larmar") == {alarmed.id}  # stem 'larm'; not a prefix of "larmade"
    assert find(pg, "larmat") == {alarmed.id}
    assert find(pg, "polisens") == {alarmed.id}  # stem 'polis'
    assert find(pg, "skolor") == {school.id}  # stem 'skol'
    assert find(pg, "larmet") == set()  # Snowball leaves "larmet" whole
    assert find(pg, "asa") == set()  # å is still not a
    assert find(pg, "ÅSA örby") == {school.id}


def test_the_search_uses_the_index(pg: Database, fixed_clock: datetime) -> None:
    incidents.create(pg, draft(summary="Bilbrand"))
    with pg.reading() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        statement = incident_query.page_statement(
            session, IncidentQuery(IncidentFilter(text="bilbr"))
        )
        compiled = statement.compile(
            dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
        )
        plan = "\n".join(session.execute(text(f"EXPLAIN {compiled}")).scalars())
    assert "ix_incident_search" in plan


def test_writers_take_turns(pg: Database) -> None:
    """Two writing units of work never overlap (the writers' advisory lock), as
    with BEGIN IMMEDIATE on SQLite: a check-then-write cannot be raced."""
    inside: list[int] = []
    overlaps: list[bool] = []

    def work(n: int) -> None:
        with pg.writing() as session:
            session.execute(text("SELECT 1"))
            overlaps.append(bool(inside))
            inside.append(n)
            time.sleep(0.05)
            inside.remove(n)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [False] * 4


def test_the_command_line_runs_on_the_server(
    pg: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = pg.engine.url.render_as_string(hide_password=False)
    assert main.main(["--database", url, "demo", "--incidents", "300", "--seed", "3"]) == 0
    assert "added 300 demo incidents" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main.main(["--database", url, "export-incidents", str(out), "--text", "brand"]) == 0
    capsys.readouterr()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    found = incident_query.count(pg, IncidentQuery(IncidentFilter(text="brand")))
    assert 0 < found == len(lines) - 1

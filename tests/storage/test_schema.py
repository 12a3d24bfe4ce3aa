"""The migrations and the models describe the same schema; the audit log is append-only."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import app.domain  # noqa: F401  (registers every table)
from app.storage.database import Database


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection:sqlalchemy.exc.SAWarning")
def test_the_migrated_schema_matches_the_models(empty_db: Database) -> None:
    with empty_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, SQLModel.metadata)
    # Made by hand in the migrations, not by the models: the full-text index
    # and its shadow tables (0002; on PostgreSQL the search_vector column, 0006b)
    # and the incident log's sort indexes (0001).
    differences = [
        d
        for d in differences
        if "incident_fts" not in repr(d)
        and "search_vector" not in repr(d)
        and not (d[0] == "remove_index" and d[1].name.startswith("ix_incident_"))
    ]
    assert differences == []


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_entry SET detail = 'edited'", "DELETE FROM audit_entry"]
)
def test_the_database_refuses_to_change_the_audit_log(empty_db: Database, statement: str) -> None:
    with empty_db.writing() as session:
        session.execute(
            text(
                "INSERT INTO audit_entry (at, account, action, case_number, detail) "
                "VALUES (0, 'someone', 'view', '2026-001', '')"
            )
        )
    with (
        pytest.raises(IntegrityError, match="audit log cannot be changed"),
        empty_db.writing() as session,
    ):
        session.execute(text(statement))
    with empty_db.reading() as session:
        assert session.execute(text("SELECT detail FROM audit_entry")).scalars().all() == [""]

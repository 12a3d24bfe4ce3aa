"""Full-text search on PostgreSQL: a tsvector column kept by the server, and its GIN index.

SQLite has had its FTS5 index since 0002; this revision does nothing there.

On PostgreSQL the incident gets a generated column `search_vector` over
summary, description and place, composed (NFC, as app.storage.search
composes the query) and lowercased with ICU's rules where the server has ICU,
so that Å folds to å whatever the database's own locale (in the C locale
PostgreSQL folds ASCII only). It holds the words twice: as they are (the
`simple` configuration: no stems, no stop words, å is not a), which the
search matches by prefix exactly as FTS5 does on SQLite, and as Swedish stems
(the `swedish` configuration), which lets a whole word find its other forms
("larmade" finds "larmar"). The server computes the column in the same
statement as the row, so no code keeps it in step.

Revision ID: 0006b
Revises: 0006a
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0006b"
down_revision = "0006a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    has_icu = bind.exec_driver_sql(
        "SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'"
    ).scalar()
    collate = ' COLLATE "und-x-icu"' if has_icu else ""
    text = f"lower(normalize(summary || ' ' || description || ' ' || place, NFC){collate})"
    op.execute(
        "ALTER TABLE incident ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        f"to_tsvector('simple'::regconfig, {text}) || "
        f"to_tsvector('swedish'::regconfig, {text})) STORED"
    )
    op.execute("CREATE INDEX ix_incident_search ON incident USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_incident_search")
    op.execute("ALTER TABLE incident DROP COLUMN search_vector")

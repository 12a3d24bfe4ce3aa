-- Samverkan on PostgreSQL: database roles for the office's officers.
--
-- Run once, as the owner of the Samverkan database (the account that created it
-- and ran the migrations, e.g. samverkan_owner), connected to that database:
--
--     psql "host=db.kommun.local dbname=samverkan user=samverkan_owner" \
--          -f docs/postgresql-roles.sql
--
-- then give each officer a login in the group (with Kerberos/GSSAPI the role's
-- name is the Windows account as the server maps it):
--
--     CREATE ROLE "anna.larsson" LOGIN IN ROLE samverkan_officer;
--
-- What it gives: officers read and write the office's data through the
-- application, which checks their roles and task-force membership; on the
-- audit log they may only read and add entries. UPDATE, DELETE and TRUNCATE
-- on audit_entry are not granted, so the server refuses them ("permission
-- denied") before the trigger of migration 0004 would (that trigger refuses
-- them for everyone, the owner too). Officers cannot change the schema
-- (migrations run as the owner when a new version is installed).
--
-- What it does not give: a way around the application's own access rules for
-- someone who connects with psql as an officer and edits other tables (a case,
-- a role in app_user). Those rules are enforced by the services; the database
-- roles protect the audit log, which records what was done.
--
-- Running it again is harmless; run it again after a new version's migrations
-- add tables, so that officers may use them too.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'samverkan_officer') THEN
        CREATE ROLE samverkan_officer NOLOGIN;
    END IF;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO samverkan_officer', current_database());
END
$$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO samverkan_officer;

-- The office's data: read and write, never truncate.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samverkan_officer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO samverkan_officer;

-- The schema's version: read only (the application checks it on start).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM samverkan_officer;
GRANT SELECT ON alembic_version TO samverkan_officer;

-- The audit log: insert-only (and readable, for the screens that show it to
-- the roles that may see it).
REVOKE ALL ON audit_entry FROM samverkan_officer;
GRANT SELECT, INSERT ON audit_entry TO samverkan_officer;

"""A PostgreSQL server for the tests, and a fresh database per test on it.

The server is the one named by SAMVERKAN_TEST_POSTGRES_URL (CI starts one; it
must let the URL's user create databases), or else a throw-away cluster that
the test session makes itself: initdb into a temporary folder, trust
authentication, a Unix socket in that folder and no TCP at all, fsync off
(the data dies with the session anyway), stopped when the session ends. As
root, initdb and the server run as the `postgres` user, since PostgreSQL
refuses to run as root.

Every test gets its own database, copied from a template that the migrations
brought to the head once per session: CREATE DATABASE … TEMPLATE takes some
tens of milliseconds, a migration from nothing some hundreds.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

URL_ENV = "SAMVERKAN_TEST_POSTGRES_URL"
TEMPLATE = "samverkan_template"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    return Path(candidates[-1]).parent if candidates else None


@dataclass
class Cluster:
    """A throw-away PostgreSQL cluster listening on a Unix socket only."""

    folder: Path
    binaries: Path
    user: str | None = None  # run as this operating-system user (when we are root)
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.folder / "server.log"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run(
            [*prefix, *command],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )

    def start(self) -> None:
        if self.user:
            shutil.chown(self.folder, self.user)
        self._run(
            str(self.binaries / "initdb"),
            "--pgdata",
            str(self.data),
            "--auth",
            "trust",
            "--username",
            "samverkan",
            "--encoding",
            "UTF8",
            # A UTF-8 character type: lower() and the text-search parser then
            # know Å, Ä and Ö as letters (in the C locale they are not folded).
            "--locale",
            "C.UTF-8",
            "--no-instructions",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.binaries / "pg_ctl"),
            "--pgdata",
            str(self.data),
            "--log",
            str(self.log),
            "--options",
            options,
            "--wait",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already gone
            self._run(
                str(self.binaries / "pg_ctl"),
                "--pgdata",
                str(self.data),
                "--mode",
                "immediate",
                "stop",
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://samverkan@/postgres?host={self.folder}"


def start_cluster() -> Cluster:
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError(
            f"No PostgreSQL server found: install it (Debian: postgresql) or set {URL_ENV}"
        )
    folder = Path(tempfile.mkdtemp(prefix="samverkan-pg-"))
    user = "postgres" if os.geteuid() == 0 else None
    cluster = Cluster(folder, binaries, user)
    try:
        cluster.start()
    except subprocess.CalledProcessError as error:
        log = cluster.log.read_text() if cluster.log.exists() else ""
        raise RuntimeError(
            f"The test PostgreSQL cluster did not start: {error.stderr.decode()} {log}"
        ) from error
    return cluster


class Server:
    """Databases on one server: a migrated template, and copies of it per test."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._names = itertools.count(1)
        self._prefix = f"samverkan_test_{os.getpid()}"
        self._template: str | None = None

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def template(self) -> str:
        """A database at the head revision, made once per session."""
        if self._template is None:
            from app.storage.database import open_database

            name = f"{self._prefix}_template"
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
            database = open_database(self.url_of(name), account="tester")
            database.close()
            self._template = name
        return self._template

    def fresh(self, *, migrated: bool = True) -> str:
        """The URL of a new database: a copy of the migrated template, or empty."""
        name = f"{self._prefix}_{next(self._names)}"
        source = self.template() if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" ENCODING \'UTF8\'')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
        self._admin.dispose()

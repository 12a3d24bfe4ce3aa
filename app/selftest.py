"""The smoke test of an installed Samverkan: does this build work on this machine?

`samverkan self-test` (and `python main.py self-test`) makes a database in a
temporary folder, fills it with the demo office, writes a briefing and a CAP
alert, and then opens the real window offscreen (ui.selftest). Each check
gives one line; the exit code is 0 only when every check passed.

Nothing of the user's is touched: not their database, not their settings, not
their data folder. Everything lives in the temporary folder, which goes at the
end, also when a check fails. Only a bug inside a check (an exception no check
expects) writes its trace to the log file, as every other bug does, so that
whoever runs the test can send it in.

This module needs no Qt: the checks of the bundled resources, the database,
the briefing and the CAP exchange run without it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from app.errors import SamverkanError, ValidationError, describe_problems, os_reason
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import decimal, integer, short_date
from app.storage.database import Database

DEMO_INCIDENTS = 400
DEMO_SEED = 8
BRIEFING_DAYS = 30
FOLDER_PREFIX = "samverkan-self-test-"
MESSAGE_LIMIT = 300  # a FAIL line stays one readable line; the log has it all
_OVERRIDE_PREFIX = re.compile(r"(Error calling Python override of [\w:]+\(\): )+")


# The checks' names (here and in ui.selftest), as each line shows them. An
# Outcome keeps the English name, which the tests and the code compare.
CHECK_NAMES = (
    QT_TRANSLATE_NOOP("selftest", "resources"),
    QT_TRANSLATE_NOOP("selftest", "database"),
    QT_TRANSLATE_NOOP("selftest", "briefing"),
    QT_TRANSLATE_NOOP("selftest", "cap"),
    QT_TRANSLATE_NOOP("selftest", "window"),
    QT_TRANSLATE_NOOP("selftest", "icons"),
    QT_TRANSLATE_NOOP("selftest", "pages"),
    QT_TRANSLATE_NOOP("selftest", "dialogs"),
    QT_TRANSLATE_NOOP("selftest", "cleanup"),
    QT_TRANSLATE_NOOP("selftest", "workspace"),
)


def check_name(name: str) -> str:
    """A check's name in the current language (an unknown one as it is)."""
    return translate("selftest", name)


class CheckFailed(Exception):
    """What a check found wrong, said in one line (an expected kind of failure)."""


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        # "ok   pages: …" and "FAIL briefing: …" line up in a column.
        mark = translate("selftest", "ok") if self.ok else translate("selftest", "FAIL")
        return f"{mark:<4} {check_name(self.name)}: {self.detail}"


@dataclass
class Workspace:
    """What the checks share: the temporary folder and, once made, the database."""

    folder: Path
    db: Database | None = None

    def database(self) -> Database:
        if self.db is None:
            raise CheckFailed(
                translate(
                    "selftest", "needs the test database, which could not be made (see above)"
                )
            )
        return self.db


Check = Callable[[Workspace], str]


@contextmanager
def workspace() -> Iterator[Workspace]:
    """A fresh temporary folder; closed and deleted at the end, whatever happened."""
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    space = Workspace(folder)
    try:
        yield space
    finally:
        if space.db is not None:
            space.db.close()
        remove_folder(folder)


def remove_folder(folder: Path, attempts: int = 5) -> None:
    """Delete the folder; on Windows a virus scanner may hold a new file for a moment."""
    for attempt in range(attempts):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def run_check(name: str, check: Check, space: Workspace) -> Outcome:
    """Run one check; a failure becomes its FAIL line, never a traceback on screen."""
    try:
        return Outcome(name, True, check(space))
    except CheckFailed as problem:
        return Outcome(name, False, str(problem))
    except ValidationError as error:
        return Outcome(name, False, describe_problems(error.errors))
    except SamverkanError as error:
        return Outcome(name, False, str(error))
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return Outcome(name, False, f"{os_reason(error)}{where}")
    except Exception as error:
        return Outcome(name, False, describe_bug(error))


def describe_bug(error: BaseException) -> str:
    """The exception's type and message; its trace goes to the log file."""
    from app.cli import log_exception

    # PySide puts "Error calling Python override of QWidget::paintEvent(): " in front
    # of an error raised in a Qt call, once for each call it passed through.
    message = _OVERRIDE_PREFIX.sub("", str(error))
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    text = f"{type(error).__name__}: {message}"
    try:
        path = log_exception()
    except OSError:  # no log folder to write to: the line is all there is
        return text
    return translate("selftest", "{error} (details in {path})").format(error=text, path=path)


# ---------------------------------------------------------------- the checks


MIN_SWEDISH_TEXTS = 1000


def check_resources(_space: Workspace) -> str:
    """The bundled fonts and the CAP schema are where the code looks for them."""
    from lxml import etree
    from reportlab.pdfbase.ttfonts import TTFont

    from app.briefing import fonts
    from app.exchange import cap
    from app.i18n.catalog import Catalog, translations_dir
    from app.i18n.formats import integer

    missing: list[str] = []
    folder = fonts.fonts_dir()
    for name in (fonts.REGULAR, fonts.BOLD):
        path = folder / f"{name}.ttf"
        if not path.is_file():
            missing.append(str(path))
            continue
        TTFont(f"{name}-self-test", str(path))  # reads the tables: a damaged file fails here
    schema = cap.schema_path()
    if not schema.is_file():
        missing.append(str(schema))
    # Swedish must be complete: a bundle without its catalogs would speak English.
    swedish = Catalog.load("sv")
    if len(swedish) < MIN_SWEDISH_TEXTS:
        missing.append(str(translations_dir() / "sv"))
    if missing:
        raise CheckFailed(translate("selftest", "missing {files}").format(files=", ".join(missing)))
    etree.XMLSchema(etree.parse(str(schema)))
    return translate(
        "selftest",
        "fonts {regular}, {bold} in {folder}; CAP schema {schema}; {texts} Swedish texts",
    ).format(
        regular=fonts.REGULAR,
        bold=fonts.BOLD,
        folder=folder,
        schema=schema.name,
        texts=integer(len(swedish)),
    )


def check_database(space: Workspace) -> str:
    """A new SQLite file, migrated to the newest schema and filled with the demo office."""
    from app.demo.generate import generate
    from app.services import incident_query
    from app.services.incident_types import IncidentQuery
    from app.settings import sqlite_url
    from app.storage import migrate
    from app.storage.database import open_database

    db = open_database(sqlite_url(space.folder / "self-test.db"))
    space.db = db
    revision = migrate.current_revision(db.engine)
    if revision != migrate.head_revision():
        raise CheckFailed(
            translate("selftest", "schema at {revision}, expected {expected}").format(
                revision=revision, expected=migrate.head_revision()
            )
        )
    # One year: the briefing's 30 days then hold a few dozen incidents.
    generate(db, incidents=DEMO_INCIDENTS, seed=DEMO_SEED, years=1)
    count = incident_query.count(db, IncidentQuery())
    if count != DEMO_INCIDENTS:
        raise CheckFailed(
            translate("selftest", "%Ln incident(s) after making {made}", None, count).format(
                made=integer(DEMO_INCIDENTS)
            )
        )
    return translate("selftest", "schema {revision}, %Ln demo incident(s)", None, count).format(
        revision=revision
    )


def check_briefing(space: Workspace) -> str:
    """The briefing of the last 30 days, as the `briefing` command makes it."""
    from app.briefing.briefing_data import gather_briefing
    from app.briefing.briefing_pdf import write_briefing
    from app.clock import now, to_local
    from app.services.situation_types import Period

    db = space.database()
    today = to_local(now()).date()
    period = Period(today - timedelta(days=BRIEFING_DAYS - 1), today)
    path = space.folder / "briefing.pdf"
    data = gather_briefing(db, period=period, language="sv", appendix=True)
    pages = write_briefing(data, path)
    content = path.read_bytes()
    if not content.startswith(b"%PDF"):
        raise CheckFailed(
            translate("selftest", "{file} is not a PDF (it starts with {start})").format(
                file=path.name, start=repr(content[:8])
            )
        )
    counted = pdf_page_count(content)
    if counted < 2:
        raise CheckFailed(
            translate(
                "selftest", "the PDF has %Ln page(s); a briefing has more than one", None, counted
            )
        )
    if counted != pages:
        raise CheckFailed(
            translate(
                "selftest", "the PDF has %Ln page(s), the writer said {pages}", None, counted
            ).format(pages=integer(pages))
        )
    return translate("selftest", "%Ln page(s), {size} KB, {start} to {end}", None, counted).format(
        size=integer(len(content) // 1024),
        start=short_date(period.start),
        end=short_date(period.end),
    )


def pdf_page_count(content: bytes) -> int:
    """The page objects of an uncompressed-xref PDF such as reportlab writes
    ("/Type /Page", not the "/Type /Pages" of the page tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", content))


def check_cap(space: Workspace) -> str:
    """One incident out as a CAP 1.2 alert, and the file valid against the schema."""
    from app.exchange import cap
    from app.services import incident_query
    from app.services.cap_exchange import export_to_file
    from app.services.incident_types import IncidentQuery

    db = space.database()
    row = next((r for r in incident_query.iterate(db, IncidentQuery()) if not r.secret), None)
    if row is None:
        raise CheckFailed(translate("selftest", "no incident to export"))
    path = space.folder / "alert.xml"
    exported = export_to_file(db, row.reference, path)
    alert = cap.parse(path.read_bytes())  # refuses anything the schema refuses
    if alert.identifier != exported.identifier:
        raise CheckFailed(
            translate("selftest", "read back {read}, wrote {written}").format(
                read=alert.identifier, written=exported.identifier
            )
        )
    return translate("selftest", "incident {reference} as {identifier}, valid CAP 1.2").format(
        reference=row.reference, identifier=exported.identifier
    )


# The checks that need no Qt, in order: each name is the start of its line.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("briefing", check_briefing),
    ("cap", check_cap),
)


Report = Callable[[Outcome], None]
MoreChecks = Callable[[Workspace, Report], list[Outcome]]


def run_all(report: Report, more: MoreChecks | None = None) -> list[Outcome]:
    """Every check in order, each reported as it ends; then the folder is deleted
    (a last line, "cleanup", says whether that worked)."""
    outcomes: list[Outcome] = []

    def done(outcome: Outcome) -> None:
        outcomes.append(outcome)
        report(outcome)

    folder: Path | None = None
    try:
        with workspace() as space:
            folder = space.folder
            for name, check in CHECKS:
                done(run_check(name, check, space))
            if more is not None:
                # The window's checks report their own lines as they end.
                outcomes.extend(more(space, report))
    except OSError as error:
        # Only the folder itself can fail here: the checks catch their own errors.
        where = error.filename or folder or tempfile.gettempdir()
        name = "cleanup" if folder is not None else "workspace"
        done(Outcome(name, False, f"{os_reason(error)}: {where}"))
        return outcomes
    done(Outcome("cleanup", True, translate("selftest", "removed {folder}").format(folder=folder)))
    return outcomes


def summary(outcomes: Sequence[Outcome], seconds: float) -> str:
    failed = [check_name(o.name) for o in outcomes if not o.ok]
    if not failed:
        return translate(
            "selftest", "self-test passed: %Ln check(s) in {seconds} s", None, len(outcomes)
        ).format(seconds=decimal(seconds))
    return translate(
        "selftest",
        "self-test FAILED: {failed} of %Ln check(s) failed ({names}) in {seconds} s",
        None,
        len(outcomes),
    ).format(failed=integer(len(failed)), names=", ".join(failed), seconds=decimal(seconds))

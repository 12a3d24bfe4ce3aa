"""The audit log as CSV, written the way the incident export writes its files.

UTF-8 with a BOM and `;` (Swedish Excel opens it as it is), a header row,
local times in ISO 8601 with their UTC offset (an audit time must be exact,
also in the hour repeated when summer time ends), and cells a spreadsheet
would run as a formula neutralised with a leading `'`.

The file is written under a temporary name beside the target and renamed
only when the export has been recorded: a refused or failed export leaves
no file, not even half of one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import to_local
from app.errors import ValidationError
from app.exchange.csv_incidents import neutralise
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.audit_log import AuditRow

HEADER = ("time", "account", "name", "action", "case_number", "detail")


@contextmanager
def staged_csv(path: Path) -> Iterator[Any]:
    """A csv writer (header written) on a temporary file that becomes `path` when
    the block ends without an error; on an error the temporary file is removed."""
    target = Path(path)
    if not target.parent.is_dir():
        message = translate("csv_audit", "the folder {folder} does not exist")
        raise ValidationError({"file": message.format(folder=target.parent)})
    handle, temporary = tempfile.mkstemp(
        prefix=".samverkan-audit-", suffix=".csv", dir=target.parent
    )
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADER)
            yield writer
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cells(row: AuditRow) -> list[str]:
    values = [
        to_local(row.at).isoformat(sep=" ", timespec="seconds"),
        row.account,
        row.display_name,
        row.action.value,
        row.case_number,
        row.detail,
    ]
    return [neutralise(value) for value in values]

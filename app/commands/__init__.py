"""Sub-commands of the command line, one module per area.

Each module has `register(commands)`, which adds its sub-parsers and returns
{command name: handler}. A handler takes the open database and the parsed
arguments and returns the line to print; it raises the typed errors of
app.errors, which app.cli turns into one-line messages and exit codes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.storage.database import Database

Handler = Callable[[Database, argparse.Namespace], str]

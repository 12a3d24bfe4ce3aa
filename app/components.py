"""What Samverkan is made of: each bundled component with its version and licence.

Read from the installed packages' metadata (the bundle carries it, see
installer/samverkan.spec), so that the About box lists what is really there
rather than a list someone forgot to update. Libraries compiled into a
package (SQLite in Python, libxml2 in lxml, HarfBuzz in uharfbuzz, libpq in
psycopg) and the fonts are added by hand below, with their licences.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app.i18n import translate
from app.resources import resources_dir

DISTRIBUTION = "samverkan"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    text: str = ""  # the licence's own text, when it travels with the component


def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from app import __version__

        return __version__


def components() -> list[Component]:
    """Every component, Samverkan's own licence first, then by name."""
    found = [_python(), _sqlite(), _fonts()]
    for name in sorted(_runtime_distributions(), key=str.lower):
        found.append(_of_distribution(name))
        found += _compiled_in(name)
    return sorted(found, key=lambda c: c.name.lower())


def _runtime_distributions() -> set[str]:
    """The names of the installed distributions Samverkan needs to run, recursively.

    Extras are left out, except PostgreSQL's (psycopg) when it is installed: the
    Windows build bundles it.
    """
    wanted = ["psycopg", "psycopg-binary"]
    seen: set[str] = set()
    try:
        wanted += _requirements(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return seen
    while wanted:
        name = wanted.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform (tzdata off Windows)
        seen.add(key)
        wanted += _requirements(name)
    return seen


def _requirements(name: str) -> list[str]:
    names = []
    for requirement in metadata.requires(name) or []:
        if "extra ==" in requirement:
            continue
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match:
            names.append(match.group(0))
    return names


def _of_distribution(name: str) -> Component:
    found = metadata.distribution(name)
    meta = found.metadata
    return Component(
        name=meta["Name"],
        version=found.version,
        licence=_licence_name(found),
        text=_licence_text(found),
    )


def _licence_name(found: metadata.Distribution) -> str:
    meta = found.metadata
    # get_all: a missing field is None, where indexing is deprecated in later Pythons.
    expression = meta.get_all("License-Expression")
    if expression:
        return str(expression[0])
    declared = str((meta.get_all("License") or [""])[0]).strip()
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier.split("::")[-1].strip())
    return declared.splitlines()[0][:60] if declared else "?"


def _licence_text(found: metadata.Distribution) -> str:
    texts = []
    for path in found.files or []:
        if ".dist-info" in str(path) and LICENCE_FILE.search(path.name):
            try:
                texts.append(Path(str(found.locate_file(path))).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(texts)


def _python() -> Component:
    return Component("Python", sys.version.split()[0], "PSF-2.0")


def _sqlite() -> Component:
    return Component("SQLite", sqlite3.sqlite_version, translate("components", "Public domain"))


def _fonts() -> Component:
    folder = resources_dir() / "fonts"
    text = ""
    licence = folder / "LICENSE-DejaVu.txt"
    if licence.exists():
        text = licence.read_text(encoding="utf-8", errors="replace")
    return Component(
        translate("components", "DejaVu fonts"),
        "2.37",
        translate("components", "Bitstream Vera and DejaVu licence (free)"),
        text,
    )


def _compiled_in(name: str) -> list[Component]:
    """Libraries a package carries compiled inside it."""
    if name == "lxml":
        from lxml import etree

        libxml = ".".join(map(str, etree.LIBXML_VERSION))
        libxslt = ".".join(map(str, etree.LIBXSLT_VERSION))
        return [Component("libxml2", libxml, "MIT"), Component("libxslt", libxslt, "MIT")]
    if name == "uharfbuzz":
        import uharfbuzz

        return [Component("HarfBuzz", str(uharfbuzz.version_string()), "MIT (Old MIT)")]
    if name == "psycopg-binary":
        return [Component("libpq", "", "PostgreSQL Licence")]
    return []

"""One translation system for every text a user reads: screens, command line, briefing.

The catalogs are Qt Linguist files (resources/translations/<language>/*.ts),
extracted from the code by app.i18n.extraction (tools/translations.py). The screens
reach them through Qt's tr(): ui/translation.py installs a QTranslator that asks
this module. Code in app/ (which never imports Qt) marks its texts with
`translate("context", "source")` and constants with `QT_TRANSLATE_NOOP`, the
names Qt's lupdate also knows, so that one extraction finds every string.

English is the source language: its catalog holds only the plural forms of
"%n" messages. Swedish is complete (tests/i18n enforce it).

Placeholders: Python code uses named ones ("{count}") filled by str.format
after translation; Qt code uses %1, %2 and %n. A translation keeps every
placeholder of its source (tested).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TypeVar

from app.i18n.catalog import Catalog, catalog
from app.i18n.language import LANGUAGES, SOURCE_LANGUAGE, language, set_language, system_language

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "QT_TRANSLATE_NOOP3",
    "SOURCE_LANGUAGE",
    "Catalog",
    "Titles",
    "catalog",
    "language",
    "set_language",
    "system_language",
    "translate",
    "translate_in",
]

K = TypeVar("K", bound=Hashable)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language; with n >= 0 the plural form for n, "%n" filled."""
    return catalog(language()).translate(context, source, disambiguation, n)


def translate_in(
    lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """As translate, in a given language (a briefing may be printed in the other one).

    Not looked for by the extraction: the strings passed here are marked where they are
    written, with QT_TRANSLATE_NOOP.
    """
    return catalog(lang).translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a constant for extraction; it is translated where it is shown."""
    return source


def QT_TRANSLATE_NOOP3(context: str, source: str, disambiguation: str) -> str:
    """As QT_TRANSLATE_NOOP, for a text that needs telling apart from the same words
    elsewhere ("Closed" of a case is neuter in Swedish, of an incident common)."""
    return source


class Titles(Mapping[K, tuple[str, str]]):
    """The titles of a fixed vocabulary: English in the code, Swedish from the catalog.

    Marked with QT_TRANSLATE_NOOP(context, …) where written; `titles[value]`
    is the (English, Swedish) pair that CSV reading (either language accepted)
    and ui.widgets.language.pick use, and `title(value)` the current language's.
    """

    def __init__(self, context: str, sources: Mapping[K, str], disambiguation: str = "") -> None:
        self.context = context
        self.disambiguation = disambiguation
        self._sources = dict(sources)

    def __getitem__(self, key: K) -> tuple[str, str]:
        source = self._sources[key]
        return source, translate_in("sv", self.context, source, self.disambiguation or None)

    def __iter__(self) -> Iterator[K]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def title(self, key: K, lang: str | None = None) -> str:
        return translate_in(
            lang or language(), self.context, self._sources[key], self.disambiguation or None
        )

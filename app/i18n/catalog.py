"""A language's catalog: the Qt Linguist files of resources/translations/<language>/.

Read directly (xml.etree: 6 ms for all 1,700 Swedish texts): the screens and the
command line share this one loader, so the source tree and the bundle cannot
disagree about which compiled file is current. Unfinished, vanished and
obsolete translations count as missing, and the source text is shown.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from app.resources import resources_dir

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    translation: str
    plural_forms: tuple[str, ...] = ()
    finished: bool = True
    file: str = ""


def translations_dir() -> Path:
    return resources_dir() / "translations"


def read_ts(path: Path) -> list[Message]:
    """Every message of one .ts file, finished or not (the tests read them all)."""
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms: tuple[str, ...] = ()
            text = ""
            if translation is not None:
                if element.get("numerus") == "yes":
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    text = translation.text or ""
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    disambiguation=element.findtext("comment") or "",
                    translation=text,
                    plural_forms=forms,
                    finished=kind != "unfinished",
                    file=path.name,
                )
            )
    return messages


def plural_index(n: int) -> int:
    # Swedish and English alike: one form for exactly one, another for the rest.
    return 0 if n == 1 else 1


@dataclass
class Catalog:
    language: str
    _texts: dict[Key, str] = field(default_factory=dict)
    _plurals: dict[Key, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, folder: Path | None = None) -> Catalog:
        found = cls(language)
        base = (folder or translations_dir()) / language
        for path in sorted(base.glob("*.ts")):
            for message in read_ts(path):
                if not message.finished:
                    continue
                key = (message.context, message.source, message.disambiguation)
                if message.plural_forms and all(message.plural_forms):
                    found._plurals[key] = message.plural_forms
                elif message.translation:
                    found._texts[key] = message.translation
        return found

    def lookup(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation as written in the catalog ("%n" left in), or None."""
        key = (context, source, disambiguation or "")
        if n >= 0:
            forms = self._plurals.get(key)
            if forms:
                return forms[min(plural_index(n), len(forms) - 1)]
        return self._texts.get(key)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.lookup(context, source, disambiguation, n)
        if text is None:
            text = source
        if n >= 0:
            from app.i18n.formats import integer

            text = text.replace("%Ln", integer(n, self.language)).replace("%n", str(n))
        return text

    def __len__(self) -> int:
        return len(self._texts) + len(self._plurals)


_catalogs: dict[str, Catalog] = {}
_lock = threading.Lock()


def catalog(language: str) -> Catalog:
    """The catalog of a language, read once per process (also from worker threads)."""
    with _lock:
        found = _catalogs.get(language)
        if found is None:
            found = _catalogs[language] = Catalog.load(language)
        return found


def forget_catalogs() -> None:
    """For tests and tools/translations.py after the files changed."""
    with _lock:
        _catalogs.clear()

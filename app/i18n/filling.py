"""Writing translations into a catalog from a plain JSON file (tools/translations.py fill).

The JSON maps context → source → translation, or → [singular, plural] for
"%n" messages. A source told apart by a disambiguation is written
"source\u0004disambiguation" (gettext's separator for a message's context).
Qt Linguist does the same job interactively; this is for translating in bulk
and in review diffs.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from app.i18n.catalog import read_ts
from app.i18n.extraction import write_tree

SEPARATOR = "\u0004"


def todo(path: Path) -> dict[str, dict[str, Any]]:
    """The unfinished messages of one catalog, shaped as fill() takes them."""
    found: dict[str, dict[str, Any]] = {}
    for message in read_ts(path):
        forms = message.plural_forms or (message.translation,)
        if message.finished and all(forms):
            continue
        empty: Any = ["", ""] if message.plural_forms else ""
        key = message.source
        if message.disambiguation:
            key += SEPARATOR + message.disambiguation
        found.setdefault(message.context, {})[key] = empty
    return found


def fill(path: Path, translations: dict[str, dict[str, Any]]) -> int:
    """Write `translations` into the catalog at `path`; how many messages were set."""
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "")
        if not wanted:
            continue
        for message in context.iter("message"):
            key = message.findtext("source") or ""
            if message.findtext("comment"):
                key += SEPARATOR + (message.findtext("comment") or "")
            value = wanted.get(key)
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [value] * 2 if isinstance(value, str) else list(value)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
            count += 1
    write_tree(path, tree.getroot())
    return count


def fill_from_file(path: Path, json_file: Path) -> int:
    return fill(path, json.loads(json_file.read_text(encoding="utf-8")))

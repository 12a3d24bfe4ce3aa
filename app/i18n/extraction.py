"""Finding every marked text in the code and bringing the catalogs up to it.

One catalog per package (app/services → app_services.ts, ui/incidents →
ui_incidents.ts …), so that a translator opens the screens of one page in Qt
Linguist, and two people can work on two pages without touching one file.

The texts are found by reading the code's syntax tree, not by pyside6-lupdate:
lupdate's Python parser marks a plural ("%n") only in self.tr(), and misses a
translate() call whose count is an expression or a keyword, silently. Here
the calls lupdate knows are read the same way, and a count in any form makes
a plural message:

- ``self.tr(source[, disambiguation[, n]])``: the context is the enclosing class;
- ``translate(context, source[, disambiguation[, n]])``, also as a method
  (``QCoreApplication.translate``, ``catalog(lang).translate``), when context and
  source are written as text;
- ``QT_TRANSLATE_NOOP(context, source)``, ``QT_TRANSLATE_NOOP3(context, source,
  disambiguation)`` and ``QT_TR_NOOP(source)`` (the enclosing class) for constants.

The files written are Qt Linguist's TS 2.1, as lupdate writes them.
Used by tools/translations.py and by the tests that keep the catalogs complete.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from app.i18n.catalog import Message, read_ts, translations_dir

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = ("app", "ui", "main.py")
# Qt's names for the catalogs' languages.
TARGETS = {"sv": "sv_SE", "en": "en_GB"}


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    disambiguation: str
    plural: bool
    where: str  # file:line, for messages about it


def catalog_name(path: Path) -> str:
    """app/services/incidents.py → "app_services"; app/cli.py → "app"; main.py → "app"."""
    parts = path.relative_to(ROOT).parts
    if len(parts) == 1:
        return "app"
    if len(parts) == 2:
        return parts[0]
    return f"{parts[0]}_{parts[1]}"


def source_files() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for name in SOURCES:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in files:
            if "migrations" in path.parts:
                continue  # the schema's history speaks to developers only
            areas[catalog_name(path)].append(path)
    return dict(areas)


class _Finder(ast.NodeVisitor):
    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.found: list[Found] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        args = [_text(arg) for arg in node.args]
        counted = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
        here = self.classes[-1] if self.classes else ""
        if name == "tr" and isinstance(node.func, ast.Attribute) and args and args[0] is not None:
            counted = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
            self._add(here, args[0], _arg(args, 1), counted, node)
        elif name == "translate" and len(args) >= 2 and None not in args[:2]:
            self._add(str(args[0]), str(args[1]), _arg(args, 2), counted, node)
        elif name == "QT_TRANSLATE_NOOP" and len(args) == 2 and None not in args:
            self._add(str(args[0]), str(args[1]), "", False, node)
        elif name == "QT_TRANSLATE_NOOP3" and len(args) == 3 and None not in args:
            self._add(str(args[0]), str(args[1]), str(args[2]), False, node)
        elif name == "QT_TR_NOOP" and len(args) == 1 and args[0] is not None:
            self._add(here, args[0], "", False, node)
        self.generic_visit(node)

    def _add(self, context: str, source: str, comment: str, plural: bool, node: ast.AST) -> None:
        line = getattr(node, "lineno", 0)
        self.found.append(Found(context, source, comment, plural, f"{self.where}:{line}"))


def _called(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _arg(args: list[str | None], index: int) -> str:
    return (args[index] or "") if len(args) > index else ""


def find_texts(path: Path) -> list[Found]:
    finder = _Finder(str(path.relative_to(ROOT)))
    finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return finder.found


def update(
    folder: Path | None = None,
    *,
    languages: tuple[str, ...] = ("sv", "en"),
    areas: tuple[str, ...] | None = None,
) -> None:
    """Bring the catalogs in `folder` (default resources/translations) up to the code.

    New texts arrive unfinished; texts gone from the code are dropped; every
    existing translation is kept. English carries the plural forms only.
    """
    base = folder or translations_dir()
    every = source_files()
    unknown = set(areas or ()) - set(every)
    if unknown:
        raise ValueError(f"no such catalog: {', '.join(sorted(unknown))}")
    for language in languages:
        (base / language).mkdir(parents=True, exist_ok=True)
        for area, files in sorted(every.items()):
            if areas and area not in areas:
                continue
            texts = [found for path in files for found in find_texts(path)]
            if language == "en":
                texts = [found for found in texts if found.plural]
            target = base / language / f"{area}.ts"
            old = read_ts(target) if target.exists() else []
            if texts:
                write_ts(target, language, texts, old)
            elif target.exists():
                target.unlink()
        for stale in (base / language).glob("*.ts"):
            if stale.stem not in every:
                stale.unlink()


def write_ts(path: Path, language: str, texts: list[Found], old: list[Message]) -> None:
    """The catalog of `texts`, each with its translation from `old` when there is one."""
    known = {(m.context, m.source, m.disambiguation): m for m in old}
    contexts: dict[str, dict[tuple[str, str], Found]] = defaultdict(dict)
    for found in texts:
        key = (found.source, found.disambiguation)
        earlier = contexts[found.context].get(key)
        # One message per text and context; counted anywhere makes it a plural.
        if earlier is None or (found.plural and not earlier.plural):
            contexts[found.context][key] = found
    root = ET.Element("TS", version="2.1", language=TARGETS[language], sourcelanguage="en_GB")
    for context in sorted(contexts):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for found in contexts[context].values():
            _message(element, found, known.get((context, found.source, found.disambiguation)))
    write_tree(path, root)


def write_tree(path: Path, root: ET.Element) -> None:
    """A TS file as Qt Linguist and lupdate write it: indented, with its DOCTYPE."""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(head + body + "\n", encoding="utf-8")


def _message(context: ET.Element, found: Found, old: Message | None) -> None:
    message = ET.SubElement(context, "message")
    if found.plural:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = found.source
    if found.disambiguation:
        ET.SubElement(message, "comment").text = found.disambiguation
    translation = ET.SubElement(message, "translation")
    if found.plural:
        forms = list(old.plural_forms) if old and old.plural_forms else []
        if not forms and old and old.translation:
            forms = [old.translation]  # was not yet a plural: a start for both forms
        forms = [*forms, "", ""][: max(2, len(forms))]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        finished = bool(old and old.finished and old.plural_forms and all(forms))
    else:
        text = ""
        if old is not None:  # a plural before: its last form is the closest
            text = old.translation or (old.plural_forms[-1] if old.plural_forms else "")
        translation.text = text
        finished = bool(old and old.finished and text)
    if not finished:
        translation.set("type", "unfinished")

"""What is wrong with the catalogs: untranslated texts and lost placeholders.

tools/translations.py prints these; tests/i18n fail on any of them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from app.i18n.catalog import Message, read_ts, translations_dir

# {name} and {0} of str.format, %1 … %99 of Qt, %n and %Ln of Qt's plurals.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%\d{1,2}")
# A keyboard letter: "&Save" but not "&&" (a literal ampersand).
_MNEMONIC = re.compile(r"(?<!&)&(?!&)[^\s&]")


def placeholders(text: str) -> Counter[str]:
    # "%Ln" is "%n" written with thousands separators: either may stand for the other.
    return Counter(found.replace("%Ln", "%n") for found in _PLACEHOLDER.findall(text))


def message_problems(message: Message) -> list[str]:
    where = f"{message.file}: {message.context}: {message.source!r}"
    forms = message.plural_forms or (message.translation,)
    if not message.finished or not all(forms):
        return [f"{where} is not translated"]
    found = []
    wanted = placeholders(message.source)
    for index, form in enumerate(forms):
        got = placeholders(form)
        # The form for exactly one may say it in words ("en händelse"); the others count.
        singular = bool(message.plural_forms) and index == 0
        missing = {p for p in wanted if p not in got and not (singular and p == "%n")}
        extra = set(got) - set(wanted)
        if missing or extra:
            found.append(
                f"{where} → {form!r}: placeholders "
                + ", ".join(
                    [f"missing {p}" for p in sorted(missing)]
                    + [f"unknown {p}" for p in sorted(extra)]
                )
            )
        if _MNEMONIC.search(message.source) and not _MNEMONIC.search(form):
            found.append(f"{where} → {form!r} has no keyboard letter (&)")
    return found


def problems(folder: Path | None = None, language: str = "sv") -> list[str]:
    base = (folder or translations_dir()) / language
    found: list[str] = []
    # The same text of the same context may sit in two catalogs (two packages share a
    # class name): it must read the same in both, as Qt takes whichever it finds.
    seen: dict[tuple[str, str, str], tuple[str, tuple[str, ...]]] = {}
    for path in sorted(base.glob("*.ts")):
        for message in read_ts(path):
            found += message_problems(message)
            key = (message.context, message.source, message.disambiguation)
            value = (message.translation, *message.plural_forms)
            first = seen.setdefault(key, (message.file, value))
            if first[1] != value and all(value) and all(first[1]):
                found.append(
                    f"{message.file}: {message.context}: {message.source!r} is translated "
                    f"differently in {first[0]}"
                )
    return found

"""Keep the translation catalogs in step with the code.

    python tools/translations.py update [CATALOG …]  # extract new texts (default: all)
    python tools/translations.py check               # untranslated texts, lost placeholders
    python tools/translations.py todo CATALOG        # one catalog's untranslated texts (JSON)
    python tools/translations.py fill CATALOG FILE   # write translations from such a JSON
    python tools/translations.py todo en/CATALOG     # English plural forms ("%n incident(s)")

CATALOG is a file name under resources/translations/sv without .ts, e.g.
ui_incidents. Open those files in Qt Linguist (pyside6-linguist) to translate
interactively.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.i18n import extraction, filling
from app.i18n.catalog import translations_dir
from app.i18n.checks import problems


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("check", [])
    if command == "update":
        extraction.update(areas=tuple(rest) or None)
    elif command == "todo":
        found = filling.todo(_catalog_path(rest[0]))
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    elif command == "fill":
        count = filling.fill_from_file(_catalog_path(rest[0]), Path(rest[1]))
        extraction.update(areas=(rest[0].split("/")[-1],))  # back to lupdate's own layout
        print(f"{count} translation(s) written")
    names = [name.split("/")[-1] for name in rest[:1]] if command != "update" else rest
    found = [p for p in problems() if not names or p.split(".ts:")[0] in names]
    for problem in found:
        print(problem)
    print(f"{len(found)} problem(s)")
    return 1 if found and command == "check" else 0


def _catalog_path(name: str) -> Path:
    """ "ui_cases" is the Swedish catalog; "en/ui_cases" the English plural forms."""
    language, _, area = name.rpartition("/")
    return translations_dir() / (language or "sv") / f"{area}.ts"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

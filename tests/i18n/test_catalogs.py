"""The catalogs hold every text the code marks, all of it in Swedish, placeholders kept.

A new self.tr("…") or translate("…", "…") without a Swedish translation fails
here, as does a translation that drops "%1" or "{count}" or a keyboard letter.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.i18n import catalog, extraction
from app.i18n.catalog import read_ts, translations_dir
from app.i18n.checks import problems


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogs brought up to the code by lupdate, in a copy."""
    folder = tmp_path_factory.mktemp("translations")
    shutil.copytree(translations_dir(), folder, dirs_exist_ok=True)
    extraction.update(folder)
    return folder


def _keys(folder: Path, language: str) -> set[tuple[str, str, str]]:
    return {
        (m.context, m.source, m.disambiguation)
        for path in (folder / language).glob("*.ts")
        for m in read_ts(path)
    }


def test_every_marked_text_in_the_code_is_in_the_committed_catalogs(extracted: Path) -> None:
    missing = _keys(extracted, "sv") - _keys(translations_dir(), "sv")
    assert not missing, (
        f"{len(missing)} text(s) are not in the catalogs; run "
        f"`python tools/translations.py update` and translate them: {sorted(missing)[:20]}"
    )


def test_the_catalogs_hold_no_text_the_code_no_longer_has(extracted: Path) -> None:
    gone = _keys(translations_dir(), "sv") - _keys(extracted, "sv")
    assert not gone, sorted(gone)[:20]


def test_every_text_is_translated_into_swedish_with_its_placeholders(extracted: Path) -> None:
    found = problems(extracted)
    assert not found, "\n".join(found[:40]) + f"\n({len(found)} in all)"


def test_english_has_both_plural_forms_of_every_counted_text(extracted: Path) -> None:
    found = problems(extracted, "en")
    assert not found, "\n".join(found[:40])
    counted = {key for key in _keys(extracted, "sv") if "%n" in key[1] or "%Ln" in key[1]}
    assert counted <= _keys(extracted, "en")


def test_swedish_is_substantial() -> None:
    # A guard against a catalog folder that went missing from a build.
    assert len(catalog("sv")) > 1000

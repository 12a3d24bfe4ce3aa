"""Looking texts up: plural forms, placeholders, the fallback, and Qt asking the same catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.vocabulary import AREA_TITLES, Area
from app.i18n import Catalog, Titles, language, set_language, translate, translate_in
from app.i18n.catalog import Message
from app.i18n.checks import message_problems
from app.i18n.language import normalise, system_language

CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>probe</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Inte än</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Borta</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Öppna</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def probe(tmp_path: Path) -> Catalog:
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "probe.ts").write_text(CATALOG, encoding="utf-8")
    return Catalog.load("sv", tmp_path)


def test_a_finished_translation_is_found_and_anything_else_shows_the_source(
    probe: Catalog,
) -> None:
    assert probe.translate("probe", "Save") == "Spara"
    assert probe.translate("probe", "Not yet") == "Not yet"
    assert probe.translate("probe", "Gone") == "Gone"
    assert probe.translate("elsewhere", "Save") == "Save"
    assert probe.translate("probe", "Open", "verb") == "Öppna"
    assert probe.translate("probe", "Open") == "Open"


def test_the_plural_form_follows_the_count_and_the_count_is_written_in_swedish(
    probe: Catalog,
) -> None:
    assert probe.translate("probe", "%n incident(s)", None, 1) == "1 händelse"
    assert probe.translate("probe", "%n incident(s)", None, 0) == "0 händelser"
    assert probe.translate("probe", "%n incident(s)", None, 12345) == "12\u00a0345 händelser"


def test_the_real_catalogs_speak_swedish_and_english() -> None:
    set_language("sv")
    assert translate("vocabulary", "Information security") == "Informationssäkerhet"
    assert AREA_TITLES.title(Area.SAFETY) == "Trygghet"
    set_language("en")
    assert AREA_TITLES.title(Area.SAFETY) == "Safety"
    assert AREA_TITLES[Area.SAFETY] == ("Safety", "Trygghet")
    assert translate_in("sv", "vocabulary", "Safety") == "Trygghet"
    assert language() == "en"


def test_titles_are_a_mapping_of_both_languages() -> None:
    titles = Titles("vocabulary", {1: "Low", 2: "High"})
    assert dict(titles) == {1: ("Low", "Låg"), 2: ("High", "Hög")}
    assert titles.title(2, "sv") == "Hög"


@pytest.mark.usefixtures("swedish")
def test_qt_asks_the_same_catalog_and_shows_the_source_when_it_has_nothing() -> None:
    assert QCoreApplication.translate("vocabulary", "Safety") == "Trygghet"
    assert QCoreApplication.translate("vocabulary", "No such text") == "No such text"
    # Qt's own texts come from Qt's Swedish catalog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def _message(source: str, translation: str = "", forms: tuple[str, ...] = ()) -> Message:
    return Message("c", source, "", translation, forms, True, "x.ts")


def test_a_lost_or_invented_placeholder_is_a_problem() -> None:
    assert message_problems(_message("Saved %1 to %2.", "Sparade %1 till %2.")) == []
    assert message_problems(_message("Saved %1 to %2.", "Sparade till %2."))
    assert message_problems(_message("{count} rows", "{antal} rader"))
    assert message_problems(_message("{count} rows", "{count} rader")) == []
    assert message_problems(_message("between {a} and {b}", "mellan {b} och {a}")) == []


def test_a_lost_keyboard_letter_and_a_missing_translation_are_problems() -> None:
    assert message_problems(_message("&Save", "Spara"))
    assert message_problems(_message("&Save", "&Spara")) == []
    assert message_problems(_message("Fish && chips", "Fisk och pommes")) == []
    assert message_problems(_message("Save", ""))


def test_a_plural_form_for_one_may_say_one_in_words() -> None:
    forms = ("en händelse", "%n händelser")
    assert message_problems(_message("%n incident(s)", forms=forms)) == []
    assert message_problems(_message("%n incident(s)", forms=("en händelse", "händelser")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("sv_SE.UTF-8", "sv"),
        ("sv-FI", "sv"),
        ("SV", "sv"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("", None),
    ],
)
def test_locale_names_are_read_as_a_shipped_language(value: str, expected: str | None) -> None:
    assert normalise(value) == expected


def test_without_qt_the_system_language_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert system_language() == "sv"
    monkeypatch.setenv("LC_ALL", "C")
    assert system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "de:sv")
    assert system_language() == "en"  # the first named language is not one we ship

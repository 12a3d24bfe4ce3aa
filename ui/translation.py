"""The screens' side of app.i18n: Qt's tr() answered from the same catalogs.

install() puts a QTranslator in front of Qt that looks texts up in
app.i18n's catalog, loads Qt's own translations (the buttons of standard
dialogs: "Avbryt", "Spara"), and sets Qt's default locale so that date
fields and Qt's number formatting match the language.

chosen_language() decides the language for the whole process, the command
line included: SAMVERKAN_LANGUAGE, else the officer's choice in the settings
(ui.workstation.LANGUAGE), else the system's display language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.i18n import LANGUAGES, catalog
from app.i18n.language import LANGUAGE_ENV, normalise, system_language
from app.resources import resources_dir
from ui import workstation

SYSTEM = ""  # the officer's choice: follow the system

_LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class CatalogTranslator(QTranslator):
    """Qt asks, app.i18n answers."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._catalog = catalog(language)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None reaches Qt as a null string: "not mine", and the source text shows.
        # An empty string would be shown as the (empty) translation.
        return self._catalog.lookup(context, source_text, disambiguation, n)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Make `language` the language of every tr() from now on (replacing an earlier one)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES[language])
    ours = CatalogTranslator(language)
    _installed.append(ours)
    if language != "en":
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", _qt_translations()):
            _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)


def _qt_translations() -> str:
    bundled = resources_dir().parent / "PySide6" / "Qt" / "translations"
    return (
        str(bundled)
        if bundled.is_dir()
        else QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )


def chosen_language() -> str:
    """The language to run in (see the module's note)."""
    forced = normalise(os.environ.get(LANGUAGE_ENV))
    if forced:
        return forced
    # The system's display language comes from app.i18n, not Qt's uiLanguages,
    # which on Windows puts the regional formats first: an English Windows with
    # Swedish formats stays English.
    return saved_choice() or system_language()


def saved_choice() -> str:
    """The officer's choice: "sv", "en", or SYSTEM."""
    return normalise(workstation.LANGUAGE.read()) or SYSTEM


def save_choice(choice: str) -> None:
    if choice not in (*LANGUAGES, SYSTEM):
        raise ValueError(choice)
    workstation.LANGUAGE.write(choice)

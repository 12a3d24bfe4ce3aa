"""This computer's own settings, per Windows user, in QSettings (the registry on Windows).

Each is declared once here, with its default and its title; the settings
dialog shows them and main.py reads them before anything starts, for the
window and the command line alike (QtCore only, no window system needed).
The office's settings (municipality, marking, retention, backups) live in
the database instead, the same for every workstation (app.services.office_settings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings

from app.i18n import QT_TRANSLATE_NOOP

ORGANISATION = "Samverkan"
APPLICATION = "Samverkan"


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    title: str  # marked for translation; shown through QCoreApplication.translate

    def read(self) -> str:
        value = _settings().value(self.key, self.default)
        return str(value) if value is not None else self.default

    def write(self, value: str) -> None:
        if value == self.default:
            _settings().remove(self.key)
        else:
            _settings().setValue(self.key, value)


# "" follows the system's display language; else "sv" or "en".
LANGUAGE = Setting("language", "", QT_TRANSLATE_NOOP("workstation", "Language"))
# "" is the file in this user's data folder; else a file path or a postgresql:// URL.
DATABASE = Setting("database", "", QT_TRANSLATE_NOOP("workstation", "Database"))


def title(setting: Setting) -> str:
    return QCoreApplication.translate("workstation", setting.title)


def _settings() -> QSettings:
    # The command line reads these before any QCoreApplication has named itself;
    # the names are the ones ui.application gives it, so both read one store.
    if QCoreApplication.organizationName():
        return QSettings()
    scope = QSettings.Scope.UserScope
    return QSettings(QSettings.defaultFormat(), scope, ORGANISATION, APPLICATION)

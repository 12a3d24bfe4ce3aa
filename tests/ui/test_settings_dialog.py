"""The settings dialog: this computer's language and database, which everyone sets for
themselves, and the office's settings, which administrators change and everybody else reads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import AuditAction, Role
from app.services import audit_log, office_settings, users
from app.storage.database import Database
from ui import translation, workstation
from ui.settings.dialog import OfficeSettingsDialog
from ui.users.page import UsersPage

pytestmark = pytest.mark.usefixtures("fixed_clock")


def logo_file(path: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#005a9c"))
    assert image.save(str(path), "PNG")
    return path


def opened(qtbot: QtBot, db: Database) -> OfficeSettingsDialog:
    dialog = OfficeSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_administrator_changes_municipality_and_retention(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    users.sign_in(db)
    office_settings.set_setting(db, office_settings.CLASSIFICATION_MARKING, "Arbetsmaterial")
    dialog = opened(qtbot, db)
    assert dialog.may_change and dialog.save_button.isVisible()
    assert not dialog.note.isVisible()
    assert dialog.retention.value() == 3
    assert dialog.classification.currentText() == "Arbetsmaterial"
    assert dialog.preview.text() == "No logo"
    qtbot.keyClicks(dialog.municipality, "Botkyrka kommun")
    dialog.retention.setValue(5)
    dialog.choose_logo(str(logo_file(tmp_path / "logo.png")))
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        assert dialog.save()
    assert not dialog.isVisible()
    assert saved.args[0] == {
        "municipality_name": "Botkyrka kommun",
        "logo_path": str(tmp_path / "logo.png"),
        "retention_years": "5",
    }
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == "Botkyrka kommun"
    assert office_settings.retention_years(db) == 5
    assert office_settings.logo_path(db) == tmp_path / "logo.png"
    # The classification was not touched, so it was not sent (nor audited).
    entry = audit_log.list_entries(db)[0]
    assert entry.action is AuditAction.CHANGE
    assert "classification_marking" not in entry.detail and "retention_years = 5" in entry.detail
    again = opened(qtbot, db)  # read back
    assert again.municipality.text() == "Botkyrka kommun"
    assert again.retention.value() == 5
    assert again.logo.text() == str(tmp_path / "logo.png")


def test_refused_values_are_shown_under_their_fields_and_nothing_is_saved(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    users.sign_in(db)
    dialog = opened(qtbot, db)
    qtbot.keyClicks(dialog.municipality, "Botkyrka kommun")
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("hello")
    dialog.choose_logo(str(not_a_picture))
    assert dialog.preview.text() == "No preview"
    dialog.classification.setCurrentText("x" * 121)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.messages["logo_path"].isVisible()
    assert dialog.messages["logo_path"].text() == "Must be a PNG or JPEG picture"
    assert dialog.messages["classification_marking"].text().startswith("Is too long")
    assert not dialog.messages["municipality_name"].isVisible()
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == ""
    dialog.choose_logo("")
    dialog.classification.setCurrentText("Intern – ej för publicering")
    assert dialog.save()
    assert not dialog.messages["logo_path"].isVisible()
    assert office_settings.get_setting(db, office_settings.CLASSIFICATION_MARKING) == (
        "Intern – ej för publicering"
    )


def test_a_member_sees_the_settings_read_only(qtbot: QtBot, db: Database) -> None:
    users.sign_in(db)  # "tester" administers
    office_settings.set_setting(db, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    users.add_user(db, "KOMMUN\\kollega", "Kollega", Role.MEMBER)
    dialog = opened(qtbot, Database(db.engine, "KOMMUN\\kollega"))
    assert not dialog.may_change
    assert dialog.note.isVisible() and "administrator" in dialog.note.text()
    assert dialog.municipality.text() == "Botkyrka kommun"
    assert not any(widget.isEnabled() for widget in dialog.fields())
    # Save stays: this computer's own settings are the member's to change.
    assert dialog.save_button.isVisible() and dialog.workstation.isEnabled()
    dialog.municipality.setText("Changed anyway")  # a disabled field cannot, but still
    dialog.workstation.language.setCurrentIndex(dialog.workstation.language.findData("sv"))
    assert dialog.save()
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == "Botkyrka kommun"
    assert workstation.LANGUAGE.read() == "sv"


def test_the_users_page_opens_the_settings(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    page = UsersPage(db)
    qtbot.addWidget(page)
    assert page.settings_action in page.file_actions()
    dialog = page.open_settings()
    assert isinstance(dialog, OfficeSettingsDialog) and dialog.isVisible()
    dialog.retention.setValue(10)
    with qtbot.waitSignal(page.status_message) as said:
        assert dialog.save()
    assert said.args[0] == "Office settings saved."
    assert office_settings.retention_years(db) == 10


def test_an_unchanged_dialog_saves_nothing(
    qtbot: QtBot, db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    dialog = opened(qtbot, db)
    assert dialog.changed() == {}
    with qtbot.assertNotEmitted(dialog.settings_saved):
        assert dialog.save()
    assert not [e for e in audit_log.list_entries(db) if e.action is AuditAction.CHANGE]


def test_this_computers_language_and_database_are_kept_for_the_next_start(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    users.sign_in(db)
    dialog = opened(qtbot, db)
    assert dialog.workstation.language.currentData() == translation.SYSTEM
    dialog.workstation.language.setCurrentIndex(dialog.workstation.language.findData("en"))
    chosen = tmp_path / "Åsa Öberg" / "samverkan.db"
    chosen.parent.mkdir()
    dialog.workstation.database.setText(str(chosen))
    with qtbot.waitSignal(dialog.workstation_saved):
        assert dialog.save()
    assert translation.saved_choice() == "en"
    assert workstation.DATABASE.read() == str(chosen)
    # main.py reads the same store before it opens anything.
    assert translation.chosen_language() in ("en", "sv")  # SAMVERKAN_LANGUAGE rules in tests


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("mysql://server/samverkan", "PostgreSQL"),
        ("postgresql+psycopg://", None),
        ("relative/samverkan.db", "whole path"),
        ("{missing}/samverkan.db", "does not exist"),
        ("{not_sqlite}", "not a Samverkan database"),
        ("postgresql+psycopg://server.kommun.local/samverkan", None),
        ("{fine}", None),
    ],
)
def test_a_database_that_cannot_be_used_is_refused_under_its_field(
    qtbot: QtBot, db: Database, tmp_path: Path, value: str, says: str | None
) -> None:
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("not a database", encoding="utf-8")
    value = value.format(
        missing=tmp_path / "no such folder",
        not_sqlite=not_sqlite,
        fine=tmp_path / "new.db",
    )
    users.sign_in(db)
    dialog = opened(qtbot, db)
    dialog.workstation.database.setText(value)
    saved = dialog.save()
    message = dialog.workstation.database_message
    if says is None:
        assert saved and workstation.DATABASE.read() == value
    else:
        assert not saved and message.isVisible() and says in message.text()
        assert workstation.DATABASE.read() == ""  # nothing stored, the office's neither
        assert dialog.isVisible()

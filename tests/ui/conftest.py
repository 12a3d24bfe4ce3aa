"""UI test fixtures: remembered settings go to a temporary folder, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.demo.generate import generate
from app.storage.database import Database
from ui import translation

HERE = Path(__file__).parent
# The offscreen platform (used by the tests only) says so whenever a shown
# window gets a size constraint; on a real platform there is no such message.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes an INI file under tmp_path for this test only."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("SamverkanTests")
    QCoreApplication.setApplicationName("ui-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    translation.install("en")  # English's plural forms ("1 incident", "2 incidents")
    yield folder
    QSettings().clear()


@pytest.fixture
def demo_db(db: Database, fixed_clock: object) -> Database:
    """300 generated incidents over three years before the fixed clock."""
    generate(db, incidents=300, seed=1)
    return db

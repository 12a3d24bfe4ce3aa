"""Which database to open: --database over SAMVERKAN_DATABASE over the per-user default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
import pytest
from sqlalchemy.engine import make_url

from app import settings
from app.settings import DATABASE_ENV, database_url, sqlite_url


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated home and XDG data folder, so the default never touches the real one."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    (tmp_path / "home").mkdir()
    return tmp_path


def test_the_option_wins_over_the_environment(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_ENV, str(home / "from-env.db"))
    assert database_url(str(home / "chosen.db")) == sqlite_url(home / "chosen.db")


def test_the_environment_wins_over_the_default(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_ENV, str(home / "from-env.db"))
    assert database_url() == sqlite_url(home / "from-env.db")
    assert database_url(None) == sqlite_url(home / "from-env.db")


def test_the_default_is_the_file_in_the_data_folder(home: Path) -> None:
    expected = home / "xdg" / "Samverkan" / "samverkan.db"
    assert settings.default_database_path() == expected
    assert database_url() == sqlite_url(expected)
    assert expected.parent.is_dir()  # the folder is made for the file


def test_a_path_becomes_an_absolute_sqlite_url(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(home)
    url = database_url("relative.db")
    assert url == "sqlite:///" + str((home / "relative.db").resolve())
    assert url.startswith("sqlite:////")  # an absolute POSIX path after the three slashes


def test_a_home_relative_path_is_expanded(home: Path) -> None:
    assert database_url("~/samverkan.db") == "sqlite:///" + str(home / "home" / "samverkan.db")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://samverkan@server.kommun.local/samverkan",
        "sqlite:///relative/as/given.db",
        "sqlite://",
    ],
)
def test_a_url_stays_as_given(home: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    assert database_url(url) == url
    monkeypatch.setenv(DATABASE_ENV, url)
    assert database_url() == url


def test_the_data_folder_is_the_local_not_roaming_user_data_path(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real = settings.user_data_path

    def spy(*args: Any, **kwargs: Any) -> Path:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(settings, "user_data_path", spy)
    folder = settings.data_dir()
    assert calls
    args, kwargs = calls[-1]
    assert (args[:1] or (kwargs.get("appname"),)) == ("Samverkan",)
    assert kwargs.get("roaming") is False
    assert folder == platformdirs.user_data_path("Samverkan", appauthor=False, roaming=False)
    assert folder.is_relative_to(home / "xdg")


def test_the_log_folder_is_inside_the_data_folder(home: Path) -> None:
    logs = settings.log_dir()
    assert logs.is_dir()
    assert logs.parent == settings.data_dir()


@pytest.mark.parametrize(
    "folder",
    [
        "plain",
        "med mellanslag",
        "å ä ö",
        "C#-projekt",
        "100%",
        "a@b:c",
        "rapport%20final",
        "vad?",
    ],
)
def test_a_path_opens_exactly_that_file(home: Path, folder: str) -> None:
    from app.storage.database import open_database

    path = home / folder / "samverkan.db"
    url = database_url(str(path))
    assert make_url(url).database == str(path)
    database = open_database(url, account="tester")
    try:
        assert Path(database.engine.url.database or "") == path
        assert path.exists()
    finally:
        database.close()

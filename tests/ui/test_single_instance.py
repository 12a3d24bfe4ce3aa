"""One window per user and database: a second start hands over to the first."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.settings import sqlite_url
from ui.single_instance import SingleInstance, bring_forward, instance_key

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def key(tmp_path: Path) -> Iterator[str]:
    """A key of this test's own (its temporary database), given up afterwards."""
    name = instance_key(sqlite_url(tmp_path / "samverkan.db"))
    yield name
    QLocalServer.removeServer(name)


def hand_over_in_thread(instance: SingleInstance) -> tuple[threading.Thread, list[bool]]:
    """hand_over blocks while it waits for the answer; the listening instance needs
    this thread's event loop to give it, as two processes would each have their own."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(instance.hand_over()))
    thread.start()
    return thread, result


def test_a_second_instance_hands_over_to_the_first(qtbot: QtBot, key: str) -> None:
    activated: list[str] = []
    first = SingleInstance(key)
    assert first.hand_over() is False  # nobody there yet
    assert first.listen(lambda: activated.append("first")) is True
    assert first.listening

    thread, result = hand_over_in_thread(SingleInstance(key))
    qtbot.waitUntil(lambda: bool(activated) and not thread.is_alive(), timeout=5000)
    assert result == [True]
    assert activated == ["first"]
    first.close()
    assert SingleInstance(key).hand_over() is False  # closed: the next start is a first one


def test_different_databases_do_not_interfere(qtbot: QtBot, tmp_path: Path, key: str) -> None:
    other_key = instance_key(sqlite_url(tmp_path / "other.db"))
    assert other_key != key
    activated: list[str] = []
    first = SingleInstance(key)
    first.listen(lambda: activated.append("first"))
    other = SingleInstance(other_key)
    try:
        assert other.hand_over() is False
        assert other.listen(lambda: activated.append("other")) is True
        thread, result = hand_over_in_thread(SingleInstance(other_key))
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
        qtbot.waitUntil(lambda: bool(activated), timeout=5000)
        assert result == [True] and activated == ["other"]
    finally:
        first.close()
        other.close()


def test_the_key_depends_on_the_account_and_the_database() -> None:
    url = "sqlite:///C:/Users/Åsa Öberg/AppData/Local/Samverkan/samverkan.db"
    mine = instance_key(url, account="KOMMUN\\asa.oberg")
    assert mine == instance_key(url, account="KOMMUN\\asa.oberg")
    assert mine != instance_key(url, account="KOMMUN\\bo.ek")
    assert mine != instance_key(
        url.replace("samverkan.db", "other.db"), account="KOMMUN\\asa.oberg"
    )
    # A name any platform takes: ASCII, no separators, short enough for a socket path.
    assert mine.isascii() and "/" not in mine and "\\" not in mine and len(mine) < 50
    secret = instance_key("postgresql://officer:hunter2@db.kommun.se/samverkan", account="a")
    assert "hunter2" not in secret


def test_listen_gives_way_to_a_live_instance(qtbot: QtBot, key: str) -> None:
    """Two starts at the same moment both find nobody; the later listen must not take
    the name from the earlier one."""
    first = SingleInstance(key)
    assert first.listen() is True
    late = SingleInstance(key)
    try:
        assert late.listen() is False
        assert not late.listening
        assert SingleInstance(key).other_is_running()
    finally:
        first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe goes with its process")
def test_a_name_left_by_a_crashed_process_does_not_block_the_next_start(
    qtbot: QtBot, key: str
) -> None:
    # What a killed process leaves: the socket file, with nobody listening on it.
    path = Path(QDir.tempPath()) / key
    path.unlink(missing_ok=True)
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(path))
    left.close()
    assert path.exists()

    activated: list[bool] = []
    instance = SingleInstance(key)
    assert instance.hand_over() is False  # nobody answers on the left-over file
    assert instance.listen(lambda: activated.append(True)) is True
    assert instance.listening
    thread, result = hand_over_in_thread(SingleInstance(key))
    qtbot.waitUntil(lambda: bool(activated) and not thread.is_alive(), timeout=5000)
    assert result == [True]
    instance.close()


# The offscreen platform (tests only) says it cannot raise a window; a desktop can.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_bring_forward_restores_a_minimised_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()


def test_a_second_start_of_the_window_exits_and_leaves_the_first(tmp_path: Path) -> None:
    """Two real processes on one database: the second hands over and exits 0."""
    database = tmp_path / "samverkan.db"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        # The children's settings, logs and backups stay in this test's folder.
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LOCALAPPDATA=str(tmp_path / "data"),
        APPDATA=str(tmp_path / "config"),
    )
    env.pop("SAMVERKAN_DATABASE", None)
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(database)]
    key = instance_key(sqlite_url(database))
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not SingleInstance(key).other_is_running():
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.05)
        started = time.monotonic()
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=20)
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr.decode()
        assert took < 10
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.wait(timeout=10)
        QLocalServer.removeServer(key)  # terminated, it could not remove its socket file

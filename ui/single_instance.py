"""One running window per user and database: a second start brings the first forward.

The first window listens on a local server (a named pipe on Windows, a socket
file on Unix) whose name is derived from the signed-in account and the
database's URL, so two databases can be open at once and two users of one
machine (terminal server) never meet. A second start connects, asks the first
to come forward and exits before it opens the database.

Pipe names on Windows are global to the machine, hence the account in the
name; the name is a hash, so a password in a PostgreSQL URL never shows in it
and a user name like "Åsa Öberg" needs no escaping. A process that crashed on
Unix leaves its socket file behind: nobody answers on it, and `listen` removes
it and listens again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger("samverkan")

ACTIVATE = b"activate\n"
ACKNOWLEDGED = b"ok\n"
CONNECT_MS = 1000
ANSWER_MS = 2000
SLICE_MS = 20


def instance_key(database_url: str, account: str | None = None) -> str:
    """The server name of the window of `account` (default: this process's) on this database."""
    from app.identity import os_account

    who = account if account is not None else os_account()
    where = database_url
    if sys.platform == "win32":
        # Windows paths (and account names) ignore case: C:/Users/x and c:/users/X are one file.
        who, where = who.casefold(), where.casefold()
    digest = hashlib.sha256(f"{who}\n{where}".encode()).hexdigest()
    # Short: a Unix socket path must fit in about 100 bytes with the temp folder in front.
    return f"samverkan-{digest[:32]}"


class SingleInstance:
    """The claim on one server name: hand over to its holder, or hold it and listen."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._server: QLocalServer | None = None
        self._on_activate: Callable[[], None] | None = None

    def other_is_running(self) -> bool:
        """Whether another instance listens on the key (it is not asked to do anything)."""
        socket = self._connect()
        if socket is None:
            return False
        socket.disconnectFromServer()
        return True

    def hand_over(self) -> bool:
        """True when another instance holds the key: it was asked to come forward and
        this one should exit. Needs no QApplication (it runs before one is made)."""
        _allow_others_to_come_forward()
        socket = self._connect()
        if socket is None:
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(ANSWER_MS)
        # Waiting for the answer keeps this process alive until the request was read
        # (a pipe closed at once can lose it); a busy first window is given up on
        # after a while, and it is still the one that holds the database.
        if not _wait_for_answer(socket, ANSWER_MS):
            log.info("the running instance did not answer; it holds %s anyway", self.key)
        socket.disconnectFromServer()
        return True

    def listen(self, on_activate: Callable[[], None] | None = None) -> bool:
        """Hold the key and call `on_activate` whenever a second start hands over.

        False only when another live instance took the key meanwhile (two starts
        at the same moment): the caller hands over to it instead. Any other
        failure is logged and the window runs without the guard (True): a
        missing single-instance check must not keep anyone from working.
        Needs a QCoreApplication (the server runs in its event loop).
        """
        if on_activate is not None:
            self._on_activate = on_activate
        if self._server is not None and self._server.isListening():
            return True
        # Asked first: with the access option below, Qt on Unix puts its socket file
        # in place of any file of that name, a live instance's included.
        if self.other_is_running():
            return False
        server = QLocalServer()
        # Only this account may connect (a socket file's mode, a pipe's access list).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        listening = server.listen(self.key)
        if not listening and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Left behind by a process that crashed: nobody answered on it above.
            QLocalServer.removeServer(self.key)
            listening = server.listen(self.key)
        if not listening:
            log.warning("single instance: cannot listen on %s: %s", self.key, server.errorString())
            return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def set_on_activate(self, on_activate: Callable[[], None] | None) -> None:
        """What a hand-over does from now on (the window exists only after `listen`)."""
        self._on_activate = on_activate

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        """Give the key up (the socket file goes with it)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _connect(self) -> QLocalSocket | None:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if socket.waitForConnected(CONNECT_MS):
            return socket
        return None

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()  # a child of the server
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() not in data:
            return
        try:
            if self._on_activate is not None:
                self._on_activate()
        finally:
            socket.write(ACKNOWLEDGED)
            socket.flush()


def _wait_for_answer(socket: QLocalSocket, timeout_ms: int) -> bool:
    # In short slices: PySide holds the interpreter lock inside a blocking wait, and a
    # listener in this same process (the tests') needs it to answer.
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        if socket.bytesAvailable() or socket.waitForReadyRead(SLICE_MS):
            return True
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return False
        time.sleep(0)  # let other threads have the lock
    return False


def bring_forward(window: QWidget) -> None:
    """Show `window` on top and give it the focus; restored if it was minimised."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def _allow_others_to_come_forward() -> None:
    """On Windows only the process the user just started may take the foreground;
    it lends that right to the first instance, which otherwise only flashes in
    the taskbar."""
    if sys.platform != "win32":
        return
    import ctypes

    asfw_any = -1
    # A locked-down session may refuse; the first window then only flashes.
    with contextlib.suppress(OSError):
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)

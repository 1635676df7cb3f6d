"""One copy of the app at a time: a second start brings the running window forward instead.

Two copies would run two sessions into one history. The first copy listens on a local
socket named after the user and the data folder (so copies with different data folders, as
in the tests, are apart); a second one connects, asks it to come forward, and ends.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backpain_gui.storage.data_folder import data_folder

# How long a second copy waits for the first to answer: it answers from its event loop.
ANSWER_MS = 1000


def copy_name() -> str:
    """The socket's name for this user and data folder."""
    folder = str(data_folder().resolve()).encode()
    return f"backpain-gui-{getpass.getuser()}-{hashlib.sha256(folder).hexdigest()[:12]}"


class OneCopy(QObject):
    """The running copy's listener. Signals: `come_forward()` when another start asks."""

    come_forward = Signal()

    def __init__(self, server: QLocalServer) -> None:
        super().__init__(server)
        self._server = server
        server.newConnection.connect(self.on_server_new_connection)

    @classmethod
    def claim(cls, name: str | None = None) -> OneCopy | None:
        """Become the one copy, or None after asking the running one to come forward."""
        name = name or copy_name()
        asking = QLocalSocket()
        asking.connectToServer(name)
        if asking.waitForConnected(ANSWER_MS):
            asking.write(b"come forward\n")
            asking.waitForBytesWritten(ANSWER_MS)
            asking.disconnectFromServer()
            return None
        # Nobody answered: a socket left by a copy that crashed is taken over.
        QLocalServer.removeServer(name)
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Should listening fail, the app still runs; only the guard against a second copy is off.
        server.listen(name)
        return cls(server)

    @Slot()
    def on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.come_forward.emit()

"""A stand-in desktop on a private D-Bus bus: the screen saver, and logind's sleep and lock signals.

Run as its own process (`python tests/fake_desktop.py ADDRESS`), as a real desktop is one:
the app waits for its reply to UnInhibit, which a service in the test's own thread could not
send. It owns every name it plays on the bus, so the app's signal subscriptions, which
filter by sender, accept what it sends. It talks to the test through its standard streams,
one JSON object a line: it reports `ready`, `inhibit` and `uninhibit`; it is told which
signals to send.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

NAMES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.freedesktop.login1",
)


def report(**fields: object) -> None:
    """Tell the test what happened."""
    print(json.dumps(fields), flush=True)


# PySide6's stub has ClassInfo take keywords only, which cannot spell "D-Bus Interface".
SCREEN_SAVER_INTERFACE: Any = ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})  # type: ignore[call-arg]


@SCREEN_SAVER_INTERFACE
class ScreenSaver(QDBusAbstractAdaptor):
    """The freedesktop screen saver's inhibit calls, as KDE and GNOME serve them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_cookie = 0

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.last_cookie += 1
        report(event="inhibit", cookie=self.last_cookie, application=application, reason=reason)
        return self.last_cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        report(event="uninhibit", cookie=cookie)


def send_signal(bus: QDBusConnection, order: dict[str, object]) -> None:
    """Send the signal the test asked for: path, interface, name and arguments."""
    message = QDBusMessage.createSignal(
        str(order["path"]), str(order["interface"]), str(order["name"])
    )
    arguments = order.get("arguments", [])
    assert isinstance(arguments, list)
    message.setArguments(arguments)
    bus.send(message)


def main(address: str) -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "fake-desktop")
    screen_saver = QObject()
    ScreenSaver(screen_saver)
    registered = bus.registerObject("/org/freedesktop/ScreenSaver", screen_saver)
    if not registered or not all(bus.registerService(name) for name in NAMES):
        report(event="failed", why=bus.lastError().message())
        return 1

    pending = bytearray()

    def on_order() -> None:
        # Unbuffered: sys.stdin would keep a second order in its buffer, unseen by the notifier.
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            send_signal(bus, json.loads(line))
            report(event="sent")

    orders = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    orders.activated.connect(on_order)
    report(event="ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Desktop notifications over D-Bus (org.freedesktop.Notifications), with actions.

The reminder is sent with two actions, Start and Snooze 30 min; the notification server
(GNOME Shell, Plasma, dunst, ...) sends ActionInvoked when the user picks one, to every
program on the bus that listens. Whoever sent the notification, the running app answers.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusInterface

from backpain_gui.content.builtin import APP_ID
from backpain_gui.ui.mpris import dbus_interface, forget_dbus
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
START_ACTION = "start"
SNOOZE_ACTION = "snooze"
# Each action's key, then its label, said in the UI language when the reminder is sent.
ACTIONS = (
    START_ACTION,
    QT_TRANSLATE_NOOP("Reminders", "Start"),
    SNOOZE_ACTION,
    QT_TRANSLATE_NOOP("Reminders", "Snooze 30 min"),
)


def _in_ui_language(actions: tuple[str, ...]) -> list[str]:
    """The actions' keys as they are, their labels (every second item) in the UI language."""
    return [text if i % 2 == 0 else translate("Reminders", text) for i, text in enumerate(actions)]


# Long enough for a busy server, short enough that the window never seems to hang.
CALL_TIMEOUT_MS = 3000
# Where the stand-in below is served, on this app's own connection.
_SHAPE_PATH = "/io/github/backpain_gui/NotifyShape"
# The server's signals heard, and the slots that hear them.
_HOOKS = (
    ("ActionInvoked", "on_server_action_invoked(uint,QString)"),
    ("NotificationClosed", "on_server_notification_closed(uint,uint)"),
)


@dbus_interface(INTERFACE)
class _NotifyShape(QDBusAbstractAdaptor):
    """Notify's exact types, served on this connection only so QtDBus learns them.

    PySide6 cannot send a uint (a Python int goes as an int32, and GDBus servers refuse
    "(sissasa{sv}i)"), and QtDBus, introspecting a server, turns the unannotated a{sv} hints
    into a raw type no call can fill. QtDBus keeps one description per interface name and
    connection, so introspecting this stand-in first gives every later interface to the real
    server Qt's own types, which the call then converts to (uint for replaces_id).
    """

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    # D-Bus names its methods so.
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        """Its uint, learnt as Notify's are: without it QtDBus finds no such method to call."""


class DesktopNotifier(QObject):
    """Sends notifications on a session bus and hears their actions.

    Signals: `action_invoked(int, str)` with the notification id and the action's key, and
    `closed(int)` when a notification goes away, for every notification on the bus (the
    listener decides which are its own).
    """

    action_invoked = Signal(int, str)
    closed = Signal(int)

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._server: QDBusInterface | None = None
        self._shape_holder = QObject(self)
        self._listening = False
        self._served = False
        # Why the last notification was not sent, in words; "" after one was.
        self.problem = ""

    def listen(self) -> bool:
        """Hear the server's ActionInvoked and NotificationClosed from now on."""
        if self._listening or not self._bus.isConnected():
            return self._listening
        # PySide6's stub types the slot as bytes; at run time only the str SLOT() gives works.
        self._listening = all(
            self._bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]
            for name, slot in _HOOKS
        )
        return self._listening

    def close(self) -> None:
        """Stop listening and leave the bus (on quit, or before it is freed)."""
        if self._listening:
            for name, slot in _HOOKS:
                self._bus.disconnect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]
            self._listening = False
            forget_dbus(self)
        if self._served:
            self._bus.unregisterObject(_SHAPE_PATH)
            forget_dbus(self._shape_holder)
            self._served = False

    def _interface(self) -> QDBusInterface | None:
        if self._server is not None:
            return self._server
        if not self._bus.isConnected():
            self.problem = "no D-Bus session bus"
            return None
        if not self._served:
            _NotifyShape(self._shape_holder)
            self._served = self._bus.registerObject(_SHAPE_PATH, self._shape_holder)
        QDBusInterface(self._bus.baseService(), _SHAPE_PATH, INTERFACE, self._bus, self)
        server = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
        if not server.isValid():
            self.problem = f"no notification server ({server.lastError().message()})"
            return None
        server.setTimeout(CALL_TIMEOUT_MS)
        self._server = server
        return server

    def notify(self, summary: str, body: str, actions: tuple[str, ...] = ACTIONS) -> int | None:
        """Show a notification; its id, or None (and `problem` says why) when none was shown."""
        server = self._interface()
        if server is None:
            return None
        try:
            notification_id = QMetaObject.invokeMethod(
                server,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", "backpain-gui"),
                Q_ARG("uint", 0),
                Q_ARG("QString", APP_ID),
                Q_ARG("QString", summary),
                Q_ARG("QString", body),
                Q_ARG("QStringList", _in_ui_language(actions)),
                # The desktop entry: GNOME and Plasma show the app's name and icon by it.
                Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
                Q_ARG("int", -1),
            )
        except RuntimeError as error:
            self.problem = f"the notification server refused the call ({error})"
            return None
        message = server.lastError().message()
        if message or not isinstance(notification_id, int) or not notification_id:
            self.problem = f"the notification server did not answer ({message or 'no id'})"
            return None
        self.problem = ""
        return notification_id

    def withdraw(self, notification_id: int) -> None:
        """Take a notification off the screen, if it is still there."""
        server = self._interface()
        if server is not None:
            QMetaObject.invokeMethod(
                server,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification_id),
            )

    @Slot("uint", str)
    def on_server_action_invoked(self, notification_id: int, action: str) -> None:
        self.action_invoked.emit(int(notification_id), action)

    @Slot("uint", "uint")
    def on_server_notification_closed(self, notification_id: int, reason: int) -> None:
        self.closed.emit(int(notification_id))

"""A tray of the test's own: a StatusNotifierWatcher and Host on a private bus, as a panel is.

KDE Plasma, GNOME's AppIndicator extension and waybar show tray icons through this protocol:
the watcher (org.kde.StatusNotifierWatcher) takes each item's registration, a host (the
panel) reads the item's icon, title, tooltip and menu (com.canonical.dbusmenu) and sends the
user's clicks back. Qt's QSystemTrayIcon uses it when the watcher is on the session bus.

Run by the system's python3 (GLib's GDBus, as waybar uses it), as its own process:

    python3 tray_host.py ADDRESS

It talks to the test through its standard streams, one JSON object a line. It reports
`ready`, `registered` (an item's service), `item` (what the panel shows of it: title,
tooltip, icon sizes, menu labels and the greyed ones, read anew whenever the item says
something changed), `unreadable` (an item that went as it was read), `unregistered`, `done`
(an order answered) and `failed`. It is told to `activate` the item (a click on the icon)
or to `click` a menu entry by its label (not a greyed one). It imports nothing from the
project: the system's python has none of its packages.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

# The system's packages, unknown to the project's venv and its type checker.
from gi.repository import Gio, GLib  # type: ignore[import-not-found]

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
MENU_INTERFACE = "com.canonical.dbusmenu"
PROPERTIES = "org.freedesktop.DBus.Properties"
ITEM_SIGNALS = ("NewTitle", "NewIcon", "NewToolTip", "NewStatus", "NewMenu")
CALL_TIMEOUT_MS = 5000

WATCHER_XML = """
<node>
  <interface name="org.kde.StatusNotifierWatcher">
    <method name="RegisterStatusNotifierItem">
      <arg name="service" type="s" direction="in"/>
    </method>
    <method name="RegisterStatusNotifierHost">
      <arg name="service" type="s" direction="in"/>
    </method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
    <signal name="StatusNotifierHostUnregistered"/>
  </interface>
</node>
"""


def report(**fields: object) -> None:
    """Tell the test what happened."""
    print(json.dumps(fields), flush=True)


def _labels(layout: Any) -> list[str]:
    """The visible entries of a dbusmenu layout (id, properties, children), in order."""
    _item_id, _properties, children = layout
    labels = []
    for child in children:
        _child_id, properties, _grandchildren = child
        if properties.get("visible", True) is False or properties.get("type") == "separator":
            continue
        labels.append(str(properties.get("label", "")))
    return labels


def _disabled(layout: Any) -> list[str]:
    """The entries a panel shows greyed, which a click does not reach."""
    _item_id, _properties, children = layout
    return [str(p.get("label", "")) for _id, p, _c in children if p.get("enabled", True) is False]


def _ids_by_label(layout: Any) -> dict[str, int]:
    _item_id, _properties, children = layout
    found = {}
    for child_id, properties, _grandchildren in children:
        if "label" in properties:
            # dbusmenu marks the mnemonic with an underscore, as Qt's & becomes.
            found[str(properties["label"]).replace("_", "")] = int(child_id)
    return found


class Item:
    """One registered StatusNotifierItem, as the panel knows it."""

    def __init__(self, bus_name: str, path: str) -> None:
        self.bus_name = bus_name
        self.path = path
        self.menu_path = ""
        self.layout: Any = (0, {}, [])

    @property
    def key(self) -> str:
        return f"{self.bus_name}{self.path}"


class Tray:
    """The watcher and the host in one, as a panel that brings its own watcher is."""

    def __init__(self, bus: Gio.DBusConnection, loop: GLib.MainLoop) -> None:
        self.bus = bus
        self.loop = loop
        self.items: dict[str, Item] = {}
        self.host_name = f"org.kde.StatusNotifierHost-{os.getpid()}"
        self.hosts: set[str] = set()

    # The watcher.

    def serve(self) -> None:
        info = Gio.DBusNodeInfo.new_for_xml(WATCHER_XML)
        self.bus.register_object(
            WATCHER_PATH, info.interfaces[0], self.on_watcher_call, self.on_watcher_get, None
        )
        for name in (WATCHER, self.host_name):
            owned = self.bus.call_sync(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "RequestName",
                GLib.Variant("(su)", (name, 4)),  # DBUS_NAME_FLAG_DO_NOT_QUEUE
                GLib.VariantType("(u)"),
                Gio.DBusCallFlags.NONE,
                CALL_TIMEOUT_MS,
                None,
            ).unpack()[0]
            if owned != 1:  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
                report(event="failed", why=f"could not own {name}: {owned}")
                self.loop.quit()
                return
        # The panel registers itself as a host with its watcher, as every host does.
        self.hosts.add(self.host_name)
        self._emit_watcher("StatusNotifierHostRegistered", None)
        self.bus.signal_subscribe(
            "org.freedesktop.DBus",
            "org.freedesktop.DBus",
            "NameOwnerChanged",
            "/org/freedesktop/DBus",
            None,
            Gio.DBusSignalFlags.NONE,
            self.on_name_owner_changed,
        )
        report(event="ready")

    def on_watcher_call(
        self,
        _bus: Gio.DBusConnection,
        sender: str,
        _path: str,
        _interface: str,
        method: str,
        parameters: GLib.Variant,
        invocation: Gio.DBusMethodInvocation,
    ) -> None:
        (service,) = parameters.unpack()
        if method == "RegisterStatusNotifierHost":
            self.hosts.add(service)
            invocation.return_value(None)
            self._emit_watcher("StatusNotifierHostRegistered", None)
            return
        # The spec allows a bus name (KDE, Qt) or an object path (libappindicator, Electron).
        if service.startswith("/"):
            item = Item(sender, service)
        else:
            item = Item(service, "/StatusNotifierItem")
        invocation.return_value(None)
        if item.key in self.items:
            return
        self.items[item.key] = item
        self._emit_watcher("StatusNotifierItemRegistered", GLib.Variant("(s)", (item.key,)))
        report(event="registered", service=item.bus_name, path=item.path, sender=sender)
        for name in ITEM_SIGNALS:
            self.bus.signal_subscribe(
                item.bus_name,
                ITEM_INTERFACE,
                name,
                item.path,
                None,
                Gio.DBusSignalFlags.NONE,
                lambda *_args, item=item: self.read_item(item),
            )
        # The menu says when its entries change, on whatever path it is served.
        for name in ("LayoutUpdated", "ItemsPropertiesUpdated"):
            self.bus.signal_subscribe(
                item.bus_name,
                MENU_INTERFACE,
                name,
                None,
                None,
                Gio.DBusSignalFlags.NONE,
                lambda *_args, item=item: self.read_item(item),
            )
        self.read_item(item)

    def on_watcher_get(
        self, _bus: Gio.DBusConnection, _sender: str, _path: str, _interface: str, name: str
    ) -> GLib.Variant | None:
        if name == "RegisteredStatusNotifierItems":
            return GLib.Variant("as", sorted(self.items))
        if name == "IsStatusNotifierHostRegistered":
            return GLib.Variant("b", bool(self.hosts))
        if name == "ProtocolVersion":
            return GLib.Variant("i", 0)
        return None

    def _emit_watcher(self, name: str, arguments: GLib.Variant | None) -> None:
        self.bus.emit_signal(None, WATCHER_PATH, WATCHER, name, arguments)

    def on_name_owner_changed(self, *args: Any) -> None:
        name, _old, new = args[5].unpack()
        if new:
            return
        for key, item in list(self.items.items()):
            if item.bus_name == name:
                del self.items[key]
                self._emit_watcher("StatusNotifierItemUnregistered", GLib.Variant("(s)", (key,)))
                report(event="unregistered", service=name)

    # The host: what the panel shows of each item.

    def _call(self, item: Item, path: str, interface: str, method: str, arguments: Any) -> Any:
        reply = self.bus.call_sync(
            item.bus_name,
            path,
            interface,
            method,
            arguments,
            None,
            Gio.DBusCallFlags.NONE,
            CALL_TIMEOUT_MS,
            None,
        )
        return reply.unpack() if reply is not None else None

    def read_item(self, item: Item) -> None:
        """Read the item's properties and menu, as a panel does to draw it; report them."""
        try:
            (properties,) = self._call(
                item, item.path, PROPERTIES, "GetAll", GLib.Variant("(s)", (ITEM_INTERFACE,))
            )
            item.menu_path = str(properties.get("Menu", ""))
            # Qt names this path while the item has no menu yet.
            if item.menu_path not in ("", "/NO_DBUSMENU"):
                _revision, item.layout = self._call(
                    item,
                    item.menu_path,
                    MENU_INTERFACE,
                    "GetLayout",
                    GLib.Variant("(iias)", (0, -1, [])),
                )
        except GLib.Error as error:
            # An item going away (hidden, its app quitting) can be asked just as it goes.
            report(event="unreadable", service=item.bus_name, why=error.message)
            return
        tooltip = properties.get("ToolTip", ("", [], "", ""))
        report(
            event="item",
            service=item.bus_name,
            id=properties.get("Id", ""),
            title=properties.get("Title", ""),
            status=properties.get("Status", ""),
            tooltip_title=tooltip[2],
            tooltip_text=tooltip[3],
            icon_name=properties.get("IconName", ""),
            icon_sizes=[
                [width, height] for width, height, _data in properties.get("IconPixmap", [])
            ],
            menu=_labels(item.layout),
            disabled=_disabled(item.layout),
        )

    # The test's orders: what a person does to the icon.

    def on_order(self, order: dict[str, Any]) -> None:
        if not self.items:
            report(event="failed", why="no item is registered")
            return
        item = next(iter(self.items.values()))
        try:
            if order["do"] == "activate":
                # A left click on the icon, at the place it is on the panel.
                self._call(
                    item, item.path, ITEM_INTERFACE, "Activate", GLib.Variant("(ii)", (10, 10))
                )
            elif order["do"] == "click":
                # A click on a menu entry: the menu opens (AboutToShow), then the entry.
                self._call(
                    item, item.menu_path, MENU_INTERFACE, "AboutToShow", GLib.Variant("(i)", (0,))
                )
                if order["label"] in _disabled(item.layout):
                    report(
                        event="failed", why=f"{order['label']!r} is greyed: it cannot be clicked"
                    )
                    return
                entry = _ids_by_label(item.layout)[order["label"]]
                self.bus.call(
                    item.bus_name,
                    item.menu_path,
                    MENU_INTERFACE,
                    "Event",
                    GLib.Variant("(isvu)", (entry, "clicked", GLib.Variant("i", 0), 0)),
                    None,
                    Gio.DBusCallFlags.NONE,
                    CALL_TIMEOUT_MS,
                    None,
                    None,
                )
        except (GLib.Error, KeyError) as error:
            report(event="failed", why=str(error))
            return
        report(event="done", do=order["do"])


def main(address: str) -> int:
    loop = GLib.MainLoop()
    bus = Gio.DBusConnection.new_for_address_sync(
        address,
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
        None,
        None,
    )
    tray = Tray(bus, loop)
    tray.serve()
    pending = bytearray()

    def on_stdin(_channel: GLib.IOChannel, _condition: GLib.IOCondition) -> bool:
        # Unbuffered: sys.stdin would keep a second order in its buffer, unseen by the loop.
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            loop.quit()
            return False
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            tray.on_order(json.loads(line))
        return True

    GLib.io_add_watch(
        GLib.IOChannel.unix_new(sys.stdin.fileno()),
        GLib.PRIORITY_DEFAULT,
        GLib.IO_IN | GLib.IO_HUP,
        on_stdin,
    )
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

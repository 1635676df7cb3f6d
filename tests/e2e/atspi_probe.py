"""What a screen reader sees of backpain-gui, read through AT-SPI as Orca reads it.

Run by the system's python3 (pyatspi is a Debian package, not on PyPI), with the test's
private accessibility bus in AT_SPI_BUS_ADDRESS:

    python3 atspi_probe.py tree         one JSON object per node the screen shows, then "done"
    python3 atspi_probe.py announcements   "listening", then one JSON object per announcement,
                                        until standard input closes

It imports nothing from the project: the system's python has none of its packages.
"""

from __future__ import annotations

import json
import sys
import threading

# The system's packages, unknown to the project's venv and its type checker.
import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "backpain-gui"


def _labels_of(node: pyatspi.Accessible) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def _walk(node: pyatspi.Accessible, depth: int, out: list[dict[str, object]]) -> None:
    states = node.getState()
    # The stack's other screens and closed pop-ups are in the tree but not on the screen.
    if depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
        return
    out.append(
        {
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name,
            "description": node.description,
            "labelled_by": _labels_of(node),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        }
    )
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            _walk(child, depth + 1, out)


def tree() -> None:
    """Print every node on screen of the app's windows."""
    out: list[dict[str, object]] = []
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == APP_NAME:
            _walk(app, 0, out)
    for node in out:
        print(json.dumps(node), flush=True)
    print("done", flush=True)


def announcements() -> None:
    """Print each announcement the app makes until standard input closes."""

    def on_event(event: pyatspi.event.Event) -> None:
        source = event.source
        role = source.getRoleName() if source is not None else ""
        print(json.dumps({"message": str(event.any_data), "role": role}), flush=True)

    def wait_for_close() -> None:
        sys.stdin.read()
        GLib.idle_add(pyatspi.Registry.stop)

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    threading.Thread(target=wait_for_close, daemon=True).start()
    GLib.idle_add(lambda: print("listening", flush=True) and False)
    pyatspi.Registry.start()


if __name__ == "__main__":
    {"tree": tree, "announcements": announcements}[sys.argv[1]]()

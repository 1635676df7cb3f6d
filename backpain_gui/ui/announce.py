"""Telling a screen reader what just changed, without moving the keyboard focus.

A screen reader speaks what has the focus and what the app announces. During a session the
focus rests on the session screen while the instruction, rep, side and exercise change, so
each change is announced: a polite `QAccessibleAnnouncementEvent` (Qt 6.8 and later), which
waits for the reader to finish what it is saying. Older Qt has no announcements; there the
message becomes the focused screen's accessible description, whose change a reader speaks
as it speaks any change to what has the focus (a live region, in the web's words).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

# None before Qt 6.8 (the lower bound in pyproject.toml is older).
ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def announce(widget: QWidget, message: str, urgent: bool = False) -> None:
    """Have screen readers say `message` as news from `widget`: politely, after what they
    are saying, or if `urgent` at once."""
    if not message:
        return
    if ANNOUNCEMENT is None:
        # setAccessibleDescription sends Qt's DescriptionChanged event itself.
        widget.setAccessibleDescription(message)
        return
    event = ANNOUNCEMENT(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)

"""Showing text as text: routine files are untrusted, and Qt reads much of what it shows as HTML.

A QLabel, a QMessageBox and a tooltip render any text that "might be rich text" (Qt's guess
from its first tag) as HTML, so a routine naming an exercise `<img src="/dev/zero">` would
have Qt read that file for ever, and `<img src="/home/...">` would show a file from outside
the routine's folder. Buttons, check boxes and menu items show plain text, but take `&` as a
keyboard shortcut marker. Every widget that may show routine text goes through here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text`, and whatever it is given later, literally: never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def literal_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it literally, line breaks kept.

    A tooltip has no text format of its own: Qt guesses, so the text is escaped and marked
    as HTML for certain, which makes Qt turn the escapes back into the very characters.
    """
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def literal_mnemonic(text: str) -> str:
    """`text` for a button, check box or menu item: every `&` shown, none a shortcut marker."""
    return text.replace("&", "&&")


def plain_message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text and informative text are shown literally."""
    box = QMessageBox(icon, title, "", buttons, parent)
    # Set before the text, and it holds for the informative text too (Qt applies it to both).
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask_plain_question(
    parent: QWidget | None,
    title: str,
    text: str,
    default: QMessageBox.StandardButton,
) -> bool:
    """Ask a yes/no question shown literally; True for Yes. (QMessageBox.question guesses.)"""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = plain_message_box(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setDefaultButton(default)
    box.exec()
    return box.standardButton(box.clickedButton()) == yes

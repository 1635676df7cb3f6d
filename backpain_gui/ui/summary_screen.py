"""The summary screen: what was done, skipped or left partial, and the time it took."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.ui.announce import announce
from backpain_gui.ui.key_button import KeyButton
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP
from backpain_gui.ui.type_scale import apply_size, scaled


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One exercise's result, in words."""

    name: str
    outcome: str
    variant: str
    reps: str
    time: str


@dataclass(frozen=True, slots=True)
class SummaryView:
    """The summary screen's heading, lines and total time."""

    heading: str
    lines: tuple[SummaryLine, ...]
    total: str
    note: str = ""


class SummaryScreen(QWidget):
    """Shows a `SummaryView`. Signals: `again_pressed()` (back to the plan, from which another
    session starts) and `quit_pressed()`."""

    again_pressed = Signal()
    quit_pressed = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("SummaryScreen", "Exercise"),
        QT_TRANSLATE_NOOP("SummaryScreen", "Result"),
        QT_TRANSLATE_NOOP("SummaryScreen", "Variant"),
        QT_TRANSLATE_NOOP("SummaryScreen", "Reps"),
        QT_TRANSLATE_NOOP("SummaryScreen", "Time"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The table's cells are plain text already; the labels are made so (see plain_text).
        self.heading = plain_label()
        self.total = plain_label()
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Exercises done in this session"))
        # A results table to read, not to edit: no cell cursor.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.again = KeyButton(
            self.tr("Back to the plan"),
            self.tr("Enter"),
            self.tr("Show today's plan again; from there Enter starts another session"),
        )
        self.quit_button = KeyButton(
            self.tr("Quit"),
            self.tr("Ctrl+Q"),
            self.tr("Close backpain-gui; this session is already saved"),
        )
        self.again.clicked.connect(self.again_pressed)
        self.quit_button.clicked.connect(self.quit_pressed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addWidget(self.quit_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.table, 1)
        outer.addWidget(self.total)
        outer.addWidget(self.note)
        outer.addLayout(buttons)

    def show_view(self, view: SummaryView) -> None:
        """Show `view`, and tell a screen reader how the session went."""
        self.heading.setText(view.heading)
        said = " ".join(part.rstrip(".") + "." for part in (view.heading, view.total, view.note))
        announce(self, said.replace("\n", " "))
        self.total.setText(view.total)
        self.note.setText(view.note)
        self.note.setVisible(bool(view.note))
        self.table.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            cells = (line.name, line.outcome, line.variant, line.reps, line.time)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignCenter
                    if column
                    else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                )
                self.table.setItem(row, column, item)

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        apply_size(self.heading, "heading", window_height, bold=True)
        apply_size(self.total, "step", window_height, bold=True)
        apply_size(self.note, "body", window_height)
        apply_size(self.table, "body", window_height)
        self.table.verticalHeader().setDefaultSectionSize(round(scaled("body", window_height) * 2))
        for button in (self.again, self.quit_button):
            apply_size(button, "heading", window_height, bold=True)
            button.setMinimumHeight(max(48, window_height // 10))

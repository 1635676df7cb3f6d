"""The plan screen: today's routine with times and variants, the advice, and a large Start."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.content.model import Variant
from backpain_gui.ui.picture import PictureWidget
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords
from backpain_gui.ui.type_scale import apply_size

VARIANT_NAMES = TranslatedWords(
    "PlanScreen",
    {
        Variant.STANDARD: QT_TRANSLATE_NOOP("PlanScreen", "Standard"),
        Variant.MODIFICATION: QT_TRANSLATE_NOOP("PlanScreen", "Modification (easier)"),
        Variant.SUPPORTED: QT_TRANSLATE_NOOP("PlanScreen", "Supported (propped up)"),
        Variant.PROGRESSION: QT_TRANSLATE_NOOP("PlanScreen", "Progression (harder)"),
    },
)


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One exercise as the plan screen lists it."""

    exercise_id: str
    name: str
    thumbnail: Path
    detail: str
    duration: str
    variants: tuple[Variant, ...]
    chosen: Variant


@dataclass(frozen=True, slots=True)
class PlanView:
    """The whole plan screen: title, advice, one row per exercise and the total time."""

    title: str
    advice: str
    safety: str
    rows: tuple[PlanRow, ...]
    total: str
    # One more piece of the routine's advice, a different one each day of the plan.
    good_to_know: str = ""
    # What to have ready for the versions chosen today ("Have ready: a low box or bench, for
    # Extension Prone."), or "".
    equipment: str = ""


class PlanScreen(QWidget):
    """Shows a `PlanView`.

    Signals: `start_pressed()`; `settings_pressed()`; `variant_chosen(exercise_id,
    variant_value)` when the user picks another variant for an exercise.
    """

    start_pressed = Signal()
    settings_pressed = Signal()
    about_pressed = Signal()
    variant_chosen = Signal(str, str)

    def __init__(self, progress: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Routine text, all of it: shown literally (see plain_text).
        self.title = plain_label()
        self.advice = plain_label()
        self.advice.setWordWrap(True)
        self.safety = plain_label()
        self.safety.setWordWrap(True)
        self.total = plain_label()
        # The rest of the routine's advice, one piece a day, under the tools beside the rows.
        self.equipment = plain_label()
        self.equipment.setWordWrap(True)
        self.equipment.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.good_to_know_heading = plain_label(self.tr("Good to know"))
        self.good_to_know = plain_label()
        self.good_to_know.setWordWrap(True)
        # As wide as the tools' column, never wider: the words wrap to it.
        self.good_to_know.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.good_to_know_heading.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.start = QPushButton(self.tr("Start  (Enter)"))
        self.start.setAccessibleName(self.tr("Start session"))
        self.start.setAccessibleDescription(self.tr("Start today's session. Key: Enter"))
        self.start.setDefault(True)
        self.start.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start.clicked.connect(self.start_pressed)
        self.settings_button = QPushButton(self.tr("Settings  (Ctrl+,)"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setAccessibleDescription(
            self.tr("Pace, pauses, exercises, sound, colours and reminder. Key: Ctrl+Comma")
        )
        self.settings_button.clicked.connect(self.settings_pressed)
        # The rest of the advice, every aim and the words explained: no room for them here.
        self.about_button = QPushButton(self.tr("About  (I)"))
        self.about_button.setAccessibleName(self.tr("About this routine"))
        self.about_button.setToolTip(
            self.tr("All the advice, why each exercise helps, and the words used")
        )
        self.about_button.setAccessibleDescription(
            self.tr("All the advice, why each exercise helps, and the words used. Key: I")
        )
        self.about_button.clicked.connect(self.about_pressed)
        self._rows_box = QWidget()
        self._rows = QGridLayout(self._rows_box)
        self._rows.setColumnStretch(1, 1)
        self._rows.setColumnStretch(3, 1)
        self.rows_area = QScrollArea()
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setWidget(self._rows_box)
        # Tab goes to the variants inside, never to the scrolling frame itself.
        self.rows_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.variant_boxes: dict[str, QComboBox] = {}
        self.duration_labels: dict[str, QLabel] = {}
        # Each exercise's name, in bold, and under it its reps and sides.
        self.name_labels: dict[str, QLabel] = {}
        self.detail_labels: dict[str, QLabel] = {}
        self._row_widgets: list[QWidget] = []
        self._window_height = 768

        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.settings_button)
        bottom.addWidget(self.start, 1)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = self._outer = QVBoxLayout(self)
        outer.addLayout(heading)
        outer.addWidget(self.advice)
        outer.addWidget(self.safety)
        if progress is not None:
            # The plan's progress (day N of 14, streak, calendar), between advice and exercises.
            outer.addWidget(progress)
        # Tools to try before lying down (the sound check, the voice): beside the exercises
        # when the window is wide enough for both, so that all five show on a laptop screen;
        # else in a row under them (see `_reflow`).
        self._tools = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        # The last stretch: it keeps the tools together at the top of their column.
        self._tools.addStretch(0)
        self._tools.addWidget(self.equipment)
        self._tools.addWidget(self.good_to_know_heading)
        self._tools.addWidget(self.good_to_know)
        self._tool_widgets: list[QWidget] = []
        self._middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._middle.addWidget(self.rows_area, 1)
        self._middle.addLayout(self._tools)
        outer.addLayout(self._middle, 1)
        outer.addLayout(bottom)
        self._progress = progress
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes as the screen reads: About, the plan's progress, each exercise's variant,
        the tools, then Settings and Start."""
        order: list[QWidget] = [self.about_button]
        if self._progress is not None:
            order += _tab_stops(self._progress)
        order += self.variant_boxes.values()
        # Beside the rows or under them, a tool is read after them.
        for tool in self._tool_widgets:
            order += _tab_stops(tool)
        order += [self.settings_button, self.start]
        # A tool's own windows (a dialog it opens) have their own Tab order.
        order = [widget for widget in order if widget.window() is self.window()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def add_tool(self, tool: QWidget) -> None:
        """Put `tool` on the screen, beside the exercises or above Start; it is sized with
        the screen."""
        if self._tool_widgets:
            # Keeps them apart across a row: the first at the left, the last at the right.
            self._tools.insertStretch(self._last_stretch(), 0)
        self._tools.insertWidget(self._last_stretch(), tool)
        self._tool_widgets.append(tool)
        self._reflow()
        self._order_tabs()

    @property
    def tools_beside(self) -> bool:
        """Whether the tools stand beside the exercises (else under them)."""
        return self._middle.direction() == QBoxLayout.Direction.LeftToRight

    def _reflow(self) -> None:
        """Tools beside the exercises when both fit across the screen, else under them."""
        margins = self._outer.contentsMargins()
        # At their narrowest (a slider shorter, say), not their preferred width: beside the
        # rows they fit a 1024x600 screen, where under them the rows would scroll.
        tools = max((tool.minimumSizeHint().width() for tool in self._tool_widgets), default=0)
        needed = (
            margins.left()
            + self._rows_box.minimumSizeHint().width()
            + self.rows_area.verticalScrollBar().sizeHint().width()
            + self._middle.spacing()
            + tools
            + margins.right()
        )
        beside = self.width() >= needed
        # Beside the tools the rows keep their whole width (the tools give way, down to their
        # narrowest), so that they never scroll sideways; under them they take the width.
        rows = self._rows_box.minimumSizeHint().width()
        scroll_bar = self.rows_area.verticalScrollBar().sizeHint().width()
        self.rows_area.setMinimumWidth(rows + scroll_bar if beside else 0)
        self._middle.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        self._tools.setDirection(
            QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight
        )
        last = self._last_stretch()
        for index in range(last + 1):
            item = self._tools.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                self._tools.setStretch(index, int((index == last) == beside))
        # Under the tools in their column; with the tools in a row under the exercises there
        # is no room, and About (I) lists it with all the advice.
        shown = beside and bool(self.good_to_know.text())
        self.good_to_know_heading.setVisible(shown)
        self.good_to_know.setVisible(shown)
        self.equipment.setVisible(beside and bool(self.equipment.text()))

    def _last_stretch(self) -> int:
        """Where the stretch that keeps the tools together is: before what to have ready."""
        return self._tools.indexOf(self.equipment) - 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def show_view(self, view: PlanView) -> None:
        """Show `view`: rebuilds the rows when the exercises change, else updates times."""
        self.title.setText(view.title)
        self.advice.setText(view.advice)
        self.safety.setText(view.safety)
        self.good_to_know.setText(view.good_to_know)
        self.equipment.setText(view.equipment)
        self.total.setText(view.total)
        if [r.exercise_id for r in view.rows] != list(self.variant_boxes):
            self._build_rows(view.rows)
        for row in view.rows:
            self.duration_labels[row.exercise_id].setText(row.duration)
            box = self.variant_boxes[row.exercise_id]
            index = box.findData(row.chosen.value)
            if index >= 0 and index != box.currentIndex():
                box.blockSignals(True)
                box.setCurrentIndex(index)
                box.blockSignals(False)
        self._reflow()

    def _build_rows(self, rows: tuple[PlanRow, ...]) -> None:
        for widget in self._row_widgets:
            widget.deleteLater()
        self._row_widgets.clear()
        self.variant_boxes.clear()
        self.duration_labels.clear()
        self.name_labels.clear()
        self.detail_labels.clear()
        for line, row in enumerate(rows):
            thumbnail = PictureWidget()
            thumbnail.show_picture(
                row.thumbnail, self.tr("{exercise}: start position").format(exercise=row.name)
            )
            thumbnail.setFixedSize(150, 100)
            # Two plain labels, not one of HTML: the name is the routine's text, and bold
            # comes from the font (see `rescale`).
            name = plain_label(row.name)
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            detail = plain_label(row.detail)
            detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            duration = plain_label()
            duration.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            box = QComboBox()
            box.setAccessibleName(self.tr("Variant for {exercise}").format(exercise=row.name))
            box.setAccessibleDescription(
                self.tr("The version of {exercise} to do today").format(exercise=row.name)
            )
            # Linux screen readers name a combo box by its label: here, the exercise's name.
            # Not a name with `&`: a label with a buddy would take it as a shortcut marker.
            if "&" not in row.name:
                name.setBuddy(box)
            for variant in row.variants:
                box.addItem(VARIANT_NAMES[variant], variant.value)
            box.setEnabled(len(row.variants) > 1)
            box.currentIndexChanged.connect(
                lambda _i, b=box, e=row.exercise_id: self.variant_chosen.emit(e, b.currentData())
            )
            # Two grid rows an exercise: its name above its detail, the rest beside both.
            self._rows.addWidget(thumbnail, 2 * line, 0, 2, 1)
            self._rows.addWidget(name, 2 * line, 1)
            self._rows.addWidget(detail, 2 * line + 1, 1)
            self._rows.addWidget(duration, 2 * line, 2, 2, 1)
            self._rows.addWidget(box, 2 * line, 3, 2, 1)
            self._row_widgets.extend((thumbnail, name, detail, duration, box))
            self.variant_boxes[row.exercise_id] = box
            self.duration_labels[row.exercise_id] = duration
            self.name_labels[row.exercise_id] = name
            self.detail_labels[row.exercise_id] = detail
        self.rescale(self._window_height)
        self._order_tabs()

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        self._window_height = window_height
        apply_size(self.title, "heading", window_height, bold=True)
        apply_size(self.advice, "body", window_height, bold=True)
        apply_size(self.safety, "detail", window_height)
        apply_size(self.good_to_know_heading, "detail", window_height, bold=True)
        apply_size(self.good_to_know, "detail", window_height)
        apply_size(self.equipment, "body", window_height, bold=True)
        apply_size(self.total, "step", window_height, bold=True)
        apply_size(self.start, "heading", window_height, bold=True)
        self.start.setMinimumHeight(max(48, window_height // 10))
        apply_size(self.settings_button, "button", window_height)
        apply_size(self.about_button, "button", window_height)
        self.settings_button.setMinimumHeight(max(48, window_height // 10))
        for tool in self._tool_widgets:
            rescale = getattr(tool, "rescale", None)
            if rescale is not None:
                rescale(window_height)
        for widget in self._row_widgets:
            if isinstance(widget, PictureWidget):
                # About two lines of the row's text high: a start position to recognise, not
                # to study, so that five rows fit a laptop screen.
                height = max(44, window_height // 13)
                widget.setFixedSize(height * 3 // 2, height)
            else:
                bold = widget in self.name_labels.values()
                apply_size(widget, "body", window_height, bold=bold)
            if isinstance(widget, QComboBox):
                widget.setMinimumWidth(_width_for_every_name(widget))
        self._reflow()


def _width_for_every_name(box: QComboBox) -> int:
    """How narrow a variant box may be: its longest name whole, at its font now.

    Set as the box's minimum width: Qt keeps a combo box's own minimum size hint from its
    first font, after the type is resized, which kept the rows too wide to stand beside the
    tools on a 1024x600 screen."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    text = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0)
    contents = QSize(text, metrics.height())
    return (
        box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, box).width()
    )


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` that Tab stops at: in its own `tab_order()` if it has one,
    else in the order they were made."""
    tab_order = getattr(widget, "tab_order", None)
    if tab_order is not None:
        return list(tab_order())
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]

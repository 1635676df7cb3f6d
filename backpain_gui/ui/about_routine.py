"""About this routine (I): all its advice, when to stop, why each exercise helps, and its words.

The plan screen has room for the first piece of advice and the safety line only; this panel
holds the rest, read at the laptop before a session or during a pause. Every text in it is
the routine's, shown literally (see plain_text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.content.model import Routine
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import translate
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.window_size import fit_dialog


def about_sections(routine: Routine) -> list[tuple[str, list[str]]]:
    """The panel's headings, each with its paragraphs, in the order shown."""
    sections = []
    before = [*routine.advice[:1], *([routine.safety] if routine.safety else [])]
    if before:
        sections.append((translate("AboutRoutine", "Before every exercise"), before))
    if routine.advice[1:]:
        about = translate("AboutRoutine", "About these exercises")
        sections.append((about, list(routine.advice[1:])))
    aim = translate("AboutRoutine", "{exercise}: {aim}")
    sections.append(
        (
            translate("AboutRoutine", "Why each exercise helps"),
            [
                aim.format(exercise=exercise.name, aim=exercise.aim)
                for exercise in routine.exercises
            ],
        )
    )
    if routine.glossary:
        words = translate("AboutRoutine", "Words the instructions use")
        sections.append((words, list(routine.glossary)))
    return sections


class AboutRoutineDialog(QDialog):
    """The routine's advice, safety, aims and glossary, in one scrolling panel."""

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {routine}").format(routine=routine.shown_title))
        # Read at the laptop, but from the mat's edge too: the settings dialog's type.
        apply_size(self, "body", 768)
        font = self.font()
        self.labels: list[QLabel] = []
        body = QWidget()
        column = QVBoxLayout(body)
        for heading, paragraphs in about_sections(routine):
            title = plain_label(heading)
            title_font = title.font()
            title_font.setBold(True)
            title_font.setPixelSize(round(font.pixelSize() * 1.2))
            title.setFont(title_font)
            column.addWidget(title)
            for paragraph in paragraphs:
                label = plain_label(paragraph)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                column.addWidget(label)
                self.labels.append(label)
            column.addSpacing(font.pixelSize())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("About this routine"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_dialog(self)

    def texts(self) -> list[str]:
        """Every paragraph shown, in order."""
        return [label.text() for label in self.labels]

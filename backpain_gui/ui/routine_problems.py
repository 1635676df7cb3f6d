"""Telling the user what is wrong with a routine file they asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from backpain_gui.content.loader import RoutineError
from backpain_gui.ui.plain_text import plain_message_box
from backpain_gui.ui.translation import translate


class RoutineProblemsDialog:
    """Shows a routine's problems, one `FILE:LINE:COL: message` line each; tests replace `show`."""

    @classmethod
    def show(cls, parent: QWidget | None, path: Path, problems: str, instead: str) -> None:
        """Say that `path` was not loaded and what is used `instead`, with every problem."""
        # The path, the problems (which quote the file) and `instead` (which names the routine
        # kept) are all shown literally; the details are a plain-text box in any case.
        text = translate("RoutineProblems", "{file} has problems, so {instead}.").format(
            file=path, instead=instead
        )
        title = translate("RoutineProblems", "Routine not loaded")
        box = plain_message_box(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setInformativeText(problems.splitlines()[0] if problems else "")
        box.setDetailedText(problems)
        box.exec()

    @classmethod
    def show_error(
        cls, parent: QWidget | None, path: Path, error: RoutineError, instead: str
    ) -> None:
        """`show` for a loader's error."""
        cls.show(parent, path, "\n".join(str(problem) for problem in error.problems), instead)

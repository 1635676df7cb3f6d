"""Starting the window: the Qt application, the routine, the event log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

import backpain_gui
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Routine
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.theme import follow_system_theme


class RoutineProblemsDialog:
    """Tells the user what is wrong with a routine file; tests replace `show`."""

    @classmethod
    def show(cls, path: Path, problems: str) -> None:
        """Show the problems, one `FILE:LINE:COL: message` line each."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Routine not loaded", "")
        box.setText(f"{path} has problems, so the built-in routine is used instead.")
        box.setDetailedText(problems)
        box.setInformativeText(problems.splitlines()[0] if problems else "")
        box.exec()


def choose_routine(path: Path | None) -> Routine:
    """The routine at `path`, or the built-in one when none is given or it is not valid."""
    if path is not None:
        try:
            return load_routine(path)
        except RoutineError as error:
            RoutineProblemsDialog.show(path, "\n".join(str(p) for p in error.problems))
    return load_routine(builtin_routine_path())


def run_app(args: argparse.Namespace) -> int:
    """Open the window and run until it is closed; the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QApplication.setApplicationName("backpain-gui")
    QApplication.setOrganizationName("backpain-gui")
    QApplication.setApplicationVersion(backpain_gui.__version__)
    follow_system_theme(app)
    try:
        event_log = EventLog(args.event_log) if args.event_log else None
    except OSError as error:
        print(
            f"backpain-gui: cannot write the event log {args.event_log}: {error.strerror}",
            file=sys.stderr,
        )
        return 2
    routine = choose_routine(args.routine)
    window = MainWindow(routine, event_log=event_log, settings=QSettings())
    window.resize(1366, 768)
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    if args.start:
        window.on_start_pressed()
    return app.exec()

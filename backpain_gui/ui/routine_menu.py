"""Choosing a routine file: Open Routine (Ctrl+O), the built-in routine, Workrave's exercises,
and recent routines.

The menu only chooses a file and says so (`routine_chosen`). The window loads it, shows any
problems, and calls `remember(path)` when it loaded, so that the recent list holds routines
that work. Recent routines are kept in QSettings `routines/recent`, newest first; a file that
has gone is dropped from the list the next time it is read.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.ui.plain_text import literal_mnemonic, literal_tooltip
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate

RECENT_KEY = "routines/recent"
MAX_RECENT = 5
FILE_TYPES = QT_TRANSLATE_NOOP("RoutineMenu", "Routines (*.yaml *.yml *.xml);;All files (*)")
NO_RECENT_TEXT = QT_TRANSLATE_NOOP("RoutineMenu", "No recent routines")
# Where the Debian package workrave-data puts Workrave's exercises, under a data folder.
WORKRAVE_EXERCISES = Path("workrave", "exercises", "exercises.xml")


class RoutineFileDialog:
    """Asks which routine file to open; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """The file the user chose, starting in `folder`; None when they cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("RoutineMenu", "Open Routine"),
            str(folder),
            translate("RoutineMenu", FILE_TYPES),
        )
        return Path(name) if name else None


def installed_workrave_exercises(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Workrave's exercises file, where a package installed it (XDG data folders), else None."""
    folders = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    for folder in folders.split(os.pathsep):
        candidate = Path(folder) / WORKRAVE_EXERCISES
        if folder and candidate.is_file():
            return candidate
    return None


class RoutineMenu(QObject):
    """The routine actions for a File menu: Open Routine..., the built-in routine, Workrave's
    exercises, Recent.

    Signals: `routine_chosen(Path)` when the user picks a routine file by any of them.
    """

    routine_chosen = Signal(Path)

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self._window = parent
        self.open_action = QAction(self.tr("&Open Routine..."), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setStatusTip(
            self.tr("Open a routine file: YAML, or Workrave's exercises.xml")
        )
        # The way back to the five Pilates exercises once another routine is loaded.
        self.builtin_action = QAction(self.tr("&Built-in Routine"), self)
        self.builtin_action.setStatusTip(self.tr("Open the routine that comes with backpain-gui"))
        self.workrave_file = installed_workrave_exercises()
        self.workrave_action = QAction(self.tr("Open &Workrave's Exercises"), self)
        self.workrave_action.setVisible(self.workrave_file is not None)
        self.recent_menu = QMenu(self.tr("&Recent Routines"), parent)
        self._connect_signals()
        self._fill_recent_menu()

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self.on_open_action_triggered)
        self.builtin_action.triggered.connect(self.on_builtin_action_triggered)
        self.workrave_action.triggered.connect(self.on_workrave_action_triggered)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)

    def add_to(self, menu: QMenu) -> None:
        """Put the actions into `menu` (the window's File menu)."""
        menu.addAction(self.open_action)
        menu.addAction(self.builtin_action)
        menu.addAction(self.workrave_action)
        menu.addMenu(self.recent_menu)

    def recent(self) -> list[Path]:
        """The recent routines, newest first, without those whose file has gone."""
        stored = self.settings.value(RECENT_KEY)
        # QSettings reads a one-item list back as plain text.
        names = [stored] if isinstance(stored, str) else stored
        if not isinstance(names, list):
            names = []
        paths = [Path(name) for name in names if isinstance(name, str) and name]
        present = [path for path in paths if path.is_file()][:MAX_RECENT]
        if present != paths:
            self._store(present)
        return present

    def remember(self, path: Path) -> None:
        """Put a routine that loaded at the top of the recent list."""
        path = path.absolute()
        kept = [other for other in self.recent() if other != path]
        self._store([path, *kept][:MAX_RECENT])
        self._fill_recent_menu()

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(RECENT_KEY, [str(path) for path in paths])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent()
        for number, path in enumerate(recent, start=1):
            # A file's name is the user's or a download's: its `&` is not a shortcut marker.
            shown = literal_mnemonic(f"{path.name}   ({path.parent})")
            action = self.recent_menu.addAction(f"&{number}  {shown}")
            action.setToolTip(literal_tooltip(str(path)))
            action.triggered.connect(
                lambda _checked=False, chosen=path: self.routine_chosen.emit(chosen)
            )
        if not recent:
            self.recent_menu.addAction(translate("RoutineMenu", NO_RECENT_TEXT)).setEnabled(False)

    @Slot()
    def on_open_action_triggered(self) -> None:
        recent = self.recent()
        folder = recent[0].parent if recent else Path.home()
        path = RoutineFileDialog.ask(self._window, folder)
        if path is not None:
            self.routine_chosen.emit(path)

    @Slot()
    def on_builtin_action_triggered(self) -> None:
        self.routine_chosen.emit(builtin_routine_path())

    @Slot()
    def on_workrave_action_triggered(self) -> None:
        if self.workrave_file is not None:
            self.routine_chosen.emit(self.workrave_file)

    @Slot()
    def on_recent_menu_about_to_show(self) -> None:
        # Files may have gone since the menu was filled.
        self._fill_recent_menu()

"""The routine menu: Open Routine (Ctrl+O), Workrave's exercises, and the recent routines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.routine_menu import (
    NO_RECENT_TEXT,
    RoutineFileDialog,
    RoutineMenu,
    installed_workrave_exercises,
)

BUILTIN_TITLE = load_routine(builtin_routine_path()).title
# The offscreen platform says this when a window is shown; xcb does not.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, ini: Path) -> QMainWindow:
    """A window with a File menu holding the routine actions."""
    shown = QMainWindow()
    qtbot.addWidget(shown)
    menu = RoutineMenu(QSettings(str(ini), QSettings.Format.IniFormat), shown)
    menu.add_to(shown.menuBar().addMenu("&File"))
    shown.routine_menu = menu  # type: ignore[attr-defined]
    return shown


@pytest.fixture
def menu(window: QMainWindow) -> RoutineMenu:
    return window.routine_menu  # type: ignore[attr-defined]


def routines(tmp_path: Path, *names: str) -> list[Path]:
    """Routine files that exist, in a folder of their own."""
    folder = tmp_path / "routines"
    folder.mkdir(exist_ok=True)
    made = [folder / name for name in names]
    for path in made:
        path.write_text("schema_version: 1\n", encoding="utf-8")
    return made


def shown_entries(menu: RoutineMenu) -> list[str]:
    """The recent menu's lines as the user sees them when opening it."""
    menu.recent_menu.aboutToShow.emit()
    return [action.text() for action in menu.recent_menu.actions()]


def test_the_routine_loaded_last_is_at_the_top_and_only_five_are_kept(
    menu: RoutineMenu, tmp_path: Path
) -> None:
    a, b, c, d, e, f = routines(tmp_path, *"abcdef")
    for path in (a, b, c):
        menu.remember(path)
    assert menu.recent() == [c, b, a]
    menu.remember(a)
    assert menu.recent() == [a, c, b]
    for path in (d, e, f):
        menu.remember(path)
    assert menu.recent() == [f, e, d, a, c]
    assert shown_entries(menu)[0] == f"&1  f   ({f.parent})"


def test_a_routine_file_that_has_gone_is_dropped_from_the_list(
    menu: RoutineMenu, tmp_path: Path, ini: Path
) -> None:
    a, b = routines(tmp_path, "a.yaml", "b.xml")
    menu.remember(a)
    menu.remember(b)
    b.unlink()
    assert shown_entries(menu) == [f"&1  a.yaml   ({a.parent})"]
    menu.settings.sync()
    kept = ini.read_text(encoding="utf-8")
    assert ("a.yaml" in kept, "b.xml" in kept) == (True, False)
    a.unlink()
    assert shown_entries(menu) == [NO_RECENT_TEXT]
    assert not menu.recent_menu.actions()[0].isEnabled()


def test_choosing_a_recent_routine_asks_for_it_to_be_loaded(
    qtbot, menu: RoutineMenu, tmp_path: Path
) -> None:
    a, b = routines(tmp_path, "a.yaml", "b.yaml")
    menu.remember(a)
    menu.remember(b)
    shown_entries(menu)
    with qtbot.waitSignal(menu.routine_chosen) as chosen:
        menu.recent_menu.actions()[1].trigger()
    assert chosen.args == [a]


def test_ctrl_o_asks_for_a_file_starting_where_the_last_routine_is(
    qtbot, window: QMainWindow, menu: RoutineMenu, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (last,) = routines(tmp_path, "last.yaml")
    menu.remember(last)
    asked: list[Path] = []
    picked = tmp_path / "mine.yml"

    def ask(parent: QWidget | None, folder: Path) -> Path | None:
        asked.append(folder)
        return picked

    monkeypatch.setattr(RoutineFileDialog, "ask", ask)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(menu.routine_chosen) as chosen:
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert (asked, chosen.args) == ([last.parent], [picked])


def test_cancelling_the_file_dialog_chooses_nothing(
    qtbot, menu: RoutineMenu, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RoutineFileDialog, "ask", lambda parent, folder: None)
    with qtbot.assertNotEmitted(menu.routine_chosen):
        menu.open_action.trigger()


def test_workrave_s_exercises_are_offered_where_the_package_put_them(
    qtbot, tmp_path: Path, ini: Path
) -> None:
    share = tmp_path / "share"
    installed = share / "workrave" / "exercises" / "exercises.xml"
    installed.parent.mkdir(parents=True)
    installed.write_text("<exercises/>", encoding="utf-8")
    environ = {"XDG_DATA_DIRS": f"{tmp_path / 'nothing'}:{share}"}
    assert installed_workrave_exercises(environ) == installed
    assert installed_workrave_exercises({"XDG_DATA_DIRS": str(tmp_path / "nothing")}) is None
    # The real package, as CI installs it (workrave-data), is found in the default folders.
    assert installed_workrave_exercises({}) == Path("/usr/share/workrave/exercises/exercises.xml")


def test_the_workrave_action_chooses_workrave_s_file(qtbot, menu: RoutineMenu) -> None:
    assert menu.workrave_action.isVisible()
    with qtbot.waitSignal(menu.routine_chosen) as chosen:
        menu.workrave_action.trigger()
    assert chosen.args == [Path("/usr/share/workrave/exercises/exercises.xml")]


def test_a_corrupt_recent_list_is_an_empty_one(window: QMainWindow, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.ini"
    corrupt.write_bytes(b"[routines]\nrecent=@Invalid()\n")
    broken = RoutineMenu(QSettings(str(corrupt), QSettings.Format.IniFormat), window)
    assert broken.recent() == []
    assert shown_entries(broken) == [NO_RECENT_TEXT]


# Opening a menu asks for what the offscreen platform cannot do: raise it, grab the keyboard.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_the_built_in_routine_comes_back_from_the_file_menu_and_is_remembered(
    qtbot, make_window
) -> None:
    # The window opens on the tests' own routine: another one than the built-in.
    shown = make_window()
    assert shown.routine.title != BUILTIN_TITLE
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    file_menu = QApplication.activePopupWidget()
    assert isinstance(file_menu, QMenu)
    assert "&Built-in Routine" in [action.text() for action in file_menu.actions()]
    qtbot.keyClick(file_menu, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: shown.routine.title == BUILTIN_TITLE)
    assert shown.plan_screen.isVisible()
    assert shown.routine_menu.recent() == [builtin_routine_path()]
    assert shown_entries(shown.routine_menu)[0].startswith("&1  exercises.yaml")

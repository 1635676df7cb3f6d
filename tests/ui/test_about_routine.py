"""I opens everything the routine says that the plan screen has no room for."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.about_routine import AboutRoutineDialog
from backpain_gui.ui.main_window import MainWindow

SHIPPED = load_routine(builtin_routine_path())


def press_i_and_read(qtbot, window: MainWindow) -> list[str]:
    """Press I as the user does; read the panel that opens, then close it with Esc."""
    read: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutRoutineDialog)
        read.extend(dialog.texts())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(200, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_I)
    return read


def test_i_on_the_plan_shows_all_advice_the_safety_line_every_aim_and_the_glossary(
    qtbot, settings, clock
) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)

    texts = press_i_and_read(qtbot, window)

    assert len(SHIPPED.advice) == 8
    for advice in SHIPPED.advice:
        assert advice in texts
    assert SHIPPED.safety in texts
    for exercise in SHIPPED.exercises:
        assert f"{exercise.name}: {exercise.aim}" in texts
    glossary = [text for text in texts if text in SHIPPED.glossary]
    assert len(glossary) == len(SHIPPED.glossary) >= 10
    for word in ("Neutral spine", "QL", "Scapulae", "Sit bones", "Lift under your lower ribcage"):
        assert any(text.startswith(word) for text in glossary), word
    assert any("NHS" in text for text in texts)
    assert any("all planes" in text for text in texts)


def test_i_during_a_session_pauses_it_first(qtbot, settings, clock) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.driver is not None
    clock.tick(2.0)
    window.driver.on_timer_timeout()

    texts = press_i_and_read(qtbot, window)

    assert texts
    assert window.driver.snapshot().paused


def test_the_plans_about_button_opens_the_panel_when_clicked(qtbot, settings, clock) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    button = window.plan_screen.about_button
    assert button.isVisible()
    assert button.accessibleName() == "About this routine"
    read: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutRoutineDialog)
        read.extend(dialog.texts())
        dialog.reject()

    QTimer.singleShot(200, read_and_close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert SHIPPED.safety in read

"""Each get-ready says why the exercise helps, then what to do before moving and when to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Variant
from backpain_gui.session import Session, SessionSettings, SessionState
from backpain_gui.session.schedule import plan_session
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.views import session_view

SHIPPED = load_routine(builtin_routine_path())


def test_every_get_ready_shows_the_aim_then_the_abdominals_and_the_safety_line_in_bold(
    qtbot, settings, clock
) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    detail = window.session_screen.detail
    assert window.driver is not None
    plan = plan_session(SHIPPED, window.session_settings())
    # 20 s to get down onto the mat for the first, 10 s into each new position after.
    assert [item.get_ready_seconds for item in plan.exercises] == [20, 10, 10, 10, 10]
    for exercise, item in zip(SHIPPED.exercises, plan.exercises, strict=True):
        # The aim for the first half...
        clock.tick(1.0)
        window.driver.on_timer_timeout()
        assert detail.text() == f"Aim: {exercise.aim}"
        assert not detail.font().bold()
        # In the text's own colour, not a faint grey that does not read from the mat.
        assert detail.foregroundRole() is QPalette.ColorRole.WindowText
        # ...then, in bold, abdominals and when to stop.
        clock.tick(item.get_ready_seconds / 2)
        window.driver.on_timer_timeout()
        # When to stop first, then the abdominals.
        assert detail.text().startswith("Stop if the pain is sharp or spreads down a leg")
        assert "Initiate by contracting your abdominal" in detail.text()
        assert detail.font().bold()
        assert detail.foregroundRole() is QPalette.ColorRole.WindowText
        # On to the next exercise's get-ready.
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen


def test_another_version_s_get_ready_says_how_it_differs_and_its_rest_names_it() -> None:
    settings = SessionSettings(
        exercises=("extension-prone", "side-bends"),
        variants={"side-bends": Variant.MODIFICATION},
    )
    session = Session(SHIPPED, settings)
    now = 0.0
    session.start(now)
    steps: dict[SessionState, set[str]] = {SessionState.REST: set()}
    details: set[str] = set()
    while session.state is not SessionState.FINISHED:
        now += 0.5
        session.advance(now)
        s = session.snapshot(now)
        view = session_view(s, SHIPPED)
        if s.state is SessionState.REST:
            steps[SessionState.REST].add(view.step)
        if s.state is SessionState.GET_READY and s.exercise == SHIPPED.exercise("side-bends"):
            details.add(view.detail)
    assert steps[SessionState.REST] == {"Rest - next: The Side Bends (Modification)"}
    description = SHIPPED.exercise("side-bends").variant(Variant.MODIFICATION).description
    # How the version differs, where the standard version shows its aim.
    assert f"Modification: {description}" in details
    assert not any(detail.startswith("Aim:") for detail in details)

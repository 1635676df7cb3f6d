"""A version that needs something (a box, a ball) says so in time: on the plan, whose row
chooses it, and in the rest before it, where a get-ready is too short to fetch it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Variant
from backpain_gui.session import Session, SessionSettings, SessionState
from backpain_gui.session.schedule import plan_session
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.views import plan_view, session_view
from tests.ui.fake_player import FakePlayer

ROUTINE = load_routine(builtin_routine_path())
BOX = "a low box or bench"
BALL = "a small toning ball or a light weight"


def test_the_shipped_box_and_ball_versions_name_what_they_need() -> None:
    assert ROUTINE.exercise("extension-prone").variant(Variant.SUPPORTED).equipment == BOX
    assert ROUTINE.exercise("spinal-rotations").variant(Variant.PROGRESSION).equipment == BALL
    standard = plan_view(ROUTINE, plan_session(ROUTINE, SessionSettings()))
    assert standard.equipment == ""


def test_the_plan_says_what_to_have_ready_for_the_versions_chosen() -> None:
    chosen = {"extension-prone": Variant.SUPPORTED, "spinal-rotations": Variant.PROGRESSION}
    view = plan_view(ROUTINE, plan_session(ROUTINE, SessionSettings(variants=chosen)))
    assert view.equipment == (
        f"Have ready: {BALL}, for Spinal Rotations; {BOX}, for Extension Prone."
    )


def test_the_rest_before_the_box_version_says_to_have_the_box_ready() -> None:
    settings = SessionSettings(variants={"extension-prone": Variant.SUPPORTED})
    session = Session(ROUTINE, settings)
    now = 0.0
    session.start(now)
    said: dict[str, str] = {}
    while session.state is not SessionState.FINISHED:
        now += 0.5
        session.advance(now)
        s = session.snapshot(now)
        if s.state is SessionState.REST and s.next_exercise is not None:
            said[s.next_exercise.id] = session_view(s, ROUTINE).detail
    assert said["extension-prone"] == f"You need {BOX} for this one: have it ready now."
    # The other rests bring advice, not a box.
    assert all("box" not in text for key, text in said.items() if key != "extension-prone")


def test_choosing_the_box_version_on_the_plan_shows_what_to_have_ready(qtbot, settings) -> None:
    window = MainWindow(ROUTINE, settings=settings, player=FakePlayer())
    qtbot.addWidget(window)
    window.resize(QSize(1024, 600))
    window.show()
    qtbot.waitExposed(window)
    plan = window.plan_screen
    assert not plan.equipment.isVisible()
    box: QComboBox = plan.variant_boxes["extension-prone"]
    box.setCurrentIndex(box.findData(Variant.SUPPORTED.value))
    qtbot.waitUntil(plan.equipment.isVisible, timeout=2000)
    assert plan.equipment.text() == f"Have ready: {BOX}, for Extension Prone."
    # Whole, and the box's name whole: "Supported (propped up)" is not cut short.
    assert plan.equipment.heightForWidth(plan.equipment.width()) <= plan.equipment.height()
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.currentText())

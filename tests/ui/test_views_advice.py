"""Every piece of the routine's advice reaches the screen: the first at every get-ready, the
others one on the plan screen and one in each rest, a different set each day."""

from __future__ import annotations

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.session import Session, SessionSettings, SessionState
from backpain_gui.session.schedule import plan_session
from backpain_gui.ui.views import plan_view, session_view

ROUTINE = load_routine(builtin_routine_path())
STEP = 0.5


def _shown_in_a_session(day: int) -> set[str]:
    """The small print of every rest and get-ready of a whole session on day `day`."""
    session = Session(ROUTINE, SessionSettings())
    now = 1000.0
    session.start(now)
    shown: set[str] = set()
    while session.state is not SessionState.FINISHED:
        now += STEP
        session.advance(now)
        s = session.snapshot(now)
        if s.state in (SessionState.REST, SessionState.GET_READY):
            shown.add(session_view(s, ROUTINE, day).detail)
    return shown


def _advice_in(texts: set[str]) -> set[str]:
    return {advice for advice in ROUTINE.advice if any(advice in text for text in texts)}


def test_two_days_of_plan_and_sessions_show_every_piece_of_advice() -> None:
    assert len(ROUTINE.advice) == 8
    seen: set[str] = set()
    for day in (1, 2):
        plan = plan_view(ROUTINE, plan_session(ROUTINE, SessionSettings()), day)
        today = _advice_in({plan.good_to_know} | _shown_in_a_session(day))
        # The first advice, to act on every time, is in every session.
        assert ROUTINE.advice[0] in today
        seen |= today
    assert seen == set(ROUTINE.advice)


def test_each_day_brings_a_different_piece_to_the_plan_screen() -> None:
    plan = plan_session(ROUTINE, SessionSettings())
    shown = [plan_view(ROUTINE, plan, day).good_to_know for day in range(1, 8)]
    # A week of plan screens: each of the seven pieces after the first, once.
    assert sorted(shown) == sorted(ROUTINE.advice[1:])


def test_a_rest_shows_advice_the_plan_screen_did_not_show_that_day() -> None:
    plan = plan_view(ROUTINE, plan_session(ROUTINE, SessionSettings()), 3)
    rests = _advice_in(_shown_in_a_session(3)) - {ROUTINE.advice[0]}
    assert len(rests) == 4  # one in each of the four rests
    assert plan.good_to_know not in rests

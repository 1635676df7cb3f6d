"""The session screen's small print shows every tip, each beside its step, and the pacer
never jumps between reps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Breath, Variant
from backpain_gui.session import Session, SessionSettings, SessionState
from backpain_gui.session.tips import tip_for
from backpain_gui.ui.session_screen import SessionView
from backpain_gui.ui.views import session_view

ROUTINE = load_routine(builtin_routine_path())
START = 1000.0
STEP = 0.25


def _views(variant: Variant) -> Iterator[tuple[Session, float, SessionView]]:
    """The screen every quarter second of a whole session in `variant`, with no rests."""
    session = Session(ROUTINE, SessionSettings(variant=variant, rest_seconds=0))
    session.start(START)
    now = START
    while session.state is not SessionState.FINISHED:
        now += STEP
        session.advance(now)
        yield session, now, session_view(session.snapshot(now), ROUTINE)


@pytest.mark.parametrize("variant", list(Variant))
def test_every_tip_is_shown_beside_the_step_the_rule_names(variant: Variant) -> None:
    shown: dict[str, set[str]] = {exercise.id: set() for exercise in ROUTINE.exercises}
    for session, now, view in _views(variant):
        s = session.snapshot(now)
        if s.state is SessionState.EXERCISING and s.exercise and view.detail.startswith("Tip: "):
            tip = view.detail.removeprefix("Tip: ")
            assert tip == tip_for(s.exercise, s.variant or variant, s.rep or 1, s.phase_index or 0)
            shown[s.exercise.id].add(tip)
    for exercise in ROUTINE.exercises:
        version = exercise.variant(variant)
        tips = (*version.tips, *exercise.tips)
        named = {phase.tip for phase in version.phases if phase.tip is not None}
        if all(phase.tip is not None for phase in version.phases):
            # Every step names its tip: those are the ones shown, and only those.
            assert shown[exercise.id] == {tips[number - 1] for number in named}, exercise.id
        else:
            assert shown[exercise.id] == set(tips), exercise.id


def test_on_the_box_no_step_says_to_prop_yourself_up_onto_a_box() -> None:
    seen = False
    for session, now, view in _views(Variant.SUPPORTED):
        snapshot = session.snapshot(now)
        exercise = snapshot.exercise
        # The steps' tips: the get-ready says what the version is, box and all.
        exercising = snapshot.state is SessionState.EXERCISING
        if exercise is not None and exercise.id == "extension-prone" and exercising:
            seen = True
            assert "box or a bench" not in view.detail
    assert seen


def test_the_extension_prone_modification_shows_no_tip_to_extend_the_upper_back() -> None:
    for session, now, view in _views(Variant.MODIFICATION):
        exercise = session.snapshot(now).exercise
        if exercise is not None and exercise.id == "extension-prone":
            assert "extend your middle and upper back" not in view.detail.lower()


@pytest.mark.parametrize("variant", list(Variant))
def test_the_pacer_moves_smoothly_from_rep_to_rep(variant: Variant) -> None:
    before: tuple[Breath | None, float] | None = None
    for _, _, view in _views(variant):
        pacer = view.pacer
        if before is not None and pacer.breath is not None and before[0] is not None:
            # A quarter second of the slowest breath moves the pacer well under half way.
            assert abs(pacer.level - before[1]) < 0.5, (before, pacer)
        before = (pacer.breath, pacer.level)


def test_the_second_side_shows_the_picture_mirrored_and_the_first_side_not() -> None:
    # The poses are drawn on the left side; "Right side" must show the right side.
    seen: dict[tuple[str, str], set[bool]] = {}
    for session, now, view in _views(Variant.STANDARD):
        s = session.snapshot(now)
        if s.state is SessionState.EXERCISING and s.exercise is not None and s.side is not None:
            seen.setdefault((s.exercise.id, s.side.value), set()).add(view.picture_mirrored)
    for exercise_id in ("spinal-rotations", "side-bends"):
        assert seen[(exercise_id, "left")] == {False}, exercise_id
        assert seen[(exercise_id, "right")] == {True}, exercise_id


def test_a_review_s_placements_the_key_point_on_the_first_curl_and_the_ball_from_the_start() -> (
    None
):
    prep = ROUTINE.exercise("abdominal-prep")
    key = next(tip for tip in prep.tips if tip.startswith("The key is"))
    # The fault the seed warns of most happens on the curl: its tip is there from rep 1.
    assert tip_for(prep, Variant.STANDARD, 1, 1) == key
    rotations = ROUTINE.exercise("spinal-rotations")
    assert "ball in your top hand" in rotations.start_position_for(Variant.PROGRESSION)
    # The limit on a weighted turn goes with the turn.
    limit = rotations.variant(Variant.PROGRESSION).tips[0]
    assert tip_for(rotations, Variant.PROGRESSION, 1, 1) == limit


def test_no_tip_asks_for_a_key_the_person_on_the_mat_cannot_follow() -> None:
    # Face down mid-set, no box at hand: a tip is true where it is shown.
    tips = [tip for e in ROUTINE.exercises for v in e.variants for tip in (*v.tips, *e.tips)]
    assert not [tip for tip in tips if "(V)" in tip]

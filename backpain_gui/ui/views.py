"""What each screen shows, worked out from the routine, the plan and the engine's snapshot.

Pure functions, so the words and numbers on screen are tested without painting anything.
"""

from __future__ import annotations

from backpain_gui.content.model import Exercise, Routine, Variant
from backpain_gui.session.position import SessionState
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.session.schedule import SessionPlan
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.ui.pacer import PacerState, lung_level
from backpain_gui.ui.plan_screen import PlanRow, PlanView
from backpain_gui.ui.session_screen import SessionView
from backpain_gui.ui.summary_screen import SummaryLine, SummaryView
from backpain_gui.ui.words import SIDE_WORDS, VARIANT_WORDS, clock_text, minutes_text

OUTCOME_WORDS = {Outcome.DONE: "Done", Outcome.PARTIAL: "Partly done", Outcome.SKIPPED: "Skipped"}

COUNTDOWN_WORDS = {
    SessionState.GET_READY: "Get ready",
    SessionState.SWITCH_SIDES: "Switch sides",
    SessionState.REST: "Rest",
}


def plan_view(routine: Routine, plan: SessionPlan) -> PlanView:
    """The plan screen for today's session."""
    rows = tuple(
        PlanRow(
            exercise_id=item.exercise.id,
            name=item.exercise.name,
            thumbnail=routine.picture_path(item.exercise.start_picture_for(item.variant)),
            detail=("1 rep" if item.reps == 1 else f"{item.reps} reps")
            + (", each side" if item.exercise.two_sided else ""),
            duration=minutes_text(item.total_seconds),
            variants=item.exercise.offered_variants,
            chosen=item.variant,
        )
        for item in plan.exercises
    )
    return PlanView(
        title=routine.title,
        # The first piece of advice is the one to act on every time; the rest is background.
        advice=routine.advice[0] if routine.advice else "",
        safety=routine.safety,
        rows=rows,
        total=f"About {minutes_text(plan.total_seconds)} in all",
    )


def _lungs_before(exercise: Exercise, variant: Variant, phase_index: int) -> float:
    """How full the lungs are when phase `phase_index` of a rep begins."""
    level = 0.0
    for phase in exercise.variant(variant).phases[:phase_index]:
        level = lung_level(phase.breath, 1.0, level)
    return level


def _pacer(s: Snapshot) -> PacerState:
    caption = COUNTDOWN_WORDS.get(s.state, "")
    level = 0.0
    if s.breath is not None and s.exercise is not None and s.variant is not None:
        before = _lungs_before(s.exercise, s.variant, s.phase_index or 0)
        level = lung_level(s.breath, s.progress, before)
    if s.resume_countdown is not None:
        return PacerState(None, level, s.resume_countdown, "Ready", s.paused)
    return PacerState(s.breath, level, s.seconds_left, caption, s.paused)


def _words(s: Snapshot, routine: Routine) -> tuple[str, str, str]:
    """The step line, the instruction and the small print for the current period."""
    exercise, variant = s.exercise, s.variant or Variant.STANDARD
    assert exercise is not None
    version = exercise.variant(variant)
    if s.state is SessionState.EXERCISING and s.phase is not None:
        step = f"Step {(s.phase_index or 0) + 1} of {s.phase_count}"
        tips = (*version.tips, *exercise.tips)
        return step, s.phase.instruction, f"Tip: {tips[0]}" if tips else exercise.aim
    if s.state is SessionState.SWITCH_SIDES:
        return "Switch sides", exercise.switch_sides or "Change to your other side.", exercise.aim
    if s.state is SessionState.REST and s.next_exercise is not None:
        upcoming = s.next_exercise
        start = upcoming.start_position_for(s.next_variant or Variant.STANDARD)
        return f"Rest - next: {upcoming.name}", start, routine.advice[0] if routine.advice else ""
    return "Get ready", exercise.start_position_for(variant), f"Aim: {exercise.aim}"


def _picture(s: Snapshot, routine: Routine) -> str:
    exercise, variant = s.exercise, s.variant or Variant.STANDARD
    assert exercise is not None
    if s.state is SessionState.EXERCISING and s.phase is not None:
        return s.phase.picture
    if s.state is SessionState.REST and s.next_exercise is not None:
        return s.next_exercise.start_picture_for(s.next_variant or Variant.STANDARD)
    return exercise.start_picture_for(variant)


def _picture_before(s: Snapshot) -> str | None:
    """Where the moving figure starts: the previous phase's picture, or the start position's."""
    if s.state is not SessionState.EXERCISING or s.exercise is None or s.phase_index is None:
        return None
    variant = s.variant or Variant.STANDARD
    if s.phase_index == 0:
        return s.exercise.start_picture_for(variant)
    return s.exercise.variant(variant).phases[s.phase_index - 1].picture


def session_view(s: Snapshot, routine: Routine) -> SessionView:
    """The session screen for snapshot `s`."""
    if s.exercise is None:
        return SessionView(paused=s.paused)
    step, instruction, detail = _words(s, routine)
    if s.resume_countdown is not None:
        step = "Get back into position"
    side_index = s.exercise.sides.index(s.side) if s.side in s.exercise.sides else 0
    done = s.reps_done[side_index] if side_index < len(s.reps_done) else 0
    resting = s.state is SessionState.REST
    shown_variant = s.next_variant if resting else s.variant
    variant = VARIANT_WORDS[shown_variant or Variant.STANDARD]
    if s.pending_variant is not None:
        variant += f" -> {VARIANT_WORDS[s.pending_variant]} next rep"
    index = (s.exercise_index or 0) + 1
    total = s.elapsed + s.session_seconds_left
    time_left = clock_text(s.session_seconds_left)
    before = _picture_before(s)
    return SessionView(
        heading="Rest" if resting else s.exercise.name,
        progress=f"Exercise {index} of {s.exercise_count}  -  {time_left} left",
        progress_fraction=s.elapsed / total if total else 1.0,
        step=step,
        instruction=instruction,
        detail=detail,
        picture=routine.picture_path(_picture(s, routine)),
        picture_description=instruction,
        picture_mirrored=s.phase.mirrored if s.phase is not None else False,
        picture_before=None if before is None else routine.picture_path(before),
        movement=s.progress,
        pacer=_pacer(s),
        # Resting, the counter of the exercise just finished would only mislead.
        rep_text="" if resting else _rep_words(s),
        reps_done=0 if resting else done,
        reps_total=0 if resting else s.reps or 0,
        side_text=SIDE_WORDS[s.side] if s.side is not None else "",
        variant_text=variant,
        paused=s.paused,
    )


def _rep_words(s: Snapshot) -> str:
    return f"Rep {s.rep} of {s.reps}" if s.rep is not None else f"{s.reps} reps"


def _reps_words(record: ExerciseRecord) -> str:
    done = " + ".join(str(count) for count in record.reps_done)
    each = " each side" if len(record.reps_done) > 1 else ""
    return f"{done} of {record.reps_target}{each}"


def summary_view(s: Snapshot, routine: Routine) -> SummaryView:
    """The summary screen after a session finished or was ended."""
    lines = [
        SummaryLine(
            name=routine.exercise(record.exercise_id).name,
            outcome=OUTCOME_WORDS[record.outcome],
            variant=VARIANT_WORDS[record.variant],
            reps=_reps_words(record),
            time=clock_text(record.seconds),
        )
        for record in s.records
    ]
    if s.state is not SessionState.FINISHED:
        heading = "Session ended early"
    elif any(record.outcome is not Outcome.SKIPPED for record in s.records):
        heading = "Well done - session complete"
    else:
        heading = "Session over - every exercise was skipped"
    return SummaryView(
        heading=heading,
        lines=tuple(lines),
        total=f"Total time {clock_text(s.elapsed)}",
    )


def next_variant(s: Snapshot) -> Variant | None:
    """The variant V switches to: the next one the exercise offers, or None if it has one."""
    if s.state is SessionState.REST:
        exercise, current = s.next_exercise, s.next_variant
    else:
        exercise, current = s.exercise, s.pending_variant or s.variant
    if exercise is None or len(exercise.offered_variants) < 2:
        return None
    offered = exercise.offered_variants
    position = offered.index(current) if current in offered else 0
    return offered[(position + 1) % len(offered)]

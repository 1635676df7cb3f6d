"""What each screen shows, worked out from the routine, the plan and the engine's snapshot.

Pure functions, so the words and numbers on screen are tested without painting anything.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QObject

from backpain_gui.content.model import Exercise, Routine, Side, Variant
from backpain_gui.session.position import SessionState
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.session.schedule import SessionPlan
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.session.tips import tip_for
from backpain_gui.storage.saved import ExerciseEntry
from backpain_gui.ui.pacer import PacerState, lung_level
from backpain_gui.ui.plan_screen import PlanRow, PlanView
from backpain_gui.ui.session_screen import SessionView
from backpain_gui.ui.summary_screen import SummaryLine, SummaryView
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, counted, translate
from backpain_gui.ui.words import SIDE_WORDS, VARIANT_WORDS, clock_text, minutes_text

OUTCOME_WORDS = TranslatedWords(
    "Views",
    {
        Outcome.DONE: QT_TRANSLATE_NOOP("Views", "Done"),
        Outcome.PARTIAL: QT_TRANSLATE_NOOP("Views", "Partly done"),
        Outcome.SKIPPED: QT_TRANSLATE_NOOP("Views", "Skipped"),
    },
)

COUNTDOWN_WORDS = TranslatedWords(
    "Views",
    {
        SessionState.GET_READY: QT_TRANSLATE_NOOP("Views", "Get ready"),
        SessionState.SWITCH_SIDES: QT_TRANSLATE_NOOP("Views", "Switch sides"),
        SessionState.REST: QT_TRANSLATE_NOOP("Views", "Rest"),
    },
)


def good_to_know(routine: Routine, day: int, slot: int = 0) -> str:
    """A piece of the routine's advice after the first (which every get-ready shows): on day
    `day` of the plan the plan screen shows slot 0 and the rest before exercise N slot N.
    A day has a slot for each exercise, and the next day goes on where it stopped, so each
    day brings different advice and two days of the five exercises show all of it."""
    more = routine.advice[1:]
    if not more:
        return ""
    return more[((day - 1) * max(1, len(routine.exercises)) + slot) % len(more)]


def plan_view(routine: Routine, plan: SessionPlan, day: int = 1) -> PlanView:
    """The plan screen for today's session, on day `day` of the plan."""
    rows = tuple(
        PlanRow(
            exercise_id=item.exercise.id,
            name=item.exercise.name,
            thumbnail=routine.picture_path(item.exercise.start_picture_for(item.variant)),
            detail=COUNTS.reps(item.reps, each_side=item.exercise.two_sided),
            duration=minutes_text(item.total_seconds),
            variants=item.exercise.offered_variants,
            chosen=item.variant,
        )
        for item in plan.exercises
    )
    return PlanView(
        title=routine.shown_title,
        advice=routine.first_advice,
        safety=routine.safety,
        rows=rows,
        total=translate("Views", "About {time} in all").format(
            time=minutes_text(plan.total_seconds)
        ),
        good_to_know=good_to_know(routine, day),
        equipment=_equipment_words(plan),
    )


def _equipment_words(plan: SessionPlan) -> str:
    """What to have ready for today's chosen versions, each with its exercise, or ""."""
    needs = [
        translate("Views", "{equipment}, for {exercise}").format(
            equipment=version.equipment, exercise=item.exercise.name
        )
        for item in plan.exercises
        if (version := item.exercise.variant(item.variant)).equipment
    ]
    if not needs:
        return ""
    return translate("Views", "Have ready: {needs}.").format(needs="; ".join(needs))


class Counts(QObject):
    """The words of these views that follow a count ("1 rep", "2 reps"), in the UI language.

    A class only because lupdate reads plural forms from `self.tr(text, "", n)` alone.
    """

    def reps(self, reps: int, each_side: bool = False) -> str:
        """Say "8 reps", or "8 reps, each side"."""
        if each_side:
            return counted(self.tr("%n rep(s), each side", "", reps), reps)
        return counted(self.tr("%n rep(s)", "", reps), reps)

    def done_of(self, outcomes: Sequence[Outcome]) -> str:
        """The heading of a session finished with exercises left out: "Session complete: 2 of
        5 exercises done", or partly done when none was done in full."""
        total = len(outcomes)
        done = sum(outcome is Outcome.DONE for outcome in outcomes)
        if done:
            text = self.tr("Session complete: {done} of %n exercise(s) done", "", total)
        else:
            done = sum(outcome is Outcome.PARTIAL for outcome in outcomes)
            text = self.tr("Session complete: {done} of %n exercise(s) partly done", "", total)
        return counted(text, total).format(done=done)


COUNTS = Counts()


def _lungs_before(exercise: Exercise, variant: Variant, phase_index: int) -> float:
    """How full the lungs are when phase `phase_index` of a rep begins."""
    phases = exercise.variant(variant).phases
    # A rep begins as the one before it ended, so a rep that starts on a breath out (and
    # ends on one in) starts full rather than jumping to empty; from empty, once round.
    level = 0.0
    for phase in (*phases, *phases[:phase_index]):
        level = lung_level(phase.breath, 1.0, level)
    return level


def _pacer(s: Snapshot) -> PacerState:
    caption = COUNTDOWN_WORDS.get(s.state, "")
    level = 0.0
    if s.breath is not None and s.exercise is not None and s.variant is not None:
        before = _lungs_before(s.exercise, s.variant, s.phase_index or 0)
        level = lung_level(s.breath, s.progress, before)
    if s.resume_countdown is not None:
        return PacerState(None, level, s.resume_countdown, translate("Views", "Ready"), s.paused)
    return PacerState(s.breath, level, s.seconds_left, caption, s.paused)


def _words(s: Snapshot, routine: Routine, day: int) -> tuple[str, str, str]:
    """The step line, the instruction and the small print for the current period."""
    exercise, variant = s.exercise, s.variant or Variant.STANDARD
    assert exercise is not None
    version = exercise.variant(variant)
    if s.state is SessionState.EXERCISING and s.phase is not None:
        step = translate("Views", "Step {step} of {steps}").format(
            step=(s.phase_index or 0) + 1, steps=s.phase_count
        )
        tip = tip_for(exercise, version.variant, s.rep or 1, s.phase_index or 0)
        detail = translate("Views", "Tip: {tip}").format(tip=tip) if tip else exercise.aim
        return step, s.phase.instruction, detail
    if s.state is SessionState.SWITCH_SIDES:
        switch = exercise.switch_sides or translate("Views", "Change to your other side.")
        return translate("Views", "Switch sides"), switch, exercise.aim
    if s.state is SessionState.REST and s.next_exercise is not None:
        upcoming = s.next_exercise
        start = upcoming.start_position_for(s.next_variant or Variant.STANDARD)
        rest = translate("Views", "Rest - next: {exercise}").format(exercise=upcoming.name)
        coming = s.next_variant or Variant.STANDARD
        if coming is not Variant.STANDARD:
            rest = translate("Views", "Rest - next: {exercise} ({variant})").format(
                exercise=upcoming.name, variant=VARIANT_WORDS[coming]
            )
        needed = upcoming.variant(s.next_variant or Variant.STANDARD).equipment
        if needed:
            # A get-ready is too short to fetch a box or a ball: the rest before says so.
            ready = translate("Views", "You need {equipment} for this one: have it ready now.")
            return rest, start, ready.format(equipment=needed)
        # The first advice comes with the next get-ready; the rest brings another piece.
        more = good_to_know(routine, day, s.next_exercise_index or 1)
        return rest, start, more or routine.first_advice
    get_ready = translate("Views", "Get ready")
    return get_ready, exercise.start_position_for(variant), _get_ready_detail(s, routine)


def _get_ready_detail(s: Snapshot, routine: Routine) -> str:
    """Why the exercise helps for the first half of its get-ready; then what to do before
    moving (the routine's first advice) and when to stop (its safety line)."""
    assert s.exercise is not None
    if detail_is_safety(s, routine):
        return _before_moving(routine)
    variant = s.variant or Variant.STANDARD
    if variant is not Variant.STANDARD:
        # How this version differs, where the aim (the same for every version) would be: the
        # description under the heading is small print, not read from the mat.
        version = s.exercise.variant(variant)
        if version.description:
            return translate("Views", "{variant}: {description}").format(
                variant=VARIANT_WORDS[variant], description=version.description
            )
    return translate("Views", "Aim: {aim}").format(aim=s.exercise.aim)


def _before_moving(routine: Routine) -> str:
    # When to stop first, then what to do before moving: one paragraph, which keeps its
    # full size in the three lines it has (a line each shrank both to 13 px at 1024x600).
    return " ".join(part for part in (routine.safety, routine.first_advice) if part)


def detail_is_safety(s: Snapshot, routine: Routine) -> bool:
    """Whether the small print now says what to do before moving and when to stop (the
    second half of a get-ready): shown in the text's own colour and weight, not the grey of
    a tip, so it reads from the mat."""
    if s.state is not SessionState.GET_READY or s.exercise is None:
        return False
    return bool(_before_moving(routine)) and s.seconds_into >= s.period_seconds / 2


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


def session_view(s: Snapshot, routine: Routine, day: int = 1) -> SessionView:
    """The session screen for snapshot `s`, on day `day` of the plan."""
    if s.exercise is None:
        return SessionView(paused=s.paused)
    step, instruction, detail = _words(s, routine, day)
    if s.resume_countdown is not None:
        step = translate("Views", "Get back into position")
    side_index = s.exercise.sides.index(s.side) if s.side in s.exercise.sides else 0
    done = s.reps_done[side_index] if side_index < len(s.reps_done) else 0
    resting = s.state is SessionState.REST
    variant, variant_description = _variant_words(s)
    index = (s.exercise_index or 0) + 1
    planned = s.session_seconds_planned
    time_left = clock_text(s.session_seconds_left)
    before = _picture_before(s)
    return SessionView(
        heading=translate("Views", "Rest") if resting else s.exercise.name,
        progress=translate("Views", "Exercise {exercise} of {exercises}  -  {time} left").format(
            exercise=index, exercises=s.exercise_count, time=time_left
        ),
        # How much of the planned session is behind the user, so that a skip moves the bar on
        # and a step back moves it back, as "time left" does.
        progress_fraction=1.0 - s.session_seconds_left / planned if planned else 1.0,
        step=step,
        instruction=instruction,
        detail=detail,
        detail_emphasis=detail_is_safety(s, routine),
        picture=routine.picture_path(_picture(s, routine)),
        picture_description=instruction,
        # The second side is the first one mirrored, so "Right side" shows the right side
        # (the poses are drawn on the left); a Workrave picture flips by its own flag.
        picture_mirrored=(s.phase.mirrored if s.phase is not None else False)
        != (s.side is Side.RIGHT and not resting),
        picture_before=None if before is None else routine.picture_path(before),
        movement=s.progress,
        pacer=_pacer(s),
        # Resting, the counter of the exercise just finished would only mislead.
        rep_text="" if resting else _rep_words(s),
        # Resting, the screen is the next exercise's: its reps, none done yet (the finished
        # exercise's dots beside the next one's picture and start read as the next one's).
        reps_done=0 if resting else done,
        reps_total=_next_reps(s) if resting else s.reps or 0,
        side_text=SIDE_WORDS[s.side] if s.side is not None else "",
        variant_text=variant,
        variant_description=variant_description,
        paused=s.paused,
    )


def _next_reps(s: Snapshot) -> int:
    """The reps (each side) of the exercise after the rest; 0 when none comes."""
    return s.next_exercise.reps if s.next_exercise is not None else 0


def _variant_words(s: Snapshot) -> tuple[str, str]:
    """The variant running (or, resting, the next exercise's) in full, and its description."""
    resting = s.state is SessionState.REST
    exercise = s.next_exercise if resting else s.exercise
    shown = (s.next_variant if resting else s.variant) or Variant.STANDARD
    if exercise is None or len(exercise.offered_variants) < 2:
        return "", ""
    words = VARIANT_WORDS[shown]
    # The standard version's description says nothing ("the exercise as described").
    description = "" if shown is Variant.STANDARD else exercise.variant(shown).description
    if s.pending_variant is not None and not resting:
        words = translate("Views", "{variant}, then {next} from the next rep").format(
            variant=words, next=VARIANT_WORDS[s.pending_variant]
        )
    return words, description


def _rep_words(s: Snapshot) -> str:
    if s.rep is not None:
        return translate("Views", "Rep {rep} of {reps}").format(rep=s.rep, reps=s.reps)
    return COUNTS.reps(s.reps or 0)


def _reps_words(record: ExerciseRecord | ExerciseEntry) -> str:
    done = " + ".join(str(count) for count in record.reps_done)
    if len(record.reps_done) > 1:
        return translate("Views", "{done} of {reps} each side").format(
            done=done, reps=record.reps_target
        )
    return translate("Views", "{done} of {reps}").format(done=done, reps=record.reps_target)


def summary_view(
    s: Snapshot, routine: Routine, earlier: Sequence[ExerciseEntry] = ()
) -> SummaryView:
    """The summary screen after a session finished or was ended.

    `earlier` is what a session continued after a crash had done before its stop: listed
    first and counted in the total, so the summary is the whole day's session.
    """
    finished = s.state is SessionState.FINISHED
    # The rests between exercises, and time spent on an exercise that was then done again,
    # get their own line, so that the lines add up to the total.
    between = s.elapsed - sum(record.seconds for record in s.records)
    parts = [entry.seconds for entry in earlier] + [record.seconds for record in s.records]
    parts += [between] if between >= 0.5 else []
    whole = _whole_seconds(parts)
    lines = [
        SummaryLine(
            name=_exercise_name(routine, entry.exercise_id, entry.name),
            outcome=OUTCOME_WORDS[entry.outcome],
            variant=VARIANT_WORDS[entry.variant],
            reps=_reps_words(entry),
            time=clock_text(whole[index]),
        )
        for index, entry in enumerate(earlier)
    ]
    lines += [
        SummaryLine(
            name=routine.exercise(record.exercise_id).name,
            # Ended early in the middle of an exercise: it was not skipped, it was ended.
            outcome=translate("Views", "Ended")
            if not finished and index == len(s.records) - 1 and record.outcome is not Outcome.DONE
            else OUTCOME_WORDS[record.outcome],
            variant=VARIANT_WORDS[record.variant],
            reps=_reps_words(record),
            time=clock_text(whole[len(earlier) + index]),
        )
        for index, record in enumerate(s.records)
    ]
    if len(parts) > len(lines):
        lines.append(
            SummaryLine(translate("Views", "Rests and repeats"), "", "", "", clock_text(whole[-1]))
        )
    outcomes = [entry.outcome for entry in earlier] + [record.outcome for record in s.records]
    if not finished:
        heading = translate("Views", "Session ended early")
    elif all(outcome is Outcome.DONE for outcome in outcomes):
        heading = translate("Views", "Well done - session complete")
    elif any(outcome is not Outcome.SKIPPED for outcome in outcomes):
        # Finished with some left out: say how much was done, not "complete" alone, so the
        # heading agrees with the table under it.
        heading = COUNTS.done_of(outcomes)
    else:
        heading = translate("Views", "Session over - every exercise was skipped")
    if earlier:
        heading = translate("Views", "{heading} (continued after a stop)").format(heading=heading)
    return SummaryView(
        heading=heading,
        lines=tuple(lines),
        total=translate("Views", "Total time {time}").format(time=clock_text(sum(whole))),
    )


def _exercise_name(routine: Routine, exercise_id: str, saved: str) -> str:
    # The routine's name for it, or the name saved with it if the routine has none now.
    known = {exercise.id: exercise.name for exercise in routine.exercises}
    return known.get(exercise_id, saved)


def _whole_seconds(parts: list[float]) -> list[int]:
    """`parts` in whole seconds that add up to their rounded sum (largest remainders up)."""
    floors = [math.floor(part) for part in parts]
    short = round(sum(parts)) - sum(floors)
    by_remainder = sorted(range(len(parts)), key=lambda i: floors[i] - parts[i])
    for i in by_remainder[: max(0, short)]:
        floors[i] += 1
    return floors


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

"""`backpain-gui plan`: the session as it will run, as aligned text or one JSON document.

Both come from `plan_session`, the schedule the engine itself runs, so the times shown are
the times the session takes. JSON durations are whole milliseconds, so its totals add up
exactly: each exercise's `total_ms` is `get_ready_ms + sides * reps * rep_ms +
switches * switch_sides_ms + rest_ms`, and the session's `total_ms` is their sum.

Both say first which settings the plan follows: the defaults, or what the user changed.
The text is in the user's language (app/cli_words.py), as the routine's words are where it
carries a translation; the JSON's keys and its enumerated values (`variant`, `breath`,
`settings_used.source`) stay English whatever the language, for the programs that read it,
and its texts (names, instructions) are the routine's in the language named by `language`.
Each JSON phase names the tip the session screen shows beside it (`tip`, null when the
exercise has none); where the tips run on over several reps, `tip_by_rep` lists what the step
shows on rep 1, 2, ... before they come round again (backpain_gui/session/tips.py).
"""

from __future__ import annotations

import json

from backpain_gui.app.cli_words import Words
from backpain_gui.content.model import Breath, Routine, Variant
from backpain_gui.session.schedule import ExercisePlan, PhasePlan, SessionPlan, plan_session
from backpain_gui.session.settings import SessionSettings
from backpain_gui.session.tips import tip_cycle, tips_by_rep

_DEFAULTS = SessionSettings()


def render_plan(
    routine: Routine,
    as_json: bool,
    settings: SessionSettings | None = None,
    settings_file: str | None = None,
) -> str:
    """The plan of a session of `routine` with `settings`, as text or (as_json) JSON.

    `settings_file` is where the settings were read from, named in the JSON.
    """
    settings = settings or SessionSettings()
    plan = plan_session(routine, settings)
    words = PlanReport()
    if as_json:
        document = _plan_document(routine, settings, plan)
        changes = _changes(routine, settings, plan, PlanReport(english=True))
        document["settings_used"] = {
            "source": "yours" if changes else "defaults",
            "file": settings_file,
            "changes": changes,
        }
        return json.dumps(document, indent=2)
    changes = _changes(routine, settings, plan, words)
    used = words.settings_used(changes)
    return "\n".join([used, *_plan_lines(routine, settings, plan, words)])


class PlanReport(Words):
    """The plan's words (the context translators see); `english` keeps the JSON's in English."""

    def __init__(self, english: bool = False) -> None:
        self.english = english

    def settings_used(self, changes: list[str]) -> str:
        """Which settings the plan follows."""
        if not changes:
            return self.tr("Using the default settings")
        return self.tr("Using your settings: {changes}").format(changes=", ".join(changes))

    def paces(self) -> tuple[str, str, str, str]:
        """The settings dialog's words for the four paces."""
        return (
            self.tr("breathing pace"),
            self.tr("get ready"),
            self.tr("switch sides"),
            self.tr("rest between exercises"),
        )

    def order(self) -> str:
        return self.tr("your exercise order")

    def left_out(self, name: str) -> str:
        return self.tr("{exercise}: left out").format(exercise=name)

    def reps(self, count: int) -> str:
        return self.tr("%n rep(s)", "", count)

    def reps_each_side(self, count: int) -> str:
        return self.tr("%n rep(s) each side, left then right", "", count)

    def times_each_side(self, count: int) -> str:
        return self.tr("x %n each side", "", count)

    def exercises(self, title: str, count: int, total: str) -> str:
        return self.tr("{title}: %n exercise(s), {time} in all", "", count).format(
            title=title, time=total
        )

    def tempo(self, tempo: float) -> str:
        tempo_shown = self.decimal(f"{tempo:.2f}")
        return self.tr("Tempo {tempo}x (higher is slower breathing)").format(tempo=tempo_shown)

    def rows(self) -> tuple[str, str, str, str, str]:
        """The row labels: get ready, each rep, switch sides, rest, and the total."""
        return (
            self.tr("get ready"),
            self.tr("each rep"),
            self.tr("switch sides"),
            self.tr("rest"),
            self.tr("Total"),
        )

    def variant(self, variant: Variant) -> str:
        names = {
            Variant.STANDARD: self.tr("standard"),
            Variant.MODIFICATION: self.tr("modification"),
            Variant.SUPPORTED: self.tr("supported"),
            Variant.PROGRESSION: self.tr("progression"),
        }
        return names[variant]

    def breath(self, breath: Breath) -> str:
        names = {
            Breath.IN: self.tr("in", "breath"),
            Breath.OUT: self.tr("out", "breath"),
            Breath.HOLD: self.tr("hold", "breath"),
            Breath.NONE: self.tr("none", "breath"),
        }
        return names[breath]


def _changes(
    routine: Routine, settings: SessionSettings, plan: SessionPlan, words: PlanReport
) -> list[str]:
    """What the session does differently from the defaults, in the settings dialog's words."""
    tempo, get_ready, switch, rest = words.paces()
    paces = (
        (tempo, settings.tempo, _DEFAULTS.tempo, "x"),
        (get_ready, settings.get_ready_seconds, _DEFAULTS.get_ready_seconds, " s"),
        (switch, settings.switch_sides_seconds, _DEFAULTS.switch_sides_seconds, " s"),
        (rest, settings.rest_seconds, _DEFAULTS.rest_seconds, " s"),
    )
    changes = [
        f"{label} {words.decimal(f'{value:g}')}{unit}"
        for label, value, default, unit in paces
        if value != default
    ]
    done = [exercise.exercise.id for exercise in plan.exercises]
    if done != [exercise.id for exercise in routine.exercises if exercise.id in done]:
        changes.append(words.order())
    for exercise in plan.exercises:
        if exercise.reps != exercise.exercise.reps:
            changes.append(f"{exercise.exercise.name}: {words.reps(exercise.reps)}")
        if exercise.variant is not Variant.STANDARD:
            changes.append(f"{exercise.exercise.name}: {words.variant(exercise.variant)}")
    changes += [words.left_out(e.name) for e in routine.exercises if e.id not in done]
    return changes


def clock(ms: int) -> str:
    """A duration as m:ss, to the nearest second."""
    minutes, secs = divmod((ms + 500) // 1000, 60)
    return f"{minutes}:{secs:02d}"


def _seconds(ms: int) -> str:
    """A phase length in seconds, as precise as it is: '3 s', '2.5 s', '3.75 s'."""
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".") + " s"


def _plan_document(
    routine: Routine, settings: SessionSettings, plan: SessionPlan
) -> dict[str, object]:
    return {
        "routine": routine.title,
        "language": routine.language,
        "settings": {
            "tempo": settings.tempo,
            "get_ready_ms": round(settings.get_ready_seconds * 1000),
            "switch_sides_ms": round(settings.switch_sides_seconds * 1000),
            "rest_ms": round(settings.rest_seconds * 1000),
        },
        "exercises": [_exercise_document(exercise) for exercise in plan.exercises],
        "total_ms": plan.total_ms,
    }


def _exercise_document(exercise: ExercisePlan) -> dict[str, object]:
    return {
        "index": exercise.index,
        "id": exercise.exercise.id,
        "name": exercise.exercise.name,
        "variant": exercise.variant.value,
        "two_sided": exercise.exercise.two_sided,
        "sides": len(exercise.sides),
        "reps": exercise.reps,
        "phases": [
            _phase_document(exercise, number, phase) for number, phase in enumerate(exercise.phases)
        ],
        "rep_ms": exercise.rep_ms,
        "get_ready_ms": exercise.get_ready_ms,
        "switches": exercise.switches,
        "switch_sides_ms": exercise.switch_sides_ms,
        "rest_ms": exercise.rest_ms,
        "total_ms": exercise.total_ms,
    }


def _phase_document(exercise: ExercisePlan, index: int, phase: PhasePlan) -> dict[str, object]:
    tips = tips_by_rep(exercise.exercise, exercise.variant, index)
    document: dict[str, object] = {
        "step": index + 1,
        "breath": phase.phase.breath.value,
        "ms": phase.ms,
        "instruction": phase.phase.instruction,
        "picture": phase.phase.picture,
        "tip": tips[0],
    }
    if tip_cycle(exercise.exercise, exercise.variant) > 1:
        document["tip_by_rep"] = list(tips)
    return document


def _heading(exercise: ExercisePlan, words: PlanReport) -> str:
    if exercise.exercise.two_sided:
        reps = words.reps_each_side(exercise.reps)
    else:
        reps = words.reps(exercise.reps)
    name, variant = exercise.exercise.name, words.variant(exercise.variant)
    return f"{exercise.index + 1}. {name}  ({variant}; {reps})"


def _row(width: int, label: str, value: str, after: str = "") -> str:
    # One column of values under each other, whatever the label.
    return f"{label.ljust(width)}{value:>7}  {after}".rstrip()


def _exercise_lines(exercise: ExercisePlan, words: PlanReport, width: int) -> list[str]:
    get_ready, each_rep, switch, rest, _ = words.rows()
    if exercise.exercise.two_sided:
        times = words.times_each_side(exercise.reps)
    else:
        times = f"x {exercise.reps}"
    lines = [
        _row(width, f"     {get_ready}", clock(exercise.get_ready_ms)),
        _row(width, f"     {each_rep}", words.decimal(_seconds(exercise.rep_ms)), times),
    ]
    lines += [
        _row(
            width,
            f"       {number}. {words.breath(phase.phase.breath)}",
            words.decimal(_seconds(phase.ms)),
            phase.phase.instruction,
        )
        for number, phase in enumerate(exercise.phases, start=1)
    ]
    if exercise.switches:
        lines.append(_row(width, f"     {switch}", clock(exercise.switch_sides_ms)))
    if exercise.rest_ms:
        lines.append(_row(width, f"     {rest}", clock(exercise.rest_ms)))
    return lines


_LABEL_WIDTH = 19


def _label_width(words: PlanReport) -> int:
    """Wide enough for the longest label in this language, so the values line up."""
    longest = max(len(label) for label in words.rows()[:4])
    breaths = max(len(f"  9. {words.breath(breath)}") for breath in Breath)
    return max(_LABEL_WIDTH, 5 + max(longest, breaths) + 2)


def _plan_lines(
    routine: Routine, settings: SessionSettings, plan: SessionPlan, words: PlanReport
) -> list[str]:
    headings = [_heading(exercise, words) for exercise in plan.exercises]
    width = max(len(heading) for heading in headings) + 2
    label_width = _label_width(words)
    total = words.rows()[4]
    lines = [
        words.exercises(routine.shown_title, len(plan.exercises), clock(plan.total_ms)),
        words.tempo(settings.tempo),
        "",
    ]
    for heading, exercise in zip(headings, plan.exercises, strict=True):
        lines.append(f"{heading.ljust(width)}{clock(exercise.total_ms):>6}")
        lines += _exercise_lines(exercise, words, label_width)
    lines += ["", f"{total.ljust(width)}{clock(plan.total_ms):>6}"]
    return lines

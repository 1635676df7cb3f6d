"""`backpain-gui plan`: the session as it will run, as aligned text or one JSON document.

Both come from `plan_session`, the schedule the engine itself runs, so the times shown are
the times the session takes. JSON durations are whole milliseconds, so its totals add up
exactly: each exercise's `total_ms` is `get_ready_ms + sides * reps * rep_ms +
switches * switch_sides_ms + rest_ms`, and the session's `total_ms` is their sum.

Both say first which settings the plan follows: the defaults, or what the user changed.
Each JSON phase names the tip the session screen shows beside it (`tip`, null when the
exercise has none); where the tips run on over several reps, `tip_by_rep` lists what the step
shows on rep 1, 2, ... before they come round again (backpain_gui/session/tips.py).
"""

from __future__ import annotations

import json

from backpain_gui.content.model import Routine, Variant
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
    changes = _changes(routine, settings, plan)
    if as_json:
        document = _plan_document(routine, settings, plan)
        document["settings_used"] = {
            "source": "yours" if changes else "defaults",
            "file": settings_file,
            "changes": changes,
        }
        return json.dumps(document, indent=2)
    used = f"Using your settings: {', '.join(changes)}" if changes else "Using the default settings"
    return "\n".join([used, *_plan_lines(routine, settings, plan)])


def _changes(routine: Routine, settings: SessionSettings, plan: SessionPlan) -> list[str]:
    """What the session does differently from the defaults, in the settings dialog's words."""
    paces = (
        ("breathing pace", settings.tempo, _DEFAULTS.tempo, "x"),
        ("get ready", settings.get_ready_seconds, _DEFAULTS.get_ready_seconds, " s"),
        ("switch sides", settings.switch_sides_seconds, _DEFAULTS.switch_sides_seconds, " s"),
        ("rest between exercises", settings.rest_seconds, _DEFAULTS.rest_seconds, " s"),
    )
    changes = [
        f"{words} {value:g}{unit}" for words, value, default, unit in paces if value != default
    ]
    done = [exercise.exercise.id for exercise in plan.exercises]
    if done != [exercise.id for exercise in routine.exercises if exercise.id in done]:
        changes.append("your exercise order")
    for exercise in plan.exercises:
        if exercise.reps != exercise.exercise.reps:
            changes.append(f"{exercise.exercise.name}: {_reps(exercise.reps)}")
        if exercise.variant is not Variant.STANDARD:
            changes.append(f"{exercise.exercise.name}: {exercise.variant.value}")
    changes += [f"{e.name}: left out" for e in routine.exercises if e.id not in done]
    return changes


_LABEL_WIDTH = 19


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


def _heading(exercise: ExercisePlan) -> str:
    if exercise.exercise.two_sided:
        reps = f"{_reps(exercise.reps)} each side, left then right"
    else:
        reps = _reps(exercise.reps)
    return f"{exercise.index + 1}. {exercise.exercise.name}  ({exercise.variant.value}; {reps})"


def _row(label: str, value: str, after: str = "") -> str:
    # One column of values under each other, whatever the label.
    return f"{label.ljust(_LABEL_WIDTH)}{value:>7}  {after}".rstrip()


def _exercise_lines(exercise: ExercisePlan) -> list[str]:
    each_side = " each side" if exercise.exercise.two_sided else ""
    lines = [
        _row("     get ready", clock(exercise.get_ready_ms)),
        _row("     each rep", _seconds(exercise.rep_ms), f"x {exercise.reps}{each_side}"),
    ]
    lines += [
        _row(
            f"       {number}. {phase.phase.breath.value}",
            _seconds(phase.ms),
            phase.phase.instruction,
        )
        for number, phase in enumerate(exercise.phases, start=1)
    ]
    if exercise.switches:
        lines.append(_row("     switch sides", clock(exercise.switch_sides_ms)))
    if exercise.rest_ms:
        lines.append(_row("     rest", clock(exercise.rest_ms)))
    return lines


def _plan_lines(routine: Routine, settings: SessionSettings, plan: SessionPlan) -> list[str]:
    headings = [_heading(exercise) for exercise in plan.exercises]
    width = max(len(heading) for heading in headings) + 2
    lines = [
        f"{routine.title}: {len(plan.exercises)} exercises, {clock(plan.total_ms)} in all",
        f"Tempo {settings.tempo:.2f}x (higher is slower breathing)",
        "",
    ]
    for heading, exercise in zip(headings, plan.exercises, strict=True):
        lines.append(f"{heading.ljust(width)}{clock(exercise.total_ms):>6}")
        lines += _exercise_lines(exercise)
    lines += ["", f"{'Total'.ljust(width)}{clock(plan.total_ms):>6}"]
    return lines


def _reps(count: int) -> str:
    return "1 rep" if count == 1 else f"{count} reps"

"""Which tip is shown beside which step: the one rule the screen, the plan and the voice share.

An exercise's tips (a variant's own first, then the exercise's) are shared out over the steps
of a rep in order, each tip over a run of consecutive steps, so a routine lists its tips in
the order of the steps they are about. Four tips over four steps give one a step; two over
four give each two steps in a row, long enough to read from the mat. With more tips than
steps, the share runs on over consecutive reps (rep 1 shows the first ones, rep 2 the next)
and comes round again, so every tip is shown.

A step may name its tip (`tip: 2` in the routine): it shows that one on every rep, where the
order alone would tie a tip to the wrong step (a tip on lifting the arm beside the step that
lowers it). The tips no step names are shared out, as above, over the steps that name none.
"""

from __future__ import annotations

from backpain_gui.content.model import Exercise, Variant


def shown_tips(exercise: Exercise, variant: Variant) -> tuple[str, ...]:
    """Every tip of the exercise in the given variant, in the order they are shown."""
    return (*exercise.variant(variant).tips, *exercise.tips)


def spoken_tip(exercise: Exercise, variant: Variant, tip: str) -> str:
    """What the voice says for `tip`: the routine's shorter spoken form where it gives one."""
    says = dict((*exercise.variant(variant).tip_says, *exercise.tip_says))
    return says.get(tip, tip)


def _shared(exercise: Exercise, variant: Variant) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The tips no step names, and the steps (indices) that share them."""
    tips = shown_tips(exercise, variant)
    phases = exercise.variant(variant).phases
    named = {phase.tip for phase in phases if phase.tip is not None}
    free = tuple(tip for number, tip in enumerate(tips, start=1) if number not in named)
    steps = tuple(index for index, phase in enumerate(phases) if phase.tip is None)
    return free, steps


def tip_cycle(exercise: Exercise, variant: Variant) -> int:
    """How many reps it takes to show every tip once (1 when the steps have room for all)."""
    free, steps = _shared(exercise, variant)
    return max(1, -(-len(free) // max(1, len(steps))))


def tip_for(exercise: Exercise, variant: Variant, rep: int, phase_index: int) -> str | None:
    """The tip shown during step `phase_index` (from 0) of rep `rep` (from 1); None if none."""
    phases = exercise.variant(variant).phases
    if not phases:
        return None
    index = min(max(phase_index, 0), len(phases) - 1)
    tips = shown_tips(exercise, variant)
    named = phases[index].tip
    if named is not None:
        return tips[named - 1] if named <= len(tips) else None
    free, steps = _shared(exercise, variant)
    if not free:
        return None
    cycle = tip_cycle(exercise, variant)
    slot = ((rep - 1) % cycle) * len(steps) + steps.index(index)
    return free[slot * len(free) // (cycle * len(steps))]


def tips_by_rep(exercise: Exercise, variant: Variant, phase_index: int) -> tuple[str | None, ...]:
    """The tips step `phase_index` shows on reps 1, 2, ... until they come round again."""
    cycle = tip_cycle(exercise, variant)
    return tuple(tip_for(exercise, variant, rep, phase_index) for rep in range(1, cycle + 1))

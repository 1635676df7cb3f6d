"""The session engine over a 30-minute session with irregular ticks: timing error and cost.

A busy UI wakes the engine every 10 to 250 ms (seeded). Every phase-started event must be
stamped with the time the schedule says, to well under 1 ms and with no drift by the end,
and one advance() must stay cheap enough for a 60 fps pacer.
"""

from __future__ import annotations

import random
import statistics
import time

from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant
from backpain_gui.session import EventKind, Session, SessionSettings, SessionState, plan_session

# A clock reading with many digits, as time.monotonic() gives after days of uptime.
START = 987_654.321_987
SEED = 2026
TICK_MS = (10, 250)


def thirty_minute_routine() -> Routine:
    """Five exercises (two of them two-sided) of 4-phase reps, about 30 minutes in all."""

    def exercise(name: str, two_sided: bool, reps: int) -> Exercise:
        phases = tuple(
            Phase(breath, seconds, f"{name} step {n}", f"{name}-{n}.png")
            for n, (breath, seconds) in enumerate(
                [(Breath.IN, 4.0), (Breath.OUT, 5.5), (Breath.HOLD, 2.25), (Breath.OUT, 6.0)]
            )
        )
        return Exercise(
            id=name,
            name=name,
            aim="",
            start_position="",
            start_picture=f"{name}.png",
            reps=reps,
            two_sided=two_sided,
            variants=(ExerciseVariant(Variant.STANDARD, "", phases),),
        )

    # Rep 17.75 s; with get-ready 5, switch 5, rest 15 (none after the last): 29:59.
    return Routine(
        title="Thirty minutes",
        exercises=(
            exercise("one", False, 20),
            exercise("two", True, 10),
            exercise("three", False, 20),
            exercise("four", True, 10),
            exercise("five", False, 16),
        ),
    )


def _schedule(routine: Routine, settings: SessionSettings) -> list[float]:
    """When each phase should start on the clock, worked out from the plan alone."""
    due: list[float] = []
    t_ms = 0
    for exercise in plan_session(routine, settings).exercises:
        t_ms += exercise.get_ready_ms
        for side in range(len(exercise.sides)):
            t_ms += exercise.switch_sides_ms if side else 0
            for _ in range(exercise.reps):
                for phase in exercise.phases:
                    due.append(START + t_ms / 1000)
                    t_ms += phase.ms
        t_ms += exercise.rest_ms
    return due


def _median_p99_us(costs_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(costs_ns)
    return statistics.median(ordered) / 1000, ordered[int(len(ordered) * 0.99)] / 1000


def measure() -> list[tuple[str, str, str, bool]]:
    """Rows of (what, measured, target, met)."""
    routine = thirty_minute_routine()
    settings = SessionSettings()
    plan = plan_session(routine, settings)
    due = _schedule(routine, settings)
    session = Session(routine, settings)
    session.start(START)
    ticks = random.Random(SEED)
    stamped: list[float] = []
    costs: list[int] = []
    snapshot_costs: list[int] = []
    now = START
    while session.state is not SessionState.FINISHED:
        now += ticks.randint(*TICK_MS) / 1000
        began = time.perf_counter_ns()
        events = session.advance(now)
        costs.append(time.perf_counter_ns() - began)
        stamped += [e.at for e in events if e.kind is EventKind.PHASE_STARTED]
        began = time.perf_counter_ns()
        session.snapshot(now)
        snapshot_costs.append(time.perf_counter_ns() - began)
    worst_ms = max(abs(got - want) for got, want in zip(stamped, due, strict=True)) * 1000
    drift_ms = abs(stamped[-1] - due[-1]) * 1000
    median_us, p99_us = _median_p99_us(costs)
    snapshot_median_us, snapshot_p99_us = _median_p99_us(snapshot_costs)
    minutes, seconds = divmod(round(plan.total_seconds), 60)
    return [
        (
            "session run",
            f"{minutes}:{seconds:02d}, {len(costs)} ticks, {len(stamped)} phases",
            "about 30:00",
            len(stamped) == len(due) and abs(plan.total_seconds - 1800) < 60,
        ),
        ("worst phase-start error", f"{worst_ms:.6f} ms", "< 1 ms", worst_ms < 1.0),
        ("drift at the last phase", f"{drift_ms:.6f} ms", "0 ms (< 0.001)", drift_ms < 0.001),
        ("advance() median", f"{median_us:.1f} us", "< 20 us", median_us < 20),
        ("advance() p99", f"{p99_us:.1f} us", "< 20 us", p99_us < 20),
        # The UI takes one snapshot a frame; at 60 fps a frame is 16,667 us.
        ("snapshot() median", f"{snapshot_median_us:.1f} us", "< 50 us", snapshot_median_us < 50),
        ("snapshot() p99", f"{snapshot_p99_us:.1f} us", "< 50 us", snapshot_p99_us < 50),
    ]


if __name__ == "__main__":
    for row in measure():
        print("  ".join(str(cell) for cell in row))

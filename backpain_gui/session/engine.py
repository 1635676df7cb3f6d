"""The session engine: a pure state machine told the time, reporting what happened as events.

Rules of the machine
--------------------
Time. Every method takes the monotonic clock time `now` (seconds). A `now` earlier than the
latest one seen is taken as the latest: time never goes backwards. Session time is
`now - start - paused time`; every boundary comes from the schedule (`plan_session`), in
integer nanoseconds, never from a sum of ticks. `advance(now)` may be called late: it returns
every event due since the last call, each stamped with the time it was due, and lands exactly
where the schedule says. `snapshot(now)` is read-only: it shows what `advance(now)` would land
on, without emitting or changing anything.

States. NOT_STARTED -start-> GET_READY -> EXERCISING (the reps, each rep the variant's phases
in order) -> [SWITCH_SIDES -> EXERCISING on the other side] -> REST (previews the next) ->
GET_READY of the next ... ; the last exercise has no rest: it goes to FINISHED. END goes to
ENDED. Pausing is a flag beside the state, not a state: a paused session keeps its place.

Commands. Each first advances to `now`, then applies, and returns a CommandResult. A command
that makes no sense now changes nothing and says why (applied=False, a reason); it never
raises. Events due before the command are returned with it either way. In NOT_STARTED,
FINISHED and ENDED every command is such a no-op. In the running states:

  command       GET_READY          EXERCISING          SWITCH_SIDES       REST
  ------------  -----------------  ------------------  -----------------  -------------------
  pause(at)     paused             paused              paused             paused
  resume        countdown, then the interrupted period goes on exactly where it stopped
  skip          record it skipped or partial; next GET_READY    next GET_READY  (it is done)
                (FINISHED after the last exercise)
  back          < 3 s into the exercise: previous GET_READY,    restart the exercise just
                else (or at the first exercise): this GET_READY finished (the rest is its)
  restart       this exercise's GET_READY                       as back
  set_variant   at once            at the next rep     at once            the upcoming one
  end           record it skipped or partial; ENDED             ENDED (it is done)

- "3 s into the exercise" is session time since the exercise's get-ready began.
- Back at the first exercise within its first 3 s restarts it: there is nothing before it.
- Commands while paused apply and the session stays paused; the events are stamped `now`.
- pause(at, now): `at` is clamped between the latest time already advanced to (events already
  emitted stay emitted) and `now`; the pause begins at `at`, so sleep can pause retroactively.
- resume starts a countdown (settings.resume_countdown_seconds) that is still paused time;
  pause during it cancels it; resume during it, or when not paused, is a no-op.
- set_variant names an included exercise by index (default: the current one, or during rest
  the upcoming one). A variant the exercise lacks, the variant already in effect, or an
  exercise already done is a no-op. Choosing the running variant again cancels a pending one.
  A variant still pending when the exercise's last rep ends is dropped.

Records. Each exercise gets one record when it is left: done, or skipped/partial by skip or
end. Going back to an exercise drops its record and every later one (they will be redone).
So the records are always the first k included exercises, in order, each exactly once; at
FINISHED, all of them; at ENDED, those reached (not the ones never started).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from backpain_gui.content.model import Routine, Variant
from backpain_gui.session import position as pos
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.position import RUNNING, Position, SessionState
from backpain_gui.session.schedule import SessionPlan, changes_position, plan_exercise, plan_session
from backpain_gui.session.settings import SessionSettings
from backpain_gui.session.snapshot import Snapshot, take_snapshot

BACK_WINDOW_SECONDS = 3.0
_BACK_WINDOW_NS = round(BACK_WINDOW_SECONDS * pos.NS_PER_SECOND)

_NOT_RUNNING = {
    SessionState.NOT_STARTED: "the session has not started",
    SessionState.FINISHED: "the session is finished",
    SessionState.ENDED: "the session was ended",
}


class Command(StrEnum):
    """What the user can ask of a running session."""

    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    RESTART_EXERCISE = "restart_exercise"
    SET_VARIANT = "set_variant"
    END = "end"


@dataclass(frozen=True, slots=True)
class CommandResult:
    """What a command did: whether it applied, why (in words) and the events it produced."""

    command: Command
    applied: bool
    reason: str
    events: tuple[Event, ...]


def to_ns(clock_seconds: float) -> int:
    """A clock reading in seconds as whole nanoseconds."""
    return round(clock_seconds * pos.NS_PER_SECOND)


@dataclass(frozen=True, slots=True)
class _Clock:
    """The session's relation to the monotonic clock, in nanoseconds."""

    origin: int = 0
    # The length of every pause already over, resume countdowns included.
    paused_total: int = 0
    # When the current pause began; None while the session runs.
    pause_start: int | None = None
    # When the current resume countdown ends.
    resume_at: int | None = None

    def session_ns(self, now: int) -> int:
        """Session time at clock time `now`; it stands still while paused."""
        stopped = now if self.pause_start is None else self.pause_start
        return stopped - self.origin - self.paused_total


def _advanced(p: Position, clock: _Clock, now: int) -> tuple[Position, _Clock, list[Event]]:
    """Where `p` and `clock` are at clock time `now`, with the events due on the way."""
    out: list[Event] = []
    resumed_at = clock.resume_at
    if resumed_at is not None and clock.pause_start is not None and now >= resumed_at:
        clock = replace(
            clock,
            paused_total=clock.paused_total + resumed_at - clock.pause_start,
            pause_start=None,
            resume_at=None,
        )
        when = clock.session_ns(resumed_at)
        out.append(pos.make_event(EventKind.RESUMED, p, when, clock.origin + clock.paused_total))
    if clock.pause_start is None:
        p = pos.advance(p, clock.session_ns(now), clock.origin + clock.paused_total, out)
    return p, clock, out


# A command's action: given the position and the session time and clock offset it applies at,
# the new position (None: the command does not apply) and the reason in words.
_Applied = tuple[Position | None, str]
_Action = Callable[[Position, int, int, list[Event]], _Applied]


class Session:
    """One run of a routine: told the time, it reports events and answers snapshots."""

    def __init__(self, routine: Routine, settings: SessionSettings | None = None) -> None:
        self.routine = routine
        self.settings = settings or SessionSettings()
        # The session as planned before any command; variant changes do not update it.
        self.plan: SessionPlan = plan_session(routine, self.settings)
        self._position = Position(plans=self.plan.exercises, state=SessionState.NOT_STARTED)
        self._clock = _Clock()
        # The latest clock time seen (ns); an earlier `now` is read as this.
        self._last = 0

    @property
    def state(self) -> SessionState:
        """The state as of the latest time the session was told."""
        return self._position.state

    def start(self, now: float) -> list[Event]:
        """Start the session at `now`; a second start returns no events and changes nothing."""
        if self._position.state is not SessionState.NOT_STARTED:
            return []
        origin = to_ns(now)
        self._clock = _Clock(origin=origin)
        self._last = origin
        out = [Event(EventKind.SESSION_STARTED, at=pos.seconds(origin), session_time=0.0)]
        self._position = pos.begin_get_ready(self._position, 0, 0, origin, out)
        return out + self._advance(origin)

    def advance(self, now: float) -> list[Event]:
        """Move the session on to `now`, returning every event due since the last call."""
        return self._advance(to_ns(now))

    def _advance(self, now_ns: int) -> list[Event]:
        now_ns = max(now_ns, self._last)
        self._position, self._clock, events = _advanced(self._position, self._clock, now_ns)
        self._last = now_ns
        return events

    def snapshot(self, now: float) -> Snapshot:
        """The session as `advance(now)` would leave it; read-only."""
        now_ns = max(to_ns(now), self._last)
        p, clock, _ = _advanced(self._position, self._clock, now_ns)
        resume_left = None if clock.resume_at is None else clock.resume_at - now_ns
        paused = clock.pause_start is not None and clock.resume_at is None
        return take_snapshot(p, clock.session_ns(now_ns), paused, resume_left)

    # Pausing: it moves the clock, not the position.

    def pause(self, at: float, now: float | None = None) -> CommandResult:
        """Pause from clock time `at` (clamped to after the last advance and to `now`)."""
        now_ns = max(to_ns(at if now is None else now), self._last)
        at_ns = min(max(to_ns(at), self._last), now_ns)
        events = self._advance(at_ns)
        refusal = _NOT_RUNNING.get(self.state)
        if refusal is None and self._clock.pause_start is not None:
            refusal = None if self._clock.resume_at is not None else "already paused"
        if refusal is not None:
            return self._refuse(Command.PAUSE, refusal, events, now_ns)
        if self._clock.resume_at is not None:
            # Paused again during the countdown: the pause that began earlier simply goes on.
            self._clock = replace(self._clock, resume_at=None)
            reason = "paused again before the countdown ended"
        else:
            self._clock = replace(self._clock, pause_start=at_ns)
            reason = "paused"
        events.append(self._event(EventKind.PAUSED, at_ns))
        self._last = now_ns
        return CommandResult(Command.PAUSE, True, reason, tuple(events))

    def resume(self, now: float) -> CommandResult:
        """Resume after a countdown, at the end of which the paused period goes on."""
        events = self._advance(to_ns(now))
        refusal = _NOT_RUNNING.get(self.state)
        if refusal is None and self._clock.pause_start is None:
            refusal = "not paused"
        elif refusal is None and self._clock.resume_at is not None:
            refusal = "already resuming"
        if refusal is not None:
            return self._refuse(Command.RESUME, refusal, events, self._last)
        countdown = to_ns(self.settings.resume_countdown_seconds)
        now_ns = self._last
        self._clock = replace(self._clock, resume_at=now_ns + countdown)
        events.append(self._event(EventKind.RESUMING, now_ns, seconds=pos.seconds(countdown)))
        # A zero countdown resumes at once.
        events += self._advance(now_ns)
        return CommandResult(Command.RESUME, True, "resuming", tuple(events))

    def toggle_pause(self, now: float) -> CommandResult:
        """Resume when paused (and not already counting down), else pause now."""
        if self._clock.pause_start is not None and self._clock.resume_at is None:
            return self.resume(now)
        return self.pause(now)

    # Commands that move the position.

    def skip(self, now: float) -> CommandResult:
        """Go on to the next exercise's get-ready (or finish, from the last exercise)."""
        return self._command(Command.SKIP, now, self._skip)

    def back(self, now: float) -> CommandResult:
        """Restart this exercise, or go to the previous one within its first 3 s."""
        return self._command(Command.BACK, now, self._back)

    def restart_exercise(self, now: float) -> CommandResult:
        """Start this exercise over from its get-ready (during rest: the one just finished)."""
        return self._command(Command.RESTART_EXERCISE, now, self._restart)

    def set_variant(
        self, now: float, variant: Variant, exercise_index: int | None = None
    ) -> CommandResult:
        """Do an exercise in another variant: at once, or from the next rep if one is running."""

        def action(p: Position, when: int, offset: int, out: list[Event]) -> _Applied:
            return self._set_variant(p, variant, exercise_index, when, offset, out)

        return self._command(Command.SET_VARIANT, now, action)

    def end(self, now: float) -> CommandResult:
        """End the session early."""
        return self._command(Command.END, now, self._end)

    # Helpers.

    def _event(self, kind: EventKind, at_ns: int, seconds: float | None = None) -> Event:
        """A pause-related event at clock time `at_ns`, about the current exercise."""
        when = self._clock.session_ns(at_ns)
        return pos.make_event(kind, self._position, when, at_ns - when, seconds=seconds)

    def _refuse(
        self, command: Command, reason: str, events: list[Event], now_ns: int
    ) -> CommandResult:
        events += self._advance(now_ns)
        return CommandResult(command, False, reason, tuple(events))

    def _command(self, command: Command, now: float, action: _Action) -> CommandResult:
        events = self._advance(to_ns(now))
        refusal = _NOT_RUNNING.get(self.state)
        if refusal is not None:
            return CommandResult(command, False, refusal, tuple(events))
        now_ns = self._last
        when = self._clock.session_ns(now_ns)
        out: list[Event] = []
        moved, reason = action(self._position, when, now_ns - when, out)
        if moved is None:
            return CommandResult(command, False, reason, tuple(events))
        self._position = moved
        if moved.state not in RUNNING:
            # Over: a pause or countdown in progress has nothing left to hold.
            self._clock = replace(self._clock, pause_start=None, resume_at=None)
        # A new period of zero length (say, no get-ready) is passed at once, unless paused.
        out += self._advance(now_ns)
        return CommandResult(command, True, reason, (*events, *out))

    def _skip(self, p: Position, when: int, offset: int, out: list[Event]) -> _Applied:
        name = p.plan.exercise.name
        p = pos.leave_exercise(p, when, offset, out)
        if p.slot + 1 < len(p.plans):
            upcoming = p.plans[p.slot + 1].exercise.name
            left = "rest" if p.state is SessionState.REST else name
            reason = f"skipped {left}; next: {upcoming}"
            return pos.begin_get_ready(p, p.slot + 1, when, offset, out), reason
        return pos.finish(p, when, offset, out), f"skipped {name}; the session is finished"

    def _back(self, p: Position, when: int, offset: int, out: list[Event]) -> _Applied:
        if p.state is SessionState.REST:
            return self._restart(p, when, offset, out)
        if when - p.exercise_start >= _BACK_WINDOW_NS:
            return self._restart(p, when, offset, out)
        if p.slot == 0:
            moved, reason = self._restart(p, when, offset, out)
            return moved, f"{reason}; there is no exercise before it"
        previous = p.plans[p.slot - 1].exercise.name
        return pos.restart(p, p.slot - 1, when, offset, out), f"back to {previous}"

    def _restart(self, p: Position, when: int, offset: int, out: list[Event]) -> _Applied:
        return pos.restart(p, p.slot, when, offset, out), f"restarting {p.plan.exercise.name}"

    def _end(self, p: Position, when: int, offset: int, out: list[Event]) -> _Applied:
        return pos.end(p, when, offset, out), "session ended"

    def _set_variant(
        self,
        p: Position,
        variant: Variant,
        exercise_index: int | None,
        when: int,
        offset: int,
        out: list[Event],
    ) -> _Applied:
        default = p.slot + 1 if p.state is SessionState.REST else p.slot
        slot = default if exercise_index is None else exercise_index
        if not 0 <= slot < len(p.plans):
            return None, f"there is no exercise {slot + 1} in this session"
        plan = p.plans[slot]
        exercise = plan.exercise
        current = slot == p.slot and p.state is not SessionState.REST
        in_effect = (p.pending or plan).variant if current else plan.variant
        if variant not in exercise.offered_variants:
            return None, f"{exercise.name} has no {variant.value} variant"
        if slot < default:
            return None, f"{exercise.name} is already done"
        if variant is in_effect:
            return None, f"{exercise.name} is already set to {variant.value}"
        if current and variant is plan.variant:
            return p._replace(pending=None), f"{exercise.name} stays {variant.value}"
        last = slot == len(p.plans) - 1
        before = p.plans[slot - 1].exercise if slot else None
        moved = changes_position(exercise, before)
        changed = plan_exercise(exercise, slot, variant, self.settings, last, moved, slot == 0)
        if current and p.state is SessionState.EXERCISING:
            reason = f"{exercise.name}: {variant.value} from the next rep"
            return p._replace(pending=changed), reason
        return pos.change_plan(p, changed, when, offset, out), f"{exercise.name}: {variant.value}"

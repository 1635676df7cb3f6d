"""Which cue plays when: the session's events and snapshots in, cues to start out. No I/O.

Rules
-----
A cue is due when its event is due. Each moment of the session gets at most one cue; when
several events fall on one moment the most important one speaks:

  session finished (chord) > next exercise (bell: rest started, or a get-ready started)
  > switch sides > the breath of the phase that starts > next rep (tick)

so a rep boundary plays the new rep's first breath (the rising in-breath), as every other
step does: someone following by ear hears rise for in and fall for out at every step, the
new rep told by the voice's count and the dots (a physiotherapist's review: the tick in the
place of 39 of a session's 92 in-breaths broke the pattern). The last rep of an exercise
plays the bell. A step without a breath gets the tick. In the last 3 s of a get-ready or
switch-sides pause, and of a resume countdown, a beep marks each second.

Landing on the beat. The player needs time to start and every sound file begins with
silence, so a cue must be handed over `lead` seconds before it is due. The snapshot says
how long the current period has left, and its exercise and rep what comes next, so each
frame looks ahead: a moment whose cue must start within LOOKAHEAD_SECONDS is handed over now,
with the clock time it is due, and the player waits for its start. Events then confirm it.
An event that was not foreseen (a command: skip, back, a variant change) cues at once.

Moments are keyed by session time, which never goes backwards and stands still while
paused, so no moment is cued twice however irregular or late the frames are. A moment
more than STALE_SECONDS past (a frame that came very late) is passed over in silence.

Pause stops every cue (those playing and those waiting); moments after the pause will
come again after resume and are cued then; those before it are never replayed. Nothing
is cued after the session ends, and once it is ended the cues stop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from backpain_gui.audio.cues import Cue
from backpain_gui.content.model import Breath
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.position import RUNNING, SessionState
from backpain_gui.session.snapshot import Snapshot

# Frames come about every 16 ms; looking further ahead lets the player's own clock, not
# the frame rate, decide the start, at the cost of cancelling more often on a command.
LOOKAHEAD_SECONDS = 0.1
# A cue this late tells the user something that is no longer true.
STALE_SECONDS = 0.25
# The seconds before a countdown's end that get a beep.
COUNTDOWN_BEEPS = (3, 2, 1)
# Session times closer than this are the same moment (they are whole milliseconds).
_SAME_MOMENT = 0.0005
# Moments remembered: more than one report ever spans; older ones are long past.
_HANDLED_KEPT = 32

BREATH_CUES = {
    Breath.IN: Cue.BREATHE_IN,
    Breath.OUT: Cue.BREATHE_OUT,
    Breath.HOLD: Cue.HOLD,
    Breath.NONE: Cue.NEXT_REP,
}

# The cue each event asks for, most important first.
_EVENT_CUES = (
    ({EventKind.SESSION_FINISHED}, Cue.FINISHED),
    ({EventKind.REST_STARTED, EventKind.GET_READY_STARTED}, Cue.NEXT_EXERCISE),
    ({EventKind.SIDE_SWITCHED}, Cue.SWITCH_SIDES),
)

_COUNTDOWN_STATES = {SessionState.GET_READY, SessionState.SWITCH_SIDES}


@dataclass(frozen=True, slots=True)
class CueStart:
    """Play `cue` so that it is heard at clock time `due`."""

    cue: Cue
    due: float


@dataclass(frozen=True, slots=True)
class CueOrders:
    """What to do now: stop every cue playing or waiting (first), then start these."""

    stop: bool = False
    starts: tuple[CueStart, ...] = ()


def cue_for_moment(events: Iterable[Event]) -> Cue | None:
    """The one cue for events that fall on the same moment, or None when none asks for one."""
    kinds = set()
    breath: Breath | None = None
    for event in events:
        kinds.add(event.kind)
        if event.kind is EventKind.PHASE_STARTED and event.breath is not None:
            breath = event.breath
    for wanted, cue in _EVENT_CUES:
        if kinds & wanted:
            return cue
    if breath is not None:
        return BREATH_CUES[breath]
    return Cue.NEXT_REP if EventKind.REP_COMPLETED in kinds else None


def upcoming_cue(snapshot: Snapshot) -> Cue:
    """The cue for the moment the current period ends, read from a running session's snapshot."""
    exercise, variant = snapshot.exercise, snapshot.variant
    assert exercise is not None, "a running session has an exercise"
    assert variant is not None, "a running session has a variant"
    match snapshot.state:
        case SessionState.REST:
            return Cue.NEXT_EXERCISE
        case SessionState.GET_READY | SessionState.SWITCH_SIDES:
            # A variant chosen mid-rep takes over with the first rep after the switch.
            phases = exercise.variant(snapshot.pending_variant or variant).phases
            return BREATH_CUES[phases[0].breath]
    following = (snapshot.phase_index or 0) + 1
    if following < (snapshot.phase_count or 0):
        return BREATH_CUES[exercise.variant(variant).phases[following].breath]
    if (snapshot.rep or 0) < (snapshot.reps or 0):
        # The next rep's first breath, in the variant it will be done in.
        phases = exercise.variant(snapshot.pending_variant or variant).phases
        return BREATH_CUES[phases[0].breath]
    if snapshot.side != exercise.sides[-1]:
        return Cue.SWITCH_SIDES
    if snapshot.next_exercise is not None:
        return Cue.NEXT_EXERCISE
    return Cue.FINISHED


def moments(events: Sequence[Event]) -> list[list[Event]]:
    """Events grouped by the moment (session time) they fell on, in order."""
    groups: list[list[Event]] = []
    for event in events:
        if groups and abs(groups[-1][0].session_time - event.session_time) < _SAME_MOMENT:
            groups[-1].append(event)
        else:
            groups.append([event])
    return groups


def _resume_beeps(resuming: Event) -> list[CueStart]:
    """A beep at each of the last seconds of a resume countdown."""
    length = resuming.seconds or 0.0
    return [
        CueStart(Cue.COUNTDOWN, resuming.at + length - left)
        for left in COUNTDOWN_BEEPS
        if left <= length + _SAME_MOMENT
    ]


class CueScheduler:
    """Turns a session's events and frames into cue orders; told the clock time, never reads it."""

    def __init__(self, lead: float) -> None:
        # How long before a cue is due the player must be started.
        self.lead = lead
        # Session times of the moments already cued or passed, in order.
        self._handled: deque[float] = deque(maxlen=_HANDLED_KEPT)
        # Clock time minus session time while the session runs; each event makes it exact.
        self._offset: float | None = None
        self._paused = False
        self._over = False

    def on_events(self, events: Sequence[Event], now: float) -> CueOrders:
        """Orders for events just reported (in order, each stamped with the time it was due)."""
        stop = False
        starts: list[CueStart] = []
        latest: CueStart | None = None
        for moment in moments(events):
            kinds = {event.kind for event in moment}
            stop |= self._follow_pause(moment, kinds)
            if EventKind.RESUMING in kinds and not self._over:
                starts += _resume_beeps(next(e for e in moment if e.kind is EventKind.RESUMING))
            changed, cue = self._take_moment(moment, now)
            stop |= changed
            latest = cue or latest
            if kinds & {EventKind.SESSION_FINISHED, EventKind.SESSION_ENDED}:
                self._over = True
                stop |= EventKind.SESSION_ENDED in kinds
        if latest is not None and not self._paused:
            # Only the latest moment speaks: earlier ones in the same report are over.
            starts.append(latest)
        return CueOrders(stop=stop, starts=tuple(starts))

    def _follow_pause(self, moment: list[Event], kinds: set[EventKind]) -> bool:
        """Note a pause or resume at this moment; True when cues must stop."""
        when = moment[0].session_time
        if EventKind.RESUMED in kinds:
            self._paused = False
        if not self._paused:
            self._offset = moment[-1].at - when
        if EventKind.PAUSED not in kinds:
            return False
        self._paused = True
        # Moments after the pause were handed over early; they come again after resume.
        self._forget_after(when)
        return True

    def _take_moment(self, moment: list[Event], now: float) -> tuple[bool, CueStart | None]:
        """Mark a moment handled: whether what was handed over is now wrong, and its cue."""
        when, at = moment[0].session_time, moment[-1].at
        if self._is_handled(when):
            return False, None
        # A moment before one already handed over: a command changed what comes next.
        changed = bool(self._handled) and when < self._handled[-1]
        self._forget_after(when)
        self._handled.append(when)
        cue = cue_for_moment(moment)
        if cue is None or self._paused or self._over or now - at > STALE_SECONDS:
            return changed, None
        return changed, CueStart(cue, at)

    def on_frame(self, snapshot: Snapshot, now: float) -> CueOrders:
        """Orders for a frame: hand over the cues that must start before the next frames."""
        if (
            self._over
            or self._paused
            or self._offset is None
            or snapshot.paused
            or snapshot.resume_countdown is not None
            or snapshot.state not in RUNNING
        ):
            return CueOrders()
        end = snapshot.elapsed + snapshot.seconds_left
        moments = [
            (end - left, Cue.COUNTDOWN)
            for left in COUNTDOWN_BEEPS
            if snapshot.state in _COUNTDOWN_STATES and left < snapshot.period_seconds - _SAME_MOMENT
        ]
        moments.append((end, upcoming_cue(snapshot)))
        starts: list[CueStart] = []
        for when, cue in moments:
            if self._handled and when < self._handled[-1] + _SAME_MOMENT:
                continue
            due = self._offset + when
            if due - self.lead - now > LOOKAHEAD_SECONDS:
                break
            self._handled.append(when)
            if now - due <= STALE_SECONDS:
                starts.append(CueStart(cue, due))
        return CueOrders(starts=tuple(starts))

    def _is_handled(self, when: float) -> bool:
        return any(abs(handled - when) < _SAME_MOMENT for handled in self._handled)

    def _forget_after(self, when: float) -> None:
        while self._handled and self._handled[-1] > when + _SAME_MOMENT:
            self._handled.pop()

"""A short routine built in code, and a session run on a hand-moved clock with a CueScheduler."""

from __future__ import annotations

from dataclasses import dataclass, field

from backpain_gui.audio.cues import Cue
from backpain_gui.audio.scheduler import CueOrders, CueScheduler, CueStart
from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant
from backpain_gui.session import CommandResult, Event, Session, SessionSettings

START = 1000.0
LEAD = 0.085
FRAME = 1 / 60
SETTINGS = SessionSettings(
    get_ready_seconds=5, switch_sides_seconds=4, rest_seconds=6, resume_countdown_seconds=3
)


def _exercise(
    exercise_id: str, phases: tuple[tuple[Breath, float], ...], reps: int, two_sided: bool
) -> Exercise:
    steps = tuple(
        Phase(breath, seconds, f"{breath} {seconds}", "p.svg") for breath, seconds in phases
    )
    return Exercise(
        id=exercise_id,
        name=exercise_id.title(),
        aim="",
        start_position="lie down",
        start_picture="s.svg",
        reps=reps,
        two_sided=two_sided,
        variants=(ExerciseVariant(Variant.STANDARD, "", steps),),
    )


# Tilt: 2 reps of in 2 s + out 3 s. Twist: two-sided, 1 rep a side of in 1 + hold 1 + out 2.
TILT = _exercise("tilt", ((Breath.IN, 2), (Breath.OUT, 3)), reps=2, two_sided=False)
TWIST = _exercise("twist", ((Breath.IN, 1), (Breath.HOLD, 1), (Breath.OUT, 2)), 1, True)
ROUTINE = Routine(title="Cue test", exercises=(TILT, TWIST))

# Every cue of an uninterrupted session, at the clock time it is due.
TIMELINE = [
    (1000.0, Cue.NEXT_EXERCISE),  # get ready for tilt (5 s)
    (1002.0, Cue.COUNTDOWN),
    (1003.0, Cue.COUNTDOWN),
    (1004.0, Cue.COUNTDOWN),
    (1005.0, Cue.BREATHE_IN),
    (1007.0, Cue.BREATHE_OUT),
    (1010.0, Cue.BREATHE_IN),  # rep 2 begins with its breath-in, not a tick
    (1012.0, Cue.BREATHE_OUT),
    (1015.0, Cue.NEXT_EXERCISE),  # tilt done: rest (6 s)
    (1021.0, Cue.NEXT_EXERCISE),  # get ready for twist (5 s)
    (1023.0, Cue.COUNTDOWN),
    (1024.0, Cue.COUNTDOWN),
    (1025.0, Cue.COUNTDOWN),
    (1026.0, Cue.BREATHE_IN),
    (1027.0, Cue.HOLD),
    (1028.0, Cue.BREATHE_OUT),
    (1030.0, Cue.SWITCH_SIDES),  # switch sides (4 s)
    (1031.0, Cue.COUNTDOWN),
    (1032.0, Cue.COUNTDOWN),
    (1033.0, Cue.COUNTDOWN),
    (1034.0, Cue.BREATHE_IN),
    (1035.0, Cue.HOLD),
    (1036.0, Cue.BREATHE_OUT),
    (1038.0, Cue.FINISHED),
]
END = 1038.0


@dataclass
class CueRun:
    """A session driven the way the window drives it, with every cue order written down."""

    session: Session = field(default_factory=lambda: Session(ROUTINE, SETTINGS))
    scheduler: CueScheduler = field(default_factory=lambda: CueScheduler(lead=LEAD))
    now: float = START
    # Each cue handed to the player: when it was handed over, and what to play when.
    handed: list[tuple[float, CueStart]] = field(default_factory=list)
    # The clock times at which every cue was ordered to stop.
    stops: list[float] = field(default_factory=list)

    def start(self) -> None:
        """Start the session at START."""
        self._orders_for(self.session.start(self.now))

    def frame_at(self, now: float) -> None:
        """One frame at clock time `now`: bring the session up to it, then look ahead."""
        self.now = now
        self._orders_for(self.session.advance(now))

    def run_until(self, end: float, step: float = FRAME) -> None:
        """Frames every `step` seconds until clock time `end`."""
        frames = round((end - self.now) / step)
        base = self.now
        for n in range(1, frames + 1):
            self.frame_at(base + n * step)

    def command(self, result: CommandResult) -> None:
        """A command the user gave at the current time, as the driver passes it on."""
        self._orders_for(list(result.events))

    def _orders_for(self, events: list[Event]) -> None:
        if events:
            self._record(self.scheduler.on_events(events, self.now))
        self._record(self.scheduler.on_frame(self.session.snapshot(self.now), self.now))

    def _record(self, orders: CueOrders) -> None:
        if orders.stop:
            self.stops.append(self.now)
        self.handed += [(self.now, start) for start in orders.starts]

    def heard(self) -> list[tuple[float, Cue]]:
        """Each cue that is handed over and not stopped before its time, rounded to the ms."""
        out = []
        for handed_at, start in self.handed:
            stopped = any(handed_at <= stop < start.due for stop in self.stops)
            if not stopped:
                out.append((round(start.due, 3), start.cue))
        return out

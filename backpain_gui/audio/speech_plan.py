"""What the voice says at which moment of a session, and how long saying it takes. No I/O.

Rules
-----
Each moment of the session (the events at one session time) that begins a period gets at
most one utterance, given as its wordings from the fullest to the shortest:

  get-ready started   "<name>. <start position>"            | "<name>"
  phase started       "<words>" the first time they are     | "<breath word>" ("in", "out",
                      heard in this exercise (the phase's   |  "hold"); a phase with no
                      `say:`, else its instruction)         |  breath has none
  side switched       "Switch sides. <how>"                 | "Switch sides."
  rest started        "Rest. Next: <name>. <start position>" | "Rest. Next: <name>." | "Rest."
  session finished    "Session complete."

(In English; the UI gives the planner its own words in the UI language, `SpokenWords`, and
the routine's words come in it with the routine.)

A phase whose words were heard (or do not fit) says instead the tip the screen shows beside
it (backpain_gui/session/tips.py), after its breath word or alone, when that tip has not yet
been heard this session and fits: each tip is said once a session, in a phase with room for
it, never over a cue; a tip too long for every gap its step gives is only shown.

At the first phase of rep 2 on, the rep's number goes in front when it is a multiple of
`rep_every` ("Three. In."), with the breath word alone as the last resort. The rest says the
next exercise's start position because a 5 s get-ready seldom has room for it after its bell.

Timing. Speech never sounds over a cue: an utterance starts once the cue of its moment has
rung (its length, then AFTER_CUE_SECONDS) and must be over BEFORE_CUE_SECONDS before the
period ends, where the next cue rings. When it is due, the fullest wording whose estimated
length fits the time left is said; when none fits, nothing is. A phase never waits for
speech. The get-ready's 3-2-1 beeps are not avoided: they are clicks of 0.17 s, and a
5 s get-ready after its 1.65 s bell has no other room for the exercise's name.

Commands. Pause, skip, back, restart and end stop the voice at once and drop what was still
to be said. While paused nothing is said; on resume (or when the voice opens late), the
period under way is said again, fitted to the time it has left, never over its own cue.
When a batch of events covers several moments (a late frame), only the latest one speaks:
the earlier ones are over.

Lengths. An utterance's length is measured the first time it is said with a voice and
rate, and kept (LengthCache); one never said is estimated from its syllables at
DEFAULT_SYLLABLE_SECONDS for the rate, slowed to the pace the measured ones show when the
voice is slower than that.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from backpain_gui.audio.cues import Cue
from backpain_gui.audio.scheduler import cue_for_moment, moments
from backpain_gui.content.model import Breath, Exercise, Routine, Variant
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.tips import spoken_tip, tip_for

# A breath between the cue and the voice, so the two are heard as two.
AFTER_CUE_SECONDS = 0.1
# Silence left before the next cue, so the voice never masks the tone that starts a phase.
BEFORE_CUE_SECONDS = 0.15

BREATH_WORDS = {Breath.IN: "in", Breath.OUT: "out", Breath.HOLD: "hold", Breath.NONE: ""}
SESSION_COMPLETE = "Session complete."
SWITCH_SIDES = "Switch sides."
REST = "Rest."


@dataclass(frozen=True, slots=True)
class SpokenWords:
    """The planner's own words (the routine's come from the routine), in one language: the UI
    gives them translated (ui/spoken_words.py); English by default."""

    breath: Mapping[Breath, str]
    session_complete: str
    switch_sides: str
    rest: str
    # "Next: {exercise}", the exercise coming after a rest.
    next_exercise: str
    variant: Mapping[Variant, str]
    # A rep's number as the voice says it ("three").
    number: Callable[[int], str]
    # "Have {equipment} ready.", said in the rest before a version that needs something.
    have_ready: str = "Have {equipment} ready."


# The pace model, fitted to espeak-ng through speech-dispatcher at Qt's rate 0 by recording
# it (0.22-0.31 s a syllable, short words the slowest; 0.4-0.55 s more at a full stop or a
# colon) and rounded up, so an unmeasured utterance is shortened rather than cut off.
DEFAULT_SYLLABLE_SECONDS = 0.26
BREAK_SECONDS = 0.5
# From say() to the first sound, and the last sound's fading.
START_SECONDS = 0.15
# Only utterances this long tell the voice's pace; a word or two is mostly start-up.
PACE_MIN_SYLLABLES = 4
# How many voices (each voice and rate is one) and utterances per voice the cache keeps.
CACHED_VOICES = 16
CACHED_UTTERANCES = 1000

_STOPPING = {
    EventKind.PAUSED,
    EventKind.EXERCISE_SKIPPED,
    EventKind.EXERCISE_RESTARTED,
    EventKind.SESSION_ENDED,
}
# The events that begin a period, most telling first: one moment can hold several kinds.
_PERIOD_KINDS = (
    EventKind.SESSION_FINISHED,
    EventKind.REST_STARTED,
    EventKind.GET_READY_STARTED,
    EventKind.SIDE_SWITCHED,
    EventKind.PHASE_STARTED,
)
# With the accented vowels of German and French, whose words the voice says too.
_VOWEL_GROUPS = re.compile(r"[aeiouyäöüéèêëàâîïôûùœæ]+")
_WORDS = re.compile(r"[a-z0-9'äöüßéèêëàâîïôûùçœæ]+")
# A pause inside the text: punctuation followed by more words.
_BREAKS = re.compile(r"[.,;:!?](?=\s*\w)")

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """A whole number from 0 to 999 in words ("twenty-one"); digits beyond that."""
    if not 0 <= n < 1000:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


ENGLISH = SpokenWords(
    breath=BREATH_WORDS,
    session_complete=SESSION_COMPLETE,
    switch_sides=SWITCH_SIDES,
    rest=REST,
    next_exercise="Next: {exercise}",
    variant={variant: variant.value for variant in Variant},
    number=number_words,
)


def syllables(text: str) -> int:
    """About how many syllables a voice says for `text` (vowel groups, a final e silent)."""
    count = 0
    for word in _WORDS.findall(text.lower()):
        if word.isdigit():
            count += syllables(number_words(int(word)))
            continue
        groups = len(_VOWEL_GROUPS.findall(word))
        if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
            groups -= 1
        count += max(groups, 1)
    return count


def sentence(*parts: str) -> str:
    """Parts joined as sentences: each ends with a full stop unless it has its own ending."""
    kept = [part.strip() for part in parts if part.strip()]
    capitalised = [part[0].upper() + part[1:] for part in kept]
    return " ".join(part if part[-1] in ".!?" else f"{part}." for part in capitalised)


class SpeechLengths:
    """How long one voice at one rate takes to say things: measured, else estimated."""

    def __init__(self, rate: float, measured: dict[str, float] | None = None) -> None:
        # Qt's rate: -1 slowest, 0 normal, 1 fastest. Voices roughly halve or double
        # their pace across it (espeak-ng more on the fast side), so this errs long.
        self.rate = rate
        self.measured = {} if measured is None else measured

    def estimate(self, text: str) -> float:
        """Seconds from say() to the last sound of `text`."""
        known = self.measured.get(text)
        return known if known is not None else self._model(text) * self._pace()

    def learn(self, text: str, seconds: float) -> bool:
        """Keep a measurement; False (and nothing kept) when this text is already measured."""
        if text in self.measured or not text:
            return False
        if len(self.measured) >= CACHED_UTTERANCES:
            del self.measured[next(iter(self.measured))]
        self.measured[text] = seconds
        return True

    def _model(self, text: str) -> float:
        slower = math.pow(2.0, -self.rate)
        speaking = (
            syllables(text) * DEFAULT_SYLLABLE_SECONDS + len(_BREAKS.findall(text)) * BREAK_SECONDS
        )
        return START_SECONDS + speaking * slower

    def _pace(self) -> float:
        """How much slower than the model this voice is, from what was measured (never faster:
        syllables tell a sentence's length to within a third, and an overrun costs a cue)."""
        # Imported here: statistics brings fractions and decimal, 5 ms of the window's start.
        import statistics

        ratios = [
            seconds / self._model(text)
            for text, seconds in self.measured.items()
            if syllables(text) >= PACE_MIN_SYLLABLES
        ]
        return max(1.0, statistics.median(ratios)) if ratios else 1.0


class LengthCache:
    """Measured lengths for every voice and rate used, kept as JSON between runs."""

    def __init__(self, voices: dict[str, dict[str, float]] | None = None) -> None:
        self._voices = {} if voices is None else voices

    @classmethod
    def from_json(cls, text: str) -> LengthCache:
        """The cache saved by `to_json`; an empty one when `text` is not such a cache."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        voices = {
            str(key): {
                str(said): float(seconds)
                for said, seconds in lengths.items()
                if isinstance(seconds, int | float) and math.isfinite(seconds) and seconds > 0
            }
            for key, lengths in data.items()
            if isinstance(lengths, dict)
        }
        return cls(voices)

    def to_json(self) -> str:
        """Everything measured, as JSON."""
        return json.dumps(self._voices, sort_keys=True)

    def for_voice(self, engine: str, voice: str, rate: float) -> SpeechLengths:
        """The lengths of one voice at one rate; what it learns is kept here."""
        key = f"{engine}|{voice}|{rate:.2f}"
        if key not in self._voices and len(self._voices) >= CACHED_VOICES:
            del self._voices[next(iter(self._voices))]
        return SpeechLengths(rate, self._voices.setdefault(key, {}))


@dataclass(frozen=True, slots=True)
class Utterance:
    """Something to say: its wordings, fullest first, from clock time `start`, over by `end`."""

    wordings: tuple[str, ...]
    start: float
    end: float
    # The phase's words, when the fullest wording carries them: heard once, not again.
    words: str | None = None
    # The tip, and the wordings that carry it: heard once a session, not again.
    tip: str | None = None
    tip_wordings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SpeechOrders:
    """What to do now: stop the voice and drop what waits (first), then plan these."""

    stop: bool = False
    utterances: tuple[Utterance, ...] = ()


def _unique(wordings: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(wording for wording in wordings if wording))


class SpeechPlanner:
    """Turns a session's events into utterances; told the clock time, never reads it."""

    def __init__(
        self,
        routine: Routine,
        variants: Mapping[str, Variant],
        cue_seconds: Mapping[Cue, float],
        rep_every: int = 1,
        words: SpokenWords = ENGLISH,
    ) -> None:
        self.routine = routine
        self.words = words
        # The variant each exercise runs, by id; a variant change updates it.
        self.variants = dict(variants)
        # How long each cue rings (from the first sound), so speech can wait for its end.
        self.cue_seconds = cue_seconds
        self.rep_every = max(1, rep_every)
        self._paused = False
        # The phase words heard to their end since the exercise's get-ready began.
        self._heard: set[str] = set()
        # The tips heard to their end this session.
        self._tips_heard: set[str] = set()
        # The moment that began the period under way, for saying it again after a resume.
        self._period: list[Event] | None = None
        # The session time of the session's first get-ready, which says when to stop.
        self._first_get_ready: float | None = None

    def on_events(self, events: Sequence[Event]) -> SpeechOrders:
        """Orders for events just reported (in order, each stamped with the time it was due)."""
        stop = False
        latest: Utterance | None = None
        for moment in moments(events):
            kinds = {event.kind for event in moment}
            if kinds & _STOPPING:
                stop, latest = True, None
            for event in moment:
                self._note(event)
            latest = self._take_moment(moment, kinds) or latest
        if self._paused or latest is None:
            return SpeechOrders(stop=stop)
        return SpeechOrders(stop=stop, utterances=(latest,))

    def _note(self, event: Event) -> None:
        """Follow pause and resume, and the variant each exercise runs."""
        match event.kind:
            case EventKind.PAUSED:
                self._paused = True
            case EventKind.RESUMED:
                self._paused = False
            case EventKind.VARIANT_CHANGED if event.exercise_id and event.variant:
                self.variants[event.exercise_id] = event.variant
            case EventKind.SESSION_STARTED:
                self._first_get_ready = None

    def _take_moment(self, moment: list[Event], kinds: set[EventKind]) -> Utterance | None:
        """Note the period this moment begins; its utterance, or the resumed period's."""
        if kinds & {EventKind.SESSION_ENDED, EventKind.SESSION_FINISHED}:
            self._period = None
        if EventKind.GET_READY_STARTED in kinds:
            self._heard.clear()
        if any(kind in kinds for kind in _PERIOD_KINDS):
            self._period = moment
            at = moment[-1].at
            return self._utterance(moment, self._cue_end(moment), now=(at, moment[-1].session_time))
        if EventKind.RESUMED in kinds:
            resumed = next(event for event in moment if event.kind is EventKind.RESUMED)
            return self.again(resumed.at, resumed.session_time)
        return None

    def again(self, now: float, session_time: float) -> Utterance | None:
        """The period under way said again from clock time `now` (session time `session_time`),
        as after a resume or when the voice opens late; None while paused or between periods."""
        if self._paused or self._period is None:
            return None
        # Not over the period's own cue, should it still ring (a pause puts it in the past).
        start = max(now, self._cue_end(self._period))
        return self._utterance(self._period, start, now=(now, session_time))

    def _cue_end(self, moment: list[Event]) -> float:
        """When the cue of `moment` has rung (clock time)."""
        cue = cue_for_moment(moment)
        return moment[-1].at + (0.0 if cue is None else self.cue_seconds.get(cue, 0.0))

    def _utterance(
        self, moment: list[Event], start: float, now: tuple[float, float]
    ) -> Utterance | None:
        """The utterance for the period `moment` began, said from clock time `start`.

        `now` is a clock time and the session time it was: after a pause the period ends as
        much later on the clock as the pause lasted.
        """
        event = next(e for kind in _PERIOD_KINDS for e in moment if e.kind is kind)
        wordings, words = self._wordings(event)
        if not wordings:
            return None
        end = math.inf
        if event.seconds is not None:
            clock, session_time = now
            end = clock + event.session_time + event.seconds - session_time - BEFORE_CUE_SECONDS
        tip, tip_wordings = self._tip(event)
        if tip_wordings:
            # The phase's own words first, while they are fresh; the tip where they do not fit.
            fresh = wordings[:1] if words is not None else ()
            wordings = _unique([*fresh, *tip_wordings, *wordings])
        return Utterance(wordings, start + AFTER_CUE_SECONDS, end, words, tip, tip_wordings)

    def _tip(self, event: Event) -> tuple[str | None, tuple[str, ...]]:
        """The tip shown beside the phase `event` begins, when not yet heard, and its wordings."""
        if event.kind is not EventKind.PHASE_STARTED or not event.exercise_id:
            return None, ()
        exercise = self.routine.exercise(event.exercise_id)
        variant = event.variant or self._variant(exercise)
        tip = tip_for(exercise, variant, event.rep or 1, event.phase_index or 0)
        if tip is None or tip in self._tips_heard:
            return None, ()
        phase = exercise.variant(variant).phases[event.phase_index or 0]
        breath = self.words.breath[phase.breath]
        rep = event.rep or 1
        counted = event.phase_index == 0 and rep >= 2 and rep % self.rep_every == 0
        number = self.words.number(rep) if counted else ""
        said = spoken_tip(exercise, variant, tip)
        if event.phase_index == 0:
            # A rep starts on its breath: the tip with it, or the count and the breath alone
            # ("Two. In."), never a tip without the breath word.
            return tip, (sentence(number, breath, said),)
        return tip, _unique([sentence(number, breath, said), sentence(number, said)])

    def _wordings(self, event: Event) -> tuple[tuple[str, ...], str | None]:
        """What may be said for the period `event` begins, fullest first, and its phase words."""
        exercise = self.routine.exercise(event.exercise_id) if event.exercise_id else None
        match event.kind:
            case EventKind.SESSION_FINISHED:
                return (self.words.session_complete,), None
            case EventKind.REST_STARTED:
                return self._rest(event.next_exercise_id), None
            case EventKind.GET_READY_STARTED if exercise is not None:
                position = exercise.start_position_for(self._variant(exercise))
                name = self._named(exercise)
                if self._first_get_ready is None:
                    self._first_get_ready = event.session_time
                if event.session_time == self._first_get_ready and self.routine.safety_say:
                    # When to stop, said once a session, in its first get-ready (the longest),
                    # and again should a pause cut it off: someone who starts with Enter and
                    # lies down cannot read it from the mat.
                    return self._first_get_ready_words(name, position), None
                # The routine's first advice ("contract your abdominals before you move") is
                # said at every get-ready where it fits: it is the one to act on every time.
                first = self.routine.first_advice
                wordings = [sentence(name, position, first)]
                # Its short spoken form, where the routine gives one: said with the name, at
                # least, in a get-ready too short for the advice and the start position.
                short = self.routine.advice_say
                if short:
                    wordings += [sentence(name, position, short), sentence(name, short)]
                wordings.append(sentence(name, position))
                return _unique([*wordings, sentence(name)]), None
            case EventKind.SIDE_SWITCHED if exercise is not None:
                how = exercise.switch_sides or ""
                switch = self.words.switch_sides
                return _unique([sentence(switch, how), switch]), None
            case EventKind.PHASE_STARTED if exercise is not None:
                return self._phase(exercise, event)
        return (), None

    def _first_get_ready_words(self, name: str, position: str) -> tuple[str, ...]:
        """The session's first get-ready: the name, when to stop, and as much of the start
        position and the advice as fits, fullest first; when to stop is in every wording."""
        safety = self.routine.safety_say or ""
        short = self.routine.advice_say or self.routine.first_advice
        return _unique(
            [
                sentence(name, position, short, safety),
                sentence(name, position, safety),
                sentence(name, short, safety),
                sentence(name, safety),
            ]
        )

    def _rest(self, next_id: str | None) -> tuple[str, ...]:
        if next_id is None:
            return (self.words.rest,)
        following = self.routine.exercise(next_id)
        variant = self._variant(following)
        position = following.start_position_for(variant)
        # The version too ("supported"): time to fetch the box or the ball it needs, said
        # before the start position where the version needs one.
        upcoming = self.words.next_exercise.format(exercise=self._named(following))
        rest = self.words.rest
        needed = following.variant(variant).equipment
        fetch = self.words.have_ready.format(equipment=needed) if needed else ""
        return _unique(
            [
                sentence(rest, upcoming, fetch, position),
                sentence(rest, upcoming, fetch),
                sentence(rest, upcoming, position),
                sentence(rest, upcoming),
                rest,
            ]
        )

    def _phase(self, exercise: Exercise, event: Event) -> tuple[tuple[str, ...], str | None]:
        phases = exercise.variant(event.variant or self._variant(exercise)).phases
        phase = phases[event.phase_index or 0]
        words = phase.say or phase.instruction
        breath = self.words.breath[phase.breath]
        rep = event.rep or 1
        counted = event.phase_index == 0 and rep >= 2 and rep % self.rep_every == 0
        number = self.words.number(rep) if counted else ""
        fresh = words not in self._heard
        wordings = _unique(
            [
                sentence(number, words) if fresh else "",
                sentence(number, breath) if breath else "",
                sentence(breath) if breath else "",
            ]
        )
        return wordings, words if fresh else None

    def _variant(self, exercise: Exercise) -> Variant:
        return self.variants.get(exercise.id, Variant.STANDARD)

    def _named(self, exercise: Exercise) -> str:
        """The exercise's name, with its version when it is not the standard one: "Extension
        Prone, supported", so that the person on the mat hears which one comes."""
        variant = self._variant(exercise)
        if variant is Variant.STANDARD:
            return exercise.name
        return f"{exercise.name}, {self.words.variant[variant]}"

    def choose(
        self, utterance: Utterance, now: float, estimate: Callable[[str], float]
    ) -> str | None:
        """The fullest wording that can be said from `now` and be over in time, or None."""
        room = utterance.end - max(now, utterance.start)
        return next((wording for wording in utterance.wordings if estimate(wording) <= room), None)

    def heard(self, utterance: Utterance, wording: str) -> None:
        """The voice said `wording` of `utterance` to its end: its phase words are now known."""
        if utterance.words is not None and wording == utterance.wordings[0]:
            self._heard.add(utterance.words)
        if utterance.tip is not None and wording in utterance.tip_wordings:
            self._tips_heard.add(utterance.tip)

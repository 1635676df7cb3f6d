"""When the plan moves on, and when it eases off, from the last week's pain as well as days.

A physiotherapist progresses a person when they have practised and their back allows it: the
harder versions are offered once the plan's days are done AND the last week shows no sign the
back is getting worse. Three signs hold them back, each said in words:

- a session stopped because it hurt;
- a session after which the back was worse by a change that matters (2 points or more);
- sorer before the sessions: the week's latest before-score 2 or more above its first.

With no scores (the question switched off, or skipped), only the first sign can be read, and
the days decide.

The other way is always open: after a session that hurt, left the back worse, or started on a
very sore day, the next plan offers the gentler versions, one click away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backpain_gui.content.model import Routine, Variant
from backpain_gui.session.pain import IT_HURTS, MEANINGFUL_RISE, pain_rose, severe_before
from backpain_gui.storage.saved import SessionEntry

# The days looked back over, today included.
WEEK_DAYS = 7


def week_before(today: date) -> date:
    """The first day of the week that ends today: where the pain rule starts looking."""
    return today - timedelta(days=WEEK_DAYS - 1)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (context "Progress"); the UI says it in its language
    (ui/pain_words.py). This layer imports no Qt."""
    return text


HURT_HOLDS_BACK = QT_TRANSLATE_NOOP(
    "Progress",
    "You stopped a session because it hurt on {day}. The harder versions wait until a week "
    "has gone by without that.",
)
WORSE_HOLDS_BACK = QT_TRANSLATE_NOOP(
    "Progress",
    "Your back was worse after the session on {day} ({before} to {after} of 10). The harder "
    "versions wait until a week of sessions leaves it no worse.",
)
SORER_HOLDS_BACK = QT_TRANSLATE_NOOP(
    "Progress",
    "Your back has been sorer before your sessions this week ({before} to {after} of 10). The "
    "harder versions wait until that settles.",
)
HURT_EASE_OFF = QT_TRANSLATE_NOOP("Progress", "Your last session was stopped because it hurt.")
WORSE_EASE_OFF = QT_TRANSLATE_NOOP(
    "Progress", "Your back went from {before} to {after} of 10 during your last session."
)
SORE_EASE_OFF = QT_TRANSLATE_NOOP(
    "Progress", "Your back was very sore before your last session ({before} of 10)."
)


@dataclass(frozen=True, slots=True)
class PainReason:
    """Why the plan waits or eases off: one of the templates above and what fills it in. The
    day is a date, written in the UI's language where it is shown."""

    template: str
    day: date | None = None
    before: int | None = None
    after: int | None = None


def pain_holds_back(sessions: Iterable[SessionEntry], today: date) -> PainReason | None:
    """Why the harder versions wait, read from the last week's sessions; None when nothing in
    the week holds them back. `sessions`: the plan's sessions, any order."""
    first = week_before(today)
    week = sorted(
        (session for session in sessions if first <= session.day <= today),
        key=lambda session: session.started_at,
    )
    hurt = [session for session in week if session.stopped_because == IT_HURTS]
    if hurt:
        return PainReason(HURT_HOLDS_BACK, day=hurt[-1].day)
    worse = [session for session in week if pain_rose(session.pain_before, session.pain_after)]
    if worse:
        last = worse[-1]
        return PainReason(WORSE_HOLDS_BACK, last.day, last.pain_before, last.pain_after)
    befores = [session.pain_before for session in week if session.pain_before is not None]
    if len(befores) >= 2 and befores[-1] - befores[0] >= MEANINGFUL_RISE:
        return PainReason(SORER_HOLDS_BACK, before=befores[0], after=befores[-1])
    return None


@dataclass(frozen=True, slots=True)
class EaseOff:
    """The gentler versions to offer after a session that hurt: why, and for which exercises."""

    # The session it is about: a "not now" is remembered for it, not asked again.
    session_id: int
    reason: PainReason
    # Each exercise's id and the gentler version to do from the next session.
    variants: Mapping[str, Variant]


def gentler_variants(routine: Routine, chosen: Mapping[str, Variant]) -> dict[str, Variant]:
    """One step gentler for each exercise that has one: the modification where there is one
    and it is not already done, else back from the progression to the standard version."""
    gentler: dict[str, Variant] = {}
    for exercise in routine.exercises:
        now = chosen.get(exercise.id, Variant.STANDARD)
        if Variant.MODIFICATION in exercise.offered_variants and now is not Variant.MODIFICATION:
            gentler[exercise.id] = Variant.MODIFICATION
        elif now is Variant.PROGRESSION:
            gentler[exercise.id] = Variant.STANDARD
    return gentler


def ease_off_due(
    sessions: Sequence[SessionEntry],
    routine: Routine,
    chosen: Mapping[str, Variant],
    declined_session: int | None = None,
) -> EaseOff | None:
    """The gentler versions to offer, when the latest of `sessions` (oldest first) hurt, left
    the back worse, or started on a very sore day; None when it did not, when there is
    nothing gentler to offer, or when the user said "not now" for that session."""
    if not sessions:
        return None
    latest = sessions[-1]
    if latest.id == declined_session:
        return None
    gentler = gentler_variants(routine, chosen)
    if not gentler:
        return None
    if latest.stopped_because == IT_HURTS:
        reason = PainReason(HURT_EASE_OFF)
    elif pain_rose(latest.pain_before, latest.pain_after):
        reason = PainReason(WORSE_EASE_OFF, before=latest.pain_before, after=latest.pain_after)
    elif severe_before(latest.pain_before) is not None:
        reason = PainReason(SORE_EASE_OFF, before=latest.pain_before)
    else:
        return None
    return EaseOff(latest.id, reason, gentler)

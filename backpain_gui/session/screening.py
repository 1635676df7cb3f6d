"""Is it safe to start? The red flags a physiotherapist asks about before exercise for back pain.

Low back pain is nearly always mechanical and helped by moving, but a few signs mean a doctor
first. They are asked before the first session and again every 90 days (or from the menu),
in plain words. Signs of pressure on the nerve roots at the base of the spine (cauda equina:
numbness around the genitals or bottom, new trouble passing urine or controlling the bladder
or bowels) are an emergency. The others mean seeing a GP or physiotherapist before starting,
and the app starts no session until the person says they were told they may exercise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's lupdate and give it unchanged: the window translates the
    questions and advice where it shows them; this layer imports no Qt."""
    return text


# Asked again after this long: a back, and a life, change.
SCREEN_AGAIN_AFTER = timedelta(days=90)


class Urgency(StrEnum):
    """What a red flag means: an emergency now, or a doctor or physiotherapist first."""

    EMERGENCY = "emergency"
    SEE_FIRST = "see first"


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One question, in the words a person answers it in."""

    key: str
    question: str
    urgency: Urgency


RED_FLAGS = (
    RedFlag(
        "saddle",
        QT_TRANSLATE_NOOP("Screening", "Numbness around your genitals, bottom or inner thighs"),
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "bladder",
        QT_TRANSLATE_NOOP(
            "Screening", "New trouble passing urine, or controlling your bladder or bowels"
        ),
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "leg",
        QT_TRANSLATE_NOOP("Screening", "Numbness, tingling or weakness in one or both legs"),
        Urgency.SEE_FIRST,
    ),
    RedFlag(
        "illness",
        QT_TRANSLATE_NOOP(
            "Screening", "Fever, weight loss you cannot explain, or a history of cancer"
        ),
        Urgency.SEE_FIRST,
    ),
    RedFlag(
        "injury",
        QT_TRANSLATE_NOOP("Screening", "The pain began after a fall, an accident or a blow"),
        Urgency.SEE_FIRST,
    ),
    RedFlag(
        "night",
        QT_TRANSLATE_NOOP("Screening", "The pain is worse at night and when you rest"),
        Urgency.SEE_FIRST,
    ),
    RedFlag(
        "condition",
        QT_TRANSLATE_NOOP(
            "Screening", "You are pregnant, have osteoporosis, or had spinal surgery recently"
        ),
        Urgency.SEE_FIRST,
    ),
)

EMERGENCY_ADVICE = QT_TRANSLATE_NOOP(
    "Screening",
    "Call emergency services now (999 in the UK, 112 in Europe, 911 in North America), or go"
    " to an emergency department. These signs can mean pressure on the nerves at the base of"
    " the spine, which needs treating at once. Do not do these exercises.",
)
SEE_FIRST_ADVICE = QT_TRANSLATE_NOOP(
    "Screening",
    "See your GP or a physiotherapist before you start these exercises, and tell them what you"
    " ticked. Come back when they have told you that you may exercise.",
)


class Outcome(StrEnum):
    """What the answers mean for today."""

    CLEAR = "clear"
    SEE_FIRST = "see first"
    EMERGENCY = "emergency"


def outcome(ticked: set[str]) -> Outcome:
    """What the red flags the person ticked (by key) mean; an emergency outranks the rest."""
    known = {flag.key: flag for flag in RED_FLAGS}
    unknown = ticked - known.keys()
    if unknown:
        raise ValueError(f"no such red flag: {', '.join(sorted(unknown))}")
    urgencies = {known[key].urgency for key in ticked}
    if Urgency.EMERGENCY in urgencies:
        return Outcome.EMERGENCY
    return Outcome.SEE_FIRST if urgencies else Outcome.CLEAR


def screening_due(passed_on: date | None, today: date) -> bool:
    """Whether to ask before today's session: never asked, asked 90 days ago or more, or the
    date is in the future (a clock set wrong, or a file edited by hand)."""
    if passed_on is None or passed_on > today:
        return True
    return today - passed_on >= SCREEN_AGAIN_AFTER


def read_date(value: object) -> date | None:
    """An ISO date as QSettings keeps it; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None

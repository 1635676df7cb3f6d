"""What a pain score before and after a session means, in words a physiotherapist would use.

Scores are the 0-10 numeric rating scale. Exercise for back pain is meant to leave the back
no worse: a rise of 2 points or more after a session (the smallest change that matters to a
person) means easing off; a score above 7 before means a bad day, for the gentlest versions.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's lupdate and give it unchanged: the window translates these words
    where it shows them (ui/pain_words.py); this layer imports no Qt."""
    return text


# The smallest rise that matters, and the score above which a day is a bad one.
MEANINGFUL_RISE = 2
SEVERE_ABOVE = 7

SEVERE_BEFORE = QT_TRANSLATE_NOOP(
    "Pain",
    "Your back is very sore today ({before} of 10). Go gently: choose the modifications, stop"
    " if the pain gets worse, and see a GP or physiotherapist if it stays this bad.",
)
ROSE_AFTER = QT_TRANSLATE_NOOP(
    "Pain",
    "Your back went from {before} to {after} of 10 during the session. Ease off next time:"
    " the modifications are offered on the plan. If this keeps happening, see a"
    " physiotherapist.",
)
# Why a session was stopped, as saved; and what to do then.
IT_HURTS = "it hurts"
IT_HURTS_ADVICE = QT_TRANSLATE_NOOP(
    "Pain",
    "You stopped because it hurt, which was right. Rest in a position that eases it. If the"
    " pain is sharp, spreads down a leg, or has not settled in a day or two, see a GP or"
    " physiotherapist. Next time, try the modifications.",
)
EASIER_AFTER = QT_TRANSLATE_NOOP(
    "Pain", "Your back went from {before} to {after} of 10. Well done."
)


def severe_before(before: int | None) -> str | None:
    """Words for a bad day before the session starts; None when the score is not severe."""
    if before is None or before <= SEVERE_ABOVE:
        return None
    return SEVERE_BEFORE.format(before=before)


def pain_rose(before: int | None, after: int | None) -> bool:
    """Whether the back is worse after the session by a change that matters."""
    return before is not None and after is not None and after - before >= MEANINGFUL_RISE


def after_words(before: int | None, after: int | None) -> str:
    """What the summary says of the two scores ("" when one is missing or nothing changed)."""
    if before is None or after is None:
        return ""
    if pain_rose(before, after):
        return ROSE_AFTER.format(before=before, after=after)
    if after < before:
        return EASIER_AFTER.format(before=before, after=after)
    return ""

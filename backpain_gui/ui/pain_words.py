"""The pain advice of `session.pain` in the UI language.

The session layer imports no Qt, so it only marks its words for lupdate (QT_TRANSLATE_NOOP,
context "Pain") and writes them in English; here the same decisions are given in the words
of the UI language, from the same templates.
"""

from __future__ import annotations

from backpain_gui.session.pain import (
    EASIER_AFTER,
    IT_HURTS_ADVICE,
    ROSE_AFTER,
    SEVERE_BEFORE,
    after_words,
    severe_before,
)
from backpain_gui.storage.when_to_progress import PainReason
from backpain_gui.ui.translation import translate
from backpain_gui.ui.words import local_date


def severe_before_words(before: int | None) -> str | None:
    """`severe_before`, translated: words for a bad day, or None when the score is not severe."""
    if severe_before(before) is None:
        return None
    return translate("Pain", SEVERE_BEFORE).format(before=before)


def after_session_words(before: int | None, after: int | None) -> str:
    """`after_words`, translated: what the summary says of the two scores, or ""."""
    english = after_words(before, after)
    for template in (ROSE_AFTER, EASIER_AFTER):
        if english and english == template.format(before=before, after=after):
            return translate("Pain", template).format(before=before, after=after)
    return english


def it_hurts_advice() -> str:
    """What to do after stopping because it hurt, translated."""
    return translate("Pain", IT_HURTS_ADVICE)


def reason_words(reason: PainReason) -> str:
    """Why the plan waits or eases off (storage.when_to_progress), in the UI language, its
    day in the UI's own words for it ("Dienstag 17 November")."""
    day = local_date(reason.day, "dddd d MMMM") if reason.day else ""
    return translate("Progress", reason.template).format(
        day=day, before=reason.before, after=reason.after
    )

"""Why the plan waits or eases off, in words (storage.when_to_progress gives the reason, the
UI words it): English here, as with no catalogue installed, its day from QLocale."""

from __future__ import annotations

from datetime import date

import pytest

from backpain_gui.storage.when_to_progress import (
    HURT_EASE_OFF,
    HURT_HOLDS_BACK,
    SORE_EASE_OFF,
    SORER_HOLDS_BACK,
    WORSE_EASE_OFF,
    WORSE_HOLDS_BACK,
    PainReason,
)
from backpain_gui.ui.pain_words import reason_words


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (PainReason(HURT_HOLDS_BACK, date(2026, 11, 15)), "because it hurt on Sunday 15 November"),
        (
            PainReason(WORSE_HOLDS_BACK, date(2026, 11, 17), 3, 5),
            "worse after the session on Tuesday 17 November (3 to 5 of 10)",
        ),
        (
            PainReason(SORER_HOLDS_BACK, before=2, after=4),
            "sorer before your sessions this week (2 to 4 of 10)",
        ),
        (
            PainReason(WORSE_EASE_OFF, before=3, after=6),
            "from 3 to 6 of 10 during your last session",
        ),
        (PainReason(HURT_EASE_OFF), "stopped because it hurt"),
        (PainReason(SORE_EASE_OFF, before=8), "very sore before your last session (8 of 10)"),
    ],
)
def test_each_reason_is_said_with_its_day_and_scores(speak, reason: PainReason, words: str) -> None:
    speak({"LANG": "en_US.UTF-8"})
    assert words in reason_words(reason)

"""The pain chart in words (a screen reader's description of it, and the line under it), in
the UI language: English here, as with no catalogue installed."""

from __future__ import annotations

from datetime import timedelta

from backpain_gui.session.pain import IT_HURTS
from backpain_gui.storage.pain_trend import pain_trend, period
from backpain_gui.ui.pain_trend_words import trend_summary, trend_words
from tests.storage.test_pain_trend import TODAY, scored


def test_the_chart_in_words_names_every_session_and_its_scores() -> None:
    trend = pain_trend(
        [scored(TODAY - timedelta(days=1), 4, 2), scored(TODAY, 5, None, stopped_because=IT_HURTS)],
        *period(TODAY),
    )
    words = trend_words(trend)
    assert words.startswith("Pain before and after each session, 0 to 10, from 06 Nov to 03 Dec")
    assert "Wed 02 Dec, 08:00: pain 4 before, 2 after; 3 of 3 exercises done." in words
    assert "Thu 03 Dec, 08:00: pain 5 before, no score after" in words
    assert words.endswith("stopped because it hurt.")
    assert trend_summary(trend) == (
        "Latest: Thu 03 Dec, pain 5 before, no score after. Stopped because it hurt: 1 time."
    )


def test_without_sessions_or_scores_the_words_say_so() -> None:
    first, last = period(TODAY)
    assert trend_words(pain_trend([], first, last)) == "No sessions from 06 Nov to 03 Dec 2026."
    unscored = pain_trend([scored(TODAY, None, None)], first, last)
    assert not unscored.scored
    assert "(no pain scores given yet)" in trend_words(unscored)
    assert trend_summary(unscored).startswith("No pain scores yet")

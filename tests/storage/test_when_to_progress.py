"""When the plan moves on and when it eases off, over made-up histories: the harder versions
wait while the last week's pain says so, and a session that hurt offers the gentler ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from backpain_gui.content.model import Variant
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.storage.progress import plan_progress
from backpain_gui.storage.saved import SessionEntry
from backpain_gui.storage.when_to_progress import (
    HURT_EASE_OFF,
    HURT_HOLDS_BACK,
    SORE_EASE_OFF,
    SORER_HOLDS_BACK,
    WORSE_EASE_OFF,
    WORSE_HOLDS_BACK,
    PainReason,
    ease_off_due,
    gentler_variants,
    pain_holds_back,
)
from tests.session.session_routines import small_routine
from tests.storage.history_runs import saved

TODAY = date(2026, 11, 20)


def on(days_ago: int, before: int | None = None, after: int | None = None, **more) -> SessionEntry:
    session = saved(TODAY - timedelta(days=days_ago), session_id=100 - days_ago)
    return replace(session, pain_before=before, pain_after=after, **more)


def test_a_calm_week_holds_nothing_back() -> None:
    week = [on(6, 3, 2), on(4, 3, 3), on(2, 4, 3), on(0, 3, 2)]
    assert pain_holds_back(week, TODAY) is None


def test_a_week_without_scores_is_decided_by_the_days() -> None:
    assert pain_holds_back([on(3), on(1), on(0)], TODAY) is None


def test_an_it_hurts_stop_this_week_holds_the_harder_versions_back() -> None:
    week = [on(5, 2, 2, stopped_because=IT_HURTS), on(1, 2, 2)]
    # Its words ("because it hurt on Sunday 15 November") are tests/ui/test_pain_reason_words.py's.
    assert pain_holds_back(week, TODAY) == PainReason(HURT_HOLDS_BACK, TODAY - timedelta(days=5))
    # A week later the stop is out of the window, and nothing holds the plan back.
    assert pain_holds_back(week, TODAY + timedelta(days=3)) is None


def test_a_session_that_left_the_back_worse_holds_them_back_and_names_the_scores() -> None:
    why = pain_holds_back([on(3, 3, 5), on(1, 3, 3)], TODAY)
    assert why == PainReason(WORSE_HOLDS_BACK, TODAY - timedelta(days=3), 3, 5)


def test_a_rise_of_one_after_is_no_change_that_matters() -> None:
    assert pain_holds_back([on(3, 3, 4), on(1, 3, 4)], TODAY) is None


def test_before_scores_rising_over_the_week_hold_them_back() -> None:
    # Each session leaves the back no worse, but the person comes to each one sorer.
    week = [on(6, 2, 2), on(4, 3, 3), on(2, 3, 3), on(0, 4, 4)]
    assert pain_holds_back(week, TODAY) == PainReason(SORER_HOLDS_BACK, before=2, after=4)


def test_a_rise_before_the_week_is_forgotten() -> None:
    assert pain_holds_back([on(9, 1, 1), on(8, 1, 6), on(1, 3, 3)], TODAY) is None


def test_after_a_session_that_hurt_the_gentler_versions_are_offered() -> None:
    routine = small_routine()
    offer = ease_off_due([on(1, 2, 2), on(0, 3, 6)], routine, {})
    assert offer is not None
    assert offer.session_id == 100
    assert offer.reason == PainReason(WORSE_EASE_OFF, before=3, after=6)
    # Each of the small routine's exercises has a modification.
    assert offer.variants == dict.fromkeys(("tilt", "rotation", "bridge"), Variant.MODIFICATION)


@pytest.mark.parametrize(
    ("latest", "reason"),
    [
        (on(0, 2, 2, stopped_because=IT_HURTS), PainReason(HURT_EASE_OFF)),
        (on(0, 8, 8), PainReason(SORE_EASE_OFF, before=8)),
    ],
)
def test_a_stop_or_a_very_sore_start_offers_them_too(
    latest: SessionEntry, reason: PainReason
) -> None:
    offer = ease_off_due([latest], small_routine(), {})
    assert offer is not None
    assert offer.reason == reason


def test_a_good_last_session_offers_nothing_even_after_a_bad_one() -> None:
    assert ease_off_due([on(2, 3, 7), on(0, 3, 3)], small_routine(), {}) is None


def test_the_offer_is_not_made_again_for_a_declined_session_but_is_for_the_next() -> None:
    routine = small_routine()
    assert ease_off_due([on(1, 3, 6)], routine, {}, declined_session=99) is None
    assert ease_off_due([on(1, 3, 6), on(0, 3, 6)], routine, {}, declined_session=99) is not None


def test_the_gentler_step_is_the_modification_or_back_from_the_progression() -> None:
    routine = replace(small_routine())
    # The tilt without a modification: from its progression it goes back to the standard.
    tilt = routine.exercises[0]
    routine = replace(
        routine, exercises=(replace(tilt, variants=tilt.variants[:1]), *routine.exercises[1:])
    )
    ids = [exercise.id for exercise in routine.exercises]
    gentler = gentler_variants(routine, dict.fromkeys(ids, Variant.PROGRESSION))
    assert gentler == {
        "tilt": Variant.STANDARD,
        "rotation": Variant.MODIFICATION,
        "bridge": Variant.MODIFICATION,
    }
    # Already as gentle as it goes: nothing to offer, so no banner.
    easiest = {"rotation": Variant.MODIFICATION, "bridge": Variant.MODIFICATION}
    assert gentler_variants(routine, easiest) == {}
    assert ease_off_due([on(0, 3, 6)], routine, easiest) is None


def test_days_missed_are_counted_from_the_first_day_practised() -> None:
    sessions = [on(9), on(8), on(4), on(1)]
    # From 9 days ago to yesterday: 9 days, 4 practised; today is still to do.
    assert plan_progress(sessions, TODAY, 14).days_missed == 5
    assert plan_progress([*sessions, on(0)], TODAY, 14).days_missed == 5
    assert plan_progress([], TODAY, 14).days_missed == 0

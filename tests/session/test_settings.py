"""Settings refuse what makes no sense, naming every problem, and stay frozen."""

from __future__ import annotations

import math

import pytest

from backpain_gui.content.model import Variant
from backpain_gui.session import SessionSettings


def test_defaults_are_the_issue_s_numbers() -> None:
    settings = SessionSettings()
    assert settings.tempo == 1.0
    assert settings.get_ready_seconds == 5.0
    assert settings.switch_sides_seconds == 5.0
    assert settings.rest_seconds == 15.0
    assert settings.resume_countdown_seconds == 3.0
    assert settings.variant is Variant.STANDARD
    assert settings.exercises is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("tempo", 0.1),
        ("tempo", 5.0),
        ("tempo", math.nan),
        ("tempo", math.inf),
        ("get_ready_seconds", -1.0),
        ("rest_seconds", 10_000.0),
        ("switch_sides_seconds", -0.5),
        ("resume_countdown_seconds", 60.0),
    ],
)
def test_a_number_out_of_range_is_refused_by_name(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        SessionSettings(**{field: value})  # type: ignore[arg-type]


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(ValueError, match="tempo") as caught:
        SessionSettings(tempo=9.0, rest_seconds=-1.0, reps={"tilt": 0}, exercises=())
    message = str(caught.value)
    for part in ("rest_seconds", "reps['tilt']", "at least one exercise"):
        assert part in message


@pytest.mark.parametrize("count", [0, -3, 101, True, 2.5])
def test_reps_must_be_a_sane_whole_number(count: object) -> None:
    with pytest.raises(ValueError, match="reps"):
        SessionSettings(reps={"tilt": count})  # type: ignore[dict-item]


def test_an_exercise_named_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        SessionSettings(exercises=("tilt", "bridge", "tilt"))


def test_a_variant_must_be_a_variant() -> None:
    with pytest.raises(ValueError, match="variants"):
        SessionSettings(variants={"tilt": "harder"})  # type: ignore[dict-item]


def test_the_caller_s_dict_changed_later_does_not_change_the_settings() -> None:
    reps = {"tilt": 4}
    settings = SessionSettings(reps=reps)
    reps["tilt"] = 9
    assert settings.reps_for("tilt", 10) == 4
    assert settings.reps_for("bridge", 10) == 10
    hash(settings)  # Usable as a key, though it holds mappings.


def test_variant_for_uses_the_override_then_the_default() -> None:
    settings = SessionSettings(variant=Variant.PROGRESSION, variants={"tilt": Variant.MODIFICATION})
    assert settings.variant_for("tilt") is Variant.MODIFICATION
    assert settings.variant_for("bridge") is Variant.PROGRESSION

"""Stories of routines that are valid YAML but not valid routines: every fault named at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

ProblemsOf = Callable[[str], list[str]]


def test_every_problem_is_reported_in_one_run_in_file_order(
    problems_of: ProblemsOf, valid: str
) -> None:
    text = (
        valid.replace("reps: 3", "reps: ten")
        .replace("seconds: 4", "seconds: -2")
        .replace("name: Bridge", "name: ' '")
    )
    assert problems_of(text) == [
        "routine.yaml:5:11: exercises[0].name: must not be empty",
        "routine.yaml:9:11: exercises[0].reps: must be a whole number from 1 to 100, got 'ten'",
        "routine.yaml:12:18: exercises[0].phases[0].seconds:"
        " must be a positive number of seconds, got -2",
    ]


def test_an_unknown_key_suggests_the_one_meant(problems_of: ProblemsOf, valid: str) -> None:
    # The misspelt key is not also reported as missing: one mistake, one line.
    assert problems_of(valid.replace("reps: 3", "rep: 3")) == [
        "routine.yaml:9:5: exercises[0].rep: unknown key, did you mean 'reps'?"
    ]


def test_an_unknown_key_like_no_other_lists_the_keys(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid + "colour: blue\n") == [
        "routine.yaml:15:1: colour: unknown key; expected one of schema_version, title,"
        " exercises, advice, advice_say, safety, safety_say, plan_days, glossary"
    ]


def test_a_duplicate_key_points_at_both(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("reps: 3", "reps: 3\n    reps: 5")) == [
        "routine.yaml:10:5: exercises[0].reps: duplicate key, first given at 9:5"
    ]


def test_each_missing_required_key_is_named(problems_of: ProblemsOf, valid: str) -> None:
    text = valid.replace("    aim: Strong glutes.\n", "").replace("title: Test routine\n", "")
    assert problems_of(text) == [
        "routine.yaml:1:1: the routine: missing required key 'title'",
        "routine.yaml:3:5: exercises[0]: missing required key 'aim'",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("ten", "must be a whole number from 1 to 100, got 'ten'"),
        ('"3"', "must be a whole number from 1 to 100, got the quoted text '3'"),
        ("2.5", "must be a whole number from 1 to 100, got 2.5"),
        ("0", "must be from 1 to 100, got 0"),
        ("-1", "must be from 1 to 100, got -1"),
        ("101", "must be from 1 to 100, got 101"),
        ("9" * 5000, "must be from 1 to 100, got " + "9" * 40 + "..."),
        ("[3]", "must be a whole number from 1 to 100, got a list"),
    ],
)
def test_reps_must_be_a_sensible_whole_number(
    problems_of: ProblemsOf, valid: str, value: str, message: str
) -> None:
    assert problems_of(valid.replace("reps: 3", f"reps: {value}")) == [
        f"routine.yaml:9:11: exercises[0].reps: {message}"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-2", "must be a positive number of seconds, got -2"),
        ("0", "must be a positive number of seconds, got 0"),
        ("601", "must be at most 600 seconds, got 601"),
        (".nan", "must be a finite number, got '.nan'"),
        (".inf", "must be a finite number, got '.inf'"),
        ("-.Inf", "must be a finite number, got '-.Inf'"),
        ("NaN", "must be a finite number, got 'NaN'"),
        ("1e999", "must be a finite number, got 1e999, which is too large"),
        ("four", "must be a number of seconds, got 'four'"),
        ('"4"', "must be a number of seconds, got the quoted text '4'"),
        ("1:30", "must be a number of seconds, got '1:30'"),
    ],
)
def test_seconds_must_be_a_positive_finite_and_sensible_number(
    problems_of: ProblemsOf, valid: str, value: str, message: str
) -> None:
    assert problems_of(valid.replace("seconds: 4", f"seconds: {value}")) == [
        f"routine.yaml:12:18: exercises[0].phases[0].seconds: {message}"
    ]


def test_fractional_seconds_are_fine(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("seconds: 4", "seconds: 4.5")) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yes", "must be true or false (write true), got 'yes'"),
        ("off", "must be true or false (write false), got 'off'"),
        ('"true"', "must be true or false without quotes, got the quoted text 'true'"),
        ("1", "must be true or false, got 1"),
    ],
)
def test_two_sided_takes_only_true_or_false(
    problems_of: ProblemsOf, valid: str, value: str, message: str
) -> None:
    # YAML 1.1 would read `yes` and `off` as booleans; a routine names them instead.
    text = valid.replace("reps: 3", f"reps: 3\n    two_sided: {value}")
    assert problems_of(text) == [f"routine.yaml:10:16: exercises[0].two_sided: {message}"]


def test_a_breath_must_be_in_out_hold_or_none(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("breath: in", "breath: inn")) == [
        "routine.yaml:11:17: exercises[0].phases[0].breath: must be one of in, out, hold, none,"
        " got 'inn', did you mean 'in'?"
    ]


def test_a_value_left_empty_is_pointed_at_just_after_its_key(
    problems_of: ProblemsOf, valid: str
) -> None:
    assert problems_of(valid.replace("reps: 3", "reps:")) == [
        "routine.yaml:9:10: exercises[0].reps: must be a whole number from 1 to 100, got nothing"
    ]


@pytest.mark.parametrize("empty", ['""', "'   '", "~", "null"])
def test_names_and_text_must_not_be_empty(problems_of: ProblemsOf, valid: str, empty: str) -> None:
    assert problems_of(valid.replace("name: Bridge", f"name: {empty}")) == [
        "routine.yaml:5:11: exercises[0].name: must not be empty"
    ]


def test_text_given_as_a_list_is_refused(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("name: Bridge", "name: [Bridge]")) == [
        "routine.yaml:5:11: exercises[0].name: must be text, got a list"
    ]


def test_tips_given_as_one_text_ask_for_a_list(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("reps: 3", "reps: 3\n    tips: Go slowly.")) == [
        "routine.yaml:10:11: exercises[0].tips: must be a list of texts, each starting '- ',"
        " got 'Go slowly.'"
    ]


def test_an_instruction_too_long_to_read_from_the_mat(problems_of: ProblemsOf, valid: str) -> None:
    long = "Breathe in " + "slowly " * 14 + "now."
    assert problems_of(valid.replace("instruction: Breathe in.", f"instruction: {long}")) == [
        "routine.yaml:13:22: exercises[0].phases[0].instruction: is 113 characters long;"
        " at most 100 can be read from across the room, so put the rest in tips"
    ]


def test_an_instruction_on_two_lines_is_refused(problems_of: ProblemsOf, valid: str) -> None:
    text = valid.replace(
        "instruction: Breathe in.", "instruction: |\n          In.\n          Out."
    )
    assert problems_of(text) == [
        "routine.yaml:13:22: exercises[0].phases[0].instruction: must be one line;"
        " put longer advice in tips"
    ]


def test_exercises_must_be_a_non_empty_list(problems_of: ProblemsOf) -> None:
    assert problems_of("schema_version: 1\ntitle: T\nexercises: []\n") == [
        "routine.yaml:3:12: exercises: must not be an empty list"
    ]


def test_an_exercise_must_have_a_phase(problems_of: ProblemsOf, valid: str) -> None:
    text = valid.split("    phases:")[0] + "    phases: {}\n"
    assert problems_of(text) == [
        "routine.yaml:10:13: exercises[0].phases: must be a list, each item starting '- ',"
        " got a mapping"
    ]


def test_two_exercises_may_not_share_an_id(problems_of: ProblemsOf, valid: str) -> None:
    second = valid.split("exercises:\n")[1]
    assert problems_of(valid + second) == [
        "routine.yaml:15:9: exercises[1].id: duplicate id 'bridge', already used by"
        " exercises[0] (line 4)"
    ]


def test_an_id_is_lowercase_words_joined_by_hyphens(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("id: bridge", "id: Shoulder Bridge")) == [
        "routine.yaml:4:9: exercises[0].id: must be lowercase letters, digits and hyphens,"
        " like 'hip-roll', got 'Shoulder Bridge'"
    ]


def test_a_two_sided_exercise_says_how_to_switch_sides(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("reps: 3", "reps: 3\n    two_sided: true")) == [
        "routine.yaml:4:5: exercises[0]: two_sided is true, so switch_sides is required"
    ]


def test_switch_sides_on_a_one_sided_exercise_is_a_mistake(
    problems_of: ProblemsOf, valid: str
) -> None:
    text = valid.replace("reps: 3", "reps: 3\n    switch_sides: Turn over.")
    assert problems_of(text) == [
        "routine.yaml:10:19: exercises[0].switch_sides: is only for an exercise with"
        " two_sided: true"
    ]


def test_a_variant_is_a_modification_supported_or_a_progression(
    problems_of: ProblemsOf, valid: str
) -> None:
    text = valid + "    variants:\n      - variant: standard\n        description: Plain.\n"
    assert problems_of(text) == [
        "routine.yaml:16:18: exercises[0].variants[0].variant: must be one of modification,"
        " supported, progression, got 'standard'"
    ]


def test_each_kind_of_variant_appears_once(problems_of: ProblemsOf, valid: str) -> None:
    easier = "      - variant: modification\n        description: Easier.\n"
    assert problems_of(valid + "    variants:\n" + easier + easier) == [
        "routine.yaml:18:9: exercises[0].variants[1]: a second 'modification' variant;"
        " each kind of variant may appear once"
    ]


def test_what_a_variant_needs_is_one_line_of_text(problems_of: ProblemsOf, valid: str) -> None:
    supported = "      - variant: supported\n        description: On a box.\n"
    assert problems_of(valid + "    variants:\n" + supported + "        equipment: a box\n") == []
    lines = supported + '        equipment: "a box\\nand a towel"\n'
    (problem,) = problems_of(valid + "    variants:\n" + lines)
    assert problem.startswith("routine.yaml:18:20: exercises[0].variants[0].equipment:")


def test_plan_days_is_a_whole_number_of_days(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid + "plan_days: 1000\n") == [
        "routine.yaml:15:12: plan_days: must be from 1 to 365, got 1000"
    ]


@pytest.mark.parametrize("version", ["2", "1.0", "[1]"])
def test_another_schema_version_is_the_only_problem_reported(
    problems_of: ProblemsOf, valid: str, version: str
) -> None:
    # Under another version the other keys may mean something else: no guessing about them.
    text = valid.replace("schema_version: 1", f"schema_version: {version}") + "extra: 1\n"
    (found,) = problems_of(text)
    assert found.startswith("routine.yaml:1:17: schema_version: version ")
    assert found.endswith("is not supported; this app reads 1")


def test_schema_version_is_required(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("schema_version: 1\n", "")) == [
        "routine.yaml:1:1: the routine: missing required key 'schema_version'"
    ]


def test_a_flood_of_problems_stops_after_a_hundred(problems_of: ProblemsOf, valid: str) -> None:
    # The first hundred are listed, the hundred-and-first says there are more.
    found = problems_of(valid + "".join(f"extra{n}: 1\n" for n in range(150)))
    assert len(found) == 101
    assert found[0].startswith("routine.yaml:15:1: extra0: unknown key")
    assert found[-1] == (
        "routine.yaml:115:1: more than 100 problems; fix these first and check again"
    )

"""Stories of YAML that a routine may not use: syntax errors, bombs, tags, odd structure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ProblemsOf = Callable[[str], list[str]]


# Syntax messages are PyYAML's own, worded slightly differently by libyaml and by pure
# Python, so only the part both share is checked.


def test_a_syntax_error_is_reported_where_yaml_finds_it(problems_of: ProblemsOf) -> None:
    (found,) = problems_of("schema_version: 1\ntitle: [unclosed\n")
    assert found.startswith("routine.yaml:3:1: YAML syntax error: ")
    assert found.endswith("(while parsing a flow sequence that starts at 2:8)")


def test_a_key_indented_wrongly_is_a_syntax_error(problems_of: ProblemsOf) -> None:
    (found,) = problems_of("schema_version: 1\n title: x\n")
    assert found.startswith("routine.yaml:2:7: YAML syntax error: mapping values are not allowed")


def test_a_tab_used_for_indentation_is_a_syntax_error(problems_of: ProblemsOf) -> None:
    (found,) = problems_of("exercises:\n\t- id: x\n")
    assert found.startswith("routine.yaml:2:1: YAML syntax error: found character")


def test_a_list_at_the_top_is_not_a_routine(problems_of: ProblemsOf) -> None:
    assert problems_of("- id: bridge\n- id: roll\n") == [
        "routine.yaml:1:1: the routine: must be a mapping of keys"
        " (schema_version, title, exercises), got a list"
    ]


def test_a_single_value_at_the_top_is_not_a_routine(problems_of: ProblemsOf) -> None:
    assert problems_of("just some words\n") == [
        "routine.yaml:1:1: the routine: must be a mapping of keys"
        " (schema_version, title, exercises), got 'just some words'"
    ]


def test_every_anchor_and_alias_is_refused(problems_of: ProblemsOf, valid: str) -> None:
    text = valid.replace("pic.svg\n    reps", "&picture pic.svg\n    reps").replace(
        "picture: pic.svg", "picture: *picture"
    )
    assert problems_of(text) == [
        "routine.yaml:8:20: anchor '&picture' is not allowed; write the value out in full",
        "routine.yaml:14:18: alias '*picture' is not allowed; write the value out in full",
    ]


def test_a_billion_laughs_bomb_is_refused_at_once(problems_of: ProblemsOf) -> None:
    # Nine levels of ten aliases each: a billion "lol"s to anything that walks the result.
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    found = problems_of("\n".join(lines) + "\n")
    assert found[0] == "routine.yaml:1:5: anchor '&a0' is not allowed; write the value out in full"
    assert len(found) == 10 + 9 * 10


def test_a_python_tag_is_refused_and_never_run(problems_of: ProblemsOf, folder: Path) -> None:
    text = "schema_version: 1\ntitle: !!python/object/apply:os.system ['touch hacked']\n"
    assert problems_of(text) == [
        "routine.yaml:2:8: tag '!!python/object/apply:os.system' is not allowed;"
        " write a plain value"
    ]
    assert not (folder / "hacked").exists()


def test_even_a_standard_tag_is_refused(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("reps: 3", "reps: !!int 3")) == [
        "routine.yaml:9:11: tag '!!int' is not allowed; write a plain value"
    ]


def test_a_second_document_is_refused(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid + "---\ntitle: Another\n") == [
        "routine.yaml:15:1: a second YAML document; a routine file holds one"
    ]


def test_deep_nesting_is_refused_without_a_crash(problems_of: ProblemsOf) -> None:
    assert problems_of("title: " + "[" * 100_000 + "]" * 100_000 + "\n") == [
        "routine.yaml:1:39: nesting too deep: more than 32 levels"
    ]


def test_deep_block_nesting_is_refused_too(problems_of: ProblemsOf) -> None:
    text = "".join(f"{'  ' * depth}k:\n" for depth in range(40))
    (found,) = problems_of(text)
    assert found.startswith("routine.yaml:33:")
    assert found.endswith("nesting too deep: more than 32 levels")


def test_a_control_character_is_pointed_at(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(valid.replace("Bridge", "Bri\x07dge")) == [
        "routine.yaml:5:14: the character U+0007 is not allowed in YAML"
    ]

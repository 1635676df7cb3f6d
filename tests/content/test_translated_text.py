"""A routine's translation (`routine.de.yaml` beside `routine.yaml`): laid over the routine's
words in the language asked for, and every fault in it named at its line and column, by
`backpain-gui check` as by the loader, with the same refusals as the routine itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.translated_text import translation_files
from tests.app.test_cli import run
from tests.app.test_translated_cli import run as run_in_locale

ROUTINE = """\
schema_version: 1
title: Test routine
advice:
  - Draw your tummy in before you move.
exercises:
  - id: bridge
    name: Bridge
    aim: Strong glutes.
    start_position: On your back.
    start_picture: pic.svg
    reps: 3
    phases:
      - breath: in
        seconds: 4
        instruction: Breathe in.
        say: "In."
        picture: pic.svg
      - breath: out
        seconds: 4
        instruction: Breathe out and lift.
        picture: pic.svg
    tips:
      - text: "If it is too hard, choose Modification (V)."
        say: "Too hard? Modification."
    variants:
      - variant: modification
        description: Smaller.
"""

GERMAN = """\
schema_version: 1
title: Testprogramm
advice:
  - Ziehen Sie den Bauch ein, bevor Sie sich bewegen.
exercises:
  bridge:
    name: Brücke
    aim: Starkes Gesäß.
    start_position: Auf dem Rücken.
    phases:
      - instruction: Einatmen.
        say: "Ein."
      - instruction: Ausatmen und heben.
    tips:
      - text: "Wenn es zu schwer ist, wählen Sie Vereinfacht (V)."
        say: "Zu schwer? Vereinfacht."
    variants:
      modification:
        description: Kleiner.
"""


@pytest.fixture
def routine(folder: Path) -> Path:
    (folder / "routine.yaml").write_text(ROUTINE, encoding="utf-8")
    return folder / "routine.yaml"


def check_problems(folder: Path, translation: str) -> list[str]:
    """`backpain-gui check routine.yaml` with `translation` as routine.de.yaml: its stderr."""
    (folder / "routine.de.yaml").write_text(translation, encoding="utf-8")
    completed, _ = run("check", str(folder / "routine.yaml"))
    assert "Traceback" not in completed.stderr
    assert completed.returncode == (1 if completed.stderr else 0), completed.stderr
    prefix = f"{folder / 'routine.de.yaml'}:"
    return [line.removeprefix(prefix) for line in completed.stderr.splitlines()]


def test_the_routine_is_loaded_in_the_language_asked_for(routine: Path) -> None:
    (routine.parent / "routine.de.yaml").write_text(GERMAN, encoding="utf-8")
    german = load_routine(routine, "de")
    bridge = german.exercises[0]
    assert (german.shown_title, german.language) == ("Testprogramm", "de")
    # The history files sessions under the routine's own title, whatever the language.
    assert german.title == "Test routine"
    assert german.first_advice.startswith("Ziehen Sie den Bauch ein")
    assert (bridge.name, bridge.aim, bridge.start_position) == (
        "Brücke",
        "Starkes Gesäß.",
        "Auf dem Rücken.",
    )
    assert [p.instruction for p in bridge.variants[0].phases] == [
        "Einatmen.",
        "Ausatmen und heben.",
    ]
    assert bridge.variants[0].phases[0].say == "Ein."
    # A version without steps of its own does the standard ones, in their new words.
    assert bridge.variants[1].phases == bridge.variants[0].phases
    assert bridge.variants[1].description == "Kleiner."
    assert bridge.tip_says == (
        ("Wenn es zu schwer ist, wählen Sie Vereinfacht (V).", "Zu schwer? Vereinfacht."),
    )
    # Times, pictures and breaths are the routine's.
    assert [p.seconds for p in bridge.variants[0].phases] == [4, 4]
    english = load_routine(routine, "en")
    assert english.exercises[0].name == "Bridge"
    # A language with no translation beside the routine: its own words.
    assert load_routine(routine, "fr").exercises[0].name == "Bridge"
    # A copy kept beside it is no translation.
    (routine.parent / "routine.old.yaml").write_text(ROUTINE, encoding="utf-8")
    assert list(translation_files(routine)) == ["de"]


def test_a_valid_translation_is_checked_clean(routine: Path) -> None:
    assert check_problems(routine.parent, GERMAN) == []
    completed, _ = run("check", str(routine))
    assert f"{routine.parent / 'routine.de.yaml'}: valid translation (de)" in completed.stdout


def test_what_is_left_out_stays_as_the_routine_gives_it(routine: Path) -> None:
    (routine.parent / "routine.de.yaml").write_text(
        "schema_version: 1\nexercises:\n  bridge:\n    name: Brücke\n", encoding="utf-8"
    )
    bridge = load_routine(routine, "de").exercises[0]
    assert (bridge.name, bridge.aim) == ("Brücke", "Strong glutes.")
    completed, _ = run("check", str(routine))
    assert "valid translation (de); 7 texts left as the routine gives them" in completed.stdout


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # An exercise the routine does not have, with a guess at the one meant.
        (
            ("  bridge:\n", "  brige:\n"),
            "6:3: exercises.brige: the routine has no such id, did you mean 'bridge'?",
        ),
        # One step too few: the steps are translated in the routine's order, one for each.
        (
            ("      - instruction: Ausatmen und heben.\n", ""),
            "11:7: exercises.bridge.phases: has 1 step; the routine has 2, one for each",
        ),
        # A say for a step that has none.
        (
            (
                "      - instruction: Ausatmen und heben.\n",
                "      - instruction: Ausatmen und heben.\n        say: Aus.\n",
            ),
            "14:14: exercises.bridge.phases[1].say: the routine has no such text to translate",
        ),
        # The key a tip names must stay the key.
        (
            ("Vereinfacht (V).", "Vereinfacht."),
            "15:15: exercises.bridge.tips[0].text: must keep the key (V) that the English names",
        ),
        # A version the exercise does not offer.
        (
            ("      modification:\n", "      progression:\n"),
            "18:7: exercises.bridge.variants.progression: the routine has no such variant;"
            " it has modification",
        ),
        # An unknown key, with its likely spelling.
        (
            ("    aim: Starkes", "    ami: Starkes"),
            "8:5: exercises.bridge.ami: unknown key, did you mean 'aim'?",
        ),
        # Text that would take over a terminal.
        (
            ("name: Brücke", 'name: "Br\\e[31mücke"'),
            "7:11: exercises.bridge.name: contains the control character \\x1b",
        ),
        # An instruction too long to read from the mat, in any language.
        (
            ("instruction: Einatmen.", "instruction: " + "Einatmen " * 13),
            "11:22: exercises.bridge.phases[0].instruction: is 116 characters long",
        ),
        # A list longer than the routine's.
        (
            ("advice:\n", "advice:\n  - Eins.\n"),
            "4:3: advice: has 2 pieces of advice; the routine has 1, one for each",
        ),
        (
            ("schema_version: 1", "schema_version: 2"),
            "1:17: schema_version: version 2 is not supported",
        ),
    ],
)
def test_each_fault_in_a_translation_is_placed(
    routine: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in GERMAN
    problems = check_problems(routine.parent, GERMAN.replace(old, new, 1))
    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_hostile_translation_is_refused_by_name(routine: Path) -> None:
    folder = routine.parent
    bomb = "schema_version: 1\ntitle: &a Bombe\nadvice: [*a, *a, *a]\n"
    problems = check_problems(folder, bomb)
    assert any("anchor '&a' is not allowed" in problem for problem in problems), problems
    (folder / "routine.de.yaml").write_bytes(b"title: " + b"x" * (1024 * 1024 + 10))
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert (
        "routine.de.yaml:1:1: the file is 1.0 MiB; a routine file may be at most 1 MiB"
        in completed.stderr
    )
    (folder / "routine.de.yaml").write_text("- a list\n", encoding="utf-8")
    completed, _ = run("check", str(routine))
    assert "routine.de.yaml:1:1: the routine: must be a mapping of keys" in completed.stderr
    # In the window, a broken translation costs no session: the routine in its own words,
    # and the lines that say why.
    routine_in_english = load_routine(routine, "de")
    assert routine_in_english.exercises[0].name == "Bridge"
    assert routine_in_english.language == "en"
    assert routine_in_english.translation_problems[0].endswith(
        "must be a mapping of keys (schema_version), got a list"
    )
    assert load_routine(routine, "en").translation_problems == ()
    # `plan` says why the routine is in its own words, and still plans it.
    planned = run_in_locale("de_DE.UTF-8", "plan", str(routine), home=folder)
    assert planned.returncode == 0
    assert "1. Bridge  (Standard; 3 Wiederholungen)" in planned.stdout
    assert "routine.de.yaml:1:1: the routine: must be a mapping of keys" in planned.stderr


def test_the_shipped_routine_is_translated_whole_into_german_and_french() -> None:
    shipped = builtin_routine_path()
    assert sorted(translation_files(shipped)) == ["de", "fr"]
    from backpain_gui.content.translated_text import translate_routine

    english = load_routine(shipped, "en")
    for language, path in translation_files(shipped).items():
        translated = translate_routine(english, path, language)
        assert translated.untranslated == [], (language, translated.untranslated)
        routine = translated.routine
        texts = [routine.translated_title, *routine.advice, routine.safety, *routine.glossary]
        for exercise, source in zip(routine.exercises, english.exercises, strict=True):
            texts += [exercise.name, exercise.aim, exercise.start_position, *exercise.tips]
            assert exercise.name != source.name
            for version, source_version in zip(exercise.variants, source.variants, strict=True):
                for phase, source_phase in zip(version.phases, source_version.phases, strict=True):
                    assert phase.instruction != source_phase.instruction
                    assert (phase.say is None) == (source_phase.say is None)
                    assert (phase.breath, phase.seconds, phase.picture) == (
                        source_phase.breath,
                        source_phase.seconds,
                        source_phase.picture,
                    )
                texts += [version.description, *version.tips]
        # No stray whitespace, and the English left nowhere it was translated.
        assert all(text == text.strip() and "  " not in text for text in texts)
        assert english.safety not in texts


def test_the_documented_translation_passes_check(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "routines.md").read_text("utf-8")
    routine, translation = re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)[:2]
    (tmp_path / "my-routine.yaml").write_text(routine, encoding="utf-8")
    (tmp_path / "my-routine.de.yaml").write_text(translation, encoding="utf-8")
    for picture in set(re.findall(r"picture: (\S+)", routine)):
        (tmp_path / picture).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / picture).write_text("<svg/>", encoding="utf-8")
    completed, _ = run("check", str(tmp_path / "my-routine.yaml"))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.endswith("my-routine.de.yaml: valid translation (de)\n")
    german = load_routine(tmp_path / "my-routine.yaml", "de")
    assert german.exercises[1].variants[2].description.startswith("Halten Sie")

"""`backpain-gui check` on hostile routines: control characters refused and named inertly, and
routines too long to be hand-written refused by name, each at the line that starts it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.app.test_cli import run
from tests.content.png_files import png_bytes

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>\n'
# What a terminal would act on: C0 controls but for the newline ending each line, DEL, C1.
TERMINAL_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")

EXERCISE = """\
  - id: {id}
    name: {name}
    aim: Strong glutes.
    start_position: On your back.
    start_picture: pic.svg
    reps: 3
    phases:
{phases}"""
PHASE = """\
      - breath: in
        seconds: 4
        instruction: Breathe in.
        picture: pic.svg
"""
# A rep that breathes in and out in turn, as `check` wants (it warns otherwise).
BREATH = PHASE + PHASE.replace("breath: in", "breath: out").replace("Breathe in", "Breathe out")


def routine_file(folder: Path, title: str = "Test", exercises: str = "") -> Path:
    (folder / "pic.svg").write_text(SVG, encoding="utf-8")
    body = exercises or EXERCISE.format(id="bridge", name="Bridge", phases=PHASE)
    path = folder / "routine.yaml"
    path.write_text(f"schema_version: 1\ntitle: {title}\nexercises:\n{body}", encoding="utf-8")
    return path


def refused(path: Path) -> list[str]:
    """The problem lines `check` prints for the file, which it must refuse with status 1."""
    completed, _ = run("check", str(path))
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    assert TERMINAL_CONTROL.search(completed.stderr) is None
    return [line.removeprefix(f"{path}:") for line in completed.stderr.splitlines()]


def test_yaml_escapes_that_would_drive_the_terminal_are_refused_and_shown_inertly(
    tmp_path: Path,
) -> None:
    # Written as YAML escapes: the file itself is plain ASCII, the loaded text is not.
    exercises = (
        EXERCISE.format(id="bridge", name=r'"\e[31mRed"', phases=PHASE).replace(
            "aim: Strong glutes.", r'aim: "Nul\0here"'
        )
        + "    tips:\n"
        + r'      - "Tip\x9b2J"'
        + "\n"
    )
    path = routine_file(tmp_path, title=r'"\e]0;pwned\a"', exercises=exercises)
    assert path.read_bytes().isascii()
    assert refused(path) == [
        "2:8: title: contains the control character \\x1b (U+001B), which text may not hold;"
        " remove it",
        "5:11: exercises[0].name: contains the control character \\x1b (U+001B), which text may"
        " not hold; remove it",
        "6:10: exercises[0].aim: contains the control character \\x00 (U+0000), which text may"
        " not hold; remove it",
        "16:9: exercises[0].tips[0]: contains the control character \\x9b (U+009B), which text"
        " may not hold; remove it",
    ]


def test_a_newline_is_refused_in_a_name_but_kept_in_a_tip(tmp_path: Path) -> None:
    exercises = EXERCISE.format(id="bridge", name=r'"Bridge\nRoll"', phases=PHASE)
    exercises += "    tips:\n      - |\n        Two lines,\n        and\ta tab.\n"
    path = routine_file(tmp_path, exercises=exercises)
    assert refused(path) == ["5:11: exercises[0].name: must be one line"]


def test_a_routine_of_6000_exercises_is_refused_by_its_count(tmp_path: Path) -> None:
    # Legal in every other way, and under the 1 MiB file limit.
    exercises = "".join(
        f"  - {{id: e{n}, name: E, aim: A, start_position: S, start_picture: pic.svg, reps: 1,"
        f" phases: [{{breath: in, seconds: 1, instruction: I, picture: pic.svg}}]}}\n"
        for n in range(6000)
    )
    path = routine_file(tmp_path, exercises=exercises)
    assert path.stat().st_size < 1024 * 1024
    assert refused(path) == ["104:5: exercises: has 6000 exercises; at most 100 are allowed"]


def test_an_exercise_of_51_phases_is_refused_by_its_count(tmp_path: Path) -> None:
    exercises = EXERCISE.format(id="bridge", name="Bridge", phases=PHASE * 51)
    path = routine_file(tmp_path, exercises=exercises)
    assert refused(path) == ["211:9: exercises[0].phases: has 51 phases; at most 50 are allowed"]


def test_100_exercises_of_50_phases_each_are_fine(tmp_path: Path) -> None:
    exercises = "".join(
        EXERCISE.format(id=f"e{n}", name="E", phases=BREATH * 25) for n in range(100)
    )
    completed, _ = run("check", str(routine_file(tmp_path, exercises=exercises)))
    assert (completed.returncode, completed.stderr) == (0, "")
    assert "100 exercises, 5000 phases" in completed.stdout


WORKRAVE = """\
<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>Arm&#x9b;2J swing</title>
    <description>Swing one arm, then the other.</description>
    <sequence duration="10">
      <image src="arm&#x9b;.png"/>
{images}    </sequence>
  </exercise>
</exercises>
"""


def test_workrave_text_with_a_control_character_is_refused_inertly(tmp_path: Path) -> None:
    (tmp_path / "arm.png").write_bytes(png_bytes())
    (tmp_path / "arm\x9b.png").write_bytes(png_bytes())
    path = tmp_path / "exercises.xml"
    path.write_text(WORKRAVE.format(images=""), encoding="utf-8")
    assert refused(path) == [
        "4:5: exercise 1, <title>: contains the control character \\x9b (U+009B), which text"
        " may not hold; remove it",
        "7:7: exercise 1 (Arm\\x9b2J swing), <sequence>, image 1: contains the control"
        " character \\x9b (U+009B), which text may not hold; remove it",
    ]


def test_a_workrave_sequence_of_too_many_pictures_is_refused(tmp_path: Path) -> None:
    (tmp_path / "arm.png").write_bytes(png_bytes())
    path = tmp_path / "exercises.xml"
    images = '      <image src="arm.png"/>\n' * 51
    text = (
        WORKRAVE.format(images=images).replace("&#x9b;2J", "").replace("arm&#x9b;.png", "arm.png")
    )
    path.write_text(text, encoding="utf-8")
    assert refused(path) == ["57:7: exercise 1 (Arm swing), <sequence>: has more than 50 <image>s"]

"""Stories of picture paths: found beside the routine, and never outside its folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from backpain_gui.content.loader import load_routine

ProblemsOf = Callable[[str], list[str]]

START_PICTURE = "start_picture: pic.svg"


def with_start_picture(valid: str, picture: str) -> str:
    return valid.replace(START_PICTURE, f"start_picture: {picture}")


def test_pictures_are_found_relative_to_the_routine_file(folder: Path, valid: str) -> None:
    # Loaded from elsewhere: the picture is looked up beside the routine, not in the cwd.
    (folder / "mine").mkdir()
    (folder / "mine" / "routine.yaml").write_text(valid, encoding="utf-8")
    (folder / "mine" / "pic.svg").write_text("<svg/>", encoding="utf-8")
    os.chdir(folder.parent)
    routine = load_routine(Path("work/mine/routine.yaml"))
    picture = routine.exercises[0].start_picture
    assert routine.picture_path(picture) == folder / "mine" / "pic.svg"
    assert routine.picture_path(picture).is_absolute()


def test_a_missing_picture_is_named_with_where_it_was_looked_for(
    problems_of: ProblemsOf, valid: str, folder: Path
) -> None:
    assert problems_of(with_start_picture(valid, "assets/nope.svg")) == [
        f"routine.yaml:8:20: exercises[0].start_picture: no picture file 'assets/nope.svg'"
        f" in {folder}"
    ]


def test_every_phase_picture_is_checked(problems_of: ProblemsOf, valid: str) -> None:
    text = valid.replace("        picture: pic.svg", "        picture: gone.svg")
    (found,) = problems_of(text)
    assert found.startswith(
        "routine.yaml:14:18: exercises[0].phases[0].picture: no picture file 'gone.svg'"
    )


@pytest.mark.parametrize(
    "absolute", ["/etc/hosts.svg", "C:/pictures/start.svg", "\\\\server\\s.svg"]
)
def test_an_absolute_picture_path_is_refused(
    problems_of: ProblemsOf, valid: str, absolute: str
) -> None:
    assert problems_of(with_start_picture(valid, f"'{absolute}'")) == [
        f"routine.yaml:8:20: exercises[0].start_picture: '{absolute}' is an absolute path;"
        " give a path relative to the routine's folder"
    ]


def test_a_picture_path_may_not_climb_out_of_the_folder(
    problems_of: ProblemsOf, valid: str, folder: Path
) -> None:
    (folder.parent / "outside.svg").write_text("<svg/>", encoding="utf-8")
    assert problems_of(with_start_picture(valid, "../outside.svg")) == [
        "routine.yaml:8:20: exercises[0].start_picture: '../outside.svg' leads outside the"
        " routine's folder; keep pictures inside it"
    ]


def test_climbing_out_and_back_in_is_fine(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(with_start_picture(valid, "../work/pic.svg")) == []


def test_a_symlink_pointing_outside_the_folder_is_refused(
    problems_of: ProblemsOf, valid: str, folder: Path
) -> None:
    (folder.parent / "secret.svg").write_text("<svg/>", encoding="utf-8")
    (folder / "link.svg").symlink_to(folder.parent / "secret.svg")
    assert problems_of(with_start_picture(valid, "link.svg")) == [
        "routine.yaml:8:20: exercises[0].start_picture: 'link.svg' leads outside the"
        " routine's folder; keep pictures inside it"
    ]


def test_a_symlink_inside_the_folder_is_fine(
    problems_of: ProblemsOf, valid: str, folder: Path
) -> None:
    (folder / "alias.svg").symlink_to(folder / "pic.svg")
    assert problems_of(with_start_picture(valid, "alias.svg")) == []


def test_a_symlink_loop_is_reported_not_crashed_on(
    problems_of: ProblemsOf, valid: str, folder: Path
) -> None:
    (folder / "loop.svg").symlink_to(folder / "loop.svg")
    (found,) = problems_of(with_start_picture(valid, "loop.svg"))
    assert found.startswith("routine.yaml:8:20: exercises[0].start_picture: 'loop.svg' ")


def test_a_folder_is_not_a_picture(problems_of: ProblemsOf, valid: str, folder: Path) -> None:
    (folder / "pictures.svg").mkdir()
    assert problems_of(with_start_picture(valid, "pictures.svg")) == [
        "routine.yaml:8:20: exercises[0].start_picture: 'pictures.svg' is a folder,"
        " not a picture file"
    ]


def test_a_fifo_is_not_a_picture(problems_of: ProblemsOf, valid: str, folder: Path) -> None:
    os.mkfifo(folder / "pipe.svg")
    assert problems_of(with_start_picture(valid, "pipe.svg")) == [
        "routine.yaml:8:20: exercises[0].start_picture: 'pipe.svg' is not a regular file"
    ]


def test_only_svg_and_png_pictures_can_be_shown(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of(with_start_picture(valid, "photo.gif")) == [
        "routine.yaml:8:20: exercises[0].start_picture: 'photo.gif' is not an SVG or PNG file;"
        " pictures must end in .svg or .png"
    ]

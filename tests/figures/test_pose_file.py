"""Pose files: what a pose leaves out comes from `like` and `defaults`; every problem is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_gui.content.problems import RoutineError
from backpain_gui.figures.drawing import Arrow, View
from backpain_gui.figures.illustration import pose_during
from backpain_gui.figures.pose_file import load_pose_file

VALID = """\
schema_version: 1
view: front
anchor: knee
defaults: {pelvis: 180, hip: 40, knee: 100}
poses:
  start:
    title: Lying down
  lift:
    like: start
    title: Lifted
    pelvis: 200
    far_hip: 10
    moving: [pelvis, lower back]
    arrow: {joint: pelvis, offset: [0, 12], towards: 90, length: 14, bend: 20}
  lower:
    title: On the way down
    pelvis: 190
    ends_in: start
"""


def _write(folder: Path, text: str) -> Path:
    path = folder / "exercise.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(folder: Path, text: str) -> list[str]:
    path = _write(folder, text)
    with pytest.raises(RoutineError) as caught:
        load_pose_file(path)
    return [str(problem).removeprefix(f"{path}:") for problem in caught.value.problems]


def test_a_pose_takes_what_it_leaves_out_from_like_then_defaults(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    start, lift = pictures["start"], pictures["lift"]
    assert (start.pose.pelvis, start.pose.hip, start.pose.knee) == (180, 40, 100)
    assert (lift.pose.pelvis, lift.pose.hip, lift.pose.knee) == (200, 40, 100)
    assert lift.moving == {"pelvis", "lower back"}
    assert lift.arrow == Arrow("pelvis", (0.0, 12.0), 90.0, 14.0, 20.0)
    assert lift.view is View.FRONT
    assert lift.pose.anchor == "knee"


def test_a_far_limb_follows_the_near_one_unless_given(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    assert pictures["start"].pose.far_hip == 40
    assert pictures["lift"].pose.far_hip == 10
    assert pictures["lift"].pose.far_knee == 100


def test_a_picture_on_the_way_ends_its_movement_in_another_pose(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    assert pictures["lower"].ends_in == pictures["start"].pose
    assert pictures["lift"].ends_in == pictures["lift"].pose


def test_a_movement_shown_on_the_way_passes_through_the_picture_s_pose(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    lift, lower = pictures["lift"], pictures["lower"]
    # From the lift down to the start by way of the picture's pose, reached when 40 of the
    # 50 degrees of movement are done (pelvis 10 and far hip 30, then the pelvis 10 more).
    assert pose_during(lift.pose, lower, 0.0) == lift.pose
    assert pose_during(lift.pose, lower, 0.8) == lower.pose
    assert pose_during(lift.pose, lower, 1.0) == lower.ends_in
    # A picture of where the phase ends: straight there.
    assert pose_during(lower.pose, lift, 0.5).pelvis == pytest.approx(195)


def test_all_pictures_of_an_exercise_share_one_frame(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    frames = {picture.frame for picture in pictures.values()}
    assert len(frames) == 1
    (frame,) = frames
    assert frame.width / frame.height == pytest.approx(4 / 3)


def test_every_problem_is_named_with_its_place(tmp_path: Path) -> None:
    text = (
        VALID.replace("    pelvis: 200\n", "    pelvs: 200\n")
        .replace("[pelvis, lower back]", "[pelvis, tail]")
        .replace("ends_in: start", "ends_in: stat")
        .replace("hip: 40,", "hip: forty,")
    )
    assert _problems(tmp_path, text) == [
        "4:30: defaults.hip: must be a number from -720 to 720, got 'forty'",
        "11:5: poses.lift.pelvs: unknown key, did you mean 'pelvis'?",
        "13:22: poses.lift.moving[1]: must be one of head, upper back, lower back, pelvis,"
        " near arm, far arm, near leg, far leg, got 'tail'",
        "18:14: poses.lower.ends_in: must name a pose in this file, got 'stat',"
        " did you mean 'start'?",
    ]


def test_like_must_name_a_pose_given_before(tmp_path: Path) -> None:
    text = VALID.replace("    like: start\n", "    like: lower\n")
    assert _problems(tmp_path, text) == [
        "9:11: poses.lift.like: must name a pose given before it, got 'lower'"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "1:1: the file has no poses in it"),
        ("schema_version: 1\nposes: {}\n", "2:8: poses: must name at least one pose"),
        ("schema_version: 1\nposes: [a]\n", "2:8: poses: must be a mapping of named poses"),
        ("a: &x 1\nb: *x\n", "1:4: "),
        (
            "schema_version: 1\nposes:\n  a: {title: A, hip: .nan}\n",
            "3:22: poses.a.hip: must be a number",
        ),
    ],
)
def test_files_that_are_no_pose_files_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    assert _problems(tmp_path, text)[0].startswith(problem)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "#" * 300_000)
    assert "a pose file may be at most" in problem

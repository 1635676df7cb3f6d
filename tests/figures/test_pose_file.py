"""Pose files: what a pose leaves out comes from `like` and `defaults`; every problem is named
with its file, line and column, joint limits an adult has included."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_gui.content.problems import RoutineError
from backpain_gui.figures.camera import Camera
from backpain_gui.figures.drawing import Prop
from backpain_gui.figures.illustration import pose_during
from backpain_gui.figures.pose_file import load_pose_file
from backpain_gui.figures.skeleton import between, body_of, rotation
from backpain_gui.figures.space import length, sub

VALID = """\
schema_version: 2
camera: {yaw: 30, pitch: 20}
lying: {head: [-1, 0, 0], front: [0, 1, 0]}
anchor: head
defaults: {hip: {raise: 40}, knee: 100, elbow: 30}
poses:
  start:
    title: Lying down
    feet_on_mat: itself
  lift:
    like: start
    title: Lifted
    pelvis: {bend: -20}
    left_hip: {raise: 10}
    moving: [pelvis, lower back]  # the arrow follows them
    # (no arrow is written: it is worked out from the poses)
  lower:
    like: start
    title: On the way down
    pelvis: {bend: -10}
    hold: {right_hand: {on: head, at: [-8, -3, 2], elbow: [1, 0, 0]}}
    props: [{kind: ball, held_by: right_hand}]
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
    assert start.pose.turn("left_knee") == rotation("left_knee", {"bend": 100})
    assert lift.pose.turn("right_knee") == rotation("right_knee", {"bend": 100})
    # A name for both sides gives both; a side's own name overrides it for that side.
    assert start.pose.turn("left_hip") == rotation("left_hip", {"raise": 40})
    assert lift.pose.turn("left_hip") == rotation("left_hip", {"raise": 10})
    assert lift.pose.turn("right_hip") == rotation("right_hip", {"raise": 40})
    assert lift.moving == {"pelvis", "lower back"}
    # The arrow is worked out from the poses: the pelvis lifts, so it points up.
    assert lift.arrow is not None
    (_, tail), (_, tip) = lift.arrow.path[0], lift.arrow.path[-1]
    assert tip - tail > 10
    assert start.arrow is None
    assert lift.camera == Camera(30.0, 20.0)
    assert lift.pose.anchor == "head"
    assert pictures["lower"].props == (Prop("ball", held_by="right_hand"),)


def test_feet_on_the_mat_stay_where_the_named_pose_puts_them(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    start, lift = pictures["start"], pictures["lift"]
    for side in ("left", "right"):
        ankle = f"{side}_ankle"
        assert (
            length(sub(body_of(start.pose).joints[ankle], body_of(lift.pose).joints[ankle])) < 0.01
        )


def test_hands_on_the_mat_stay_where_they_rest_and_a_held_hand_can_let_go(
    tmp_path: Path,
) -> None:
    text = VALID.replace(
        "    feet_on_mat: itself\n", "    feet_on_mat: itself\n    hands_on_mat: itself\n"
    )
    text += "  free:\n    like: lower\n    title: Let go\n    hold: {right_hand: free}\n"
    pictures = load_pose_file(_write(tmp_path, text)).illustrations
    start, lift = body_of(pictures["start"].pose), body_of(pictures["lift"].pose)
    for side in ("left", "right"):
        hand = f"{side}_hand"
        assert length(sub(start.joints[hand], lift.joints[hand])) < 0.01
    # `lower` holds its right hand on the head; `free` is like it but lets go.
    assert {h.limb for h in pictures["lower"].pose.holds} >= {"right_hand"}
    assert all(h.on == "mat" for h in pictures["free"].pose.holds if h.limb == "right_hand")


def test_a_held_hand_is_on_its_place(tmp_path: Path) -> None:
    lower = load_pose_file(_write(tmp_path, VALID)).illustrations["lower"]
    body = body_of(lower.pose)
    assert length(sub(body.joints["right_hand"], body.point("head", (-8, -3, 2)))) < 0.01


def test_a_picture_on_the_way_ends_its_movement_in_another_pose(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    assert pictures["lower"].ends_in == pictures["start"].pose
    assert pictures["lift"].ends_in == pictures["lift"].pose


def test_a_movement_shown_on_the_way_passes_through_the_picture_s_pose(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    lift, lower = pictures["lift"], pictures["lower"]
    assert pose_during(lift.pose, lower, 0.0) == lift.pose
    assert pose_during(lift.pose, lower, 1.0) == lower.ends_in
    # A picture of where the phase ends: straight there, each joint turning evenly.
    assert pose_during(lower.pose, lift, 0.5) == between(lower.pose, lift.pose, 0.5)


def test_all_pictures_of_an_exercise_seen_by_one_camera_share_one_frame(tmp_path: Path) -> None:
    pictures = load_pose_file(_write(tmp_path, VALID)).illustrations
    frames = {picture.frame for picture in pictures.values()}
    assert len(frames) == 1
    (frame,) = frames
    assert frame.width / frame.height == pytest.approx(4 / 3)
    # A picture with a camera or a frame group of its own has a frame of its own.
    for own in ("camera: {yaw: 90}", "frame: lowered"):
        other = VALID.replace("    ends_in: start\n", f"    ends_in: start\n    {own}\n")
        pictures = load_pose_file(_write(tmp_path, other)).illustrations
        assert pictures["lower"].frame != pictures["start"].frame
        assert pictures["lift"].frame == pictures["start"].frame


def test_every_problem_is_named_with_its_place(tmp_path: Path) -> None:
    text = (
        VALID.replace("    pelvis: {bend: -20}\n", "    pelvs: {bend: -20}\n")
        .replace("[pelvis, lower back]", "[pelvis, tail]")
        .replace("ends_in: start", "ends_in: stat")
        .replace("hip: {raise: 40}", "hip: {raise: forty}")
    )
    assert _problems(tmp_path, text) == [
        "5:25: defaults.hip.raise: must be a number from -30 to 130, got 'forty'",
        "13:5: poses.lift.pelvs: unknown key, did you mean 'pelvis'?",
        "15:22: poses.lift.moving[1]: must be one of head, upper back, lower back, pelvis,"
        " left arm, right arm, left leg, right leg, got 'tail'",
        "23:14: poses.lower.ends_in: must name a pose in this file, got 'stat',"
        " did you mean 'start'?",
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ("knee: 100", "knee: -10"),
            "5:36: defaults.knee: must be from 0 to 150 degrees (as far as an adult's knee goes),"
            " got -10",
        ),
        (
            ("left_hip: {raise: 10}", "left_hip: {raise: 10, out: 80}"),
            "14:32: poses.lift.left_hip.out: must be from -30 to 50 degrees"
            " (as far as an adult's hip goes), got 80",
        ),
        (
            ("pelvis: {bend: -10}", "lower_back: {turn: 40}"),
            "20:24: poses.lower.lower_back.turn: must be from -10 to 10 degrees"
            " (as far as an adult's lower back goes), got 40",
        ),
        (
            ("left_hip: {raise: 10}", "left_hip: {rise: 10}"),
            "14:16: poses.lift.left_hip.rise: unknown key, did you mean 'raise'?",
        ),
        (
            ("on: head", "on: foot"),
            "21:29: poses.lower.hold.right_hand.on: must be one of head, chest, mat, got 'foot'",
        ),
        (
            ("kind: ball", "kind: kettlebell"),
            "22:20: poses.lower.props[0].kind: must be one of ball, box, cushion, got 'kettlebell'",
        ),
        (
            ("feet_on_mat: itself", "feet_on_mat: lift"),
            "9:18: poses.start.feet_on_mat: must name a pose given before it, or itself,"
            " got 'lift'",
        ),
        (
            ("front: [0, 1, 0]", "front: [-1, 0, 0]"),
            "3:8: lying: head and front must point different ways",
        ),
    ],
)
def test_a_pose_an_adult_cannot_make_is_refused_by_name(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    assert problem in _problems(tmp_path, VALID.replace(*change))


def test_like_must_name_a_pose_given_before(tmp_path: Path) -> None:
    text = VALID.replace("  lift:\n    like: start\n", "  lift:\n    like: lower\n")
    assert _problems(tmp_path, text) == [
        "11:11: poses.lift.like: must name a pose given before it, got 'lower'"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "1:1: the file has no poses in it"),
        ("schema_version: 2\nposes: {}\n", "2:8: poses: must name at least one pose"),
        ("schema_version: 2\nposes: [a]\n", "2:8: poses: must be a mapping of named poses"),
        ("schema_version: 1\nposes: {a: {title: A}}\n", "1:17: schema_version: must be"),
        ("a: &x 1\nb: *x\n", "1:4: "),
        (
            "schema_version: 2\nposes:\n  a: {title: A, knee: .nan}\n",
            "3:23: poses.a.knee: must be a number",
        ),
    ],
)
def test_files_that_are_no_pose_files_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    assert _problems(tmp_path, text)[0].startswith(problem)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "#" * 300_000)
    assert "a pose file may be at most" in problem


def test_a_box_and_a_cushion_stand_on_the_mat_in_the_scene(tmp_path: Path) -> None:
    text = VALID.replace(
        "    feet_on_mat: itself\n",
        "    feet_on_mat: itself\n"
        "    props: [{kind: box, at: [10, 0], size: [40, 16, 30]},"
        " {kind: cushion, at: [-30, 0], size: [20, 8, 20]}]\n",
    )
    start = load_pose_file(_write(tmp_path, text)).illustrations["start"]
    mat, *props = start.scene()
    assert mat
    assert len(props) == 2
    # Each is drawn with an outline, and the frame holds them.
    frame = start.frame
    for layer in props:
        for shape in layer:
            assert shape.outline
            for x, y in shape.points:
                assert frame.left <= x <= frame.left + frame.width
                assert frame.bottom <= y <= frame.bottom + frame.height

"""Finding a picture's pose: beside the routine when there is one, and never a crash."""

from __future__ import annotations

import os
from pathlib import Path

from backpain_gui.figures.catalogue import illustration_for_picture, pose_file_for
from backpain_gui.figures.skeleton import rotation

POSES = """\
schema_version: 2
poses:
  0-start:
    title: Standing
  1-reach:
    title: Reaching up
    shoulder: {raise: 170}
"""


def _routine_folder(tmp_path: Path, poses: str | None) -> Path:
    (tmp_path / "assets" / "reach").mkdir(parents=True)
    for name in ("0-start", "1-reach"):
        (tmp_path / "assets" / "reach" / f"{name}.svg").write_text("<svg/>", encoding="utf-8")
    if poses is not None:
        (tmp_path / "assets" / "poses").mkdir()
        (tmp_path / "assets" / "poses" / "reach.yaml").write_text(poses, encoding="utf-8")
    return tmp_path


def test_a_picture_is_drawn_from_the_pose_of_its_name_in_its_exercise_s_pose_file(
    tmp_path: Path,
) -> None:
    folder = _routine_folder(tmp_path, POSES)
    picture = folder / "assets" / "reach" / "1-reach.svg"
    assert pose_file_for(picture) == folder / "assets" / "poses" / "reach.yaml"
    found = illustration_for_picture(picture)
    assert found is not None
    assert found.title == "Reaching up"
    assert found.pose.turn("left_shoulder") == rotation("left_shoulder", {"raise": 170})


def test_a_routine_without_pose_files_has_still_pictures_only(tmp_path: Path) -> None:
    folder = _routine_folder(tmp_path, None)
    assert illustration_for_picture(folder / "assets" / "reach" / "0-start.svg") is None


def test_a_picture_the_pose_file_does_not_name_has_no_pose(tmp_path: Path) -> None:
    folder = _routine_folder(tmp_path, POSES.replace("  1-reach:", "  1-stretch:"))
    assert illustration_for_picture(folder / "assets" / "reach" / "1-reach.svg") is None


def test_a_broken_pose_file_leaves_the_still_pictures(tmp_path: Path) -> None:
    folder = _routine_folder(tmp_path, POSES.replace("raise: 170", "raise: high"))
    assert illustration_for_picture(folder / "assets" / "reach" / "1-reach.svg") is None


def test_an_edited_pose_file_is_read_again(tmp_path: Path) -> None:
    folder = _routine_folder(tmp_path, POSES)
    picture = folder / "assets" / "reach" / "1-reach.svg"
    assert illustration_for_picture(picture) is not None
    pose_file = pose_file_for(picture)
    pose_file.write_text(POSES.replace("170", "120"), encoding="utf-8")
    # The same size and, on a coarse clock, the same time: moved on explicitly.
    stamp = pose_file.stat()
    os.utime(pose_file, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    found = illustration_for_picture(picture)
    assert found is not None
    assert found.pose.turn("right_shoulder") == rotation("right_shoulder", {"raise": 120})

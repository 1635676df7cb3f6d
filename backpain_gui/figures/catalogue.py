"""Finding the pose behind a picture, and drawing every picture a routine's pose files describe.

A picture `<folder>/<exercise>/<name>.svg` is drawn from the pose `<name>` in the pose file
`<folder>/poses/<exercise>.yaml`; the built-in routine keeps both under `assets/`. A routine
without pose files has still pictures only, which the session screen shows as they are.
"""

from __future__ import annotations

import functools
from pathlib import Path

from backpain_gui.content.model import Routine
from backpain_gui.content.problems import RoutineError
from backpain_gui.figures.illustration import Illustration
from backpain_gui.figures.pose_file import PoseFile, load_pose_file
from backpain_gui.figures.render_svg import svg_text

POSES_FOLDER = "poses"


def pose_file_for(picture: Path) -> Path:
    """The pose file that would describe `picture`."""
    return picture.parent.parent / POSES_FOLDER / f"{picture.parent.name}.yaml"


def illustration_for_picture(picture: Path) -> Illustration | None:
    """The illustration drawn as `picture`, or None where no readable pose file describes it."""
    pose_file = pose_file_for(picture)
    try:
        stamp = pose_file.stat()
    except OSError:
        return None
    # Keyed on the file's size and time too, so an edited pose file is read again.
    loaded = _load(pose_file, stamp.st_mtime_ns, stamp.st_size)
    return None if loaded is None else loaded.illustrations.get(picture.stem)


@functools.lru_cache(maxsize=16)
def _load(path: Path, modified: int, size: int) -> PoseFile | None:
    try:
        return load_pose_file(path)
    except RoutineError:
        # A broken pose file costs the moving figure only; its still pictures still show.
        return None


def picture_title(exercise_name: str, illustration: Illustration) -> str:
    """What a picture shows, in words, for screen readers and the contact sheet."""
    return f"{exercise_name}: {illustration.title}"


def drawn_pictures(routine: Routine) -> dict[Path, str]:
    """Every SVG the routine's pose files describe: where it belongs, and its text.

    Raises RoutineError for a pose file with problems, naming each one.
    """
    pictures: dict[Path, str] = {}
    assets = routine.folder / "assets"
    for exercise in routine.exercises:
        pose_file = assets / POSES_FOLDER / f"{exercise.id}.yaml"
        if not pose_file.is_file():
            continue
        for name, illustration in load_pose_file(pose_file).illustrations.items():
            title = picture_title(exercise.name, illustration)
            pictures[assets / exercise.id / f"{name}.svg"] = svg_text(illustration, title)
    return pictures

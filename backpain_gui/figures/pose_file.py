"""Reading a pose file (`assets/poses/<exercise>.yaml`): one named pose for each picture.

A pose file reads like this; every angle a pose leaves out comes from `like` (an earlier
pose), then from `defaults`, then is 0; a far limb's angles follow the near one's unless given:

    schema_version: 1
    view: side            # side, front or above
    anchor: ankle         # the joint each pose's x places on the mat
    defaults: {pelvis: 180, hip: 45, knee: 95}
    poses:
      0-start:
        title: On your back, knees bent, feet flat
      2-peel:
        like: 0-start
        title: Tailbone under, pelvis peeling off the mat
        pelvis: 165
        moving: [pelvis]
        arrow: {joint: pelvis, offset: [0, 12], towards: 90, length: 14, bend: 0}
        ends_in: 0-start  # the phase finishes here; the picture shows it on the way

Problems are reported as the routine's are: every one at once, `FILE:LINE:COL: message`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from backpain_gui.content.fields import Fields, closest, describe
from backpain_gui.content.problems import ProblemLog, fail
from backpain_gui.content.yaml_nodes import Mapping, Node, Scalar, Sequence, compose_document
from backpain_gui.figures.drawing import PARTS, Arrow, View, figure_of
from backpain_gui.figures.illustration import Illustration, frame_around
from backpain_gui.figures.skeleton import JOINTS, NUMBERS, Pose

# A pose file for a handful of pictures is a few KiB; anything near this is not one.
MAX_BYTES = 256 * 1024
_TOP_KEYS = ("schema_version", "view", "anchor", "defaults", "poses")
_POSE_KEYS = ("title", "like", "moving", "arrow", "ends_in", *NUMBERS)
_ARROW_KEYS = ("joint", "offset", "towards", "length", "bend")
# No joint turns further than this, and no pose is placed further along the mat.
_LARGEST = 720.0


@dataclass(frozen=True, slots=True)
class PoseFile:
    """The pictures of one exercise, by name (a picture file's name without `.svg`)."""

    view: View
    illustrations: dict[str, Illustration]


@dataclass(slots=True)
class _Entry:
    """One pose as written, before `like`, `ends_in` and the frame are worked out."""

    title: str
    numbers: dict[str, float]
    moving: frozenset[str]
    arrow: Arrow | None
    ends_in: tuple[str, Node] | None


def load_pose_file(path: Path) -> PoseFile:
    """The pose file at `path`, or RoutineError naming every problem in it."""
    file = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail(file, f"is {size} bytes; a pose file may be at most {MAX_BYTES}")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise fail(file, f"cannot be read: {error}") from None
    log = ProblemLog(file)
    root = compose_document(text, log)
    log.raise_if_any()
    if root is None:
        raise fail(file, "the file has no poses in it")
    pose_file = _read(root, log)
    log.raise_if_any()
    return pose_file


def _read(root: Node, log: ProblemLog) -> PoseFile:
    top = Fields(root, "", log, required=("schema_version", "poses"), optional=_TOP_KEYS)
    top.whole_number("schema_version", 1, 1, 1)
    view = View(top.choice("view", tuple(v.value for v in View)) or View.SIDE.value)
    anchor = top.choice("anchor", JOINTS) or "pelvis"
    defaults = _numbers(
        Fields(top.get("defaults") or Mapping((), 1, 1), "defaults", log, (), NUMBERS)
    )
    entries: dict[str, _Entry] = {}
    poses = top.get("poses")
    if poses is not None and not isinstance(poses, Mapping):
        log.at(poses, "poses", f"must be a mapping of named poses, got {describe(poses)}")
    elif poses is not None and not poses.pairs:
        log.at(poses, "poses", "must name at least one pose")
    for key, value in poses.pairs if isinstance(poses, Mapping) else ():
        if not isinstance(key, Scalar) or not key.value or key.value in entries:
            log.at(key, "poses", f"each pose needs a name of its own, got {describe(key)}")
            continue
        entries[key.value] = _entry(value, f"poses.{key.value}", log, entries, defaults)
    return _finish(entries, view, anchor, log)


def _entry(
    node: Node, path: str, log: ProblemLog, earlier: dict[str, _Entry], defaults: dict[str, float]
) -> _Entry:
    fields = Fields(node, path, log, required=("title",), optional=_POSE_KEYS)
    numbers = dict(defaults)
    like = fields.get("like")
    if like is not None:
        base = _named(like, fields.child("like"), log, tuple(earlier), "a pose given before it")
        if base is not None:
            numbers.update(earlier[base].numbers)
    numbers.update(_numbers(fields))
    ends_in = fields.get("ends_in")
    return _Entry(
        title=fields.text("title"),
        numbers=numbers,
        moving=_moving(fields.get("moving"), fields.child("moving"), log),
        arrow=_arrow(fields.get("arrow"), fields.child("arrow"), log),
        ends_in=None if ends_in is None else (fields.child("ends_in"), ends_in),
    )


def _named(node: Node, path: str, log: ProblemLog, names: tuple[str, ...], what: str) -> str | None:
    if isinstance(node, Scalar) and node.value in names:
        return node.value
    guess = closest(node.value, names) if isinstance(node, Scalar) else None
    hint = f", did you mean '{guess}'?" if guess else ""
    log.at(node, path, f"must name {what}, got {describe(node)}{hint}")
    return None


def _number(node: Node, path: str, log: ProblemLog) -> float:
    try:
        number = float(node.value) if isinstance(node, Scalar) and node.plain else math.nan
    except ValueError:
        number = math.nan
    if not -_LARGEST <= number <= _LARGEST:
        log.at(
            node, path, f"must be a number from {-_LARGEST:g} to {_LARGEST:g}, got {describe(node)}"
        )
        return 0.0
    return number


def _numbers(fields: Fields) -> dict[str, float]:
    numbers = {}
    for name in NUMBERS:
        node = fields.get(name)
        if node is not None:
            numbers[name] = _number(node, fields.child(name), fields.log)
    return numbers


def _moving(node: Node | None, path: str, log: ProblemLog) -> frozenset[str]:
    if node is None:
        return frozenset()
    if not isinstance(node, Sequence):
        log.at(node, path, f"must be a list of parts, got {describe(node)}")
        return frozenset()
    parts = set()
    for index, item in enumerate(node.items):
        if isinstance(item, Scalar) and item.value in PARTS:
            parts.add(item.value)
        else:
            log.at(
                item, f"{path}[{index}]", f"must be one of {', '.join(PARTS)}, got {describe(item)}"
            )
    return frozenset(parts)


def _arrow(node: Node | None, path: str, log: ProblemLog) -> Arrow | None:
    if node is None:
        return None
    fields = Fields(node, path, log, required=("joint", "towards", "length"), optional=_ARROW_KEYS)
    offset = (0.0, 0.0)
    given = fields.get("offset")
    if given is not None:
        if isinstance(given, Sequence) and len(given.items) == 2:
            x, y = (_number(item, fields.child("offset"), log) for item in given.items)
            offset = (x, y)
        else:
            log.at(given, fields.child("offset"), f"must be [x, y], got {describe(given)}")

    def number(key: str) -> float:
        value = fields.get(key)
        return 0.0 if value is None else _number(value, fields.child(key), log)

    return Arrow(
        joint=fields.choice("joint", JOINTS) or "pelvis",
        offset=offset,
        towards=number("towards"),
        length=number("length"),
        bend=number("bend"),
    )


def _pose(numbers: dict[str, float], anchor: str) -> Pose:
    complete = dict(numbers)
    for name in NUMBERS:
        if name.startswith("far_") and name not in complete:
            complete[name] = complete.get(name.removeprefix("far_"), 0.0)
    return Pose(anchor=anchor, **complete)


def _finish(entries: dict[str, _Entry], view: View, anchor: str, log: ProblemLog) -> PoseFile:
    if not entries:
        return PoseFile(view, {})
    poses = {name: _pose(entry.numbers, anchor) for name, entry in entries.items()}
    ends = dict(poses)
    for name, entry in entries.items():
        if entry.ends_in is not None:
            path, node = entry.ends_in
            target = _named(node, path, log, tuple(entries), "a pose in this file")
            if target is not None:
                ends[name] = poses[target]
    # One frame for all of an exercise's pictures, so the figure keeps its size and place.
    frame = frame_around([figure_of(poses[n], e.moving, e.arrow, view) for n, e in entries.items()])
    return PoseFile(
        view,
        {
            name: Illustration(
                entry.title, poses[name], ends[name], entry.moving, entry.arrow, view, frame
            )
            for name, entry in entries.items()
        },
    )

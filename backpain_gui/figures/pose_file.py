"""Reading a pose file (`assets/poses/<exercise>.yaml`): one named pose for each picture.

A pose file reads like this (angles in degrees; backpain_gui/figures/skeleton.py says which
way each movement turns):

    schema_version: 2
    camera: {yaw: 0, pitch: 12}          # where the viewer stands (figures/camera.py)
    lying: {head: [-1, 0, 0], front: [0, 1, 0]}  # on the back, head to the left
    anchor: head                         # the joint each pose's x places on the mat
    defaults:
      hip: {raise: 50}                   # both hips; left_hip or right_hip for one
      knee: 110                          # a hinge takes one number
    poses:
      0-start:
        title: On your back, knees bent, feet flat
        feet_on_mat: 0-start             # the feet stay where they stand in that pose
        hands_on_mat: 0-start            # and the hands where they rest (IK either way)
      2-peel:
        like: 0-start                    # what it leaves out comes from this pose
        title: Tailbone under, pelvis peeling off the mat
        pelvis: {bend: -20}
        hold: {right_hand: {on: head, at: [-8, -3, 2], elbow: [0, 0, 1], elbow_with: chest}}
        # `hold: {right_hand: free}` lets go of a hand held in the pose it is like.
        props: [{kind: ball, held_by: right_hand}]
        moving: [pelvis]                 # highlighted; the arrow follows them (figures/arrow.py)
        ends_in: 0-start                 # the phase finishes here; the picture shows it on the way
        frame: lifted                    # a frame of its own (and those like it), not the file's

A joint a pose names is as it says; one it leaves out comes from `like`, then from
`defaults`, then is at rest. Every angle is checked against what an adult's joint can do.
Problems are reported as the routine's are: every one at once, `FILE:LINE:COL: message`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from backpain_gui.content.fields import Fields, closest, describe
from backpain_gui.content.problems import ProblemLog, fail
from backpain_gui.content.yaml_nodes import Mapping, Node, Scalar, Sequence, compose_document
from backpain_gui.figures.camera import Camera
from backpain_gui.figures.drawing import PARTS, Prop, bounds_of, figure_of
from backpain_gui.figures.illustration import (
    Frame,
    Illustration,
    Mat,
    content_around,
    frame_around,
    pose_during,
    still_arrow,
)
from backpain_gui.figures.skeleton import (
    JOINTS,
    MOVEMENTS,
    POSED,
    REACH_BELOW,
    SIDES,
    SIGN,
    Body,
    Hold,
    Pose,
    body_of,
    kind_of,
    rotation,
)
from backpain_gui.figures.space import IDENTITY, Quat, Vec, cross, dot, from_axes, multiply, unit

# A pose file for a handful of pictures is a few KiB; anything near this is not one.
MAX_BYTES = 256 * 1024
_TOP_KEYS = ("schema_version", "camera", "lying", "anchor", "mat", "defaults", "poses")
_BOTH = tuple(dict.fromkeys(kind_of(name) for name in POSED if name.startswith("left_")))
_JOINT_KEYS = (*POSED, *_BOTH)
_POSE_KEYS = (
    "title",
    "like",
    "anchor",
    "x",
    "z",
    "rests_at",
    "camera",
    "frame",
    "hold",
    "feet_on_mat",
    "hands_on_mat",
    "props",
    "moving",
    "ends_in",
    *_JOINT_KEYS,
)
_HOLD_KEYS = ("on", "at", "elbow", "elbow_with")
_HOLDERS = ("left_hand", "right_hand")
_PROP_KINDS = ("ball", "box", "cushion")
# No number in a pose file is larger than this: a turn, a place on the mat, a size.
_LARGEST = 720.0


@dataclass(frozen=True, slots=True)
class PoseFile:
    """The pictures of one exercise, by name (a picture file's name without `.svg`)."""

    illustrations: dict[str, Illustration]


@dataclass(slots=True)
class _Entry:
    """One pose as written, before `like`, `ends_in` and the frame are worked out."""

    title: str
    angles: dict[str, dict[str, float]]
    place: dict[str, float]
    # The joint placed at x on the mat, if not the file's.
    anchor: str | None
    camera: Camera
    # Pictures of one frame group and camera share a frame: a variant that starts from its
    # own start position may have a frame of its own.
    frame_group: str
    holds: dict[str, Hold]
    # Where the feet and hands that stay on the mat stand: the pose named, as written.
    on_mat: dict[str, tuple[str, Node]]
    # The feet or hands held where they stood in an earlier pose, taken over with `like`.
    feet: tuple[Hold, ...]
    props: tuple[Prop, ...]
    moving: frozenset[str]
    ends_in: tuple[str, Node] | None
    # The pose it is like: where its movement comes from, when its picture shows the end.
    comes_from: str | None = None
    pose: Pose = field(default_factory=lambda: Pose(tuple(IDENTITY for _ in POSED)))


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


@dataclass(frozen=True, slots=True)
class _Setting:
    """What the file says once for all its poses."""

    camera: Camera
    lying: Quat
    anchor: str
    mat: Mat


def _read(root: Node, log: ProblemLog) -> PoseFile:
    top = Fields(root, "", log, required=("schema_version", "poses"), optional=_TOP_KEYS)
    top.whole_number("schema_version", 2, 2, 2)
    setting = _Setting(
        camera=_camera(top.get("camera"), top.child("camera"), log, Camera()),
        lying=_lying(top.get("lying"), top.child("lying"), log),
        anchor=top.choice("anchor", JOINTS) or "pelvis",
        mat=_mat(top.get("mat"), top.child("mat"), log),
    )
    defaults = _joints(
        Fields(top.get("defaults") or Mapping((), 1, 1), "defaults", log, (), _JOINT_KEYS)
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
        entry = _entry(value, f"poses.{key.value}", log, entries, defaults, setting)
        entry.pose = _pose(entry, setting, entries, log)
        entries[key.value] = entry
    return _finish(entries, setting, log)


def _entry(
    node: Node,
    path: str,
    log: ProblemLog,
    earlier: dict[str, _Entry],
    defaults: dict[str, dict[str, float]],
    setting: _Setting,
) -> _Entry:
    fields = Fields(node, path, log, required=("title",), optional=_POSE_KEYS)
    angles = dict(defaults)
    place: dict[str, float] = {}
    camera = setting.camera
    holds: dict[str, Hold] = {}
    props: tuple[Prop, ...] = ()
    on_mat: dict[str, tuple[str, Node]] = {}
    feet: tuple[Hold, ...] = ()
    group = ""
    anchor: str | None = None
    like = fields.get("like")
    base = None
    if like is not None:
        base = _named(like, fields.child("like"), log, tuple(earlier), "a pose given before it")
        if base is not None:
            before = earlier[base]
            angles.update(before.angles)
            place.update(before.place)
            camera, holds, props = before.camera, dict(before.holds), before.props
            group, anchor = before.frame_group, before.anchor
            feet = tuple(hold for hold in before.pose.holds if hold.on == "mat")
    angles.update(_joints(fields))
    for key in ("x", "z", "rests_at"):
        given = fields.get(key)
        if given is not None:
            low, high = (0.0, 100.0) if key == "rests_at" else (-_LARGEST, _LARGEST)
            place[key] = _number(given, fields.child(key), log, low, high)
    camera = _camera(fields.get("camera"), fields.child("camera"), log, camera)
    for limb, hold in _holds(fields.get("hold"), fields.child("hold"), log).items():
        if hold is None:
            holds.pop(limb, None)
        else:
            holds[limb] = hold
    given_props = fields.get("props")
    if given_props is not None:
        props = _props(given_props, fields.child("props"), log)
    feet = _on_mat(fields, on_mat, feet)
    ends_in = fields.get("ends_in")
    return _Entry(
        title=fields.text("title"),
        angles=angles,
        place=place,
        anchor=fields.choice("anchor", JOINTS) or anchor,
        camera=camera,
        frame_group=fields.optional_line("frame") or group,
        holds=holds,
        on_mat=on_mat,
        feet=feet,
        props=props,
        moving=_moving(fields.get("moving"), fields.child("moving"), log),
        ends_in=None if ends_in is None else (fields.child("ends_in"), ends_in),
        comes_from=base,
    )


def _on_mat(
    fields: Fields, on_mat: dict[str, tuple[str, Node]], kept: tuple[Hold, ...]
) -> tuple[Hold, ...]:
    """Note the `feet_on_mat` and `hands_on_mat` a pose gives in `on_mat`; the holds taken
    over from an earlier pose that still apply."""
    for part, limb in (("feet", "foot"), ("hands", "hand")):
        given = fields.get(f"{part}_on_mat")
        if given is not None:
            on_mat[part] = (fields.child(f"{part}_on_mat"), given)
            # Given again, they stand where this pose says, not where the earlier one did.
            kept = tuple(hold for hold in kept if not hold.limb.endswith(limb))
    return kept


def _named(node: Node, path: str, log: ProblemLog, names: tuple[str, ...], what: str) -> str | None:
    if isinstance(node, Scalar) and node.value in names:
        return node.value
    guess = closest(node.value, names) if isinstance(node, Scalar) else None
    hint = f", did you mean '{guess}'?" if guess else ""
    log.at(node, path, f"must name {what}, got {describe(node)}{hint}")
    return None


def _number(
    node: Node,
    path: str,
    log: ProblemLog,
    low: float = -_LARGEST,
    high: float = _LARGEST,
    why: str = "",
) -> float:
    try:
        number = float(node.value) if isinstance(node, Scalar) and node.plain else math.nan
    except ValueError:
        number = math.nan
    if math.isnan(number) or not -_LARGEST <= number <= _LARGEST:
        log.at(node, path, f"must be a number from {low:g} to {high:g}, got {describe(node)}")
        return 0.0
    if not low <= number <= high:
        log.at(node, path, f"must be from {low:g} to {high:g}{why}, got {number:g}")
        return max(low, min(high, number))
    return number


def _vector(node: Node | None, path: str, log: ProblemLog) -> Vec | None:
    if node is None:
        return None
    if isinstance(node, Sequence) and len(node.items) == 3:
        x, y, z = (_number(item, path, log) for item in node.items)
        return (x, y, z)
    log.at(node, path, f"must be [x, y, z], got {describe(node)}")
    return None


def _joints(fields: Fields) -> dict[str, dict[str, float]]:
    """The joints `fields` names, each as its movements; a name for both sides gives both."""
    both: dict[str, dict[str, float]] = {}
    one: dict[str, dict[str, float]] = {}
    for key in _JOINT_KEYS:
        node = fields.get(key)
        if node is None:
            continue
        movements = _movements(node, fields.child(key), kind_of(key), fields.log)
        if key in POSED:
            one[key] = movements
        else:
            for side in SIDES:
                both[f"{side}_{key}"] = movements
    return {**both, **one}


def _movements(node: Node, path: str, kind: str, log: ProblemLog) -> dict[str, float]:
    limits = MOVEMENTS[kind]
    joint = kind.replace("_", " ")
    if len(limits) == 1 and not isinstance(node, Mapping):
        ((name, (low, high)),) = limits.items()
        return {
            name: _number(
                node, path, log, low, high, f" degrees (as far as an adult's {joint} goes)"
            )
        }
    fields = Fields(node, path, log, required=(), optional=tuple(limits))
    movements = {}
    for name, (low, high) in limits.items():
        given = fields.get(name)
        if given is not None:
            why = f" degrees (as far as an adult's {joint} goes)"
            movements[name] = _number(given, fields.child(name), log, low, high, why)
    return movements


def _camera(node: Node | None, path: str, log: ProblemLog, default: Camera) -> Camera:
    if node is None:
        return default
    fields = Fields(node, path, log, required=(), optional=("yaw", "pitch", "look_at"))
    yaw, pitch = fields.get("yaw"), fields.get("pitch")
    target = _vector(fields.get("look_at"), fields.child("look_at"), log)
    return Camera(
        default.yaw if yaw is None else _number(yaw, fields.child("yaw"), log, -180, 180),
        default.pitch if pitch is None else _number(pitch, fields.child("pitch"), log, 0, 89),
        default.target if target is None else target,
    )


def _lying(node: Node | None, path: str, log: ProblemLog) -> Quat:
    if node is None:
        return IDENTITY
    fields = Fields(node, path, log, required=("head", "front"), optional=("head", "front"))
    head = _vector(fields.get("head"), fields.child("head"), log)
    front = _vector(fields.get("front"), fields.child("front"), log)
    if head is None or front is None:
        return IDENTITY
    up = unit(head)
    ahead = unit(tuple(f - u * dot(front, up) for f, u in zip(front, up, strict=True)))  # type: ignore[arg-type]
    if abs(dot(unit(front), up)) > 0.99:
        log.at(node, path, "head and front must point different ways")
        return IDENTITY
    return from_axes(ahead, up, cross(ahead, up))


def _mat(node: Node | None, path: str, log: ProblemLog) -> Mat:
    if node is None:
        return Mat()
    fields = Fields(node, path, log, required=(), optional=("x", "z", "length", "width"))
    values = {}
    for key in ("x", "z", "length", "width"):
        given = fields.get(key)
        if given is not None:
            values[key] = _number(given, fields.child(key), log, -300 if key in "xz" else 1, 300)
    return Mat(**values)


def _holds(node: Node | None, path: str, log: ProblemLog) -> dict[str, Hold | None]:
    """The hands a pose holds somewhere; None for one it lets go (`free`)."""
    if node is None:
        return {}
    fields = Fields(node, path, log, required=(), optional=_HOLDERS)
    holds: dict[str, Hold | None] = {}
    for limb in _HOLDERS:
        given = fields.get(limb)
        if given is None:
            continue
        where = fields.child(limb)
        if isinstance(given, Scalar) and given.value == "free":
            # A hand taken over with `like` lets go; the pose's angles place it.
            holds[limb] = None
            continue
        hold = Fields(given, where, log, required=("on", "at"), optional=_HOLD_KEYS)
        # On the head or chest, `at` is in its frame; on the mat, in the world.
        on = hold.choice("on", ("head", "chest", "mat")) or "head"
        at = _vector(hold.get("at"), hold.child("at"), log) or (0.0, 0.0, 0.0)
        elbow = _vector(hold.get("elbow"), hold.child("elbow"), log) or (1.0, 0.0, 0.0)
        elbow_with = hold.choice("elbow_with", ("pelvis", "chest")) or "pelvis"
        holds[limb] = Hold(limb, on, at, elbow, elbow_with=elbow_with)
    return holds


def _props(node: Node, path: str, log: ProblemLog) -> tuple[Prop, ...]:
    if not isinstance(node, Sequence):
        log.at(node, path, f"must be a list of props, got {describe(node)}")
        return ()
    props = []
    for index, item in enumerate(node.items):
        where = f"{path}[{index}]"
        fields = Fields(
            item, where, log, required=("kind",), optional=("kind", "held_by", "at", "size")
        )
        kind = fields.choice("kind", _PROP_KINDS) or "ball"
        if kind == "ball":
            holder = fields.choice("held_by", _HOLDERS) or "right_hand"
            props.append(Prop(kind, held_by=holder))
            continue
        at = fields.get("at")
        place = (0.0, 0.0)
        if isinstance(at, Sequence) and len(at.items) == 2:
            x, z = (_number(n, fields.child("at"), log) for n in at.items)
            place = (x, z)
        else:
            log.at(
                at or item,
                fields.child("at"),
                f"must be [x, z] on the mat, got {describe(at) if at else 'nothing'}",
            )
        size = _vector(fields.get("size"), fields.child("size"), log) or (40.0, 15.0, 30.0)
        props.append(Prop(kind, at=place, size=size))
    return tuple(props)


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


def _turns(angles: dict[str, dict[str, float]], lying: Quat) -> tuple[Quat, ...]:
    turns = []
    for name in POSED:
        turn = rotation(name, angles.get(name, {}))
        turns.append(multiply(lying, turn) if name == "pelvis" else turn)
    return tuple(turns)


def _pose(entry: _Entry, setting: _Setting, earlier: dict[str, _Entry], log: ProblemLog) -> Pose:
    pose = Pose(
        _turns(entry.angles, setting.lying),
        x=entry.place.get("x", 0.0),
        z=entry.place.get("z", 0.0),
        anchor=entry.anchor or setting.anchor,
        # A hand held on the mat in the pose it is like is in both: once is enough.
        holds=(*entry.holds.values(), *(h for h in entry.feet if h.limb not in entry.holds)),
        rests_at=entry.place.get("rests_at", 0.0),
    )
    held = []
    for part, (path, node) in entry.on_mat.items():
        what = "a pose given before it, or itself"
        reference = _named(node, path, log, (*earlier, "itself"), what)
        if reference is not None:
            standing = pose if reference == "itself" else earlier[reference].pose
            held += _standing(standing, part)
    return replace(pose, holds=(*pose.holds, *held))


def _standing(standing: Pose, part: str) -> list[Hold]:
    """Holds that keep the feet or hands where they rest on the mat in `standing`."""
    limb = "foot" if part == "feet" else "hand"
    # Where they rest: as that pose puts them, its body laid down without them.
    free = replace(standing, holds=tuple(h for h in standing.holds if h.on != "mat"))
    body = body_of(free, frozenset(f"{side}_{limb}" for side in SIDES))
    holds = []
    for side in SIDES:
        if limb == "foot":
            ankle = body.joints[f"{side}_ankle"]
            target = (ankle[0], ankle[1] - _lowest_foot(body, side), ankle[2])
            # The knees point the way the pelvis faces; the foot keeps its turn.
            frame = body.frames[f"{side}_ankle"]
            holds.append(Hold(f"{side}_foot", "mat", target, (1.0, 0.0, 0.0), frame))
        else:
            hand = body.joints[f"{side}_hand"]
            # On the mat, or on the box the body rests on.
            target = (hand[0], standing.rests_at + REACH_BELOW["hand"], hand[2])
            # The elbows bend out to the sides and up, away from the mat.
            elbow = (-0.5, 0.0, SIGN[side])
            holds.append(Hold(f"{side}_hand", "mat", target, elbow))
    return holds


def _lowest_foot(body: Body, side: str) -> float:
    """How far the foot's lowest point is above the mat, so the foot can be set down on it."""
    ankle = body.joints[f"{side}_ankle"][1] - REACH_BELOW["ankle"]
    toe = body.joints[f"{side}_toe"][1] - REACH_BELOW["toe"]
    return min(ankle, toe)


def _finish(entries: dict[str, _Entry], setting: _Setting, log: ProblemLog) -> PoseFile:
    if not entries:
        return PoseFile({})
    poses = {name: entry.pose for name, entry in entries.items()}
    ends = dict(poses)
    for name, entry in entries.items():
        if entry.ends_in is not None:
            path, node = entry.ends_in
            target = _named(node, path, log, tuple(entries), "a pose in this file")
            if target is not None:
                ends[name] = poses[target]
    drawn = {
        name: _illustration(entry, poses[name], ends[name], poses, setting)
        for name, entry in entries.items()
    }
    # One frame for all of an exercise's pictures seen by one camera (in one frame group), so
    # the figure keeps its size and place from picture to picture. The moving figure's box
    # holds the arrows too, where the stills have them, near the part that moves: kept to a
    # box without room for them, one went beside the head of a bridge.
    Box = tuple[float, float, float, float]
    boxes: dict[tuple[Camera, str], list[Box]] = {}
    for name, entry in entries.items():
        illustration = drawn[name]
        group = boxes.setdefault((entry.camera, entry.frame_group), [])
        group.append(illustration.figure().bounds())
        scene = illustration.scene()[1:]
        if scene:
            group.append(bounds_of(scene))
    # The moving figure passes between the poses too: a phase is most often the pose after
    # the one before it in the file, so the way there is fitted in as well.
    contents = {key: list(found) for key, found in boxes.items()}
    named = list(entries.items())
    for (before, earlier), (name, entry) in pairwise(named):
        key = (entry.camera, entry.frame_group)
        if key != (earlier.camera, earlier.frame_group):
            continue
        pose = pose_during(ends[before], drawn[name], 0.5)
        contents[key].append(figure_of(pose, (), None, entry.camera, entry.props).bounds())
    frames = {key: frame_around(found) for key, found in boxes.items()}
    content = {key: content_around(found) for key, found in contents.items()}
    return PoseFile(
        {
            name: replace(
                drawn[name],
                frame=frames[entry.camera, entry.frame_group],
                content=content[entry.camera, entry.frame_group],
            )
            for name, entry in entries.items()
        }
    )


def _illustration(
    entry: _Entry, pose: Pose, ends_in: Pose, poses: dict[str, Pose], setting: _Setting
) -> Illustration:
    comes_from = pose if entry.comes_from is None else poses[entry.comes_from]
    return Illustration(
        entry.title,
        pose,
        ends_in,
        entry.moving,
        still_arrow(
            pose, ends_in, comes_from, entry.moving, entry.camera, setting.mat, entry.props
        ),
        entry.camera,
        Frame(0.0, 0.0, 1.0, 1.0),
        setting.mat,
        entry.props,
    )

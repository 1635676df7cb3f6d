"""Every picture the built-in routine names is drawn from a pose, up to date, and readable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Exercise, ExerciseVariant
from backpain_gui.figures.catalogue import drawn_pictures, illustration_for_picture
from backpain_gui.figures.colours import FILLS, OUTLINE
from backpain_gui.figures.drawing import Paint
from backpain_gui.figures.illustration import Illustration

ROUTINE = load_routine(builtin_routine_path())
BODY_TONES = (Paint.BODY_LIT, Paint.BODY, Paint.BODY_SHADE)
TONES = (*BODY_TONES, Paint.MOVING_LIT, Paint.MOVING, Paint.MOVING_SHADE, Paint.ARROW)
LIGHT_WINDOW, DARK_WINDOW = "#efefef", "#1f2226"


def _versions() -> Iterator[tuple[Exercise, ExerciseVariant]]:
    for exercise in ROUTINE.exercises:
        for variant in exercise.offered_variants:
            yield exercise, exercise.variant(variant)


def _pictures(exercise: Exercise, version: ExerciseVariant) -> list[str]:
    """The start position's picture, then each phase's, in order."""
    start = exercise.start_picture_for(version.variant)
    return [start, *(phase.picture for phase in version.phases)]


def _illustration(picture: str) -> Illustration:
    found = illustration_for_picture(ROUTINE.picture_path(picture))
    assert found is not None, f"{picture} has no pose"
    return found


def _rendered(path: Path) -> QImage:
    image = QImage(200, 150, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, 200, 150))
    painter.end()
    return image


def _share_of(image: QImage, *colours: str) -> float:
    """The share of the picture's pixels that are (nearly) one of `colours`."""
    wanted = [(c.red(), c.green(), c.blue()) for c in map(QColor, colours)]
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            red, green, blue = pixel.red(), pixel.green(), pixel.blue()
            hits += any(abs(red - r) + abs(green - g) + abs(blue - b) < 12 for r, g, b in wanted)
    return hits / (image.width() * image.height() / 4)


def test_every_start_position_and_phase_of_every_variant_has_a_posed_picture() -> None:
    for exercise, version in _versions():
        for picture in _pictures(exercise, version):
            assert ROUTINE.picture_path(picture).is_file()
            assert _illustration(picture).title


def test_every_picture_file_is_as_its_pose_file_draws_it() -> None:
    # A pose edited without running tools/make_figures.py shows up here.
    for path, text in drawn_pictures(ROUTINE).items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is out of date"


@pytest.mark.usefixtures("qapp")
def test_every_picture_renders_to_an_outlined_figure() -> None:
    for exercise, version in _versions():
        for picture in _pictures(exercise, version):
            image = _rendered(ROUTINE.picture_path(picture))
            body = _share_of(image, *(FILLS[p] for p in BODY_TONES))
            assert body > 0.02, picture
            assert _share_of(image, OUTLINE) > 0.008, picture


@pytest.mark.usefixtures("qapp")
def test_no_two_different_pictures_of_one_exercise_look_alike() -> None:
    for exercise in ROUTINE.exercises:
        pictures = {
            picture
            for variant in exercise.offered_variants
            for picture in _pictures(exercise, exercise.variant(variant))
        }
        seen: dict[bytes, str] = {}
        for picture in sorted(pictures):
            image = _rendered(ROUTINE.picture_path(picture))
            pixels = bytes(image.constBits())
            if pixels in seen:
                # Alike is allowed only for the same pose, moving parts and arrow.
                same, other = _illustration(picture), _illustration(seen[pixels])
                assert (same.pose, same.moving, same.arrow) == (
                    other.pose,
                    other.moving,
                    other.arrow,
                )
            seen[pixels] = picture


def test_each_rep_ends_in_the_pose_the_next_one_starts_from() -> None:
    for exercise, version in _versions():
        start, *phases = _pictures(exercise, version)
        assert _illustration(phases[-1]).ends_in == _illustration(start).pose, exercise.id


def _luminance(colour: str) -> float:
    """WCAG relative luminance."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_figure_stands_out_from_light_and_dark_windows() -> None:
    # WCAG asks 3:1 of the graphics one needs to see: the outline does it on a light window,
    # the fills on a dark one.
    for paint in (*TONES, Paint.PROP_LIT, Paint.PROP, Paint.PROP_SHADE):
        assert _contrast(FILLS[paint], DARK_WINDOW) >= 3, paint
        assert _contrast(FILLS[paint], OUTLINE) >= 3, paint
    assert _contrast(OUTLINE, LIGHT_WINDOW) >= 3


# Another engineer wires the Extension Prone box variant to these; they must be drawn.
BOX_PICTURES = ("box-0-start", "box-1-prepare", "box-2-lift", "box-3-hold", "box-4-release")


@pytest.mark.usefixtures("qapp")
def test_the_box_variant_s_pictures_are_drawn_with_the_box_under_the_chest() -> None:
    drawn = drawn_pictures(ROUTINE)
    folder = ROUTINE.folder / "assets" / "extension-prone"
    for name in BOX_PICTURES:
        path = folder / f"{name}.svg"
        assert path in drawn, name
        assert path.read_text(encoding="utf-8") == drawn[path]
        # The box's faces, lit and in shade, are in the picture.
        image = _rendered(path)
        assert _share_of(image, FILLS[Paint.PROP_LIT]) > 0.01
        assert _share_of(image, FILLS[Paint.PROP_SHADE]) > 0.02


def test_every_picture_file_is_small() -> None:
    # The loader bounds pictures; these stay far inside it.
    for path in drawn_pictures(ROUTINE):
        assert path.stat().st_size < 24 * 1024, path

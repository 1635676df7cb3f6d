"""`backpain-gui check` refuses a picture the window could not draw, at the line naming it.

The window draws SVG with QSvgRenderer and PNG with QImage, and shows "picture missing" for a
file they cannot read; `check` reads the pictures without Qt, so these tests hold its verdict
against Qt's own on the same files.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.pictures import MAX_PICTURE_BYTES, PictureFiles
from tests.app.test_cli import ROOT, run
from tests.content.png_files import png_bytes

GOOD_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>\n'
# The picture on line 14, column 18 of the routine: its phase's `picture:` value.
ROUTINE = """\
schema_version: 1
title: Pictures
exercises:
  - id: bridge
    name: Bridge
    aim: Strong glutes.
    start_position: On your back.
    start_picture: good.svg
    reps: 3
    phases:
      - breath: in
        seconds: 4
        instruction: Breathe in.
        picture: {picture}
      - breath: out
        seconds: 4
        instruction: Breathe out.
        picture: good.svg
"""

# Files QSvgRenderer cannot read: the window shows "picture missing" for each.
BROKEN_SVGS = {
    "truncated": GOOD_SVG[:30],
    "garbage": b"\x00\x01 this is not XML at all",
    "empty": b"",
    "html": b"<html><body/></html>",
    "png-renamed": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "gzipped": gzip.compress(GOOD_SVG),
    "mismatched-tags": b'<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
    "undefined-entity": b'<svg xmlns="http://www.w3.org/2000/svg"><text>&nbsp;</text></svg>',
}
# Files QSvgRenderer reads, which check must let through.
GOOD_SVGS = {
    "plain": GOOD_SVG,
    "no-namespace": b"<svg/>",
    "utf-16": GOOD_SVG.decode().encode("utf-16"),
    "doctype": (
        b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
        b' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + GOOD_SVG
    ),
}


def write_routine(folder: Path, picture: str, data: bytes) -> Path:
    (folder / "good.svg").write_bytes(GOOD_SVG)
    (folder / picture).write_bytes(data)
    routine = folder / "routine.yaml"
    routine.write_text(ROUTINE.format(picture=picture), encoding="utf-8")
    return routine


def qt_draws(path: Path) -> bool:
    """Whether the window's picture widget could draw the file (ui/picture.py's two loaders)."""
    if path.suffix == ".png":
        return not QImage(str(path)).isNull()
    return QSvgRenderer(str(path)).isValid()


def test_a_corrupt_svg_is_one_problem_at_the_line_that_names_it(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "broken.svg", GOOD_SVG[:30])
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr == (
        f"{routine}:14:18: exercises[0].phases[0].picture: 'broken.svg' is not a readable SVG:"
        " unclosed token at line 1, column 1\n"
    )


def test_a_corrupt_svg_stops_plan_too(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "broken.svg", b"not xml")
    completed, _ = run("plan", str(routine))
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.startswith(f"{routine}:14:18: exercises[0].phases[0].picture:")


def test_an_svg_that_is_other_xml_is_named_for_what_it_is(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "page.svg", b"<html><body/></html>")
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stderr == (
        f"{routine}:14:18: exercises[0].phases[0].picture: 'page.svg' is not an SVG:"
        " its XML starts with <html>, not <svg>\n"
    )


def test_an_svg_with_entities_is_refused_as_a_bomb_would_be(tmp_path: Path) -> None:
    bomb = b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg>&b;</svg>'
    routine = write_routine(tmp_path, "bomb.svg", bomb)
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stderr == (
        f"{routine}:14:18: exercises[0].phases[0].picture: 'bomb.svg' declares XML entities,"
        " which a picture may not\n"
    )


def test_a_png_that_is_not_a_png_is_refused(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "photo.png", GOOD_SVG)
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stderr == (
        f"{routine}:14:18: exercises[0].phases[0].picture: 'photo.png' is not a PNG picture:"
        " it does not start as every PNG file does\n"
    )


def test_an_oversized_picture_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    huge = GOOD_SVG[:-8] + b" " * MAX_PICTURE_BYTES + b"</svg>\n"
    routine = write_routine(tmp_path, "huge.svg", huge)
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stderr == (
        f"{routine}:14:18: exercises[0].phases[0].picture: 'huge.svg' is 4.0 MiB;"
        " a picture may be at most 4 MiB\n"
    )


def test_a_good_svg_checks_clean(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "fine.svg", GOOD_SVG)
    completed, _ = run("check", str(routine))
    assert (completed.returncode, completed.stderr) == (0, "")


# Qt says why it could not read each broken file; that is the point, not a failure.
@pytest.mark.qt_log_ignore("Cannot read file")
@pytest.mark.parametrize("name", BROKEN_SVGS)
def test_every_svg_the_window_cannot_draw_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "picture.svg").write_bytes(BROKEN_SVGS[name])
    assert not qt_draws(tmp_path / "picture.svg")
    assert PictureFiles(tmp_path).problem("picture.svg") is not None


@pytest.mark.parametrize("name", GOOD_SVGS)
def test_every_svg_the_window_draws_is_accepted(tmp_path: Path, name: str) -> None:
    (tmp_path / "picture.svg").write_bytes(GOOD_SVGS[name])
    assert qt_draws(tmp_path / "picture.svg")
    assert PictureFiles(tmp_path).problem("picture.svg") is None


def test_every_shipped_picture_is_drawn_and_accepted() -> None:
    pictures = sorted((ROOT / "assets").rglob("*.svg"))
    assert pictures
    for path in pictures:
        assert qt_draws(path), path
        assert PictureFiles(ROOT).problem(str(path.relative_to(ROOT))) is None, path


# -- pictures bounded in bytes and pixels, and referring to nothing outside themselves -----

PEEKING_SVGS = {
    "image-up": (b'<image href="../secret.png"/>', "'../secret.png' in <image>"),
    "xlink-absolute": (
        b'<image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="/etc/passwd"/>',
        "'/etc/passwd' in <image>",
    ),
    "file-url": (b'<image href="file:///etc/hosts"/>', "'file:///etc/hosts' in <image>"),
    "http": (b'<use href="http://example.com/a.svg#x"/>', "'http://example.com/a.svg#x' in <use>"),
    "css-style": (
        b"<rect style=\"fill: url( '../bg.png' )\"/>",
        "'../bg.png' in <rect>",
    ),
    "css-sheet": (b"<style>rect { fill: url(pipe) }</style>", "'pipe' in <style>"),
}


def _svg(inside: bytes) -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3">' + inside + b"</svg>"


def _check_problem(routine: Path) -> str:
    completed, _ = run("check", str(routine))
    assert completed.returncode == 1
    assert completed.stdout == ""
    (line,) = completed.stderr.splitlines()
    prefix = f"{routine}:14:18: exercises[0].phases[0].picture: "
    assert line.startswith(prefix)
    return line.removeprefix(prefix)


@pytest.mark.parametrize("name", PEEKING_SVGS)
def test_an_svg_that_refers_outside_itself_is_refused(tmp_path: Path, name: str) -> None:
    inside, shown = PEEKING_SVGS[name]
    (tmp_path / "routine").mkdir()
    (tmp_path / "secret.png").write_bytes(png_bytes())
    (tmp_path / "routine" / "x.svg").write_bytes(_svg(inside))
    problem = PictureFiles(tmp_path / "routine").problem("x.svg")
    assert problem == (
        f"'x.svg' refers to {shown}; a picture may refer to nothing outside itself,"
        " so draw it in the SVG or show it as a picture of its own"
    )


def test_check_names_the_routine_line_of_an_svg_that_peeks_outside(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(png_bytes())
    (tmp_path / "routine").mkdir()
    routine = write_routine(
        tmp_path / "routine", "peek.svg", _svg(b'<image href="../secret.png"/>')
    )
    assert _check_problem(routine) == (
        "'peek.svg' refers to '../secret.png' in <image>; a picture may refer to nothing"
        " outside itself, so draw it in the SVG or show it as a picture of its own"
    )


def test_a_fifo_named_in_an_svg_is_refused_without_opening_it(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    routine = write_routine(tmp_path, "pipe.svg", _svg(b'<image href="pipe"/>'))
    assert _check_problem(routine).startswith("'pipe.svg' refers to 'pipe' in <image>")


def test_an_embedded_picture_is_refused_as_unbounded(tmp_path: Path) -> None:
    embedded = b'<image href="data:image/png;base64,iVBORw0KGgo="/>'
    routine = write_routine(tmp_path, "embed.svg", _svg(embedded))
    assert _check_problem(routine) == (
        "'embed.svg' embeds a picture in <image> (a data: address); save it as a PNG file"
        " of its own"
    )


def test_links_inside_the_drawing_are_fine(tmp_path: Path) -> None:
    inside = (
        b'<defs><linearGradient id="g"/><rect id="r" width="1" height="1"/></defs>'
        b'<use href="#r"/><rect style="fill: url(#g)" fill="url(#g)" width="4" height="3"/>'
    )
    routine = write_routine(tmp_path, "fine.svg", _svg(inside))
    completed, _ = run("check", str(routine))
    assert (completed.returncode, completed.stderr) == (0, "")


def test_a_6_mb_png_is_refused_by_size(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "big.png", png_bytes() + b"\0" * (6 * 1000 * 1000))
    assert _check_problem(routine) == "'big.png' is 5.7 MiB; a picture may be at most 4 MiB"


@pytest.mark.parametrize(
    ("picture", "data", "size"),
    [
        ("wide.png", png_bytes(5000, 2), "5000 x 2"),
        ("liar.png", png_bytes(1, 1, header=(1, 100_000)), "1 x 100000"),
        (
            "tall.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5000"/>',
            "10 x 5000",
        ),
        (
            "box.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9000 10"/>',
            "9000 x 10",
        ),
        (
            "inches.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="50in" height="1in"/>',
            "4800 x 96",
        ),
    ],
    ids=["wide-png", "lying-png-header", "tall-svg", "wide-viewbox", "svg-in-inches"],
)
def test_a_picture_of_too_many_pixels_is_refused(
    tmp_path: Path, picture: str, data: bytes, size: str
) -> None:
    routine = write_routine(tmp_path, picture, data)
    assert _check_problem(routine) == (
        f"'{picture}' is {size} pixels; a picture may be at most 4096 pixels a side"
    )


# PNGs QImage cannot draw: each cut short, or damaged where libpng looks.
WHOLE_PNG = png_bytes(3, 2)
BROKEN_PNGS = {
    "signature-only": WHOLE_PNG[:8],
    "half-a-signature": WHOLE_PNG[:5],
    "header-cut": WHOLE_PNG[:20],
    "no-image-data": WHOLE_PNG[:33],
    "image-data-cut": WHOLE_PNG[:45],
    "no-end": WHOLE_PNG[:-12],
    "damaged-header": WHOLE_PNG[:20] + b"\xff" + WHOLE_PNG[21:],
    "zero-pixels": png_bytes(1, 1, header=(0, 1)),
}


@pytest.mark.parametrize("name", BROKEN_PNGS)
def test_every_png_the_window_cannot_draw_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "picture.png").write_bytes(BROKEN_PNGS[name])
    assert not qt_draws(tmp_path / "picture.png")
    assert PictureFiles(tmp_path).problem("picture.png") is not None


def test_a_png_cut_short_is_refused_at_the_line_that_names_it(tmp_path: Path) -> None:
    routine = write_routine(tmp_path, "cut.png", WHOLE_PNG[:8])
    assert _check_problem(routine) == (
        "'cut.png' is cut short: the PNG picture ends after its signature, before its end (IEND)"
    )


def test_a_whole_tiny_png_is_drawn_and_accepted(tmp_path: Path) -> None:
    (tmp_path / "picture.png").write_bytes(WHOLE_PNG)
    assert qt_draws(tmp_path / "picture.png")
    assert PictureFiles(tmp_path).problem("picture.png") is None

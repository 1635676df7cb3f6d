"""`backpain-gui check` refuses a picture the window could not draw, at the line naming it.

The window draws SVG with QSvgRenderer and PNG with QImage, and shows "picture missing" for a
file they cannot read; `check` reads the pictures without Qt, so these tests hold its verdict
against Qt's own on the same files.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.pictures import MAX_PICTURE_BYTES, PictureFiles
from tests.app.test_cli import ROOT, run

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

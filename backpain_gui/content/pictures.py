"""Checking that a picture named by a routine is a file the window can show, in its folder.

The window draws an SVG with QSvgRenderer, which refuses XML that is not well-formed or whose
root is not <svg>, and shows "picture missing" instead; the same faults are refused here, with
the standard library's parser (through defusedxml, as the pictures are untrusted), so that
`backpain-gui check` finds them without loading Qt.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

# defusedxml ships no type information.
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

# What the window can draw (ui/picture.py): drawings as SVG, photographs (and Workrave's
# pictures) as PNG.
SVG_OR_PNG = (".svg", ".png")
# The shipped drawings are under 10 KiB; this is for a picture that is not a drawing at all.
MAX_PICTURE_BYTES = 4 * 1024 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PictureFiles:
    """Checks picture paths against one folder, remembering each answer."""

    def __init__(self, folder: Path, suffixes: tuple[str, ...] = SVG_OR_PNG) -> None:
        self._folder = folder
        self._suffixes = suffixes
        self._answers: dict[str, str | None] = {}

    def problem(self, picture: str) -> str | None:
        """What is wrong with the picture path, or None when it names a usable file."""
        if picture not in self._answers:
            self._answers[picture] = self._check(picture)
        return self._answers[picture]

    def _check(self, picture: str) -> str | None:
        # A routine shared between machines must not point at one machine's files.
        if PurePosixPath(picture).is_absolute() or PureWindowsPath(picture).anchor:
            return f"'{picture}' is an absolute path; give a path relative to the routine's folder"
        if not picture.lower().endswith(self._suffixes):
            kinds = " or ".join(suffix[1:].upper() for suffix in self._suffixes)
            endings = " or ".join(self._suffixes)
            return f"'{picture}' is not an {kinds} file; pictures must end in {endings}"
        try:
            # Resolved, links and all, so neither '..' nor a link can reach outside the folder.
            folder = self._folder.resolve()
            target = (folder / picture).resolve()
            if not target.is_relative_to(folder):
                return f"'{picture}' leads outside the routine's folder; keep pictures inside it"
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            return f"no picture file '{picture}' in {self._folder}"
        except (OSError, RuntimeError, ValueError) as error:
            # RuntimeError: a symlink loop (Path.resolve); ValueError: a NUL in the name.
            return f"'{picture}' cannot be checked: {error}"
        if stat.S_ISDIR(mode):
            return f"'{picture}' is a folder, not a picture file"
        if not stat.S_ISREG(mode):
            return f"'{picture}' is not a regular file"
        return _content_problem(picture, target)


def _content_problem(picture: str, target: Path) -> str | None:
    """What keeps the window from drawing the picture file, or None when it can."""
    is_png = picture.lower().endswith(".png")
    try:
        with target.open("rb") as file:
            data = file.read(len(_PNG_SIGNATURE) if is_png else MAX_PICTURE_BYTES + 1)
            size = os.fstat(file.fileno()).st_size
    except OSError as error:
        return f"'{picture}' cannot be read: {error.strerror}"
    if size > MAX_PICTURE_BYTES:
        limit = MAX_PICTURE_BYTES // (1024 * 1024)
        return (
            f"'{picture}' is {size / (1024 * 1024):.1f} MiB; a picture may be at most {limit} MiB"
        )
    if not data.strip():
        return f"'{picture}' is an empty file, not a picture"
    if is_png:
        if data != _PNG_SIGNATURE:
            return f"'{picture}' is not a PNG picture: it does not start as every PNG file does"
        return None
    return _svg_problem(picture, data)


def _svg_problem(picture: str, data: bytes) -> str | None:
    try:
        root = fromstring(data)
    except ParseError as error:
        # expat counts lines from 1 and columns from 0.
        line, column = error.position
        where = f"line {line}, column {column + 1}"
        return f"'{picture}' is not a readable SVG: {expat.ErrorString(error.code)} at {where}"
    except DefusedXmlException:
        # Entities are how XML bombs and references to other files work.
        return f"'{picture}' declares XML entities, which a picture may not"
    # Any namespace, as QSvgRenderer takes any: the local name is what it looks at.
    name = root.tag.rpartition("}")[2]
    if name != "svg":
        return f"'{picture}' is not an SVG: its XML starts with <{name}>, not <svg>"
    return None

"""Checking that a picture named by a routine is a file the window can show, in its folder.

A picture is untrusted: it is bounded in bytes and in pixels, read only when it is a regular
file (a FIFO or a device would block the reader for ever), and an SVG may reference nothing
outside itself. The window (ui/picture.py) shows only bytes that `read_picture` returned, so
what `backpain-gui check` refuses, the window never draws; and the faults QSvgRenderer and
QImage refuse (XML that is not well-formed, a root that is not <svg>, a PNG cut short) are
refused here too, without Qt, so that `check` finds them.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import struct
import zlib
from pathlib import Path, PurePosixPath, PureWindowsPath
from xml.etree.ElementTree import Element, ParseError, ProcessingInstruction, TreeBuilder
from xml.parsers import expat

# defusedxml ships no type information.
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from backpain_gui.content.problems import one_line

# What the window can draw (ui/picture.py): drawings as SVG, photographs (and Workrave's
# pictures) as PNG.
SVG_OR_PNG = (".svg", ".png")
# The shipped drawings are under 10 KiB; this is for a picture that is not a drawing at all.
MAX_PICTURE_BYTES = 4 * 1024 * 1024
# Pixels a side: a 4096 x 4096 PNG is 64 MiB once decoded, and far more than a screen shows.
MAX_PICTURE_SIDE = 4096
# Elements in one SVG: the shipped drawings have under 60; QSvgRenderer walks all of them on
# every repaint, so a drawing of a million tiny shapes would stall the session screen.
MAX_SVG_ELEMENTS = 10_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_HEADER_LENGTH = 13
# A chunk's length is stored in 31 bits (the PNG specification).
_PNG_MAX_CHUNK = 2**31 - 1
# CSS pixels per unit, as QSvgRenderer converts a root's width and height.
_PIXELS_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4}
_PIXELS_PER_UNIT |= {"cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(
    r"\s*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*"
)
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# CSS that loads another file: url(...) (in a style attribute, a <style> sheet or a
# presentation attribute such as fill) and @import. Only url(#id), a part of the same
# drawing, is allowed.
_CSS_URL = re.compile(r"""url\(\s*['"]?\s*([^'")\s]*)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_XML_STYLESHEET = "xml-stylesheet"


class PictureRefused(Exception):
    """A picture file that is not shown; `reason` says why, after the picture's name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
        except (OSError, RuntimeError, ValueError) as error:
            # RuntimeError: a symlink loop (Path.resolve); ValueError: a NUL in the name.
            return f"'{picture}' cannot be checked: {error}"
        try:
            read_picture(target)
        except FileNotFoundError:
            return f"no picture file '{picture}' in {self._folder}"
        except PictureRefused as refused:
            return f"'{picture}' {refused.reason}"
        return None


def read_picture(path: Path) -> bytes:
    """The picture file's bytes, checked to be one the window may draw; else PictureRefused.

    Never blocks on a FIFO or a device and never reads more than MAX_PICTURE_BYTES + 1 bytes.
    A file that does not exist raises FileNotFoundError.
    """
    try:
        # Checked before opening: opening a FIFO for reading waits for a writer.
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as error:
        raise PictureRefused(f"cannot be checked: {_reason(error)}") from None
    if stat.S_ISDIR(mode):
        raise PictureRefused("is a folder, not a picture file")
    if not stat.S_ISREG(mode):
        raise PictureRefused("is not a regular file")
    data = _read_bounded(path)
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureRefused(_too_big(len(data)))
    if not data.strip():
        raise PictureRefused("is an empty file, not a picture")
    if path.suffix.lower() == ".png":
        _check_png(data)
    else:
        _check_svg(data)
    return data


def _read_bounded(path: Path) -> bytes:
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since stat(), opening it
        # returns at once rather than waiting for a writer; fstat() then refuses it.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise FileNotFoundError(error.errno, error.strerror, str(path)) from None
        raise PictureRefused(f"cannot be read: {_reason(error)}") from None
    with os.fdopen(descriptor, "rb") as file:
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                raise PictureRefused("is not a regular file")
            if info.st_size > MAX_PICTURE_BYTES:
                raise PictureRefused(_too_big(info.st_size))
            # One byte over the limit is enough to tell a file that grew since fstat().
            return file.read(MAX_PICTURE_BYTES + 1)
        except OSError as error:
            raise PictureRefused(f"cannot be read: {_reason(error)}") from None


def _reason(error: OSError | ValueError) -> str:
    if isinstance(error, ValueError):
        return "the file name is not valid"
    return error.strerror or str(error)


def _too_big(size: int) -> str:
    limit = MAX_PICTURE_BYTES // (1024 * 1024)
    return f"is {size / (1024 * 1024):.1f} MiB; a picture may be at most {limit} MiB"


def _too_many_pixels(width: float, height: float) -> str:
    return (
        f"is {width:g} x {height:g} pixels; a picture may be at most {MAX_PICTURE_SIDE} pixels"
        " a side"
    )


# -- PNG: the chunks, as libpng reads them -----------------------------------------------


def _check_png(data: bytes) -> None:
    """Refuse a PNG that is cut short, damaged, or too many pixels; walks its chunks only."""
    if not data.startswith(_PNG_SIGNATURE):
        if _PNG_SIGNATURE.startswith(data):
            raise PictureRefused("is cut short: it ends inside the PNG signature")
        raise PictureRefused("is not a PNG picture: it does not start as every PNG file does")
    position = len(_PNG_SIGNATURE)
    seen: list[bytes] = []
    while b"IEND" not in seen:
        if position + 8 > len(data):
            raise PictureRefused(_cut_short(seen))
        length, kind = struct.unpack_from(">I4s", data, position)
        end = position + 8 + length + 4
        if length > _PNG_MAX_CHUNK or end > len(data):
            raise PictureRefused(_cut_short(seen))
        # libpng refuses a damaged critical chunk (an uppercase first letter) and skips a
        # damaged ancillary one, so only the first kind stops the window from drawing it.
        body = data[position + 4 : end - 4]
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if kind[:1].isupper() and zlib.crc32(body) != crc:
            raise PictureRefused(
                f"is damaged: its {_chunk(kind)} chunk does not match its checksum"
            )
        if not seen:
            _check_png_header(kind, data[position + 8 : end - 4])
        seen.append(kind)
        position = end
    if b"IDAT" not in seen:
        raise PictureRefused("is not a whole PNG picture: it has no image data (IDAT)")


def _check_png_header(kind: bytes, header: bytes) -> None:
    if kind != b"IHDR" or len(header) != _PNG_HEADER_LENGTH:
        raise PictureRefused("is not a whole PNG picture: it does not begin with its header (IHDR)")
    width, height = struct.unpack_from(">II", header)
    if width == 0 or height == 0:
        raise PictureRefused(f"is damaged: its header says {width} x {height} pixels")
    if width > MAX_PICTURE_SIDE or height > MAX_PICTURE_SIDE:
        raise PictureRefused(_too_many_pixels(width, height))


def _chunk(kind: bytes) -> str:
    return kind.decode("latin-1").encode("unicode_escape").decode("ascii")


def _cut_short(seen: list[bytes]) -> str:
    after = f" after its {_chunk(seen[-1])} chunk" if seen else " after its signature"
    return f"is cut short: the PNG picture ends{after}, before its end (IEND)"


# -- SVG: well-formed, <svg>, bounded, and self-contained --------------------------------


def _check_svg(data: bytes) -> None:
    root = _parse_svg(data)
    # Any namespace, as QSvgRenderer takes any: the local name is what it looks at.
    name = _local(root.tag)
    if name != "svg":
        raise PictureRefused(f"is not an SVG: its XML starts with <{name}>, not <svg>")
    _check_svg_size(root)
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_SVG_ELEMENTS:
            raise PictureRefused(
                f"has more than {MAX_SVG_ELEMENTS} elements; a picture may have at most that many"
            )
        _check_references(element)


def _parse_svg(data: bytes) -> Element:
    # Processing instructions kept, to see an <?xml-stylesheet?>; comments dropped.
    builder = TreeBuilder(insert_pis=True)
    # Entities are how XML bombs and references to other files work: refused, not expanded.
    parser = DefusedXMLParser(target=builder, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root: Element = parser.close()
    except ParseError as error:
        # expat counts lines from 1 and columns from 0.
        line, column = error.position
        where = f"line {line}, column {column + 1}"
        message = f"is not a readable SVG: {expat.ErrorString(error.code)} at {where}"
        raise PictureRefused(message) from None
    except DefusedXmlException:
        raise PictureRefused("declares XML entities, which a picture may not") from None
    return root


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _check_svg_size(root: Element) -> None:
    """Refuse a drawing whose own size (as QSvgRenderer's defaultSize reads it) is too big."""
    box = _view_box(root.get("viewBox"))
    width = _length(root.get("width"))
    height = _length(root.get("height"))
    if width is None and box is not None:
        width = box[0]
    if height is None and box is not None:
        height = box[1]
    for side in (width, height, *(box or ())):
        if side is not None and abs(side) > MAX_PICTURE_SIDE:
            raise PictureRefused(_too_many_pixels(width or 0, height or 0))


def _length(value: str | None) -> float | None:
    """An absolute length in pixels; None when it is relative (50%, 2em) or unreadable."""
    match = _LENGTH.fullmatch(value) if value is not None else None
    if match is None:
        return None
    return float(match.group(1)) * _PIXELS_PER_UNIT[match.group(2) or ""]


def _view_box(value: str | None) -> tuple[float, float] | None:
    """The viewBox's width and height; None when there is none, or it is unreadable."""
    numbers = _NUMBER.findall(value) if value is not None else []
    return (abs(float(numbers[2])), abs(float(numbers[3]))) if len(numbers) == 4 else None


def _check_references(element: Element) -> None:
    """Refuse anything that would make the renderer read another file, or a network address."""
    # ElementTree's tag for a processing instruction is the factory that made it.
    kind: object = element.tag
    if kind is ProcessingInstruction:
        if (element.text or "").startswith(_XML_STYLESHEET):
            raise PictureRefused("links a style sheet (<?xml-stylesheet?>); a picture may not")
        return
    tag = _local(element.tag)
    for name, value in element.attrib.items():
        if _local(name) == "href":
            _check_href(tag, value)
        else:
            _check_css(tag, value)
    if tag == "style":
        _check_css(tag, element.text or "")


def _check_href(tag: str, value: str) -> None:
    target = value.strip()
    if target.startswith("#"):
        return
    if target[:5].lower() == "data:":
        # Refused rather than bounded: a few bytes of compressed PNG in a data: URI can
        # declare a picture of 30000 x 30000 pixels, which the renderer would then decode,
        # out of sight of the bounds above. A photograph can be its own PNG file instead.
        raise PictureRefused(
            f"embeds a picture in <{tag}> (a data: address); save it as a PNG file of its own"
        )
    raise PictureRefused(_outside(tag, target))


def _check_css(tag: str, text: str) -> None:
    if _CSS_IMPORT.search(text):
        raise PictureRefused(f"imports a style sheet in <{tag}> (@import); a picture may not")
    for target in _CSS_URL.findall(text):
        if not target.startswith("#"):
            raise PictureRefused(_outside(tag, target))


def _outside(tag: str, target: str) -> str:
    # The address is the picture's own text, shown in the window as well as by `check`.
    shown = one_line(target if len(target) <= 60 else target[:60] + "...")
    return (
        f"refers to '{shown}' in <{tag}>; a picture may refer to nothing outside itself, "
        "so draw it in the SVG or show it as a picture of its own"
    )

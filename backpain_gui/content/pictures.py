"""Checking that a picture named by a routine is a file the window can show, in its folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

# What the window can draw (ui/picture.py): drawings as SVG, photographs (and Workrave's
# pictures) as PNG.
SVG_OR_PNG = (".svg", ".png")


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
        return None

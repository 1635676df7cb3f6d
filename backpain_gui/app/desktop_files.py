"""The app's place on the desktop: its desktop entry, AppStream metainfo and hicolor icons.

A wheel installs them under the environment's `share/` (see setup.py), which is where a
desktop looks for a system or pipx install. A plain `pip install --user` into a virtual
environment leaves them where no menu looks, so `backpain-gui --install-desktop` copies them
into the user's own data folder (`$XDG_DATA_HOME`, else `~/.local/share`), with the desktop
entry's command made absolute so the menu finds this very install.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from backpain_gui.content.builtin import APP_ID, desktop_folder


def user_data_home() -> Path:
    """Where the user's own menu entries and icons go, by the XDG base directory rules."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The specification: a relative path is invalid and is ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def this_command() -> list[str]:
    """The command that starts this install of the app, whatever PATH holds."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "backpain-gui" and os.access(script, os.X_OK):
        return [str(script)]
    return [str(Path(sys.executable).resolve()), "-m", "backpain_gui"]


def _exec_line(command: list[str], extra: list[str]) -> str:
    """An Exec value: arguments with reserved characters are double-quoted, as the spec says."""
    words = []
    for word in [*command, *extra]:
        if word and all(char.isalnum() or char in "-_./=+:," for char in word):
            words.append(word)
        else:
            escaped = "".join("\\" + char if char in '"`$\\' else char for char in word)
            words.append(f'"{escaped}"')
    return " ".join(words)


def entry_for(command: list[str]) -> str:
    """The shipped desktop entry with each Exec line starting `command` instead."""
    lines = []
    text = (desktop_folder() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("Exec="):
            # The shipped entry's Exec is `backpain-gui` and its options, never quoted.
            extra = shlex.split(line.removeprefix("Exec="))[1:]
            line = "Exec=" + _exec_line(command, extra)
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Installed:
    """What --install-desktop wrote, for its report."""

    files: tuple[Path, ...]


def _targets(data_home: Path) -> list[tuple[Path, Path]]:
    """(shipped file, where it goes) for the metainfo and every icon."""
    shipped = desktop_folder()
    metainfo = f"{APP_ID}.metainfo.xml"
    pairs = [(shipped / metainfo, data_home / "metainfo" / metainfo)]
    hicolor = shipped / "icons" / "hicolor"
    for icon in sorted(hicolor.glob("*/apps/*")):
        pairs.append((icon, data_home / "icons" / "hicolor" / icon.relative_to(hicolor)))
    return pairs


def install_desktop(data_home: Path, command: list[str]) -> Installed:
    """Copy the entry (starting `command`), the metainfo and the icons under `data_home`."""
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_for(command), encoding="utf-8")
    written = [entry]
    for source, target in _targets(data_home):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    # Icon caches notice a new icon by the theme folder's time.
    (data_home / "icons" / "hicolor").touch(exist_ok=True)
    return Installed(tuple(written))


def remove_desktop(data_home: Path) -> Installed:
    """Remove what install_desktop() wrote under `data_home`; the files that were there."""
    removed = []
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    for path in [entry, *(target for _, target in _targets(data_home))]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return Installed(tuple(removed))

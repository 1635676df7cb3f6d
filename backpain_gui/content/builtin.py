"""Where the shipped files are, the built-in routine and the desktop files: inside an installed
package (see setup.py), or at a source checkout's root."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_routine_path() -> Path:
    """The shipped `exercises.yaml`, with its `assets/` folder beside it."""
    # A wheel carries the routine in backpain_gui/data/ (see setup.py); a source checkout
    # or an editable install keeps it at the repository root for editing.
    installed = _PACKAGE / "data" / "exercises.yaml"
    if installed.is_file():
        return installed
    return _PACKAGE.parent / "exercises.yaml"


# The app's id on the desktop (reverse DNS): the desktop entry's, metainfo's and icon's name.
APP_ID = "io.github.backpain_gui.BackpainGui"


def desktop_folder() -> Path:
    """The shipped desktop entry, AppStream metainfo and hicolor icons."""
    installed = _PACKAGE / "data" / "desktop"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "desktop"


def icon_path() -> Path:
    """The scalable icon, for the window and the tray."""
    return desktop_folder() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

"""Where the built-in routine is: inside an installed package, or at a source checkout's root."""

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

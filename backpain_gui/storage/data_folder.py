"""Where the app keeps its data: the platform's user data folder, or the one the user names."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# Tests point this at a temporary folder; people who keep their data elsewhere can too.
DATA_DIR_VARIABLE = "BACKPAIN_GUI_DATA_DIR"
APP_NAME = "backpain-gui"


def data_folder() -> Path:
    """The data folder: $BACKPAIN_GUI_DATA_DIR when set, else the platform's user data folder."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

"""Suite-wide set-up: Qt offscreen, and no test touches the user's real data or settings."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

# Widgets are tested offscreen; the end-to-end test starts its own X server and sets DISPLAY
# for the app it launches.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets a fresh data folder and settings, never the user's own."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("BACKPAIN_GUI_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    seed_settings(config / "backpain-gui" / "backpain-gui.conf")
    return data


# What a person who has used the app once has answered: the red flags screened today, and
# the pain question switched off, so that tests about other things start a session with one
# Enter. The tests of the screening and of the pain question start without these.
SEEDED_SETTINGS = "[pain]\nask=false\n\n[safety]\nscreening_passed_on={today}\n"


def seed_settings(path: Path) -> None:
    """Write the seeded settings to the settings file at `path` (INI, as QSettings reads it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SEEDED_SETTINGS.format(today=date.today().isoformat()), encoding="utf-8")

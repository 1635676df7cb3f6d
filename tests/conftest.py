"""Suite-wide set-up: Qt offscreen, and no test touches the user's real data or settings."""

from __future__ import annotations

import os
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
    return data

"""The login autostart entry: written where XDG_CONFIG_HOME says, starting this install with
--tray, and taken away; switched from the Settings dialog."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from backpain_gui.app.autostart import autostart_path, is_autostarted, set_autostart
from backpain_gui.content.builtin import APP_ID


def test_entry_made_and_taken_away(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart_path() == path
    assert not is_autostarted()
    assert set_autostart(True, ["/opt/my venv/bin/backpain-gui"]) == path
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/my venv/bin/backpain-gui" --tray\n' in text
    assert is_autostarted()
    set_autostart(False, ["/opt/my venv/bin/backpain-gui"])
    assert not path.exists()
    assert not is_autostarted()
    # Taking away what is not there is no error.
    set_autostart(False, [])


def test_a_relative_config_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart_path() == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_the_entry_is_valid(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.fail("desktop-file-validate is not installed; run scripts/system-deps.sh test")
    path = set_autostart(True, ["/usr/bin/backpain-gui"], tmp_path)
    done = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

"""Putting the app in the user's own menu: the entry starts this install, and it comes out again."""

from __future__ import annotations

import subprocess
from pathlib import Path

from backpain_gui.app.desktop_files import (
    APP_ID,
    entry_for,
    icon_path,
    install_desktop,
    remove_desktop,
    user_data_home,
)


def _exec_lines(entry: Path) -> list[str]:
    return [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]


def test_the_menu_entry_starts_this_very_install_even_from_a_folder_with_spaces(
    tmp_path: Path,
) -> None:
    command = [str(tmp_path / "my venvs" / "back pain" / "bin" / "backpain-gui")]
    installed = install_desktop(tmp_path / "share", command)

    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert entry in installed.files
    assert _exec_lines(entry) == [
        f'Exec="{command[0]}"',
        f'Exec="{command[0]}" --start',
    ]
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout
    icon = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert icon.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_python_dash_m_is_used_when_there_is_no_script(tmp_path: Path) -> None:
    text = entry_for(["/usr/bin/python3", "-m", "backpain_gui"])
    assert "Exec=/usr/bin/python3 -m backpain_gui\n" in text
    assert "Exec=/usr/bin/python3 -m backpain_gui --start\n" in text


def test_removing_takes_out_exactly_what_was_put_in(tmp_path: Path) -> None:
    share = tmp_path / "share"
    mine = share / "applications" / "someone-else.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n")
    installed = install_desktop(share, ["/opt/backpain-gui"])

    removed = remove_desktop(share)

    assert sorted(removed.files) == sorted(installed.files)
    assert not any(path.exists() for path in installed.files)
    assert mine.is_file(), "another app's entry is left alone"
    assert remove_desktop(share).files == ()


def test_the_data_home_follows_xdg_rules(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_data_home() == tmp_path / "home" / ".local" / "share"


def test_the_window_icon_is_shipped() -> None:
    assert icon_path().read_text().startswith("<svg")

"""Putting the app in the user's own menu: the entry starts this install, and it comes out again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backpain_gui.app.desktop_files import (
    entry_for,
    install_desktop,
    remove_desktop,
    user_data_home,
)
from backpain_gui.content.builtin import APP_ID, icon_path


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


def _command(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "backpain-gui"
    return subprocess.run(
        [str(script), *args],
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_install_desktop_puts_this_install_in_the_menu_and_remove_takes_it_out(
    tmp_path: Path,
) -> None:
    installed = _command("--install-desktop", data_home=tmp_path)

    assert installed.returncode == 0, installed.stderr
    assert f"under {tmp_path}" in installed.stdout
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    script = Path(sys.executable).parent / "backpain-gui"
    assert _exec_lines(entry)[0] == f"Exec={script.resolve()}"
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()

    removed = _command("--remove-desktop", data_home=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert "Took backpain-gui out of your desktop's menu" in removed.stdout
    assert not entry.exists()
    again = _command("--remove-desktop", data_home=tmp_path)
    assert "Nothing to take out" in again.stdout


def test_install_desktop_into_a_folder_it_cannot_write_says_so(tmp_path: Path) -> None:
    blocked = tmp_path / "share"
    blocked.write_text("a file where the folder should be")

    done = _command("--install-desktop", data_home=blocked)

    assert done.returncode == 1
    assert done.stderr.startswith("backpain-gui: cannot write ")
    assert "Traceback" not in done.stderr

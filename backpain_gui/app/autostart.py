"""Starting at login, quietly in the tray: the XDG autostart entry, made and taken away.

Desktops that follow the freedesktop autostart rules (GNOME, Plasma, Xfce, LXQt, ...) start
every `$XDG_CONFIG_HOME/autostart/*.desktop` at login. The entry starts this very install
(an absolute path, as --install-desktop's menu entry does) with `--tray`.
"""

from __future__ import annotations

import os
from pathlib import Path

# The menu entry's quoting, by the desktop entry specification's rules.
from backpain_gui.app.desktop_files import _exec_line as exec_line
from backpain_gui.content.builtin import APP_ID


def user_config_home() -> Path:
    """Where the user's own settings go, by the XDG base directory rules."""
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    # The specification: a relative path is invalid and is ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".config"


def autostart_path(config_home: Path | None = None) -> Path:
    """The app's autostart entry, there or not."""
    return (config_home or user_config_home()) / "autostart" / f"{APP_ID}.desktop"


def autostart_entry(command: list[str]) -> str:
    """The entry's text: `command --tray` at login."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=backpain-gui\n"
        "Comment=Daily Pilates for low back pain: the tray icon and the daily reminder\n"
        f"Exec={exec_line(command, ['--tray'])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_autostarted(config_home: Path | None = None) -> bool:
    """Whether the app starts at login (its autostart entry is there)."""
    return autostart_path(config_home).is_file()


def set_autostart(on: bool, command: list[str], config_home: Path | None = None) -> Path:
    """Write the entry (on) or take it away (off); its path. OSError when that fails."""
    path = autostart_path(config_home)
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        written = path.with_suffix(".tmp")
        written.write_text(autostart_entry(command), encoding="utf-8")
        written.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path

"""Starting the window with no display to show it on: one clear line and status 1, no Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# No X server has this number here: the test makes sure its socket does not exist.
NO_SERVER = ":987"


def start_window(tmp_path: Path, **display: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m backpain_gui` (the window) with only the given display variables set."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR")
    }
    # A home of its own, so that nothing the window might save lands in the real one.
    environment |= {
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "backpain_gui"],
        cwd=ROOT,
        env=environment | display,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "display",
    [{"DISPLAY": ""}, {}, {"DISPLAY": "", "QT_QPA_PLATFORM": "xcb"}],
    ids=["empty", "unset", "xcb-asked-for"],
)
def test_no_display_set_is_one_line_and_status_1(tmp_path: Path, display: dict[str, str]) -> None:
    completed = start_window(tmp_path, **display)
    assert (completed.returncode, completed.stdout) == (1, "")
    assert completed.stderr == (
        "backpain-gui: cannot open the window: no display: DISPLAY is not set (nor"
        " WAYLAND_DISPLAY). `backpain-gui check` and `plan` need no display.\n"
    )


def test_a_display_with_no_server_is_one_line_and_status_1(tmp_path: Path) -> None:
    assert not Path(f"/tmp/.X11-unix/X{NO_SERVER[1:]}").exists()
    completed = start_window(tmp_path, DISPLAY=NO_SERVER)
    assert (completed.returncode, completed.stdout) == (1, "")
    assert completed.stderr == (
        f"backpain-gui: cannot open the window: no X server answers at DISPLAY='{NO_SERVER}'."
        " `backpain-gui check` and `plan` need no display.\n"
    )


def test_wayland_with_no_compositor_is_one_line_and_status_1(tmp_path: Path) -> None:
    completed = start_window(tmp_path, QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY="wayland-9")
    assert (completed.returncode, completed.stdout) == (1, "")
    assert completed.stderr == (
        "backpain-gui: cannot open the window: no Wayland compositor: no socket at"
        f" {tmp_path / 'wayland-9'}. `backpain-gui check` and `plan` need no display.\n"
    )

"""Qt's own options reach Qt; the app's reach argparse; neither takes the other's."""

from __future__ import annotations

import argparse
import sys
import types

import pytest

from backpain_gui.app.cli import main
from backpain_gui.app.qt_arguments import split_qt_arguments


@pytest.mark.parametrize(
    ("argv", "ours", "qt"),
    [
        (["-style", "fusion", "--start"], ["--start"], ["-style", "fusion"]),
        (["--start", "-reverse"], ["--start"], ["-reverse"]),
        (["-platform=offscreen", "check"], ["check"], ["-platform=offscreen"]),
        (["--platformtheme", "gtk3", "plan"], ["plan"], ["--platformtheme", "gtk3"]),
        # After `--` everything is the app's, as argparse has it.
        (["--", "-reverse"], ["--", "-reverse"], []),
        # Not Qt's: left for argparse to accept or refuse by name.
        (["-stylish", "--routine", "x.yaml"], ["-stylish", "--routine", "x.yaml"], []),
    ],
)
def test_qt_options_are_split_off_in_order(argv: list[str], ours: list[str], qt: list[str]) -> None:
    assert split_qt_arguments(argv) == (ours, qt)


def test_the_window_gets_qt_options_and_the_app_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[argparse.Namespace] = []

    def run_app(args: argparse.Namespace) -> int:
        started.append(args)
        return 0

    window = types.ModuleType("backpain_gui.ui.app")
    vars(window).update(run_app=run_app)
    monkeypatch.setitem(sys.modules, "backpain_gui.ui.app", window)

    assert main(["-style", "fusion", "--start", "-reverse"]) == 0

    (args,) = started
    assert args.start
    assert args.qt_arguments == ["-style", "fusion", "-reverse"]


def test_qt_options_on_a_command_without_a_window_are_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["check", "-reverse"])
    assert stopped.value.code == 2
    assert "-reverse is one of Qt's options, for the window only" in capsys.readouterr().err

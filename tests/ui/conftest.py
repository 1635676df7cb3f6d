"""A small routine with real picture files, and a window on a clock the test moves by hand."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from backpain_gui.audio.player import Player
from backpain_gui.content.model import (
    Breath,
    Exercise,
    ExerciseVariant,
    Phase,
    Routine,
    Variant,
)
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.translation import install_translators
from tests.conftest import seed_settings

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">'
    '<rect width="400" height="300" fill="#{colour}"/></svg>'
)


class FakeClock:
    """A monotonic clock that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


def _picture(folder: Path, name: str, colour: str) -> str:
    (folder / "assets").mkdir(exist_ok=True)
    (folder / "assets" / name).write_text(SVG.format(colour=colour), encoding="utf-8")
    return f"assets/{name}"


def _phases(folder: Path, prefix: str) -> tuple[Phase, ...]:
    return (
        Phase(
            Breath.IN,
            3.0,
            f"{prefix}: breathe in to prepare",
            _picture(folder, f"{prefix}-1.svg", "3fa7a0"),
        ),
        Phase(
            Breath.OUT,
            4.0,
            f"{prefix}: lift on the out-breath",
            _picture(folder, f"{prefix}-2.svg", "5b8fd6"),
        ),
        Phase(Breath.HOLD, 2.0, f"{prefix}: hold", _picture(folder, f"{prefix}-3.svg", "d9a441")),
    )


@pytest.fixture
def routine(tmp_path: Path) -> Routine:
    """Two exercises: a one-sided one with a modification, then a two-sided one."""
    start = _picture(tmp_path, "start.svg", "dddddd")
    bridge = Exercise(
        id="bridge",
        name="Bridge",
        aim="Mobilise the lower back.",
        start_position="Lie on your back, knees bent.",
        start_picture=start,
        reps=2,
        two_sided=False,
        variants=(
            ExerciseVariant(Variant.STANDARD, "As shown.", _phases(tmp_path, "bridge")),
            ExerciseVariant(Variant.MODIFICATION, "Smaller.", _phases(tmp_path, "small-bridge")),
        ),
        tips=("Keep the ribs down.",),
    )
    twist = Exercise(
        id="twist",
        name="Twist",
        aim="Rotate the spine.",
        start_position="Lie on your side.",
        start_picture=start,
        reps=1,
        two_sided=True,
        variants=(ExerciseVariant(Variant.STANDARD, "As shown.", _phases(tmp_path, "twist")),),
        switch_sides="Roll over onto your other side.",
    )
    return Routine(
        title="Test routine",
        exercises=(bridge, twist),
        advice=("Contract your abdominals first.",),
        safety="Stop if it hurts.",
        folder=tmp_path,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    path = tmp_path / "settings.ini"
    seed_settings(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, routine: Routine, clock: FakeClock, settings: QSettings):
    """Opens the window on the test routine and clock, shown at laptop size."""

    def make(event_log: EventLog | None = None, player: Player | None = None) -> MainWindow:
        win = MainWindow(
            routine, event_log=event_log, settings=settings, clock=clock, player=player
        )
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        # Keys reach the window's shortcuts only once it is the active window.
        qtbot.waitUntil(win.isActiveWindow)
        return win

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Painting text needs a QApplication, even into an image.

    While a test runs, Python's cyclic collector is off, and it runs on this (the UI) thread
    after: a collection started on a voice thread deleted UI-thread objects from there, and
    their timers crashed a later test (see backpain_gui/ui/main_thread_gc.py).
    """
    gc.collect()
    gc.disable()
    yield qapp
    gc.enable()
    gc.collect()


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[Mapping[str, str]], QLocale]]:
    """Installs the translators for an environment, and takes them out after the test."""
    before = QLocale()
    yield lambda environ: install_translators(qapp, environ)
    install_translators(qapp, {"LANG": "en_US.UTF-8"})
    QLocale.setDefault(before)

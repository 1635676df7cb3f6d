"""Render the screens people see into docs/screenshots/, from the built-in routine.

Run: `.venv/bin/python tools/screenshots.py` (offscreen; no display needed). The clock is a
hand-moved one, so every picture shows the same moment on every run; the history window shows
three weeks of made-up sessions before today, with their pain scores.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTemporaryDir
from PySide6.QtWidgets import QApplication, QWidget

from backpain_gui.audio.cues import Cue, Volume
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Breath, Routine, Side, Variant
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.session.position import SessionState
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus
from backpain_gui.ui.about_routine import AboutRoutineDialog
from backpain_gui.ui.history_window import HistoryWindow
from backpain_gui.ui.main_window import EndSessionDialog, MainWindow
from backpain_gui.ui.screening_dialog import ScreeningDialog
from backpain_gui.ui.theme import use_scheme
from backpain_gui.ui.voice import Voice

# SCREENSHOTS_OUT writes them elsewhere, to look at a change before it replaces the shipped ones.
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
OUT = Path(os.environ.get("SCREENSHOTS_OUT", DEFAULT_OUT))


class SilentPlayer:
    """A player that plays nothing, so the screens show the sound check without a sound."""

    lead_seconds = 0.0
    volume = Volume.NORMAL
    problem: str | None = None

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play nothing."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to close."""


class HandClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# Three weeks of practice, one session a day from 20 days ago: a missed day or two, the pain
# easing, one session stopped because it hurt, the modification taken from then on.
PAIN_BEFORE = (6, 6, 5, 6, 5, 5, 4, 5, 4, 4, 4, 3, 4, 3, 3, 3, 2, 3, 2, 2)
PAIN_AFTER = (5, 4, 4, 5, 4, 3, 3, 4, 3, 4, 5, 3, 3, 2, 2, 3, 2, 2, 2, 1)
MISSED = (5, 12)
HURT = 10


def seed_history(folder: Path, routine: Routine, today: date) -> None:
    """Save the made-up sessions in the history in `folder`, each at 08:00 of its day."""
    moment = datetime.combine(today, time(8, 0)).astimezone()
    history = History.open(folder, clock=lambda: moment)
    for back, (before, after) in enumerate(zip(PAIN_BEFORE, PAIN_AFTER, strict=True)):
        if back in MISSED:
            continue
        moment = datetime.combine(today - timedelta(days=20 - back), time(8, 0)).astimezone()
        session = history.start_session(routine.title, len(routine.exercises))
        assert session is not None
        history.record_pain(session, "before", before)
        for index, exercise in enumerate(routine.exercises):
            moment += timedelta(minutes=2)
            variant = Variant.STANDARD
            if back >= HURT and Variant.MODIFICATION in exercise.offered_variants:
                variant = Variant.MODIFICATION
            sides: tuple[Side | None, ...] = (
                (Side.LEFT, Side.RIGHT) if exercise.two_sided else (None,)
            )
            record = ExerciseRecord(
                index,
                exercise.id,
                Outcome.DONE,
                variant,
                sides,
                (exercise.reps,) * len(sides),
                exercise.reps,
                110.0,
            )
            history.record_exercise(session, record, exercise.name)
            if back == HURT and index == 1:
                history.record_stop(session, IT_HURTS)
                history.close_session(session, SessionStatus.ENDED, 220.0)
                break
        else:
            history.record_pain(session, "after", after)
            history.close_session(session, SessionStatus.FINISHED, 110.0 * len(routine.exercises))
    history.close()


def main() -> int:
    """Write the screenshots; the exit status."""
    app = QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    scratch = QTemporaryDir()
    # A fresh history, never the user's own.
    os.environ["BACKPAIN_GUI_DATA_DIR"] = scratch.path()
    routine = load_routine(builtin_routine_path())
    settings = QSettings(f"{scratch.path()}/settings.ini", QSettings.Format.IniFormat)
    # A user screened today who is not asked about their back: Enter starts the session.
    settings.setValue("safety/screening_passed_on", date.today().isoformat())
    settings.setValue("pain/ask", "false")
    clock = HandClock()
    window = MainWindow(
        routine,
        settings=settings,
        clock=clock,
        player=SilentPlayer(),
        # Qt's own test voice: the voice panel shows as it does with a real one, silently.
        voice=Voice(settings, engine=lambda: "mock", threaded=False),
    )
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")

    def at(seconds: float) -> None:
        clock.now = 100.0 + seconds
        assert window.driver is not None
        window.driver.on_timer_timeout()

    app.processEvents()  # the history opens just after the window shows
    shot("plan")

    def dialog_shot(name: str, dialog: QWidget) -> None:
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")
        dialog.close()

    screening = ScreeningDialog(
        QSettings(f"{scratch.path()}/asked.ini", QSettings.Format.IniFormat)
    )
    screening.flags["night"].setChecked(True)
    dialog_shot("screening", screening)
    dialog_shot("about", AboutRoutineDialog(window.routine, parent=window))
    # The history window, with three weeks in a history of its own (the plan's stays fresh)
    # and its pain chart in view, on a laptop's screen and on the small one.
    weeks = Path(scratch.path()) / "three-weeks"
    seed_history(weeks, routine, date.today())
    history = History.open(weeks)
    history_window = HistoryWindow(history, routine.plan_days, settings=settings, parent=window)
    history_window.show()
    for name, size in (("history", (1366, 768)), ("history-small", (1024, 600))):
        history_window.resize(*size)
        app.processEvents()
        history_window.scroll_area.ensureWidgetVisible(history_window.pain_words)
        app.processEvents()
        history_window.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")
    history_window.close()
    history.close()
    # The pain question as Enter on the plan shows it, with 3 picked.
    window.pain_screen.ask(after=False)
    window.stack.setCurrentWidget(window.pain_screen)
    window.pain_screen.pick(3)
    shot("pain-question")

    window.start_session(window.session_settings())
    assert window.driver is not None
    driver = window.driver

    def until(reached: Callable[[Snapshot], bool], then: float = 0.0) -> None:
        """Move the clock on in frames until `reached`, then `then` seconds more."""
        for _ in range(100_000):
            if reached(driver.snapshot()):
                break
            clock.now += 0.05
            driver.on_timer_timeout()
        clock.now += then
        driver.on_timer_timeout()

    def breathing(breath: Breath, share: float) -> Callable[[Snapshot], bool]:
        return lambda s: s.breath is breath and s.progress >= share

    until(lambda s: s.seconds_into >= 2.0)
    shot("get-ready")
    until(breathing(Breath.IN, 0.6))
    shot("session-inhale")
    until(breathing(Breath.OUT, 0.7))
    shot("session-exhale")
    use_scheme(app, Qt.ColorScheme.Dark)
    shot("session-dark")
    use_scheme(app, Qt.ColorScheme.Light)
    window.on_pause_pressed()
    app.processEvents()
    shot("paused")
    window.on_pause_pressed()
    until(lambda s: s.state is SessionState.REST, then=2.0)
    shot("rest")
    until(lambda s: s.state is SessionState.SWITCH_SIDES, then=2.0)
    shot("switch-sides")
    for _ in range(3):
        window.on_skip_pressed()
    until(lambda s: s.state is SessionState.EXERCISING, then=1.5)
    shot("last-exercise")
    window.on_skip_pressed()
    app.processEvents()
    shot("summary")
    # The same session screen on the small laptop screen the app must fit.
    window.resize(1024, 600)
    window.start_session(window.session_settings())
    driver = window.driver
    until(breathing(Breath.OUT, 0.5))
    shot("small-session")
    # Ended without the question (a modal box would wait for a click no one gives).
    EndSessionDialog.ask = classmethod(lambda cls, parent: True)  # type: ignore[assignment]
    window.on_escape_pressed()
    # The plan on the small screen: all five rows, and Good to know beside them.
    window.show_plan()
    shot("small-plan")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

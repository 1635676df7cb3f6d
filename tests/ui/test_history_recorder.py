"""The recorder on a running driver: each exercise saved as it ends, a history that stops
working told once while the session goes on, writes another program's lock holds back saved
once it goes, and the summary's line on what was saved."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from backpain_gui.content.model import Routine
from backpain_gui.session import Session, SessionSettings, SessionState
from backpain_gui.storage.database import open_database
from backpain_gui.storage.history import History
from backpain_gui.ui.history_recorder import SAVED_AGAIN, HistoryRecorder
from backpain_gui.ui.resume_offer import ContinueDialog, offer_to_continue
from backpain_gui.ui.session_driver import SessionDriver
from tests.session.session_routines import small_routine
from tests.storage.history_runs import WallClock, read_rows, sessions_on

TODAY = date(2026, 11, 20)


def morning(day: date) -> datetime:
    return datetime.combine(day, time(9, 30)).astimezone()


class Run:
    """A driver on the test routine and clock, with a recorder and what it told."""

    def __init__(
        self,
        routine: Routine,
        clock,
        history: History,
        settings: SessionSettings | None = None,
    ) -> None:
        self.clock = clock
        self.driver = SessionDriver(Session(routine, settings or SessionSettings()), clock=clock)
        self.recorder = HistoryRecorder(self.driver, history, today=lambda: TODAY)
        self.told: list[str] = []
        self.recorder.problem.connect(self.told.append)
        self.driver.start()

    def run_for(self, seconds: float) -> None:
        for _ in range(round(seconds * 2)):
            self.clock.tick(0.5)
            self.driver.on_timer_timeout()

    def exercises_left(self) -> int:
        return len(self.driver.snapshot().records)


def test_each_exercise_is_saved_as_the_driver_reports_it(routine, clock, tmp_path: Path) -> None:
    history = History.open(tmp_path, clock=WallClock(morning(TODAY)))
    try:
        run = Run(routine, clock, history)
        # Bridge: 5 s get-ready and 2 reps of 9 s.
        run.run_for(23)
        assert run.exercises_left() == 1
        rows = read_rows(history.path, "SELECT exercise_id, outcome, reps_done FROM exercises")
        assert rows == [("bridge", "done", "2")]
        run.run_for(60)
        assert run.driver.session.state is SessionState.FINISHED
        assert read_rows(history.path, "SELECT status, active_seconds FROM sessions") == [
            ("finished", 66.0)
        ]
        # Bridge 23 s, rest 15 s, twist 5 s get-ready + 9 s + 5 s switch + 9 s: 1:06.
        assert run.recorder.saved_text() == "Saved to your history: 2 exercises done. Day 1 of 14."
        assert run.told == []
    finally:
        history.close()


def test_a_session_ended_early_says_today_does_not_count_yet(
    routine, clock, tmp_path: Path
) -> None:
    wall = WallClock(morning(TODAY))
    history = History.open(tmp_path, clock=wall)
    try:
        sessions_on(history, wall, [TODAY - timedelta(days=n) for n in (6, 4, 3, 2, 1)])
        run = Run(routine, clock, history)
        run.run_for(10)
        run.driver.command(run.driver.session.end)
        assert run.recorder.saved_text() == (
            "Saved to your history: 1 exercise skipped, ended early. "
            "Finish a session to make today day 6 of 14."
        )
        again = Run(routine, clock, history)
        again.run_for(70)
        assert again.recorder.saved_text() == (
            "Saved to your history: 2 exercises done. Day 6 of 14."
        )
    finally:
        history.close()


def test_a_history_that_stops_mid_session_is_told_once_and_the_session_goes_on(
    routine, clock, tmp_path: Path
) -> None:
    connection = open_database(tmp_path, morning(TODAY)).connection
    # Not one page more than it has: the first exercise fits, a full session's rows do not.
    connection.execute("PRAGMA max_page_count = 1")
    history = History(connection, tmp_path)
    try:
        runs = [Run(routine, clock, history)]
        runs[0].run_for(70)
        # Each session's rows fill the page further, until one of them meets the limit.
        while history.writable:
            runs.append(Run(routine, clock, history))
            runs[-1].run_for(70)
        told = [message for run in runs for message in run.told]
        assert len(told) == 1
        assert told[0].startswith(f"The disk that holds {tmp_path} is full.")
        assert all(run.driver.session.state is SessionState.FINISHED for run in runs)
    finally:
        history.close()


def test_a_history_off_from_the_start_is_not_told_again(routine, clock, tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    history = History.open(tmp_path / "data")
    try:
        run = Run(routine, clock, history)
        run.run_for(70)
        assert run.driver.session.state is SessionState.FINISHED
        assert run.told == []
        assert run.recorder.saved_text().startswith(
            f"Not saved to your history. The history folder {tmp_path / 'data'} is a file"
        )
    finally:
        history.close()


def test_a_session_continued_after_a_crash_is_saved_as_one_with_both_parts(
    routine, clock, tmp_path: Path, qtbot, monkeypatch
) -> None:
    history = History.open(tmp_path, clock=WallClock(morning(TODAY)))
    try:
        crashed = Run(routine, clock, history)
        # Bridge saved after 23 s; the app dies during twist's first rep, and never closes it.
        crashed.run_for(30)
        parent = QWidget()
        qtbot.addWidget(parent)
        monkeypatch.setattr(ContinueDialog, "ask", lambda *asked: True)
        app_settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        chosen = offer_to_continue(
            parent, history.sessions(), routine, SessionSettings(), app_settings, TODAY
        )
        assert chosen is not None
        continued = Run(routine, clock, history, chosen)
        continued.run_for(40)
        assert continued.driver.session.state is SessionState.FINISHED
        rows = read_rows(history.path, "SELECT id, status, active_seconds FROM sessions")
        # Bridge's 23 s, then twist: 5 s get-ready, 9 s, 5 s switch, 9 s.
        assert rows == [(1, "finished", 51.0)]
        exercises = read_rows(history.path, "SELECT position, exercise_id FROM exercises")
        assert exercises == [(0, "bridge"), (1, "twist")]
        assert continued.recorder.saved_text() == (
            "Saved to your history: 2 exercises done. Day 1 of 14."
        )
    finally:
        history.close()


def test_days_done_with_another_routine_do_not_count_toward_this_ones_plan(
    routine, clock, tmp_path: Path
) -> None:
    wall = WallClock(morning(TODAY))
    history = History.open(tmp_path, clock=wall)
    try:
        sessions_on(history, wall, [TODAY - timedelta(days=n) for n in (5, 3)])
        stretches = replace(small_routine(), title="Workrave's exercises")
        sessions_on(history, wall, [TODAY - timedelta(days=n) for n in (4, 2, 1)], stretches)
        pilates = Run(routine, clock, history)
        pilates.run_for(70)
        assert pilates.recorder.saved_text() == (
            "Saved to your history: 2 exercises done. Day 3 of 14."
        )
    finally:
        history.close()


def test_a_lock_held_at_the_start_is_told_once_and_every_exercise_is_saved_when_it_goes(
    routine, clock, tmp_path: Path, qtbot
) -> None:
    History.open(tmp_path).close()
    history = History.open(tmp_path, clock=WallClock(morning(TODAY)))
    # Another program's connection holds the write lock for the whole session.
    other = sqlite3.connect(history.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        run = Run(routine, clock, history)
        run.run_for(70)
        assert run.driver.session.state is SessionState.FINISHED
        assert run.told == [history.held_up_words()]
        assert run.recorder.saved_text().startswith(
            f"Not saved to your history yet. Another program is keeping your history database "
            f"{history.path} locked."
        )
        other.execute("ROLLBACK")
        # The recorder tries again by itself, and says so once it has saved it all.
        qtbot.waitUntil(lambda: not history.held_up, timeout=5000)
        assert run.told == [history.held_up_words(), SAVED_AGAIN]
        assert read_rows(history.path, "SELECT status, active_seconds FROM sessions") == [
            ("finished", 66.0)
        ]
        assert read_rows(history.path, "SELECT exercise_id FROM exercises") == [
            ("bridge",),
            ("twist",),
        ]
        assert run.recorder.saved_text() == (
            "Saved to your history: 2 exercises done. Day 1 of 14."
        )
    finally:
        other.close()
        history.close()


def test_the_summary_reads_past_rows_it_cannot_read(routine, clock, tmp_path: Path) -> None:
    wall = WallClock(morning(TODAY))
    history = History.open(tmp_path, clock=wall)
    try:
        sessions_on(history, wall, [TODAY - timedelta(days=n) for n in (3, 2)], routine)
        with closing(sqlite3.connect(history.path)) as connection:
            connection.execute("UPDATE exercises SET variant = 'extreme' WHERE id = 1")
            connection.execute("UPDATE sessions SET started_at = 'soon' WHERE id = 2")
            connection.commit()
        run = Run(routine, clock, history)
        run.run_for(70)
        # Session 1 counts still (finished, its twist done); session 2 is left out.
        assert run.recorder.saved_text() == (
            "Saved to your history: 2 exercises done. Day 2 of 14."
        )
    finally:
        history.close()

"""After a crash, today's session is offered again from the start of the exercise in progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from backpain_gui.content.model import Routine
from backpain_gui.session.engine import Session
from backpain_gui.session.events import EventKind
from backpain_gui.session.settings import SessionSettings
from backpain_gui.storage.data_folder import data_folder
from backpain_gui.storage.history import History
from backpain_gui.storage.recording import SessionRecording
from backpain_gui.storage.saved import SessionEntry
from backpain_gui.ui import resume_offer
from backpain_gui.ui.resume_offer import offer_to_continue

TODAY = date(2026, 11, 20)
MORNING = datetime(2026, 11, 20, 7, 45).astimezone()
# Bridge: 5 s get-ready, 2 reps of 9 s, 15 s rest = 38 s; then Twist's get-ready.
DURING_TWIST = 45.0
START = 1000.0


def run_then_crash(folder: Path, routine: Routine, began: datetime, seconds: float) -> History:
    """A session saved as it ran for `seconds`, then the app died (closed only if finished)."""
    history = History.open(folder, clock=lambda: began)
    session = Session(routine)
    recording = SessionRecording(history, session.plan, routine.title)
    recording.on_events(session.start(START))
    recording.on_events(session.advance(START + seconds))
    return history


class Asked:
    """Stands in for the question on screen, answering as told and noting what it asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.questions: list[tuple[datetime, str]] = []
        self.answer = answer
        monkeypatch.setattr(resume_offer.ContinueDialog, "ask", self.ask)

    def ask(self, parent: QWidget, started_at: datetime, exercise_name: str) -> bool:
        self.questions.append((started_at, exercise_name))
        return self.answer


@pytest.fixture
def parent(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def offer(
    parent: QWidget, sessions: list[SessionEntry], routine: Routine, settings: QSettings
) -> SessionSettings | None:
    return offer_to_continue(parent, sessions, routine, SessionSettings(), settings, TODAY)


def test_a_crash_during_the_second_exercise_offers_to_start_it_again(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    routine: Routine,
    settings: QSettings,
) -> None:
    history = run_then_crash(tmp_path, routine, MORNING, DURING_TWIST)
    asked = Asked(monkeypatch, answer=True)

    continued = offer(parent, history.sessions(), routine, settings)

    assert asked.questions == [(MORNING, "Twist")]
    assert continued is not None
    session = Session(routine, continued)
    events = session.start(START)
    started = [e for e in events if e.kind is EventKind.GET_READY_STARTED]
    assert [e.exercise_id for e in started] == ["twist"]
    assert len(session.plan.exercises) == 1


def test_a_crash_in_the_first_exercise_offers_the_whole_session_again(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    routine: Routine,
    settings: QSettings,
) -> None:
    history = run_then_crash(tmp_path, routine, MORNING, 10.0)
    asked = Asked(monkeypatch, answer=True)
    continued = offer(parent, history.sessions(), routine, settings)
    assert asked.questions == [(MORNING, "Bridge")]
    assert continued is not None
    assert continued.exercises == ("bridge", "twist")


def test_declining_is_remembered(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    routine: Routine,
    settings: QSettings,
) -> None:
    history = run_then_crash(tmp_path, routine, MORNING, DURING_TWIST)
    asked = Asked(monkeypatch, answer=False)
    assert offer(parent, history.sessions(), routine, settings) is None
    assert offer(parent, history.sessions(), routine, settings) is None
    assert len(asked.questions) == 1


def test_yesterdays_crash_is_not_offered(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    routine: Routine,
    settings: QSettings,
) -> None:
    history = run_then_crash(tmp_path, routine, MORNING - timedelta(days=1), DURING_TWIST)
    asked = Asked(monkeypatch, answer=True)
    assert offer(parent, history.sessions(), routine, settings) is None
    assert asked.questions == []


def test_a_finished_session_or_another_routine_is_not_offered(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    routine: Routine,
    settings: QSettings,
) -> None:
    asked = Asked(monkeypatch, answer=True)
    finished = run_then_crash(tmp_path / "finished", routine, MORNING, 600.0)
    assert offer(parent, finished.sessions(), routine, settings) is None
    crashed = run_then_crash(tmp_path / "crashed", routine, MORNING, DURING_TWIST)
    renamed = replace(routine, title="Another routine")
    assert offer(parent, crashed.sessions(), renamed, settings) is None
    assert asked.questions == []


def test_the_summary_of_a_continued_session_lists_both_parts_and_totals_them(
    qtbot, monkeypatch: pytest.MonkeyPatch, window, routine: Routine, clock
) -> None:
    # The app died during Twist; started again, the user takes the offer and does Twist.
    began = datetime.now().astimezone() - timedelta(minutes=5)
    run_then_crash(data_folder(), routine, began, DURING_TWIST)
    Asked(monkeypatch, answer=True)
    window.offer_to_continue()
    assert window.stack.currentWidget() is window.session_screen
    # Twist: 5 s get-ready, 9 s, switch sides 5 s, 9 s.
    clock.tick(28.5)
    window.driver.on_timer_timeout()
    assert window.stack.currentWidget() is window.summary_screen

    summary = window.summary_screen
    table = summary.table
    rows = [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    assert [row[0] for row in rows] == ["Bridge", "Twist"]
    assert [row[1] for row in rows] == ["Done", "Done"]
    assert summary.heading.text() == "Well done - session complete (continued after a stop)"
    # Bridge's 23 s before the stop and Twist's 28 s now (the rest before the stop was lost
    # with the app, and is not counted).
    assert [row[-1] for row in rows] == ["0:23", "0:28"]
    assert summary.total.text() == "Total time 0:51"

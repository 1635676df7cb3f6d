"""The one Qt adapter between a running session and its history: each event batch the driver
reports is written at once, so a crash loses at most the exercise in progress.

The writes happen on the UI thread: a handful of small transactions a session, each well
under a millisecond (`make bench`), at exercise boundaries, where a late frame costs nothing
(time comes from the clock). When history cannot be written, it says so once and the session
goes on. When another program holds the database locked, the writes wait in memory: the user is
told once, they are retried every RETRY_MS without waiting on the lock, and the user is told
again once they are saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from backpain_gui.session.events import Event
from backpain_gui.session.records import Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import DayMark, PlanProgress, day_mark
from backpain_gui.storage.recording import SessionRecording
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus
from backpain_gui.ui.resume_offer import ContinuedSettings
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, counted, translate

# Kept writes are tried again this often while another program holds the lock; each try
# returns at once when it still does.
RETRY_MS = 1000
SAVED_AGAIN = QT_TRANSLATE_NOOP(
    "SavedWords", "Your history can be written again: everything from this session is saved."
)


class SavedWords(QObject):
    """The summary's words for what was saved, in the UI language (a class only because
    lupdate reads plural forms from `self.tr(text, "", n)` alone)."""

    def counts(self, saved: SessionEntry) -> str:
        """How each exercise was left, read back from the database: "2 exercises done, 3
        skipped"; the time is the summary's total, on the line above."""
        outcomes = [entry.outcome for entry in saved.results]
        done = outcomes.count(Outcome.DONE)
        partly = outcomes.count(Outcome.PARTIAL)
        skipped = outcomes.count(Outcome.SKIPPED)
        parts = []
        if done:
            parts.append(counted(self.tr("%n exercise(s) done", "", done), done))
        # "exercises" said once, with the first count.
        if partly:
            if parts:
                text = self.tr("%n partly done", "", partly)
            else:
                text = self.tr("%n exercise(s) partly done", "", partly)
            parts.append(counted(text, partly))
        if skipped:
            if parts:
                text = self.tr("%n skipped", "", skipped)
            else:
                text = self.tr("%n exercise(s) skipped", "", skipped)
            parts.append(counted(text, skipped))
        return ", ".join(parts) if parts else self.tr("no exercises")


SAVED_WORDS = SavedWords()


def saved_words(
    saved: SessionEntry | None,
    progress: PlanProgress,
    problem: str | None,
    held_up: str | None = None,
) -> str:
    """What the summary screen says was saved: read back from the database, not assumed.

    `held_up` says why some of the session still waits to be written, if it does."""
    if saved is None:
        if held_up:
            return translate("SavedWords", "Not saved to your history yet. {why}").format(
                why=held_up
            )
        if problem:
            return translate("SavedWords", "Not saved to your history. {why}").format(why=problem)
        return translate("SavedWords", "Not saved to your history.")
    counts = SAVED_WORDS.counts(saved)
    if saved.status is SessionStatus.ENDED:
        text = translate("SavedWords", "Saved to your history: {counts}, ended early.")
    else:
        text = translate("SavedWords", "Saved to your history: {counts}.")
    text = text.format(counts=counts)
    if problem:
        text += " " + translate("SavedWords", "Saving stopped part-way: {why}").format(why=problem)
    elif held_up:
        text += " " + translate("SavedWords", "The rest is not saved yet. {why}").format(
            why=held_up
        )
    plan = progress.plan_days
    if day_mark(saved) >= DayMark.COUNTED:
        number = progress.days_done
        if number <= plan:
            day = translate("SavedWords", "Day {day} of {days}.")
        else:
            day = translate("SavedWords", "Day {day}: the plan is done.")
        return f"{text} {day.format(day=number, days=plan)}"
    if progress.done_today:
        day = translate("SavedWords", "Today already counts: day {day} of {days}.")
        return f"{text} {day.format(day=progress.days_done, days=plan)}"
    day = translate("SavedWords", "Finish a session to make today day {day} of {days}.")
    return f"{text} {day.format(day=progress.day_number, days=plan)}"


class HistoryRecorder(QObject):
    """Saves one session to the history as it runs; lives as long as its driver.

    Connect it before `driver.start()`, so that it sees the session start.

    Signals:
        problem(str): why the history stopped being written, and the fix; emitted once.
            The session goes on; what was saved before stays saved. Also emitted once when
            another program's lock holds writes back, and once more when they are saved.
    """

    problem = Signal(str)

    def __init__(
        self,
        driver: SessionDriver,
        history: History,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(driver)
        self.history = history
        self._today = today
        self._plan_days = driver.session.routine.plan_days
        self._routine = driver.session.routine.title
        settings = driver.session.settings
        continues = settings.continues if isinstance(settings, ContinuedSettings) else None
        self._recording = SessionRecording(
            history, driver.session.plan, driver.session.routine.title, continues
        )
        # Off from the start is told once at start-up, by whoever opened the history.
        self._told = not history.writable
        self._told_held_up = False
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self._connect_signals(driver)

    def _connect_signals(self, driver: SessionDriver) -> None:
        driver.events_happened.connect(self.on_driver_events_happened)
        self.retry.timeout.connect(self.on_retry_timeout)

    @property
    def session_id(self) -> int | None:
        """The saved session's id; None when history is off or its row is still to be written."""
        recorded = self._recording.session_id
        return None if recorded is None else self.history.saved_id(recorded)

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        self._recording.on_events(events)
        self._tell()

    @Slot()
    def on_retry_timeout(self) -> None:
        self.history.flush()
        self._tell()

    def _tell(self) -> None:
        """Say once that saving stopped, or is held up, and then that it goes on again."""
        if not self.history.writable:
            self.retry.stop()
            if not self._told:
                self._told = True
                self.problem.emit(self.history.problem or "History stopped being saved.")
        elif self.history.held_up:
            if not self.retry.isActive():
                self.retry.start()
            if not self._told_held_up:
                self._told_held_up = True
                self.problem.emit(self.history.held_up_words())
        else:
            self.retry.stop()
            if self._told_held_up:
                self._told_held_up = False
                self.problem.emit(translate("SavedWords", SAVED_AGAIN))

    def record_pain(self, when: str, score: int) -> None:
        """Save how the back was `when` ("before" or "after") the session, 0-10."""
        session_id = self._recording.session_id
        if session_id is not None:
            self.history.record_pain(session_id, when, score)

    def record_stop(self, because: str) -> None:
        """Save why the session is being stopped early."""
        session_id = self._recording.session_id
        if session_id is not None:
            self.history.record_stop(session_id, because)

    @property
    def earlier(self) -> tuple[ExerciseEntry, ...]:
        """What the session this one continues had done before its stop; () for a new one."""
        return self._recording.earlier

    def saved_text(self) -> str:
        """The summary screen's line on what was saved, and the plan day it makes."""
        session_id = self.session_id
        saved = None if session_id is None else self.history.session(session_id)
        # The plan counts only the days done with this session's routine.
        progress = self.history.progress(self._routine, self._today(), self._plan_days)
        held_up = self.history.held_up_words() if self.history.held_up else None
        return saved_words(saved, progress, self.history.problem, held_up)

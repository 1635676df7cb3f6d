"""The running app's reminder service on a clock set by hand: on time, and not on a day begun."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from time import monotonic
from typing import cast

import pytest
from PySide6.QtCore import QObject, QSettings, Signal

from backpain_gui.storage.progress import PlanProgress
from backpain_gui.storage.reminder_rules import ReminderState, Verdict
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.notifications import DesktopNotifier
from backpain_gui.ui.reminders import ReminderService

DAY_ONE = PlanProgress(14, 0, False, 0)


class FakeNotifier(QObject):
    """A notification server's part, as the service uses it: what was shown."""

    action_invoked = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.problem = ""

    def listen(self) -> bool:
        return True

    def notify(self, summary: str, body: str, actions: tuple[str, ...] = ()) -> int:
        self.shown.append(f"{summary}: {body}")
        return len(self.shown)

    def withdraw(self, notification_id: int) -> None:
        pass


class RunningClock:
    """The wall clock as set by hand, then running on as the real one does."""

    def __init__(self, start: datetime) -> None:
        self._start = start
        self._since = monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=monotonic() - self._since)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    chosen = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    chosen.save_reminder_state(ReminderState(enabled=True, at=time(18, 0), offered=True))
    return chosen


def service_for(
    store: SettingsStore, notifier: FakeNotifier, now: RunningClock, began: bool = False
) -> ReminderService:
    return ReminderService(
        store, cast(DesktopNotifier, notifier), lambda: DAY_ONE, now, began=lambda: began
    )


def test_sent_at_the_minute_chosen_not_at_the_next_half_minute_check(
    qtbot, store: SettingsStore
) -> None:
    notifier = FakeNotifier()
    service = service_for(store, notifier, RunningClock(datetime(2026, 12, 3, 17, 59, 59, 700_000)))
    assert service.check() is Verdict.NOT_YET
    assert not notifier.shown
    # 0.3 s on, the service wakes by itself: the half-minute check is 30 s away.
    with qtbot.waitSignal(service.sent, timeout=3000):
        pass
    assert notifier.shown == [
        "Time for your back exercises: Day 1 of 14. No streak yet: today can start one."
    ]


def test_nothing_is_sent_on_a_day_a_session_was_begun(store: SettingsStore) -> None:
    notifier = FakeNotifier()
    service = service_for(store, notifier, RunningClock(datetime(2026, 12, 3, 19)), began=True)
    assert service.check() is Verdict.PRACTISED
    assert service.remind_now() == Verdict.PRACTISED.value
    assert not notifier.shown

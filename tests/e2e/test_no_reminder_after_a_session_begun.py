"""No reminder on a day a session was begun: none in the middle of it, none after "It hurts".

The reminder is for days with no session yet. A session ended by "It hurts" does not count
towards the plan, but the person did come back today, and was just told to stop: a
"Time for your back exercises" then would be the app not listening. Checked through the
running app with a real notification server (dunst) on a private bus and display:
`backpain-gui remind --now` asks the app, which says why it sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.notification_desk import Desk, notification_desk, turn_reminders_on
from tests.e2e.test_reminder_notification import launch, remind_now, stop

NOT_SENT = "No reminder sent: you already practised today."


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with notification_desk(tmp_path) as ready:
        yield ready


def test_no_reminder_during_a_session_nor_after_it_hurts(desk: Desk) -> None:
    # Today already reminded, so that the app's own check sends nothing: --now would.
    turn_reminders_on(desk, f"last_reminded={date.today().isoformat()}\n")
    app = launch(desk)
    try:
        app.wait_for_window("backpain-gui")
        app.press("Return")
        app.wait_for_event("session_started")
        during = remind_now(desk)
        assert during.returncode == 0, during.stderr
        assert during.stdout.strip() == NOT_SENT
        assert desk.displayed() == 0

        app.press("h")
        app.wait_for_event("session_ended")
        after = remind_now(desk)
        assert after.returncode == 0, after.stderr
        assert after.stdout.strip() == NOT_SENT
        assert desk.displayed() == 0
    finally:
        stop(app)

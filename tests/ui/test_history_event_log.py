"""The --event-log file in the window: a log that cannot be written is told once on stderr,
logging stops, and the session goes on with no traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from backpain_gui.storage.event_log import EventLog


def test_an_event_log_on_a_full_device_is_told_once_and_the_session_goes_on(
    qtbot, make_window, clock, capsys
) -> None:
    # /dev/full takes the open and refuses every write: "No space left on device".
    window = make_window(EventLog(Path("/dev/full")))
    qtbot.keyClick(window, Qt.Key.Key_Return)
    for _ in range(67):
        clock.tick(1)
        window.driver.on_timer_timeout()
    assert window.stack.currentWidget() is window.summary_screen
    # The window says so too, at its foot, once.
    assert window.notice.text() == (
        "Stopped writing the event log /dev/full: No space left on device. The session goes on."
    )
    window.close()
    assert capsys.readouterr().err == (
        "backpain-gui: Stopped writing the event log /dev/full: No space left on device. "
        "The session goes on.\n"
    )

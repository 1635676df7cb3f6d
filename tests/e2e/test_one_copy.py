"""End to end: a second start of the app brings the running window forward instead of
running a second session into the same history."""

from __future__ import annotations


def test_a_second_copy_says_one_is_running_and_ends(launch_app, short_routine) -> None:
    first = launch_app("--routine", str(short_routine))
    first.wait_for_window("backpain-gui")
    second = launch_app("--routine", str(short_routine))
    assert second.process.wait(timeout=20) == 0
    _, errors = second.process.communicate(timeout=5)
    assert b"already running" in errors
    assert b"Traceback" not in errors
    # The running copy goes on, and only its window is on the screen.
    assert first.process.poll() is None
    first.wait_for_window("backpain-gui")
    assert len(first.visible_windows("backpain-gui")) == 1
    first.press("Return")
    first.wait_for_event("get_ready_started")
    first.quit()
    assert first.process.wait(timeout=15) == 0

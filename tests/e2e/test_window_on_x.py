"""End to end: the real app on a real X server, driven by real key presses (xdotool)."""

from __future__ import annotations


def test_a_user_starts_pauses_resumes_skips_and_quits_with_the_keyboard(launch_app) -> None:
    app = launch_app()
    app.wait_for_window("Back pain")

    app.press("Return")
    started = app.wait_for_event("get_ready_started")
    assert started["exercise_id"] == "hip-roll"

    app.press("space")
    paused = app.wait_for_event("paused")
    app.press("space")
    resuming = app.wait_for_event("resuming")
    assert resuming["session_time"] == paused["session_time"], "time moved while paused"

    app.press("Right")
    skipped = app.wait_for_event("exercise_skipped")
    assert skipped["exercise_id"] == "hip-roll"
    next_up = app.wait_for_event("get_ready_started", count=2)
    assert next_up["exercise_id"] != "hip-roll"

    app.press("ctrl+q")
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors

"""End to end: the real app on a real X server, driven by real key presses (xdotool)."""

from __future__ import annotations


def test_a_user_starts_pauses_resumes_skips_and_quits_with_the_keyboard(launch_app) -> None:
    app = launch_app()
    app.wait_for_window("backpain-gui")

    app.press("Return")
    started = app.wait_for_event("get_ready_started")
    assert started["exercise"] == "hip-roll"

    app.press("space")
    paused = app.wait_for_event("paused")
    app.press("space")
    resuming = app.wait_for_event("resuming")
    assert resuming["session_time"] == paused["session_time"], "time moved while paused"

    app.press("Right")
    skipped = app.wait_for_event("exercise_skipped")
    assert skipped["exercise"] == "hip-roll"
    next_up = app.wait_for_event("get_ready_started", count=2)
    assert next_up["exercise"] != "hip-roll"

    app.press("ctrl+q")
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors


def test_start_option_begins_the_session_without_the_plan_screen(launch_app) -> None:
    app = launch_app("--start")
    app.wait_for_window("backpain-gui")
    app.wait_for_event("get_ready_started")
    app.press("ctrl+q")
    assert app.process.wait(timeout=15) == 0


def test_a_broken_routine_is_explained_and_the_built_in_one_is_used(launch_app, tmp_path) -> None:
    broken = tmp_path / "mine.yaml"
    broken.write_text("schema_version: 1\ntitle: Mine\nexercises: 3\n", encoding="utf-8")
    app = launch_app("--routine", str(broken))
    app.wait_for_window("Routine not loaded")
    app.press("Return")
    app.wait_for_window("backpain-gui")
    app.press("Return")
    started = app.wait_for_event("get_ready_started")
    assert started["exercise"] == "hip-roll"
    app.press("ctrl+q")
    assert app.process.wait(timeout=15) == 0

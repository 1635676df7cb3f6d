"""End to end: media keys and a presenter clicker run the session, as real X key presses."""

from __future__ import annotations


def test_media_keys_pause_and_a_presenter_clicker_skips_and_goes_back(
    launch_app, short_routine
) -> None:
    app = launch_app("--start", "--routine", str(short_routine))
    app.wait_for_window("backpain-gui")
    app.wait_for_event("get_ready_started")

    # A headset's or keyboard's play button, then a presenter clicker (Page Down, Page Up),
    # then a keyboard's next, previous and pause keys.
    presses = (
        ("XF86AudioPlay", "paused", 1),
        ("XF86AudioPlay", "resuming", 1),
        ("Next", "exercise_skipped", 1),
        ("Prior", "exercise_restarted", 1),
        ("XF86AudioNext", "exercise_skipped", 2),
        ("XF86AudioPrev", "exercise_restarted", 2),
        ("XF86AudioPause", "paused", 2),
    )
    for key, event, count in presses:
        app.press(key)
        app.wait_for_event(event, count)

    kinds = [e["event"] for e in app.events()]
    wanted = ["paused", "resuming", "exercise_skipped", "exercise_restarted"]
    positions = [kinds.index(kind) for kind in wanted]
    assert positions == sorted(positions), kinds
    assert kinds.count("paused") == 2
    app.press("ctrl+q")
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors

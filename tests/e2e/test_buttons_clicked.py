"""End to end: every large button, clicked with a real pointer on a real X server, does what
its key does, and says the state it acts on."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.buttons_on_x import AppWithButtons, launch_with_buttons


@pytest.fixture
def session_app(xvfb: str, short_routine: Path, tmp_path: Path) -> Iterator[AppWithButtons]:
    """The app started with --start on the short routine, its window focused."""
    app = launch_with_buttons(xvfb, tmp_path, "--start", "--routine", str(short_routine))
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_event("get_ready_started")
        yield app
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)


def kinds(app: AppWithButtons) -> list[str]:
    return [str(event["event"]) for event in app.events()]


def wait_until(check: Callable[[], object], what: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    pytest.fail(f"not seen within {timeout} s: {what}")


def answer(app: AppWithButtons, words: str) -> None:
    """Click a question's button (QMessageBox names them "&Yes", "&No")."""
    wait_until(lambda: {words, f"&{words}"} & set(app.buttons()), f"a {words} button")
    app.click(words if words in app.buttons() else f"&{words}")


def test_pause_continue_skip_back_clicked_log_pause_resume_skip_back(session_app) -> None:
    app = session_app
    app.click("Pause")
    app.wait_for_event("paused")
    # The button now offers what it will do: continue.
    app.wait_for_button("Continue")
    assert "Pause" not in app.buttons()
    app.click("Continue")
    app.wait_for_event("resuming")
    app.wait_for_button("Pause")
    app.click("Skip")
    app.wait_for_event("exercise_skipped")
    app.click("Back")
    app.wait_for_event("exercise_restarted")
    seen = kinds(app)
    order = [seen.index(k) for k in ("paused", "resuming", "exercise_skipped")]
    assert order == sorted(order), seen
    assert seen.index("exercise_restarted") > seen.index("exercise_skipped"), seen


def test_restart_variant_sound_and_full_screen_buttons(session_app) -> None:
    app = session_app
    app.click("Restart")
    app.wait_for_event("exercise_restarted")
    app.click("Variant")
    changed = app.wait_for_event("variant_changed")
    assert (changed["exercise"], changed["variant"]) == ("bridge", "modification")
    app.click("Sound on")
    app.wait_for_button("Sound off")
    app.click("Sound off")
    app.wait_for_button("Sound on")
    app.click("Full screen")
    app.wait_for_button("Leave full screen")
    app.click("Leave full screen")
    app.wait_for_button("Full screen")


def test_end_asks_no_goes_on_yes_shows_the_summary_whose_buttons_work(session_app) -> None:
    app = session_app
    app.click("End")
    app.wait_for_event("paused")
    answer(app, "No")
    app.wait_for_event("resuming")
    assert "session_ended" not in kinds(app)
    app.click("End")
    app.wait_for_event("paused", count=2)
    answer(app, "Yes")
    app.wait_for_event("session_ended")
    # The summary says what each button does: back to the plan, or quit.
    app.click("Back to the plan")
    wait_until(lambda: any(name.startswith("Start") for name in app.buttons()), "the plan")
    assert "Back to the plan" not in app.buttons()
    app.xdotool("windowfocus", "--sync", app.window_id)
    app.press("Return")
    app.wait_for_event("session_started", count=2)


def test_summary_keys_enter_and_esc_go_back_to_the_plan_and_quit_quits(session_app) -> None:
    app = session_app
    app.press("Escape")
    answer(app, "Yes")
    app.wait_for_event("session_ended")
    app.wait_for_button("Back to the plan")
    app.xdotool("windowfocus", "--sync", app.window_id)
    app.press("Escape")
    wait_until(lambda: any(name.startswith("Start") for name in app.buttons()), "the plan")
    app.press("Return")
    app.wait_for_event("session_started", count=2)
    app.press("Escape")
    answer(app, "Yes")
    app.wait_for_event("session_ended", count=2)
    app.xdotool("windowfocus", "--sync", app.window_id)
    app.press("Return")
    wait_until(lambda: any(name.startswith("Start") for name in app.buttons()), "the plan")
    app.press("Return")
    app.wait_for_event("session_started", count=3)
    app.press("Escape")
    answer(app, "Yes")
    app.wait_for_event("session_ended", count=3)
    app.click("Quit")
    assert app.process.wait(timeout=10) == 0


def test_space_on_a_button_reached_with_tab_presses_that_button(session_app) -> None:
    app = session_app
    for _ in range(12):
        if app.focused() == "Skip":
            break
        app.press("Tab")
        time.sleep(0.3)
    assert app.focused() == "Skip"
    app.press("space")
    app.wait_for_event("exercise_skipped")
    time.sleep(0.5)
    assert "paused" not in kinds(app), "Space on the focused Skip button also paused"
    app.press("Return")
    app.wait_for_event("exercise_skipped", count=2)


def test_ctrl_q_in_a_session_asks_first_and_no_keeps_it_going(session_app) -> None:
    app = session_app
    app.press("ctrl+q")
    app.wait_for_event("paused")
    answer(app, "No")
    app.wait_for_event("resuming")
    assert app.process.poll() is None, "Ctrl+Q quit without asking"
    app.xdotool("windowfocus", "--sync", app.window_id)
    app.press("ctrl+q")
    answer(app, "Yes")
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=10) == 0

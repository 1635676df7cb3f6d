"""End to end on a 1024x600 X screen with no sound server: About, the pain buttons and It
hurts, each clicked with a real pointer (and About by its key), do what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.buttons_on_x import launch_with_buttons
from tests.e2e.test_quit_without_sound import NoSoundServer
from tests.e2e.x_server import private_x_server


@pytest.fixture
def small_screen() -> object:
    with private_x_server(1024, 600) as display:
        yield display


def test_about_pain_and_it_hurts_clicked_on_a_small_screen(
    small_screen: str, short_routine: Path, tmp_path: Path
) -> None:
    conf = tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"
    conf.write_text(conf.read_text(encoding="utf-8").replace("ask=false", "ask=true"))
    app = launch_with_buttons(
        small_screen,
        tmp_path,
        "--routine",
        str(short_routine),
        env=NoSoundServer(tmp_path).client_env,
    )
    try:
        app.wait_for_window("backpain-gui")
        app.click("About this routine")
        app.click("Close")
        # With no window manager, the keyboard goes back to the window only when told.
        app.xdotool("windowfocus", "--sync", app.window_id)
        app.press("i")
        app.click("Close")
        app.click("Start session")
        app.click("Pain 5 of 10")
        app.click("OK")
        app.wait_for_event("session_started")
        app.screenshot(tmp_path / "session.png")
        app.click("It hurts")
        ended = app.wait_for_event("session_ended")
        assert ended["event"] == "session_ended"
        app.click("Skip")
        app.wait_for_button("Back to the plan")
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)

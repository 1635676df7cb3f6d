"""End to end: with speech-dispatcher running but no sound server, quitting still quits.

speech-dispatcher then takes the app's words and never finishes saying them; the app's
speech thread stays inside it. Quitting once waited on that thread for ever: the window froze
half torn down until killed. Now it waits a bounded time and goes.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.e2e.buttons_on_x import launch_with_buttons
from tests.e2e.test_voice_heard import SpeechServer


class NoSoundServer:
    """Where a sound server would be, with none there."""

    def __init__(self, folder: Path) -> None:
        self.client_env = {"PULSE_SERVER": f"unix:{folder / 'no-pulseaudio'}"}


def test_quit_after_the_voice_spoke_with_no_sound_server_ends_within_5_s(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    silent = NoSoundServer(tmp_path)
    speech = SpeechServer(tmp_path / "speech", silent)  # type: ignore[arg-type]
    speech.start()
    try:
        app = launch_with_buttons(
            xvfb,
            tmp_path,
            "--start",
            "--routine",
            str(short_routine),
            env={**speech.client_env, **silent.client_env},
        )
        app.wait_for_window("backpain-gui")
        # The get-ready and two phases: the voice has been given words to say.
        app.wait_for_event("phase_started", count=2, timeout=30)
        app.press("Escape")
        app.wait_for_button("&Yes")
        app.click("&Yes")
        app.wait_for_event("session_ended")
        app.xdotool("windowfocus", "--sync", app.window_id)
        asked = time.monotonic()
        app.press("ctrl+q")
        status = app.process.wait(timeout=15)
        took = time.monotonic() - asked
        _, errors = app.process.communicate(timeout=5)
        assert took < 5, f"quitting took {took:.1f} s"
        assert status == 0
        assert b"Traceback" not in errors
        assert b"QThread: Destroyed" not in errors
    finally:
        if "app" in locals() and app.process.poll() is None:
            app.process.kill()
        speech.stop()

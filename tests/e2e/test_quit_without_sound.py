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


def test_with_no_sound_server_the_foot_says_cues_and_voice_are_silent_and_it_stays_said(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    # gst-play-1.0 exits 0 with nobody to play to, and speech-dispatcher says its words to
    # nobody: the foot once said "guided by tones only", which nobody heard either.
    silent = NoSoundServer(tmp_path)
    app = launch_with_buttons(
        xvfb, tmp_path, "--start", "--routine", str(short_routine), env=silent.client_env
    )
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_event("phase_started", count=2, timeout=30)
        deadline = time.monotonic() + 10
        while "cues and voice are silent" not in app.notice() and time.monotonic() < deadline:
            time.sleep(0.1)
        notice = app.notice()
        assert "cues and voice are silent" in notice
        assert "pipewire" in notice.lower()
        # A get-ready and a phase later, no other notice has taken its place.
        app.wait_for_event("phase_started", count=3, timeout=30)
        time.sleep(0.5)
        assert app.notice() == notice
        assert "tones only" not in app.notice()
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)

"""Right to left (Qt's `-reverse`, as Arabic or Hebrew lay a screen out), end to end on a real
X server: the option reaches Qt through `backpain-gui`, the screens mirror, and a real click
still starts the session."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.buttons_on_x import launch_with_buttons
from tests.e2e.test_quit_without_sound import NoSoundServer
from tests.e2e.x_server import private_x_server


def _x(app, name: str) -> int:
    return app.wait_for_button(name)[1]


def test_with_reverse_the_plan_and_session_mirror_and_still_work(
    short_routine: Path, tmp_path: Path
) -> None:
    with private_x_server(1024, 600) as display:
        app = launch_with_buttons(
            display,
            tmp_path,
            "--routine",
            str(short_routine),
            "-reverse",
            env=NoSoundServer(tmp_path).client_env,
        )
        try:
            app.wait_for_window("backpain-gui")
            # Left to right, Settings stands left of Start and About at the top right.
            assert _x(app, "Start session") < _x(app, "Settings")
            assert _x(app, "About this routine") < _x(app, "Open your session history")
            app.click("Start session")
            app.wait_for_event("session_started")
            # The session's row of buttons reads from the right: Back first, End last.
            assert _x(app, "Back") > _x(app, "Pause") > _x(app, "Skip") > _x(app, "End")
            app.click("Pause")
            app.wait_for_event("paused")
        finally:
            if app.process.poll() is None:
                app.process.kill()
            app.process.communicate(timeout=10)

"""End to end: the installed app on a real X server, driven by real key presses (xdotool)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def assert_not_blank(png: Path) -> None:
    """A screenshot that shows a screen: many colours, no one colour covering almost all."""
    image = QImage(str(png)).scaled(200, 112)
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    assert len(counts) > 20, f"{png.name} has only {len(counts)} colours"
    assert max(counts.values()) < 0.97 * image.width() * image.height(), f"{png.name} is blank"


def test_keys_pause_resume_skip_back_and_change_variant_in_order(launch_app, short_routine) -> None:
    app = launch_app("--start", "--routine", str(short_routine))
    app.wait_for_window("backpain-gui")
    app.wait_for_event("get_ready_started")

    for key, event in (
        ("space", "paused"),
        ("space", "resuming"),
        ("Right", "exercise_skipped"),
        ("Left", "exercise_restarted"),
        ("v", "variant_changed"),
    ):
        app.press(key)
        app.wait_for_event(event)

    kinds = [e["event"] for e in app.events()]
    wanted = ["paused", "resuming", "exercise_skipped", "exercise_restarted", "variant_changed"]
    positions = [kinds.index(kind) for kind in wanted]
    assert positions == sorted(positions), kinds
    changed = app.wait_for_event("variant_changed")
    assert (changed["exercise"], changed["variant"]) == ("bridge", "modification")
    app.quit()
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors


def test_every_screen_shows_something(launch_app, short_routine, tmp_path) -> None:
    app = launch_app("--routine", str(short_routine))
    app.wait_for_window("backpain-gui")
    assert_not_blank(app.screenshot(tmp_path / "plan.png"))

    app.press("Return")
    app.wait_for_event("phase_started", timeout=20)
    assert_not_blank(app.screenshot(tmp_path / "session.png"))
    app.press("space")
    app.wait_for_event("paused")
    assert_not_blank(app.screenshot(tmp_path / "paused.png"))
    app.press("space")
    app.wait_for_event("rest_started", timeout=30)
    assert_not_blank(app.screenshot(tmp_path / "rest.png"))
    app.press("Right", "Right")
    app.wait_for_event("session_finished")
    assert_not_blank(app.screenshot(tmp_path / "summary.png"))
    app.quit()
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
    app.quit()
    assert app.process.wait(timeout=15) == 0

"""End to end, as Orca hears it: the session's words, rep and buttons in the accessible tree
(AT-SPI, under Xvfb, driven with real clicks and keys), and an announcement for each step."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from backpain_gui.ui.settings_dialog import ASK_PAIN_WORDS
from tests.e2e.buttons_on_x import AppWithButtons, launch_with_buttons
from tests.e2e.screen_reader import (
    accessibility_bus,
    listening_for_announcements,
    wait_for_node,
)
from tests.e2e.test_quit_without_sound import NoSoundServer

INSTRUCTIONS = {
    "Breathe in to prepare.",
    "Breathe out and lift.",
    "Turn to the ceiling.",
    "Turn back.",
}


def _names(nodes: list[dict[str, Any]], role: str) -> list[str]:
    return [node["name"] for node in nodes if node["role"] == role]


def _stop(app: AppWithButtons) -> None:
    if app.process.poll() is None:
        app.process.kill()
    app.process.communicate(timeout=10)


def test_the_instruction_rep_and_buttons_are_in_the_tree_and_follow_the_session(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    with accessibility_bus(tmp_path) as bus:
        app = launch_with_buttons(
            xvfb,
            tmp_path,
            "--routine",
            str(short_routine),
            env={**bus, **NoSoundServer(tmp_path).client_env},
        )
        try:
            app.wait_for_window("backpain-gui")
            nodes = wait_for_node(bus, "push button", "Start session")
            # Each variant's box is read with its exercise's name, not only its value.
            boxes = [node for node in nodes if node["role"] == "combo box"]
            assert ["Bridge"] in [box["labelled_by"] for box in boxes]
            start = next(node for node in nodes if node["name"] == "Start session")
            assert start["description"] == "Start today's session. Key: Enter"
            # Settings by its key: each field is read with its label.
            app.press("ctrl+comma")
            nodes = wait_for_node(bus, "check box", ASK_PAIN_WORDS)
            spins = {n["name"]: n["labelled_by"] for n in nodes if n["role"] == "spin button"}
            for field in ("Breathing pace", "Get ready", "Rest between exercises"):
                # Named by its label and tied to it (and to its group's title).
                assert field in spins.get(field, []), (field, spins)
            # A combo box is named by its value: the reader says its label from the tie.
            combos = [n["labelled_by"] for n in nodes if n["role"] == "combo box"]
            for field in ("Cue volume", "Colours"):
                assert any(field in labels for labels in combos), (field, combos)
            app.press("Escape")
            app.xdotool("windowfocus", "--sync", app.window_id)
            app.click("Start session")
            app.wait_for_event("phase_started")
            app.click("Pause")
            app.wait_for_event("paused")
            nodes = wait_for_node(bus, "push button", "Continue")
            buttons = _names(nodes, "push button")
            labels = _names(nodes, "label")
            assert "Pause" not in buttons
            for name in ("It hurts", "Back", "Skip", "Restart", "End"):
                assert name in buttons
            assert [label for label in labels if label in INSTRUCTIONS]
            assert [label for label in labels if re.fullmatch(r"Rep [12] of 2", label)]
            continue_button = next(n for n in nodes if n["name"] == "Continue")
            assert continue_button["description"] == "Continue the session. Key: Space"
            # Skipped while paused: the next exercise's name, start position and reps.
            app.press("Right")
            nodes = wait_for_node(bus, "label", "Twist")
            labels = _names(nodes, "label")
            assert "Lie on your side." in labels
            assert "1 rep" in labels
            app.press("space")
            nodes = wait_for_node(bus, "push button", "Pause")
            assert "Continue" not in _names(nodes, "push button")
        finally:
            _stop(app)


def test_each_step_is_announced_and_no_percent_is(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    conf = tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        # Short pauses, and each one-second step of the routine drawn out to two, so that a
        # busy machine's late frame cannot pass over a whole step.
        + "\n[session]\nget_ready_seconds=1\nrest_seconds=1\nswitch_sides_seconds=1\ntempo=2\n",
        encoding="utf-8",
    )
    with accessibility_bus(tmp_path) as bus, listening_for_announcements(bus) as listener:
        app = launch_with_buttons(
            xvfb,
            tmp_path,
            "--start",
            "--routine",
            str(short_routine),
            env={**bus, **NoSoundServer(tmp_path).client_env},
        )
        try:
            app.wait_for_window("backpain-gui")
            app.wait_for_event("session_finished", timeout=60)
            app.wait_for_button("Back to the plan")
        finally:
            _stop(app)
        heard = listener.messages()
    steps = [message for message in heard if "Step " in message]
    phases = [event for event in app.events() if event["event"] == "phase_started"]
    # Bridge: two reps of two steps; Twist: one rep of two steps on each side.
    assert len(phases) == 8
    assert len(steps) == len(phases), heard
    assert heard[0] == "Bridge. 2 reps. Get ready. Lie on your back, knees bent."
    assert steps[:3] == [
        "Rep 1 of 2. Step 1 of 2. Breathe in to prepare.",
        "Step 2 of 2. Breathe out and lift.",
        "Rep 2 of 2. Step 1 of 2. Breathe in to prepare.",
    ]
    assert any(message.startswith("Twist. On your left side.") for message in heard)
    assert any(message.startswith("On your right side.") for message in heard)
    assert not [message for message in heard if "percent" in message or "%" in message]

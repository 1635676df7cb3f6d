"""The --event-log file: one JSON line per event, with the keys scripts rely on."""

from __future__ import annotations

import json
from pathlib import Path

from backpain_gui.content.model import Breath, Side
from backpain_gui.session.events import Event, EventKind
from backpain_gui.storage.event_log import EventLog


def test_each_event_is_a_line_with_event_time_exercise_rep_side_and_breath(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    log = EventLog(path)
    log.write(
        [
            Event(EventKind.SESSION_STARTED, at=10.0, session_time=0.0),
            Event(
                EventKind.PHASE_STARTED,
                at=15.25,
                session_time=5.25,
                exercise_index=1,
                exercise_id="spinal-rotations",
                side=Side.LEFT,
                rep=2,
                breath=Breath.OUT,
                seconds=5.0,
            ),
        ]
    )
    log.close()
    first, second = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert first == {
        "event": "session_started",
        "t": 10.0,
        "exercise": None,
        "rep": None,
        "side": None,
        "breath": None,
        "session_time": 0.0,
    }
    assert second["event"] == "phase_started"
    assert second["t"] == 15.25
    assert (second["exercise"], second["rep"], second["side"], second["breath"]) == (
        "spinal-rotations",
        2,
        "left",
        "out",
    )
    assert second["seconds"] == 5.0


def test_lines_are_on_disk_before_the_log_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    log = EventLog(path)
    log.write([Event(EventKind.PAUSED, at=1.0, session_time=1.0)])
    # Flushed at once: a crash right now would lose nothing.
    assert json.loads(path.read_text(encoding="utf-8"))["event"] == "paused"
    log.close()

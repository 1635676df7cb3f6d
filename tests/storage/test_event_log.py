"""The --event-log file: one JSON line per event, with the keys scripts rely on; a FIFO or a
device opened without blocking, and a write that fails told once before logging stops."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

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


def paused() -> list[Event]:
    return [Event(EventKind.PAUSED, at=1.0, session_time=1.0)]


def test_a_write_that_fails_is_told_once_and_logging_stops() -> None:
    told: list[str] = []
    # /dev/full opens, and every write to it fails with "No space left on device".
    log = EventLog(Path("/dev/full"), tell=told.append)
    for _ in range(11):
        log.write(paused())
    assert told == [
        "Stopped writing the event log /dev/full: No space left on device. The session goes on."
    ]
    assert log.problem == told[0]
    log.close()


def test_a_failed_write_is_told_on_stderr_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    log = EventLog(Path("/dev/full"))
    log.write(paused())
    log.write(paused())
    log.close()
    assert capsys.readouterr().err == (
        "backpain-gui: Stopped writing the event log /dev/full: No space left on device. "
        "The session goes on.\n"
    )


def test_a_fifo_nobody_reads_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    outcome: list[BaseException | EventLog] = []

    def open_it() -> None:
        try:
            outcome.append(EventLog(fifo))
        except OSError as error:
            outcome.append(error)

    opening = threading.Thread(target=open_it, daemon=True)
    opening.start()
    opening.join(timeout=5)
    if opening.is_alive():
        # Blocked in open(): a reader lets it go, so that the test can end, failing.
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        opening.join(timeout=5)
        pytest.fail("opening a FIFO with no reader blocked")
    (error,) = outcome
    assert isinstance(error, OSError)
    assert error.strerror == "it is a pipe that no program is reading"


def test_a_fifo_with_a_reader_gets_the_lines_and_a_reader_gone_is_told(tmp_path: Path) -> None:
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    told: list[str] = []
    log = EventLog(fifo, tell=told.append)
    log.write(paused())
    assert json.loads(os.read(reader, 4096))["event"] == "paused"
    os.close(reader)
    log.write(paused())
    log.write(paused())
    assert told == [
        f"Stopped writing the event log {fifo}: the program reading it has stopped. "
        "The session goes on."
    ]
    log.close()


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as raised:
        EventLog(tmp_path)
    assert raised.value.strerror == "Is a directory"

"""`backpain-gui history [--csv]`: the saved sessions printed, the CSV equal to the database,
problems with the database on stderr, and no Qt loaded on the way."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from backpain_gui.app.cli import main
from backpain_gui.storage.export import COLUMNS, write_csv
from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun, read_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data() -> Path:
    """The test's data folder, as the command finds it (BACKPAIN_GUI_DATA_DIR)."""
    return Path(os.environ["BACKPAIN_GUI_DATA_DIR"])


def two_sessions() -> str:
    """A finished session and one ended early, saved; the CSV the database holds."""
    history = History.open()
    try:
        for left in (3, 1):
            run = RecordedRun(history)
            run.start()
            run.until_records(left)
            if left < 3:
                run.do(lambda session, now: session.end(now))
        expected = io.StringIO()
        write_csv(history.sessions(), expected)
    finally:
        history.close()
    return expected.getvalue()


def test_history_csv_prints_one_row_per_saved_exercise(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = two_sessions()
    assert main(["history", "--csv"]) == 0
    printed = capsys.readouterr()
    assert (printed.out, printed.err) == (expected, "")
    header, *rows = csv.reader(io.StringIO(printed.out))
    assert tuple(header) == COLUMNS
    saved = read_rows(data / "history.sqlite3", "SELECT count(*) FROM exercises")
    # Three of the finished session, and of the one ended early the exercise it was in.
    assert len(rows) == saved[0][0] == 4
    assert [row[3] for row in rows] == ["finished"] * 3 + ["ended"]


def test_history_without_csv_lists_the_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    two_sessions()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "finished" in lines[0]
    assert "3 of 3 exercises done" in lines[0]
    assert "ended" in lines[1]


def test_no_history_yet_prints_the_header_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--csv"]) == 0
    assert capsys.readouterr().out == ",".join(COLUMNS) + "\n"


def test_a_corrupt_database_is_moved_aside_and_said_on_stderr(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_bytes(b"\x00garbage" * 512)
    assert main(["history", "--csv"]) == 0
    printed = capsys.readouterr()
    assert printed.out == ",".join(COLUMNS) + "\n"
    (moved,) = data.glob("history-corrupt-*.sqlite3")
    assert printed.err.startswith("backpain-gui: Your history database was damaged")
    assert str(moved) in printed.err


def test_a_history_that_cannot_be_read_exits_1_with_the_reason(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir(parents=True)
    with closing(sqlite3.connect(data / "history.sqlite3")) as connection:
        connection.execute("PRAGMA user_version = 99")
    assert main(["history", "--csv"]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert "written by a newer backpain-gui" in printed.err


def test_the_history_command_never_loads_qt() -> None:
    two_sessions()
    probe = (
        "import json, sys\n"
        "from backpain_gui.app.cli import main\n"
        "code = main(['history', '--csv'])\n"
        "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('PySide6'))]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    *csv_lines, last = completed.stdout.splitlines()
    assert json.loads(last) == [0, []]
    assert len(csv_lines) == 1 + 4


def test_a_history_missing_its_exercises_table_is_not_no_sessions_saved_yet(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two_sessions()
    with closing(sqlite3.connect(data / "history.sqlite3")) as connection:
        connection.execute("DROP TABLE exercises")
        connection.commit()
    assert main(["history"]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith(
        f"backpain-gui: Your history database {data / 'history.sqlite3'} is damaged: "
        "its exercises table is missing."
    )
    assert printed.err.count("\n") == 1


def test_an_emptied_history_says_it_was_emptied(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two_sessions()
    (data / "history.sqlite3").write_bytes(b"")
    assert main(["history"]) == 0
    printed = capsys.readouterr()
    assert printed.out == "No sessions saved yet.\n"
    assert printed.err.startswith(
        f"backpain-gui: Your history database {data / 'history.sqlite3'} was empty (0 bytes)"
    )


def test_a_read_that_fails_after_opening_exits_1_with_the_reason(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    two_sessions()
    opened = History.open

    def open_then_lose_a_table(folder: Path | None = None) -> History:
        history = opened(folder)
        # Another program drops the table between the app's open and its read.
        with closing(sqlite3.connect(data / "history.sqlite3")) as connection:
            connection.execute("DROP TABLE exercises")
            connection.commit()
        return history

    monkeypatch.setattr(History, "open", staticmethod(open_then_lose_a_table))
    assert main(["history", "--csv"]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith(
        f"backpain-gui: Your history database {data / 'history.sqlite3'} could not be read "
        "(no such table: exercises)."
    )

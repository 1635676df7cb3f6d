"""Rows holding values this version does not know (another program's edit, a newer release's
variant) are left out and counted, the user is told how many, and the rest is read, listed,
exported and counted toward the plan as before."""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from backpain_gui.app.cli import main
from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import plan_progress
from tests.storage.history_runs import read_rows, saved_history


def edit(folder: Path, *statements: str) -> None:
    """Change the saved rows as another program would, past the app's own checks."""
    with closing(sqlite3.connect(folder / DATABASE_NAME)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def three_sessions_with_bad_rows(folder: Path) -> None:
    """Three finished sessions of three exercises; two exercises and one session then hold
    values no release writes."""
    saved_history(folder, sessions=3)
    edit(
        folder,
        "UPDATE exercises SET variant = 'extreme' WHERE id = 1",
        "UPDATE exercises SET reps_done = 'eight' WHERE id = 5",
        "UPDATE sessions SET started_at = '2026-13-45T08:00:00+01:00' WHERE id = 3",
    )


def test_bad_rows_are_left_out_and_counted_and_the_rest_is_read(tmp_path: Path) -> None:
    three_sessions_with_bad_rows(tmp_path)
    history = History.open(tmp_path)
    try:
        first, second = history.sessions()
        assert (first.id, second.id) == (1, 2)
        assert [entry.position for entry in first.exercises] == [1, 2]
        assert [entry.position for entry in second.exercises] == [0, 2]
        skipped = history.skipped
        assert skipped is not None
        # Two exercises, and the third session's row with its three exercises.
        assert skipped.rows == 6
        assert skipped.words() == (
            f"6 saved rows of {tmp_path / DATABASE_NAME} could not be read and were left out "
            "(a value this version does not know: variant 'extreme'). The file is left as it is."
        )
        # The plan still counts the days of the sessions it could read.
        assert plan_progress(history.sessions(), first.day, 14).days_done == 1
    finally:
        history.close()
    # Nothing was changed or deleted.
    assert read_rows(tmp_path / DATABASE_NAME, "SELECT count(*) FROM exercises") == [(9,)]


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE exercises SET ended_at = 'yesterday'", "ended_at 'yesterday'"),
        ("UPDATE exercises SET seconds = 'long'", "seconds 'long'"),
        ("UPDATE exercises SET sides = 'up'", "sides 'up'"),
        ("UPDATE exercises SET reps_done = '\u0661\u0660'", "reps_done '\u0661\u0660'"),
        ("UPDATE exercises SET reps_target = -3", "reps_target -3"),
        ("UPDATE sessions SET ended_at = '0001-01-01T00:00:00+00:00'", "ended_at '0001-01-01"),
        ("UPDATE sessions SET active_seconds = 'x'", "active_seconds 'x'"),
        ("UPDATE exercises SET variant = 'ext' || char(27) || '[31m'", "variant 'ext\\x1b[31m'"),
    ],
)
def test_each_kind_of_bad_value_is_named_inert(tmp_path: Path, statement: str, named: str) -> None:
    saved_history(tmp_path)
    edit(tmp_path, statement)
    history = History.open(tmp_path)
    try:
        sessions = history.sessions()
        skipped = history.skipped
        assert skipped is not None
        assert f"does not know: {named}" in skipped.words()
        assert "\x1b" not in skipped.words()
        assert len(sessions) + sum(len(s.exercises) for s in sessions) == 4 - skipped.rows
    finally:
        history.close()


def test_the_command_exports_the_rest_and_says_how_many_rows_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKPAIN_GUI_DATA_DIR", str(tmp_path))
    three_sessions_with_bad_rows(tmp_path)
    assert main(["history", "--csv"]) == 0
    printed = capsys.readouterr()
    _, *rows = csv.reader(io.StringIO(printed.out))
    assert [(row[0], row[8]) for row in rows] == [
        ("1", "rotation"),
        ("1", "bridge"),
        ("2", "tilt"),
        ("2", "bridge"),
    ]
    assert printed.err == (
        f"backpain-gui: 6 saved rows of {tmp_path / DATABASE_NAME} could not be read and were "
        "left out (a value this version does not know: variant 'extreme'). The file is left as "
        "it is.\n"
    )
    assert main(["history"]) == 0
    listed = capsys.readouterr()
    assert len(listed.out.splitlines()) == 2
    assert listed.err.startswith("backpain-gui: 6 saved rows of")


def test_a_history_read_without_a_bad_row_says_nothing(tmp_path: Path) -> None:
    saved_history(tmp_path)
    history = History.open(tmp_path)
    try:
        assert len(history.sessions()) == 1
        assert history.skipped is None
    finally:
        history.close()

"""How the back was, 0-10, before and after: saved with the session, read back and exported."""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.export import COLUMNS, write_csv
from backpain_gui.storage.history import History
from backpain_gui.storage.migrations import STEPS
from backpain_gui.storage.saved import SessionStatus
from tests.storage.history_runs import read_rows


def test_scores_before_and_after_are_saved_read_back_and_exported(history: History) -> None:
    first = history.start_session("Pilates", 5)
    assert first is not None
    history.record_pain(first, "before", 4)
    history.close_session(first, SessionStatus.FINISHED, 600.0)
    history.record_pain(first, "after", 2)
    skipped = history.start_session("Pilates", 5)
    assert skipped is not None
    history.close_session(skipped, SessionStatus.ENDED, 60.0)

    saved = history.sessions()
    assert [(s.pain_before, s.pain_after) for s in saved] == [(4, 2), (None, None)]
    out = io.StringIO()
    write_csv(saved, out)
    header, *rows = csv.reader(io.StringIO(out.getvalue()))
    before, after = header.index("pain_before"), header.index("pain_after")
    assert tuple(header) == COLUMNS
    assert [(row[before], row[after]) for row in rows] == [("4", "2"), ("", "")]


@pytest.mark.parametrize(("when", "score"), [("before", -1), ("after", 11), ("during", 3)])
def test_a_score_off_the_scale_is_refused(history: History, when: str, score: int) -> None:
    session = history.start_session("Pilates", 5)
    assert session is not None
    with pytest.raises(ValueError, match="0-10"):
        history.record_pain(session, when, score)


def test_a_schema_3_database_with_sessions_gains_the_scores_and_loses_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in (*STEPS[0], *STEPS[1], *STEPS[2]):
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 3")
        connection.execute(
            "INSERT INTO sessions (started_at, ended_at, status, routine, planned_exercises,"
            " active_seconds) VALUES ('2026-11-30T08:00:00+00:00', '2026-11-30T08:15:00+00:00',"
            " 'finished', 'Pilates', 5, 900.0)"
        )
    before = read_rows(path, "SELECT * FROM sessions")
    history = History.open(tmp_path)
    try:
        (session,) = history.sessions()
        assert (session.routine, session.seconds) == ("Pilates", 900.0)
        assert (session.pain_before, session.pain_after) == (None, None)
        history.record_pain(session.id, "after", 3)
    finally:
        history.close()
    after = read_rows(path, "SELECT * FROM sessions")
    assert after[0][: len(before[0])] == before[0]
    assert after[0][-3:] == (None, 3, None)
    assert read_rows(path, "PRAGMA user_version") == [(len(STEPS),)]

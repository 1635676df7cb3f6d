"""`backpain-gui history`: one line per saved session, in the user's language.

The words are the window's catalogues' (app/cli_words.py); dates stay `2026-12-03 18:05`,
which reads the same in every language, and the CSV (`--csv`, storage/export.py) keeps its
English header and values for the programs that read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from backpain_gui.app.cli_words import Words
from backpain_gui.session.records import Outcome
from backpain_gui.storage.saved import SessionEntry, SessionStatus


class HistoryList(Words):
    """The history's words (the context translators see)."""

    def status(self, status: SessionStatus) -> str:
        names = {
            SessionStatus.FINISHED: self.tr("finished"),
            SessionStatus.ENDED: self.tr("ended"),
            SessionStatus.INTERRUPTED: self.tr("interrupted"),
        }
        return names[status]

    def done(self, done: int, planned: int) -> str:
        return self.tr("{done} of %n exercise(s) done", "", planned).format(done=done)

    def none_yet(self) -> str:
        return self.tr("No sessions saved yet.")


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def write_history(sessions: Iterable[SessionEntry], out: TextIO) -> int:
    """Write one line per session (when, how it ended, what was done, how long) to `out`;
    how many sessions were written."""
    words = HistoryList()
    statuses = [words.status(status) for status in SessionStatus]
    width = max(len(status) for status in statuses)
    count = 0
    for session in sessions:
        done = sum(entry.outcome is Outcome.DONE for entry in session.results)
        status = words.status(session.status).ljust(width)
        what = words.done(done, session.planned_exercises)
        when = f"{session.started_at:%Y-%m-%d %H:%M}"
        out.write(f"{when}  {status}  {what}  {_minutes(session.seconds)}\n")
        count += 1
    if not count:
        out.write(words.none_yet() + "\n")
    return count

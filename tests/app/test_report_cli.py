"""`backpain-gui report --out FILE.pdf`: the report written where there is no display at all (as
CI runs it), naming the scores and the screening; an output it cannot write said in one line
with exit status 2, never a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun

ROOT = Path(__file__).resolve().parents[2]


def report(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    """`backpain-gui report ARGS` with no display: no DISPLAY, no Wayland, no Qt platform;
    under the locale `lang` where given."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL")
    }
    if lang is not None:
        environment["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "backpain_gui", "report", *args],
        cwd=ROOT,
        env={**environment, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def pdf_text(pdf: Path) -> str:
    """The text of `pdf`, laid out as on the page (pdftotext)."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout


def scored_session(before: int, after: int) -> None:
    """A finished session saved today with how the back was before and after."""
    history = History.open()
    try:
        run = RecordedRun(history)
        run.start()
        session_id = run.recording.session_id
        assert session_id is not None
        history.record_pain(session_id, "before", before)
        run.until_records(len(run.session.plan.exercises))
        history.record_pain(session_id, "after", after)
    finally:
        history.close()


def test_the_report_is_written_without_a_display(tmp_path: Path) -> None:
    scored_session(6, 3)
    out = tmp_path / "r.pdf"
    done = report("--out", str(out))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"Wrote your report for your physiotherapist to {out}: ")
    assert "1 session from" in done.stdout
    text = pdf_text(out)
    today = date.today()
    # The suite's user was screened today.
    screened = f"Red-flag screening: passed on {today:%d %B %Y}".replace(" 0", " ")
    assert screened in " ".join(text.split())
    # Today's line of the table of days: one session, all three exercises, 6 before, 3 after.
    assert re.search(rf"{today:%a %d %b}\s+1\s+3 of 3\s+6\s+3", text), text


def test_the_report_is_written_in_the_user_s_language(tmp_path: Path) -> None:
    scored_session(6, 3)
    out = tmp_path / "r.pdf"
    done = report("--out", str(out), lang="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        f"Bericht für Ihre Physiotherapie nach {out} geschrieben: 2 Seiten, 1 Sitzung vom "
    )
    text = pdf_text(out)
    words = " ".join(text.split())
    assert "Physiotherapie" in words
    # Not German dates inside English sentences: no English heading is left.
    assert "Days practised" not in words


@pytest.mark.parametrize(
    ("where", "why"),
    [
        ("no such folder/r.pdf", "No such file or directory"),
        (".", "it is a folder"),
    ],
)
def test_an_output_that_cannot_be_written_is_said_in_one_line(
    tmp_path: Path, where: str, why: str
) -> None:
    out = tmp_path / where
    done = report("--out", str(out))
    assert done.returncode == 2
    assert done.stderr == f"backpain-gui: cannot write the report to {out}: {why}\n"
    assert done.stdout == ""
    assert not (tmp_path / "no such folder").exists()


def test_the_output_must_be_named(tmp_path: Path) -> None:
    done = report()
    assert done.returncode == 2
    assert "the following arguments are required: --out" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_routine_is_no_option_of_the_report(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "backpain_gui", "--routine", "x.yaml", "report", "--out", "r.pdf"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--routine is not used by the report command: it covers every session" in done.stderr
    assert not (tmp_path / "r.pdf").exists()

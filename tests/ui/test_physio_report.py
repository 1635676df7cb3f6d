"""The report for a physiotherapist, read back as its reader gets it: the PDF's text (pdftotext)
names the screening, the routine and the variants done, the days practised, the stops and each
day's scores; four busy weeks fit two A4 pages; routine text is printed as the characters it is;
and the pages are greys only, so a black-and-white printer loses nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from backpain_gui.content.model import Variant
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.session.records import Outcome
from backpain_gui.storage.pain_trend import report_facts
from backpain_gui.storage.saved import SessionEntry, SessionStatus
from backpain_gui.ui.physio_report import write_report
from tests.storage.history_runs import saved

TODAY = date(2026, 12, 3)
HOSTILE = "<b>x</b><img src='/etc/passwd'> \u202etxt.exe"
HEADINGS = (
    "Pain before and after",
    "Stopped because it hurt",
    "Days practised",
    "Routine and variants done",
    "Each day practised",
)


def poppler(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is not installed; run scripts/system-deps.sh test (make test does)")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext lays it out, rows of a table on one line."""
    return subprocess.run(
        [poppler("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(
        [poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert found is not None, info
    return int(found.group(1))


def session(
    back: int,
    before: int | None,
    after: int | None,
    session_id: int,
    routine: str = "Pilates for the lower back",
    hurt: bool = False,
    modification: bool = False,
) -> SessionEntry:
    day = TODAY - timedelta(days=back)
    outcomes = (Outcome.DONE, Outcome.PARTIAL) if hurt else (Outcome.DONE,) * 3
    made = saved(day, session_id=session_id, outcomes=outcomes)
    exercises = tuple(
        replace(entry, variant=Variant.MODIFICATION)
        if modification and entry.position == 1
        else entry
        for entry in made.exercises
    )
    return replace(
        made,
        routine=routine,
        exercises=exercises,
        pain_before=before,
        pain_after=after,
        status=SessionStatus.ENDED if hurt else made.status,
        stopped_because=IT_HURTS if hurt else None,
    )


def test_the_report_names_the_screening_routine_variants_stops_and_scores(
    qapp, tmp_path: Path
) -> None:
    sessions = [
        session(3, 6, 5, 1),
        session(2, 5, 4, 2, modification=True),
        session(1, 5, 7, 3, hurt=True),
        session(0, 4, 2, 4),
    ]
    facts = report_facts(sessions, TODAY, date(2026, 11, 20), 9, TODAY - timedelta(days=40))
    out = tmp_path / "report.pdf"
    assert write_report(out, facts) == pdf_pages(out) <= 2
    text = pdf_text(out)
    words = " ".join(text.split())
    assert "Back exercise report for your physiotherapist" in words
    assert "From 6 November 2026 to 3 December 2026 (28 days)" in words
    assert "Red-flag screening: passed on 20 November 2026." in words
    assert "Days practised: 3 of 28." in words
    assert "4 in these days, 9 sessions since 24 October 2026" in words
    assert "Routine: Pilates for the lower back (4 sessions)." in words
    assert re.search(r"Exercise 2\s+Standard 2 times, Modification 1 time", text)
    assert re.search(r"Wed 02 Dec 2026, 08:00\s+Exercise 2\s+5\s+7", text), text
    # Each day's row: sessions, exercises done, pain before, pain after, notes.
    assert re.search(r"Wed 02 Dec\s+1\s+1 of 3\s+5\s+7\s+stopped: it hurts", text)
    assert re.search(r"Thu 03 Dec\s+1\s+3 of 3\s+4\s+2\s*$", text, re.MULTILINE)
    # No heading is left alone at the foot of a page, its section on the next.
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if len(lines) > 1:
            assert not lines[-2].startswith(HEADINGS), page
    # The calendar: the days of the period, those practised marked.
    assert re.search(r"30 Nov\s+30 \+\+\s+1 \+\+\s+2\s*-\s*!\s+3 \+\+", text), text


def test_without_a_screening_or_sessions_the_report_says_so(qapp, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    write_report(out, report_facts([], TODAY, None, 0, None))
    words = " ".join(pdf_text(out).split())
    assert "Red-flag screening: not done." in words
    assert "Sessions: 0 in these days, no sessions saved." in words
    assert "No session was stopped because it hurt." in words
    assert pdf_pages(out) == 1


def test_four_busy_weeks_fit_two_pages(qapp, tmp_path: Path) -> None:
    # Two sessions a day for four weeks, each with its scores, some stopped.
    sessions = [
        session(back, 5, 4, session_id=2 * (27 - back) + extra + 1, hurt=(back % 9 == 0))
        for back in range(27, -1, -1)
        for extra in range(2)
    ]
    out = tmp_path / "busy.pdf"
    facts = report_facts(sessions, TODAY, TODAY, len(sessions), TODAY - timedelta(days=27))
    assert write_report(out, facts) == pdf_pages(out) == 2
    assert "Page 2 of 2" in pdf_text(out)


def test_routine_text_is_printed_as_the_characters_it_is(qapp, tmp_path: Path) -> None:
    facts = report_facts([session(0, 3, 3, 1, routine=HOSTILE, hurt=True)], TODAY, None, 1, TODAY)
    out = tmp_path / "hostile.pdf"
    write_report(out, facts)
    words = " ".join(pdf_text(out).split())
    # The markup as text, and the right-to-left override written out, not obeyed.
    assert "Routine: <b>x</b><img src='/etc/passwd'> \\u202etxt.exe (1 session)." in words


def test_the_pages_are_greys_only(qapp, tmp_path: Path) -> None:
    sessions = [session(2, 6, 4, 1), session(1, 4, 6, 2, hurt=True), session(0, 3, 2, 3)]
    out = tmp_path / "grey.pdf"
    write_report(out, report_facts(sessions, TODAY, TODAY, 3, TODAY))
    subprocess.run(
        [poppler("pdftoppm"), "-r", "40", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
        timeout=30,
    )
    (page,) = tmp_path.glob("page*.ppm")
    header, width, height, _depth, pixels = page.read_bytes().split(maxsplit=4)
    assert header == b"P6"
    triples = [pixels[i : i + 3] for i in range(0, int(width) * int(height) * 3, 3)]
    # Something is printed, in several greys (text, marks, shaded days), and nothing in colour.
    assert len(set(triples)) > 3
    assert all(max(rgb) - min(rgb) <= 6 for rgb in set(triples))

"""The history window: the heatmap of every session, the pain chart of the last four weeks, the
sessions newest first with their exercises, the totals per week, Export CSV writing what
`history --csv` prints, the report for a physiotherapist saved as a PDF, rows it cannot read
said and left out, and what it says shown as text, never markup."""

from __future__ import annotations

import io
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QTreeWidgetItem

from backpain_gui.session.pain import IT_HURTS
from backpain_gui.storage.export import write_csv
from backpain_gui.storage.history import History, SessionPage
from backpain_gui.storage.progress import DayMark
from backpain_gui.ui import history_window
from backpain_gui.ui.history_window import HistoryWindow
from tests.storage.history_runs import RecordedRun, WallClock, sessions_on

TODAY = date(2026, 11, 20)


@pytest.fixture
def wall() -> WallClock:
    return WallClock(datetime.combine(TODAY, time(8, 0)).astimezone())


@pytest.fixture
def history(tmp_path: Path, wall: WallClock) -> Iterator[History]:
    opened = History.open(tmp_path / "history", clock=wall)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, history: History) -> HistoryWindow:
    made = HistoryWindow(history, plan_days=14, today=lambda: TODAY)
    qtbot.addWidget(made)
    return made


def line_texts(item: QTreeWidgetItem | None) -> list[str]:
    """A line of the session list: when or exercise, result, variant, reps."""
    assert item is not None
    return [item.text(column) for column in range(4)]


def row_texts(table: QTableWidget, row: int) -> list[str]:
    """A row of the weeks table: week, days that count, sessions, exercises done."""
    cells = [table.item(row, column) for column in range(4)]
    return [cell.text() if cell is not None else "" for cell in cells]


def two_weeks_and_today(history: History, wall: WallClock) -> RecordedRun:
    """Sessions on 2 days of the week before last and today; today's went back and was left."""
    sessions_on(history, wall, [date(2026, 11, 9), date(2026, 11, 12)])
    today = RecordedRun(history)
    today.start()
    today.until_records(2)
    today.do(lambda session, now: session.back(now))
    return today


# The offscreen platform says this once per process, for the first window shown; xcb does not.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_list_shows_sessions_newest_first_with_their_exercises(
    qtbot, window: HistoryWindow, history: History, wall: WallClock
) -> None:
    two_weeks_and_today(history, wall)
    window.show()
    qtbot.waitExposed(window)
    tree = window.sessions
    assert tree.topLevelItemCount() == 3
    latest = tree.topLevelItem(0)
    assert latest is not None
    # Shown, the window reads the history: today's session is there without a refresh.
    assert (latest.text(0), latest.text(1)) == ("Fri 20 Nov 2026, 08:00", "Interrupted")
    assert latest.text(3) == "1 of 3 exercises done"
    assert [line_texts(latest.child(row)) for row in range(latest.childCount())] == [
        ["Tilt", "Done", "Standard", "2 of 2"],
        ["Rotation", "Redone later", "Standard", "2 + 2 of 2 each side"],
    ]
    oldest = tree.topLevelItem(2)
    assert oldest is not None
    assert (oldest.text(0), oldest.text(1)) == ("Mon 09 Nov 2026, 08:00", "Finished")
    assert window.progress.text().startswith("Day 3 of 14  -  No streak yet")
    assert "3 sessions in all" in window.progress.text()


def test_the_session_being_recorded_shows_as_in_progress(
    window: HistoryWindow, history: History, wall: WallClock
) -> None:
    run = two_weeks_and_today(history, wall)
    window.live_session = run.recording.session_id
    window.refresh()
    latest = window.sessions.topLevelItem(0)
    assert latest is not None
    assert latest.text(1) == "In progress"


def test_the_weeks_are_totalled_newest_first(
    window: HistoryWindow, history: History, wall: WallClock
) -> None:
    two_weeks_and_today(history, wall)
    window.refresh()
    table = window.weeks
    assert [row_texts(table, row) for row in range(table.rowCount())] == [
        ["Mon 16 Nov 2026", "0 of 7", "1", "1"],
        ["Mon 09 Nov 2026", "2 of 7", "2", "6"],
    ]


def test_the_heatmap_holds_every_session_since_the_first(
    window: HistoryWindow, history: History, wall: WallClock
) -> None:
    sessions_on(history, wall, [TODAY - timedelta(days=100), TODAY])
    window.refresh()
    state = window.calendar.state
    assert state.first <= TODAY - timedelta(days=100)
    assert state.marks[TODAY - timedelta(days=100)] is DayMark.ALL_DONE
    # From the week of 10 Aug to the week of 16 Nov.
    assert state.weeks == 15
    # At least 12 pixels a day: a long history scrolls rather than shrinks to dots.
    assert window.calendar.minimumSizeHint().width() >= 16 * 12


def test_export_csv_writes_what_the_command_prints(
    window: HistoryWindow, history: History, wall: WallClock, tmp_path: Path, monkeypatch
) -> None:
    two_weeks_and_today(history, wall)
    chosen = tmp_path / "my history.csv"
    monkeypatch.setattr(
        history_window.CsvExportDialog, "ask", classmethod(lambda cls, parent: chosen)
    )
    window.export_button.click()
    printed = io.StringIO()
    write_csv(history.sessions(), printed)
    assert chosen.read_text(encoding="utf-8") == printed.getvalue()
    assert window.export_status.text() == f"Exported 3 sessions to {chosen}"


def test_an_export_that_cannot_be_written_says_so(
    window: HistoryWindow, tmp_path: Path, monkeypatch
) -> None:
    nowhere = tmp_path / "no such folder" / "history.csv"
    monkeypatch.setattr(
        history_window.CsvExportDialog, "ask", classmethod(lambda cls, parent: nowhere)
    )
    window.export_button.click()
    assert window.export_status.text().startswith(f"Could not write {nowhere}: No such file")
    assert not nowhere.exists()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_window_opens_inside_its_screen_with_export_and_close_on_it(
    qtbot, window: HistoryWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    # The offscreen screen is 800 wide: less than the 1000 the window would like.
    available = QApplication.primaryScreen().availableGeometry()
    assert available.contains(window.frameGeometry())
    for button in (window.export_button, window.close_button):
        place = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert available.contains(place), button.text()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_on_a_small_screen_the_history_scrolls_and_export_and_close_stay_in_sight(
    qtbot, window: HistoryWindow, history: History, wall: WallClock
) -> None:
    two_weeks_and_today(history, wall)
    window.show()
    qtbot.waitExposed(window)
    window.resize(480, 360)
    qtbot.waitUntil(lambda: window.size() == QSize(480, 360))
    for button in (window.export_button, window.close_button):
        assert button.isVisible()
        place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert window.rect().contains(place), button.text()
    # The heatmap and the lists are a scroll away.
    viewport = window.scroll_area.viewport()
    window.scroll_area.ensureWidgetVisible(window.sessions)
    assert QRect(window.sessions.mapTo(viewport, QPoint(0, 0)), window.sessions.size()).intersects(
        viewport.rect()
    )


def test_rows_the_history_cannot_read_are_said_and_the_rest_shown(
    window: HistoryWindow, history: History, wall: WallClock, tmp_path: Path, monkeypatch
) -> None:
    sessions_on(history, wall, [date(2026, 11, 9), date(2026, 11, 12)])
    with closing(sqlite3.connect(history.path)) as connection:
        connection.execute("UPDATE exercises SET reps_done = 'eight' WHERE id = 2")
        connection.commit()
    window.refresh()
    assert window.sessions.topLevelItemCount() == 2
    assert not window.skipped.isHidden()
    assert window.skipped.text() == (
        f"1 saved row of {history.path} could not be read and was left out (a value this "
        "version does not know: reps_done 'eight'). The file is left as it is."
    )
    chosen = tmp_path / "export.csv"
    monkeypatch.setattr(
        history_window.CsvExportDialog, "ask", classmethod(lambda cls, parent: chosen)
    )
    window.export_button.click()
    assert window.export_status.text() == (
        f"Exported 2 sessions to {chosen}; 1 unreadable row left out"
    )
    assert len(chosen.read_text(encoding="utf-8").splitlines()) == 1 + 5


def test_a_history_read_in_full_says_nothing_of_skipped_rows(
    window: HistoryWindow, history: History, wall: WallClock
) -> None:
    sessions_on(history, wall, [date(2026, 11, 9)])
    window.refresh()
    assert window.skipped.isHidden()


def test_what_the_history_says_is_shown_as_text_never_markup(
    qtbot, window: HistoryWindow, history: History, wall: WallClock, tmp_path: Path, monkeypatch
) -> None:
    # A path, a problem and an export status can hold anything a file name can.
    chosen = tmp_path / "<img src='x'>.csv"
    monkeypatch.setattr(
        history_window.CsvExportDialog, "ask", classmethod(lambda cls, parent: chosen)
    )
    history.problem = "<b>bold</b> <img src='/dev/zero'>"
    window.refresh()
    window.export_button.click()
    for label in (window.progress, window.skipped, window.rule, window.export_status):
        assert label.textFormat() is Qt.TextFormat.PlainText
    assert window.progress.text().endswith("<b>bold</b> <img src='/dev/zero'>")


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_list_fills_a_page_at_a_time_and_scrolled_shows_every_session(
    qtbot, window: HistoryWindow, history: History, wall: WallClock, monkeypatch
) -> None:
    monkeypatch.setattr(history_window, "SESSIONS_PAGE", 4)
    days = [TODAY - timedelta(days=back) for back in range(11, -1, -1)]
    sessions_on(history, wall, days)
    reads: list[int | None] = []
    paged = history.page

    def page(before: int | None, count: int) -> SessionPage:
        reads.append(before)
        return paged(before, count)

    monkeypatch.setattr(history, "page", page)
    window.resize(600, 400)
    window.show()
    # As the main window opens it: shown, then refreshed; the history is read from the top
    # once, a page at a time, and only as far as the list is in sight.
    window.refresh()
    qtbot.waitExposed(window)
    tree = window.sessions
    bar = tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert reads[0] is None
    assert reads.count(None) == 1
    assert tree.topLevelItemCount() < len(days)
    assert window.more_sessions
    # The user scrolls to the end, with the End key, until nothing more comes.
    tree.setFocus()
    while window.more_sessions:
        listed = tree.topLevelItemCount()
        QTest.keyClick(tree, Qt.Key.Key_End)
        qtbot.waitUntil(
            lambda listed=listed: tree.topLevelItemCount() > listed or not window.more_sessions
        )
    assert reads.count(None) == 1
    texts = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    assert texts == [day.strftime("%a %d %b %Y, 08:00") for day in reversed(days)]


def scored_sessions(history: History, wall: WallClock) -> None:
    """Sessions on 18 and 19 Nov with their scores; the one of the 19th stopped: it hurts."""
    sessions_on(history, wall, [date(2026, 11, 18)])
    history.record_pain(1, "before", 4)
    history.record_pain(1, "after", 2)
    kept = wall.now
    wall.now = datetime.combine(date(2026, 11, 19), time(8, 0)).astimezone()
    run = RecordedRun(history)
    run.start()
    run.until_records(1)
    run.do(lambda session, now: session.end(now))
    wall.now = kept
    history.record_pain(2, "before", 5)
    history.record_stop(2, IT_HURTS)


def test_the_pain_chart_shows_each_session_scores_and_stops(
    window: HistoryWindow, history: History, wall: WallClock
) -> None:
    scored_sessions(history, wall)
    window.refresh()
    chart = window.pain_chart
    assert (chart.trend.first, chart.trend.last) == (TODAY - timedelta(days=27), TODAY)
    assert [(p.pain_before, p.pain_after, p.it_hurt) for p in chart.trend.points] == [
        (4, 2, False),
        (5, None, True),
    ]
    assert "Wed 18 Nov, 08:00: pain 4 before, 2 after" in chart.accessibleDescription()
    assert window.pain_words.text() == (
        "Latest: Thu 19 Nov, pain 5 before, no score after. Stopped because it hurt: 1 time."
    )
    assert window.pain_words.textFormat() is Qt.TextFormat.PlainText


def test_without_sessions_the_chart_says_there_are_none(window: HistoryWindow) -> None:
    window.refresh()
    assert window.pain_chart.trend.points == ()
    assert window.pain_words.text() == "No sessions in these weeks yet."


def test_the_report_button_saves_a_pdf_that_names_the_scores_and_screening(
    qtbot, history: History, wall: WallClock, tmp_path: Path, monkeypatch
) -> None:
    scored_sessions(history, wall)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("safety/screening_passed_on", "2026-11-02")
    window = HistoryWindow(history, plan_days=14, today=lambda: TODAY, settings=settings)
    qtbot.addWidget(window)
    chosen = tmp_path / "for the physio.pdf"
    suggested: list[Path] = []

    def ask(cls: object, parent: object, offered: Path) -> Path:
        suggested.append(offered)
        return chosen

    monkeypatch.setattr(history_window.ReportSaveDialog, "ask", classmethod(ask))
    window.report_button.click()
    assert suggested == [Path.home() / "backpain-gui-report-2026-11-20.pdf"]
    assert window.export_status.text() == (
        f"Saved your report for your physiotherapist (2 pages) to {chosen}"
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(chosen), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    assert "Red-flag screening: passed on 2 November 2026." in text
    assert re.search(r"Wed 18 Nov\s+1\s+3 of 3\s+4\s+2", text), text
    assert re.search(r"Thu 19 Nov\s+1\s+1 of 3\s+5\s+-\s+stopped: it hurts", text), text


def test_a_report_that_cannot_be_written_says_so_and_names_the_file(
    window: HistoryWindow, tmp_path: Path, monkeypatch
) -> None:
    nowhere = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(
        history_window.ReportSaveDialog, "ask", classmethod(lambda cls, parent, offered: nowhere)
    )
    window.report_button.click()
    assert window.export_status.text() == (
        f"Could not write the report to {nowhere}: No such file or directory"
    )
    assert not nowhere.exists()


def test_a_cancelled_report_writes_nothing_and_says_nothing(
    window: HistoryWindow, monkeypatch
) -> None:
    monkeypatch.setattr(
        history_window.ReportSaveDialog, "ask", classmethod(lambda cls, parent, offered: None)
    )
    window.report_button.click()
    assert window.export_status.text() == ""

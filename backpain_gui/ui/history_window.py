"""The history window: a calendar heatmap of the sessions, the pain chart of the last weeks,
the sessions with their exercises, the totals per week, the whole history exported as CSV, and
the report for a physiotherapist written as a PDF.

Its words are in the UI language, its dates and numbers written by QLocale; the CSV it exports
and the names of the files it suggests stay as they are in every language (machine formats).

However long the history, opening the window reads a page: the counts and the heatmap come
from the history's kept marks, and the lists fill a page at a time as they are scrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.session.records import Outcome
from backpain_gui.session.screening import read_date
from backpain_gui.storage.export import write_csv
from backpain_gui.storage.history import History, SessionPage
from backpain_gui.storage.pain_trend import (
    gather_report,
    pain_trend,
    period,
    sessions_since,
)
from backpain_gui.storage.progress import DAY_RULE, WeekTotal
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus
from backpain_gui.ui.pain_chart import PainChart
from backpain_gui.ui.pain_trend_words import trend_summary
from backpain_gui.ui.physio_report import write_report
from backpain_gui.ui.plan_calendar import (
    PLAN_SCREEN_WEEKS,
    DayCalendar,
    day_text,
    legend_html,
    monday_of,
    plan_day_words,
    streak_words,
)
from backpain_gui.ui.screening_dialog import PASSED_KEY
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, counted, translate
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.views import OUTCOME_WORDS
from backpain_gui.ui.window_size import fit_dialog
from backpain_gui.ui.words import VARIANT_WORDS, clock_text, local_moment

STATUS_WORDS = TranslatedWords(
    "HistoryWindow",
    {
        SessionStatus.FINISHED: QT_TRANSLATE_NOOP("HistoryWindow", "Finished"),
        SessionStatus.ENDED: QT_TRANSLATE_NOOP("HistoryWindow", "Ended early"),
        SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryWindow", "Interrupted"),
    },
)

# The lists' headings in English, each looked up in the UI language where it is shown.
SESSION_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryWindow", "When"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Result"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Variant"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Reps"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Time"),
)
# Rows read at a time: more than a screen holds, so the first page fills the list, and small
# enough to read in a few milliseconds.
SESSIONS_PAGE = 100
WEEKS_PAGE = 52
# The heatmap's longest reach back: two years of days still tell apart at 12 px a square;
# older sessions are in the lists.
HEATMAP_WEEKS = 104
WEEK_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryWindow", "Week of"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Days that count"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Sessions"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Exercises done"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Time"),
)


class HistoryWords(QObject):
    """The history window's words that follow a count ("1 session", "3 sessions"), in the UI
    language; a class because lupdate reads plural forms from `self.tr(text, "", n)` alone."""

    def exercises_done(self, done: int, planned: int) -> str:
        """A session's line: "1 of 3 exercises done"."""
        text = counted(self.tr("{done} of %n exercise(s) done", "", planned), planned)
        return text.format(done=QLocale().toString(done))

    def sessions_in_all(self, total: int) -> str:
        """ "12 sessions in all"."""
        return counted(self.tr("%n session(s) in all", "", total), total)

    def exported(self, count: int, path: Path) -> str:
        """What Export CSV wrote, and where."""
        return counted(self.tr("Exported %n session(s) to {path}", "", count), count).format(
            path=path
        )

    def rows_left_out(self, text: str, rows: int) -> str:
        """`text` (what was exported), and the unreadable rows it left out."""
        words = counted(self.tr("{text}; %n unreadable row(s) left out", "", rows), rows)
        return words.format(text=text)

    def report_saved(self, pages: int, path: Path) -> str:
        """Where the report was saved, and how many pages it has."""
        text = self.tr(
            "Saved your report for your physiotherapist (%n page(s)) to {path}", "", pages
        )
        return counted(text, pages).format(path=path)


HISTORY_WORDS = HistoryWords()


def _columns(names: tuple[str, ...]) -> list[str]:
    """Headings marked in English, in the UI language."""
    return [translate("HistoryWindow", name) for name in names]


def _moment_text(moment: datetime) -> str:
    """When a session started, as its line says it: "Fri 20 Nov 2026, 08:00"."""
    # The pattern is the translator's: the order of day, month, year and time is the language's.
    return local_moment(moment, translate("HistoryWindow", "ddd dd MMM yyyy, HH:mm"))


class CsvExportDialog:
    """Asks where to save the CSV export; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        """The file the user chose, or None when they cancelled."""
        # The file's name stays English in every language, as the CSV's header and values do:
        # programs read them.
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("HistoryWindow", "Export your history as CSV"),
            str(Path.home() / "backpain-gui-history.csv"),
            translate("HistoryWindow", "CSV files (*.csv)"),
        )
        return Path(chosen) if chosen else None


class ReportSaveDialog:
    """Asks where to save the report for a physiotherapist; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> Path | None:
        """The file the user chose, or None when they cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("HistoryWindow", "Save the report for your physiotherapist"),
            str(suggested),
            translate("HistoryWindow", "PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None


def report_file_name(today: date) -> str:
    """The report's suggested file name, dated so that reports do not overwrite each other.

    The same in every language (an ISO date, English words): a file name, not a sentence."""
    return f"backpain-gui-report-{today.isoformat()}.pdf"


def _reps_words(entry: ExerciseEntry) -> str:
    locale = QLocale()
    done = " + ".join(locale.toString(count) for count in entry.reps_done)
    if len(entry.reps_done) > 1:
        text = translate("HistoryWindow", "{done} of {reps} each side")
    else:
        text = translate("HistoryWindow", "{done} of {reps}")
    return text.format(done=done, reps=locale.toString(entry.reps_target))


def session_words(session: SessionEntry, live_session: int | None = None) -> tuple[str, ...]:
    """A session's line in the list: when, how it ended, what was done, how long."""
    if session.id == live_session:
        status = translate("HistoryWindow", "In progress")
    else:
        status = STATUS_WORDS[session.status]
    done = sum(entry.outcome is Outcome.DONE for entry in session.results)
    return (
        _moment_text(session.started_at),
        status,
        "",
        HISTORY_WORDS.exercises_done(done, session.planned_exercises),
        clock_text(session.seconds),
    )


def exercise_words(entry: ExerciseEntry) -> tuple[str, ...]:
    """An exercise's line under its session."""
    if entry.redone:
        outcome = translate("HistoryWindow", "Redone later")
    else:
        outcome = OUTCOME_WORDS[entry.outcome]
    return (
        entry.name,
        outcome,
        VARIANT_WORDS[entry.variant],
        _reps_words(entry),
        clock_text(entry.seconds),
    )


class HistoryWindow(QDialog):
    """Every saved session: heatmap, pain chart, list, weekly totals, Export CSV, and the
    report for a physiotherapist.

    It reads the history afresh each time it is shown, and on `refresh` when the history has
    changed since. `live_session` is the id of a session this run is recording, shown as in
    progress rather than interrupted. `settings` holds the screening's date, which the report
    names (default: the app's QSettings).
    """

    def __init__(
        self,
        history: History,
        plan_days: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.settings = settings if settings is not None else QSettings()
        self.plan_days = plan_days
        self.live_session: int | None = None
        self._today = today
        # What the window last showed: the history's state, the live session, the plan, today.
        self._shown: tuple[object, ...] | None = None
        # Where the next page of each list starts; None once the list holds everything.
        self._sessions_before: int | None = None
        self._more_sessions = False
        self._weeks_before: date | None = None
        self._more_weeks = False
        self.setWindowTitle(self.tr("Session history"))
        # The settings dialog's type: read at the laptop, but from a mat's edge too.
        apply_size(self, "body", 768)
        self.progress = QLabel()
        # What the history says (routine titles, file paths) is shown as text, never markup.
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        # Rows the history could not read, and why: said here, since they are not listed.
        self.skipped = QLabel()
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped.setWordWrap(True)
        self.skipped.hide()
        self.rule = QLabel(translate("Progress", DAY_RULE))
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.rule.setWordWrap(True)
        self.rule.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.calendar = DayCalendar(today())
        heatmap = QScrollArea()
        heatmap.setWidgetResizable(True)
        heatmap.setFrameShape(QFrame.Shape.NoFrame)
        heatmap.setWidget(self.calendar)
        # Day squares of 20 px: they tell apart, and leave the lists room on a small screen.
        heatmap.setMinimumHeight(8 * 20)
        legend = QLabel(legend_html())
        legend.setTextFormat(Qt.TextFormat.RichText)
        chart_title = QLabel(self.tr("How your back was, 0-10, before and after each session"))
        chart_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = chart_title.font()
        bold.setBold(True)
        chart_title.setFont(bold)
        self.pain_chart = PainChart()
        # The chart in a line of words, beside the screen reader's fuller description.
        self.pain_words = QLabel()
        self.pain_words.setTextFormat(Qt.TextFormat.PlainText)
        self.pain_words.setWordWrap(True)
        self.sessions = self._make_session_list()
        self.weeks = self._make_week_table()
        tabs = QTabWidget()
        tabs.addTab(self.sessions, self.tr("Sessions"))
        tabs.addTab(self.weeks, self.tr("Weeks"))
        self.export_button = QPushButton(self.tr("Export CSV..."))
        self.report_button = QPushButton(self.tr("Report for your physiotherapist..."))
        self.report_button.setAccessibleName(
            self.tr("Save a report for your physiotherapist as PDF")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.export_status = QLabel()
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setWordWrap(True)
        self._connect_signals()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        # Everything but the buttons and what they said scrolls, so that they stay in sight
        # on a small screen.
        shown = QWidget()
        stacked = QVBoxLayout(shown)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.progress)
        stacked.addWidget(self.skipped)
        stacked.addWidget(self.rule)
        stacked.addWidget(heatmap)
        stacked.addWidget(legend)
        stacked.addWidget(chart_title)
        stacked.addWidget(self.pain_chart)
        stacked.addWidget(self.pain_words)
        stacked.addWidget(tabs, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.export_status)
        layout.addLayout(buttons)
        fit_dialog(self)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.report_button.clicked.connect(self.on_report_button_clicked)
        self.close_button.clicked.connect(self.close)
        # Scrolled near the end, or laid out (or resized) so the end is in sight: the list
        # lays its rows out after they are added, so its range, not the adding, says so.
        sessions, weeks = self.sessions.verticalScrollBar(), self.weeks.verticalScrollBar()
        sessions.valueChanged.connect(self.on_sessions_scrolled)
        sessions.rangeChanged.connect(lambda: self.on_sessions_scrolled(sessions.value()))
        weeks.valueChanged.connect(self.on_weeks_scrolled)
        weeks.rangeChanged.connect(lambda: self.on_weeks_scrolled(weeks.value()))

    def _make_session_list(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(SESSION_COLUMNS))
        tree.setHeaderLabels(_columns(SESSION_COLUMNS))
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setAccessibleName(self.tr("Your sessions, newest first, each with its exercises"))
        return tree

    def _make_week_table(self) -> QTableWidget:
        table = QTableWidget(0, len(WEEK_COLUMNS))
        table.setHorizontalHeaderLabels(_columns(WEEK_COLUMNS))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Totals per week"))
        return table

    def showEvent(self, event: QShowEvent) -> None:
        # Each opening reads afresh, even a history unchanged since the window last showed it.
        self._shown = None
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the history again and show it; nothing to do when it has not changed since."""
        today = self._today()
        shown = (self.history.changes(), self.live_session, self.plan_days, today)
        if shown == self._shown:
            return
        self._shown = shown
        progress = self.history.progress(None, today, self.plan_days)
        total = self.history.count()
        self.progress.setText(
            self.tr("{day}  -  {streak}  -  {sessions}").format(
                day=plan_day_words(progress),
                streak=streak_words(progress),
                sessions=HISTORY_WORDS.sessions_in_all(total),
            )
        )
        if self.history.problem:
            self.progress.setText(f"{self.progress.text()}\n{self.history.problem}")
        skipped = self.history.skipped
        self.skipped.setText("" if skipped is None else skipped.words())
        self.skipped.setVisible(skipped is not None)
        self._show_heatmap(today)
        self.sessions.clear()
        # The newest page, read once: the list's first page and, mostly, all the chart needs.
        newest = self.history.page(None, SESSIONS_PAGE)
        self._show_pain(today, newest)
        self._list_sessions(newest)
        latest = self.sessions.topLevelItem(0)
        if latest is not None:
            # Open: it is the session the user most likely came to see.
            latest.setExpanded(True)
        self.weeks.setRowCount(0)
        self._weeks_before, self._more_weeks = None, True
        self.fetch_more_weeks()

    def _show_heatmap(self, today: date) -> None:
        earliest = monday_of(today) - timedelta(weeks=HEATMAP_WEEKS - 1)
        first = max(self.history.first_day() or today, earliest)
        first = min(first, monday_of(today) - timedelta(weeks=PLAN_SCREEN_WEEKS - 1))
        marks = self.history.day_marks(None, monday_of(first), today)
        self.calendar.show_marks(marks, today, first)

    def _show_pain(self, today: date, newest: SessionPage) -> None:
        first, last = period(today)
        trend = pain_trend(sessions_since(self.history, first, newest), first, last)
        self.pain_chart.show_trend(trend)
        self.pain_words.setText(trend_summary(trend))

    @property
    def more_sessions(self) -> bool:
        """Whether older sessions are still to be listed (scrolling down lists them)."""
        return self._more_sessions

    @property
    def more_weeks(self) -> bool:
        """Whether older weeks are still to be listed (scrolling down lists them)."""
        return self._more_weeks

    def fetch_more_sessions(self) -> None:
        """List the next page of older sessions."""
        if self._more_sessions:
            self._list_sessions(self.history.page(self._sessions_before, SESSIONS_PAGE))

    def _list_sessions(self, page: SessionPage) -> None:
        self._sessions_before, self._more_sessions = page.before, page.before is not None
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        items = []
        for session in page.sessions:
            item = QTreeWidgetItem(list(session_words(session, self.live_session)))
            for entry in session.exercises:
                line = QTreeWidgetItem(list(exercise_words(entry)))
                if entry.redone:
                    for column in range(len(SESSION_COLUMNS)):
                        line.setForeground(column, faint)
                item.addChild(line)
            items.append(item)
        self.sessions.addTopLevelItems(items)

    def fetch_more_weeks(self) -> None:
        """List the next page of older weeks."""
        if not self._more_weeks:
            return
        weeks = self.history.week_totals(self._weeks_before, WEEKS_PAGE)
        self._more_weeks = len(weeks) == WEEKS_PAGE
        if weeks:
            self._weeks_before = weeks[-1].monday
        first = self.weeks.rowCount()
        self.weeks.setRowCount(first + len(weeks))
        for row, week in enumerate(weeks, start=first):
            self._fill_week(row, week)

    def _fill_week(self, row: int, week: WeekTotal) -> None:
        locale = QLocale()
        cells = (
            day_text(week.monday),
            self.tr("{days} of {week}").format(
                days=locale.toString(week.days_counted), week=locale.toString(7)
            ),
            locale.toString(week.sessions),
            locale.toString(week.exercises_done),
            clock_text(week.seconds),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.weeks.setItem(row, column, item)

    @Slot(int)
    def on_sessions_scrolled(self, value: int) -> None:
        bar = self.sessions.verticalScrollBar()
        # Within a screen of the end: the next page is there before the user reaches it.
        if value >= bar.maximum() - bar.pageStep():
            self.fetch_more_sessions()

    @Slot(int)
    def on_weeks_scrolled(self, value: int) -> None:
        bar = self.weeks.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep():
            self.fetch_more_weeks()

    @Slot()
    def on_export_button_clicked(self) -> None:
        path = CsvExportDialog.ask(self)
        if path is None:
            return
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                # Streamed: written as it is read, never the whole history in memory.
                count = write_csv(self.history.each_session(), out)
        except OSError as error:
            self.export_status.setText(
                self.tr("Could not write {path}: {why}").format(
                    path=path, why=error.strerror or error
                )
            )
            return
        text = HISTORY_WORDS.exported(count, path)
        if not self.history.readable:
            text = self.tr("{text}, then the history could not be read further: {why}").format(
                text=text, why=self.history.problem
            )
        skipped = self.history.skipped
        if skipped is not None:
            text = HISTORY_WORDS.rows_left_out(text, skipped.rows)
        self.export_status.setText(text)

    @Slot()
    def on_report_button_clicked(self) -> None:
        today = self._today()
        path = ReportSaveDialog.ask(self, Path.home() / report_file_name(today))
        if path is None:
            return
        screened = read_date(self.settings.value(PASSED_KEY))
        facts = gather_report(self.history, today, screened)
        try:
            pages = write_report(path, facts)
        except OSError as error:
            self.export_status.setText(
                self.tr("Could not write the report to {path}: {why}").format(
                    path=path, why=error.strerror or error
                )
            )
            return
        self.export_status.setText(HISTORY_WORDS.report_saved(pages, path))

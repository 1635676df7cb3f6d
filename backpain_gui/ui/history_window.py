"""The history window: a calendar heatmap of every session, the sessions with their exercises,
the totals per week, and the whole history exported as CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Slot
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
from backpain_gui.storage.export import write_csv
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import DAY_RULE, day_marks, plan_progress, week_totals
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus
from backpain_gui.ui.plan_calendar import (
    PLAN_SCREEN_WEEKS,
    DayCalendar,
    legend_html,
    monday_of,
    plan_day_words,
    streak_words,
)
from backpain_gui.ui.type_scale import scaled
from backpain_gui.ui.views import OUTCOME_WORDS
from backpain_gui.ui.window_size import fit_dialog
from backpain_gui.ui.words import VARIANT_WORDS, clock_text

STATUS_WORDS = {
    SessionStatus.FINISHED: "Finished",
    SessionStatus.ENDED: "Ended early",
    SessionStatus.INTERRUPTED: "Interrupted",
}

SESSION_COLUMNS = ("When", "Result", "Variant", "Reps", "Time")
WEEK_COLUMNS = ("Week of", "Days that count", "Sessions", "Exercises done", "Time")


class CsvExportDialog:
    """Asks where to save the CSV export; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        """The file the user chose, or None when they cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            "Export your history as CSV",
            str(Path.home() / "backpain-gui-history.csv"),
            "CSV files (*.csv)",
        )
        return Path(chosen) if chosen else None


def _reps_words(entry: ExerciseEntry) -> str:
    done = " + ".join(str(count) for count in entry.reps_done)
    each = " each side" if len(entry.reps_done) > 1 else ""
    return f"{done} of {entry.reps_target}{each}"


def session_words(session: SessionEntry, live_session: int | None = None) -> tuple[str, ...]:
    """A session's line in the list: when, how it ended, what was done, how long."""
    status = "In progress" if session.id == live_session else STATUS_WORDS[session.status]
    done = sum(entry.outcome is Outcome.DONE for entry in session.results)
    return (
        session.started_at.strftime("%a %d %b %Y, %H:%M"),
        status,
        "",
        f"{done} of {session.planned_exercises} exercises done",
        clock_text(session.seconds),
    )


def exercise_words(entry: ExerciseEntry) -> tuple[str, ...]:
    """An exercise's line under its session."""
    outcome = "Redone later" if entry.redone else OUTCOME_WORDS[entry.outcome]
    return (
        entry.name,
        outcome,
        VARIANT_WORDS[entry.variant],
        _reps_words(entry),
        clock_text(entry.seconds),
    )


class HistoryWindow(QDialog):
    """Every saved session: heatmap, list, weekly totals, and Export CSV.

    It reads the history afresh each time it is shown. `live_session` is the id of a session
    this run is recording, shown as in progress rather than interrupted.
    """

    def __init__(
        self,
        history: History,
        plan_days: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.plan_days = plan_days
        self.live_session: int | None = None
        self._today = today
        self.setWindowTitle("Session history")
        # The settings dialog's type: read at the laptop, but from a mat's edge too.
        font = self.font()
        font.setPixelSize(scaled("body", 768))
        self.setFont(font)
        self.progress = QLabel()
        # What the history says (routine titles, file paths) is shown as text, never markup.
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        # Rows the history could not read, and why: said here, since they are not listed.
        self.skipped = QLabel()
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped.setWordWrap(True)
        self.skipped.hide()
        self.rule = QLabel(DAY_RULE)
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
        self.sessions = self._make_session_list()
        self.weeks = self._make_week_table()
        tabs = QTabWidget()
        tabs.addTab(self.sessions, "Sessions")
        tabs.addTab(self.weeks, "Weeks")
        self.export_button = QPushButton("Export CSV...")
        self.close_button = QPushButton("Close")
        self.export_status = QLabel()
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setWordWrap(True)
        self._connect_signals()

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        # Everything but the buttons scrolls, so that Export and Close stay in sight on a
        # small screen.
        shown = QWidget()
        stacked = QVBoxLayout(shown)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.progress)
        stacked.addWidget(self.skipped)
        stacked.addWidget(self.rule)
        stacked.addWidget(heatmap)
        stacked.addWidget(legend)
        stacked.addWidget(tabs, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        fit_dialog(self)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.close_button.clicked.connect(self.close)

    @staticmethod
    def _make_session_list() -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(SESSION_COLUMNS))
        tree.setHeaderLabels(SESSION_COLUMNS)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setAccessibleName("Your sessions, newest first, each with its exercises")
        return tree

    @staticmethod
    def _make_week_table() -> QTableWidget:
        table = QTableWidget(0, len(WEEK_COLUMNS))
        table.setHorizontalHeaderLabels(WEEK_COLUMNS)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName("Totals per week")
        return table

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the history again and show it."""
        today = self._today()
        sessions = self.history.sessions()
        progress = plan_progress(sessions, today, self.plan_days)
        total = len(sessions)
        self.progress.setText(
            f"{plan_day_words(progress)}  -  {streak_words(progress)}  -  "
            f"{total} session{'' if total == 1 else 's'} in all"
        )
        if self.history.problem:
            self.progress.setText(f"{self.progress.text()}\n{self.history.problem}")
        skipped = self.history.skipped
        self.skipped.setText("" if skipped is None else skipped.words())
        self.skipped.setVisible(skipped is not None)
        first = sessions[0].day if sessions else today
        first = min(first, monday_of(today) - timedelta(weeks=PLAN_SCREEN_WEEKS - 1))
        self.calendar.show_marks(day_marks(sessions), today, first)
        self._fill_sessions(sessions)
        self._fill_weeks(sessions)

    def _fill_sessions(self, sessions: list[SessionEntry]) -> None:
        self.sessions.clear()
        for session in reversed(sessions):
            item = QTreeWidgetItem(list(session_words(session, self.live_session)))
            faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
            for entry in session.exercises:
                line = QTreeWidgetItem(list(exercise_words(entry)))
                if entry.redone:
                    for column in range(len(SESSION_COLUMNS)):
                        line.setForeground(column, faint)
                item.addChild(line)
            self.sessions.addTopLevelItem(item)
        latest = self.sessions.topLevelItem(0)
        if latest is not None:
            # Open: it is the session the user most likely came to see.
            latest.setExpanded(True)

    def _fill_weeks(self, sessions: list[SessionEntry]) -> None:
        weeks = list(reversed(week_totals(sessions)))
        self.weeks.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            cells = (
                week.monday.strftime("%a %d %b %Y"),
                f"{week.days_counted} of 7",
                str(week.sessions),
                str(week.exercises_done),
                clock_text(week.seconds),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.weeks.setItem(row, column, item)

    @Slot()
    def on_export_button_clicked(self) -> None:
        path = CsvExportDialog.ask(self)
        if path is None:
            return
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                count = write_csv(self.history.sessions(), out)
        except OSError as error:
            self.export_status.setText(f"Could not write {path}: {error.strerror or error}")
            return
        text = f"Exported {count} session{'' if count == 1 else 's'} to {path}"
        skipped = self.history.skipped
        if skipped is not None:
            text += f"; {skipped.rows} unreadable row{'' if skipped.rows == 1 else 's'} left out"
        self.export_status.setText(text)

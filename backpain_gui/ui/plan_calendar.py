"""The plan screen's progress: "Day 5 of 14", the streak, a calendar of the last weeks, a
History button, and, once the plan is done, the suggestion to take on the harder variants.

The calendar paints from its marks alone (`paint_calendar`), so the history window's heatmap
is the same widget showing more weeks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.content.model import Exercise, Routine, Variant
from backpain_gui.storage.progress import (
    DAY_RULE,
    DAY_RULE_SHORT,
    DayMark,
    PlanProgress,
    progression_due,
)
from backpain_gui.storage.when_to_progress import ease_off_due, pain_holds_back, week_before
from backpain_gui.ui.pain_words import reason_words
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, counted, translate
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.words import local_date

if TYPE_CHECKING:
    # Only named here: the plan screen loads without SQLite, which the history brings.
    from backpain_gui.storage.history import History

# Six weeks: the two-week plan with room either side, small enough for the plan screen.
PLAN_SCREEN_WEEKS = 6

# Mid-light hues that read on light and dark backgrounds; amber for started, greens for days
# that count, differing in lightness too, so they tell apart without colour vision.
MARK_COLOURS = {
    DayMark.STARTED: QColor("#e0a93b"),
    DayMark.COUNTED: QColor("#86cf9a"),
    DayMark.ALL_DONE: QColor("#23894a"),
}

MARK_WORDS = TranslatedWords(
    "PlanCalendar",
    {
        DayMark.NOTHING: QT_TRANSLATE_NOOP("PlanCalendar", "no session"),
        DayMark.STARTED: QT_TRANSLATE_NOOP("PlanCalendar", "started, not finished"),
        DayMark.COUNTED: QT_TRANSLATE_NOOP("PlanCalendar", "finished: the day counts"),
        DayMark.ALL_DONE: QT_TRANSLATE_NOOP("PlanCalendar", "every exercise done"),
    },
)
# The smallest and largest weekday letter and month name, in pixels.
LABEL_PIXELS_MIN = 12
LABEL_PIXELS_MAX = 16

# Where the declined suggestions are kept: the ids of the exercises, comma-separated.
DECLINED_KEY = "plan/progression_declined"
# The session after which the gentler versions were offered and declined.
EASE_OFF_DECLINED_KEY = "plan/ease_off_declined"


def weekday_letters() -> list[str]:
    """Monday's to Sunday's one-letter names in the UI language (M T W ..., L M M ...)."""
    locale = QLocale()
    return [locale.standaloneDayName(day, QLocale.FormatType.NarrowFormat) for day in range(1, 8)]


def month_name(day: date) -> str:
    """The short name of `day`'s month in the UI language (Oct, Okt, oct)."""
    # Without the abbreviation's dot ("Dez", "déc"), as narrow as English's over a column.
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat).rstrip(".")


def day_text(day: date) -> str:
    """`day` as the calendar names it: "Thu 19 Nov 2026", "Do., 19. Nov. 2026"."""
    # The pattern is the translator's: the order of day, month and year is the language's.
    return local_date(day, translate("PlanCalendar", "ddd dd MMM yyyy"))


class PlanWords(QObject):
    """The plan's words that follow a count ("1 day", "3 days"), in the UI language; a class
    because lupdate reads plural forms from `self.tr(text, "", n)` alone."""

    def practised(self, days: int, missed: int) -> str:
        """Days practised and days missed, honestly: "8 days practised, 2 missed"."""
        if days == 0:
            return self.tr("No days practised yet")
        text = counted(self.tr("%n day(s) practised, {missed} missed", "", days), days)
        return text.format(missed=missed)

    def streak(self, days: int) -> str:
        """The streak, in words."""
        if days == 0:
            return self.tr("No streak yet: today can start one")
        return counted(self.tr("Streak: %n day(s) in a row", "", days), days)

    def done_of_plan(self, days: int, plan_days: int) -> str:
        """ "You have done 14 days of the 14-day plan"."""
        text = counted(self.tr("You have done %n day(s) of the {plan}-day plan", "", days), days)
        return text.format(plan=plan_days)


PLAN_WORDS = PlanWords()


def plan_day_words(progress: PlanProgress) -> str:
    """'Day 5 of 14', '... - done today', or the plan done once past its last day."""
    number = progress.day_number
    if number > progress.plan_days:
        return translate("PlanCalendar", "Day {day}: the {plan}-day plan is done").format(
            day=number, plan=progress.plan_days
        )
    if progress.done_today:
        return translate("PlanCalendar", "Day {day} of {plan} - done today").format(
            day=number, plan=progress.plan_days
        )
    return translate("PlanCalendar", "Day {day} of {plan}").format(
        day=number, plan=progress.plan_days
    )


def practised_words(progress: PlanProgress) -> str:
    """Days practised and days missed, honestly: "8 days practised, 2 missed"."""
    return PLAN_WORDS.practised(progress.days_done, progress.days_missed)


def streak_words(progress: PlanProgress) -> str:
    """The streak, in words."""
    return PLAN_WORDS.streak(progress.streak)


def monday_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def read_declined(settings: QSettings) -> set[str]:
    """The exercises whose progression the user said no to."""
    value = str(settings.value(DECLINED_KEY, "") or "")
    return {item for item in value.split(",") if item}


@dataclass(frozen=True, slots=True)
class CalendarState:
    """What the calendar shows: each day's mark, from the Monday `first` to `today`."""

    first: date
    today: date
    marks: Mapping[date, DayMark] = field(default_factory=dict)

    @property
    def weeks(self) -> int:
        """How many week columns the calendar has."""
        return (self.today - self.first).days // 7 + 1


def cell_size(rect: QRectF, state: CalendarState) -> float:
    """The side of one day's place: the weeks and a label column across, 7 days and a label
    row down."""
    return min(rect.width() / (state.weeks + 1), rect.height() / 8)


def mirrored_in(rect: QRectF, part: QRectF) -> QRectF:
    """`part` of `rect` mirrored left to right, as a right-to-left language lays it out."""
    return QRectF(
        rect.left() + rect.right() - part.right(), part.top(), part.width(), part.height()
    )


def calendar_cells(
    rect: QRectF, state: CalendarState, right_to_left: bool = False
) -> list[tuple[date, QRectF]]:
    """Each day's square in `rect`: a column per week, Monday at the top, labels left and top
    (right and top, the weeks running right to left, in a right-to-left language)."""
    if right_to_left:
        return [(day, mirrored_in(rect, square)) for day, square in calendar_cells(rect, state)]
    cell = cell_size(rect, state)
    gap = cell * 0.15
    cells = []
    day = state.first
    while day <= state.today:
        column = (day - state.first).days // 7 + 1
        x = rect.left() + column * cell
        y = rect.top() + (day.weekday() + 1) * cell
        cells.append((day, QRectF(x + gap / 2, y + gap / 2, cell - gap, cell - gap)))
        day += timedelta(days=1)
    return cells


def paint_calendar(
    painter: QPainter,
    rect: QRectF,
    state: CalendarState,
    palette: QPalette,
    right_to_left: bool = False,
) -> None:
    """Paint the calendar into `rect`: days coloured by mark, today outlined."""
    cells = calendar_cells(rect, state, right_to_left)
    if not cells:
        return
    cell = cell_size(rect, state)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    empty = QColor(palette.color(QPalette.ColorRole.Mid))
    empty.setAlpha(90)
    for day, square in cells:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOURS.get(state.marks.get(day, DayMark.NOTHING), empty))
        painter.drawRoundedRect(square, cell * 0.15, cell * 0.15)
    today = dict(cells)[state.today]
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), max(2.0, cell * 0.1)))
    painter.drawRoundedRect(today, cell * 0.15, cell * 0.15)
    _paint_labels(painter, rect, state, cell, palette, right_to_left)


def _paint_labels(
    painter: QPainter,
    rect: QRectF,
    state: CalendarState,
    cell: float,
    palette: QPalette,
    right_to_left: bool,
) -> None:
    # Bold, in the text colour and nearly a cell high: the letters are read from a step back,
    # not only leaned over, and a thin 8 px letter was not. No bigger than the text around.
    font = QFont(painter.font())
    font.setPixelSize(min(LABEL_PIXELS_MAX, max(LABEL_PIXELS_MIN, round(cell * 0.8))))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    centred = Qt.AlignmentFlag.AlignCenter

    def placed(part: QRectF) -> QRectF:
        return mirrored_in(rect, part) if right_to_left else part

    for row, letter in enumerate(weekday_letters(), start=1):
        square = QRectF(rect.left(), rect.top() + row * cell, cell, cell)
        painter.drawText(placed(square), centred, letter)
    free_from = rect.left()
    # A month's name starts at its week's column: from its left edge, or its right one.
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    for week, name in month_labels(state):
        x = rect.left() + (week + 1) * cell
        if x < free_from:
            continue
        width = painter.fontMetrics().horizontalAdvance(name) + cell * 0.3
        label = QRectF(x, rect.top(), width, cell)
        painter.drawText(placed(label), start | Qt.AlignmentFlag.AlignVCenter, name)
        free_from = x + width


def month_labels(state: CalendarState) -> list[tuple[int, str]]:
    """Each month's short name over the week column that holds its 1st; the first column is
    named too when there is room before the next name, so the weeks before it have one."""
    labels = []
    for week in range(state.weeks):
        monday = state.first + timedelta(weeks=week)
        sunday = monday + timedelta(days=6)
        if monday.day == 1 or sunday.month != monday.month:
            labels.append((week, month_name(sunday)))
    if not labels or labels[0][0] >= 2:
        labels.insert(0, (0, month_name(state.first)))
    return labels


class DayCalendar(QWidget):
    """Days as squares, a column per week, coloured by what was done; hover for the words."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = CalendarState(monday_of(today) - timedelta(weeks=PLAN_SCREEN_WEEKS - 1), today)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Calendar of the days you did a session"))

    def show_marks(self, marks: Mapping[date, DayMark], today: date, first: date) -> None:
        """Show `marks` for the weeks from `first`'s Monday to `today`."""
        self.state = CalendarState(monday_of(first), today, dict(marks))
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        # Squares of at least 12 px: any smaller and the colours stop reading.
        return QSize((self.state.weeks + 1) * 12, 8 * 12)

    def sizeHint(self) -> QSize:
        return QSize((self.state.weeks + 1) * 24, 8 * 24)

    def day_at(self, point: QPointF) -> date | None:
        """The day whose square is under `point`, if any."""
        for day, square in calendar_cells(QRectF(self.rect()), self.state, self.isRightToLeft()):
            if square.contains(point):
                return day
        return None

    def words_for(self, day: date) -> str:
        """What the calendar says about `day`."""
        mark = self.state.marks.get(day, DayMark.NOTHING)
        return self.tr("{day}: {mark}").format(day=day_text(day), mark=MARK_WORDS[mark])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_calendar(
            painter, QRectF(self.rect()), self.state, self.palette(), self.isRightToLeft()
        )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.words_for(day), self)
            return True
        return super().event(event)


def legend_html(between: str = " &nbsp; ") -> str:
    """The calendar's colours and their meanings, one coloured square each, `between` them."""
    items = [
        f'<span style="color:{MARK_COLOURS[mark].name()}">&#9632;</span> {MARK_WORDS[mark]}'
        for mark in (DayMark.STARTED, DayMark.COUNTED, DayMark.ALL_DONE)
    ]
    return between.join(items)


class ProgressionBanner(QFrame):
    """Suggests other versions of the exercises: the harder ones once the plan is done and the
    back allows it (or why not yet), the gentler ones after a session that hurt.

    Signals: `accepted(dict)` with each exercise's id and the variant to do from now on;
    `declined()` when the user says not now.
    """

    accepted = Signal(dict)
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Names the exercises: the routine's text, shown literally.
        self.words = plain_label()
        self.words.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Use the harder versions"))
        self.decline_button = QPushButton(self.tr("Not now"))
        self.accept_button.clicked.connect(self.on_accept_button_clicked)
        self.decline_button.clicked.connect(self.on_decline_button_clicked)
        self.variants: dict[str, str] = {}
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(buttons)
        self.hide()

    def show_suggestion(
        self,
        exercises: Sequence[Exercise],
        progress: PlanProgress,
        held_back: str | None = None,
    ) -> None:
        """Suggest the progressions of `exercises`; hidden when there are none. With
        `held_back`, the reason they wait, said instead of offered."""
        if not exercises:
            self.hide()
            return
        done = PLAN_WORDS.done_of_plan(progress.days_done, progress.plan_days)
        if held_back is not None:
            words = self.tr("{done}, but not the harder versions yet. {held_back}")
            self._offer(words.format(done=done, held_back=held_back), {}, "")
            return
        names = _names(exercise.name for exercise in exercises)
        if len(exercises) == 1:
            words = self.tr(
                "{done}: time to progress. {names} has a harder version, its progression. Do it"
                " from your next session? You can switch back on the plan at any time."
            )
        else:
            words = self.tr(
                "{done}: time to progress. {names} each have a harder version, their"
                " progression. Do them from your next session? You can switch back on the plan"
                " at any time."
            )
        self._offer(
            words.format(done=done, names=names),
            {exercise.id: Variant.PROGRESSION.value for exercise in exercises},
            self.tr("Use the harder versions"),
        )

    def show_ease_off(self, reason: str, variants: Mapping[str, Variant], routine: Routine) -> None:
        """Offer the gentler `variants` (exercise id to variant), saying `reason` first."""
        names = {exercise.id: exercise.name for exercise in routine.exercises}
        steps = [
            GENTLER_WORDS[variant].format(exercise=names[exercise_id])
            for exercise_id, variant in variants.items()
        ]
        words = self.tr(
            "{reason} Gentler versions are easier on your back: {steps}. Do them from your next"
            " session? You can switch back on the plan at any time."
        )
        self._offer(
            words.format(reason=reason, steps=_names(steps)),
            {exercise_id: variant.value for exercise_id, variant in variants.items()},
            self.tr("Use the gentler versions"),
        )

    def _offer(self, words: str, variants: dict[str, str], accept: str) -> None:
        self.variants = variants
        self.words.setText(words)
        self.accept_button.setText(accept or self.tr("OK"))
        self.accept_button.setVisible(bool(variants))
        self.decline_button.setVisible(bool(variants))
        self.show()

    @Slot()
    def on_accept_button_clicked(self) -> None:
        self.hide()
        self.accepted.emit(dict(self.variants))

    @Slot()
    def on_decline_button_clicked(self) -> None:
        self.hide()
        self.declined.emit()

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        apply_size(self.words, "body", window_height)
        for button in (self.accept_button, self.decline_button):
            apply_size(button, "body", window_height, bold=True)


# How the plan names each gentler step.
GENTLER_WORDS = TranslatedWords(
    "PlanCalendar",
    {
        Variant.MODIFICATION: QT_TRANSLATE_NOOP("PlanCalendar", "{exercise} in its modification"),
        Variant.STANDARD: QT_TRANSLATE_NOOP(
            "PlanCalendar", "{exercise} back to its standard version"
        ),
    },
)


def _names(names: Iterable[str]) -> str:
    listed = list(names)
    if len(listed) == 1:
        return listed[0]
    return translate("PlanCalendar", "{names} and {last}").format(
        names=", ".join(listed[:-1]), last=listed[-1]
    )


class PlanCalendar(QWidget):
    """The plan screen's progress panel, read from the history.

    Signals: `history_pressed()`; `variants_accepted(dict)` with each exercise's id and the
    variant (its value) to do from now on. A declined progression is remembered (QSettings
    `plan/progression_declined`) and not suggested again for those exercises; declined gentler
    versions (`plan/ease_off_declined`, the session's id) not again for that session.
    """

    history_pressed = Signal()
    variants_accepted = Signal(dict)

    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._today = today
        # The plan's day today (1 until the history is read): the advice shown follows it.
        self.day_number = 1
        self.day = plain_label()
        self.day.setWordWrap(True)
        self.streak = plain_label()
        # Two lines rather than cut short where the language's words are long.
        self.streak.setWordWrap(True)
        self.rule = plain_label(translate("Progress", DAY_RULE_SHORT))
        # The full rule, with its reason, on hover and in the history window.
        self.rule.setToolTip(translate("Progress", DAY_RULE))
        self.rule.setWordWrap(True)
        self.rule.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Why the history is off (or only readable) this run; hidden while it works.
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.hide()
        # One meaning a line, beside the calendar rather than under it: the panel is as tall
        # as the calendar alone, which leaves the exercise list its room.
        # The app's own HTML, with no routine text in it: the one rich-text label here.
        self.legend = QLabel(legend_html("<br>"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.calendar = DayCalendar(today())
        self.history_button = QPushButton(self.tr("History  (H)"))
        self.history_button.setAccessibleName(self.tr("Open your session history"))
        self.banner = ProgressionBanner()
        # The newest session the banner was read from: a "not now" to the gentler versions is
        # remembered for it.
        self.shown_for_session: int | None = None
        self._connect_signals()

        words = QVBoxLayout()
        words.addWidget(self.day)
        words.addWidget(self.streak)
        words.addWidget(self.rule)
        words.addWidget(self.problem)
        words.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(words, 3)
        row.addWidget(self.calendar, 2)
        row.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addLayout(row)

    def _connect_signals(self) -> None:
        self.history_button.clicked.connect(self.history_pressed)
        self.banner.accepted.connect(self.variants_accepted)
        self.banner.declined.connect(self.on_banner_declined)

    def show_history(
        self, history: History, routine: Routine, chosen: Mapping[str, Variant]
    ) -> None:
        """Show the plan's progress from `history`, with `chosen` the variants now in use."""
        today = self._today()
        # Only days done with this routine count toward its plan (not a Workrave routine's).
        progress = history.progress(routine.title, today, routine.plan_days)
        self.day_number = progress.day_number
        self.day.setText(plan_day_words(progress))
        self.streak.setText(
            self.tr("{streak}. {practised}").format(
                streak=streak_words(progress), practised=practised_words(progress)
            )
        )
        first = monday_of(today) - timedelta(weeks=PLAN_SCREEN_WEEKS - 1)
        self.calendar.show_marks(history.day_marks(routine.title, first, today), today, first)
        # The pain rule reads the last week only, so the plan costs the same at any history size.
        week = history.sessions_since(routine.title, week_before(today))
        self.shown_for_session = week[-1].id if week else None
        ease_off = ease_off_due(week, routine, chosen, self._declined_session())
        if ease_off is not None:
            self.banner.show_ease_off(reason_words(ease_off.reason), ease_off.variants, routine)
        else:
            due = progression_due(progress, routine, chosen, read_declined(self.settings))
            held_back = pain_holds_back(week, today)
            words = reason_words(held_back) if held_back is not None else None
            self.banner.show_suggestion(due, progress, words)
        self.problem.setText(history.problem or "")
        self.problem.setVisible(bool(history.problem))

    def _declined_session(self) -> int | None:
        value = self.settings.value(EASE_OFF_DECLINED_KEY, None)
        try:
            return None if value is None else int(str(value))
        except ValueError:
            return None

    @Slot()
    def on_banner_declined(self) -> None:
        if self.banner.variants and all(
            variant == Variant.PROGRESSION.value for variant in self.banner.variants.values()
        ):
            declined = read_declined(self.settings) | set(self.banner.variants)
            self.settings.setValue(DECLINED_KEY, ",".join(sorted(declined)))
        elif self.shown_for_session is not None:
            self.settings.setValue(EASE_OFF_DECLINED_KEY, self.shown_for_session)

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        apply_size(self.day, "heading", window_height, bold=True)
        apply_size(self.streak, "body", window_height, bold=True)
        apply_size(self.rule, "detail", window_height)
        apply_size(self.problem, "detail", window_height, bold=True)
        apply_size(self.legend, "detail", window_height)
        apply_size(self.history_button, "body", window_height, bold=True)
        self.history_button.setMinimumHeight(max(48, window_height // 12))
        # Small enough to leave the five exercises their room on a 768-pixel laptop screen,
        # big enough for weekday letters of 12 px and more (8 rows: the months, then the days).
        self.calendar.setMinimumHeight(max(8 * 12, window_height // 7))
        self.calendar.setMaximumHeight(max(8 * 14, window_height // 5))
        self.banner.rescale(window_height)

"""The report to take to a physiotherapist, as a PDF of one or two A4 pages: the screening, the
pain chart, the sessions stopped because it hurt, the days practised (a calendar), the routine
and the variants done, and each day practised with its scores.

Written with Qt's own PDF writer and text layout (QPdfWriter, QTextDocument), so no other
library is needed. The document is built with a text cursor, never from HTML: routine titles
and exercise names are someone else's text, and go in as the characters they are. Greys,
shapes and words tell things apart, so the report reads printed in black and white. It is
written in the UI language, its dates and numbers QLocale's.

Needs a QGuiApplication (fonts); no window, so the offscreen platform will do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from backpain_gui.storage.export import inert
from backpain_gui.storage.pain_trend import DayLine, ReportFacts
from backpain_gui.storage.progress import DAY_RULE_SHORT, DayMark
from backpain_gui.ui.pain_chart import ChartInk, paint_pain_chart
from backpain_gui.ui.plan_calendar import MARK_WORDS, monday_of
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, counted, translate
from backpain_gui.ui.words import VARIANT_WORDS, local_date, local_moment

# In English; looked up in the UI language where it is printed.
TITLE = QT_TRANSLATE_NOOP("PhysioReport", "Back exercise report for your physiotherapist")
DOTS_PER_INCH = 300
BODY_POINTS = 10
# Day squares of the calendar: shade and a word-free mark, darker for more done.
DAY_SHADES = {
    DayMark.NOTHING: QColor("#ffffff"),
    DayMark.STARTED: QColor("#e4e4e4"),
    DayMark.COUNTED: QColor("#a8a8a8"),
    DayMark.ALL_DONE: QColor("#5a5a5a"),
}
DAY_SIGNS = {
    DayMark.NOTHING: "",
    DayMark.STARTED: "-",
    DayMark.COUNTED: "+",
    DayMark.ALL_DONE: "++",
}
# The calendar's key, in the words of the app's own calendar (MARK_WORDS).
DAY_KEY = (DayMark.ALL_DONE, DayMark.COUNTED, DayMark.STARTED)
ABOUT_SCORES = QT_TRANSLATE_NOOP(
    "PhysioReport",
    "Pain is the 0-10 numeric rating scale (0 no pain, 10 the worst imaginable), as the person"
    " answered 'How is your back right now?' just before and just after each session.",
)


class ReportWords(QObject):
    """The report's words that follow a count ("1 session", "4 sessions"), in the UI language;
    a class because lupdate reads plural forms from `self.tr(text, "", n)` alone."""

    def period(self, first: str, last: str, days: int, today: str) -> str:
        """The line under the title: the period, its length, and when the report was made."""
        text = self.tr(
            "From {first} to {last} (%n day(s)), made by backpain-gui on {today}.", "", days
        )
        return counted(text, days).format(first=first, last=last, today=today)

    def since(self, sessions: int, first: str) -> str:
        """ "9 sessions since 24 October 2026"."""
        text = counted(self.tr("%n session(s) since {day}", "", sessions), sessions)
        return text.format(day=first)

    def routine(self, title: str, sessions: int) -> str:
        """A routine and how many sessions of it: "Pilates for the lower back (4 sessions)"."""
        text = counted(self.tr("{title} (%n session(s))", "", sessions), sessions)
        return text.format(title=title)

    def variant_times(self, variant: str, times: int) -> str:
        """A variant and how often it was done in full: "Standard 2 times"."""
        return counted(self.tr("{variant} %n time(s)", "", times), times).format(variant=variant)


REPORT_WORDS = ReportWords()


def _words(source: str) -> str:
    """Words marked above with QT_TRANSLATE_NOOP, in the UI language."""
    return translate("PhysioReport", source)


def _long_date(day: date) -> str:
    """ "6 November 2026"; the pattern is the translator's, so the order is the language's."""
    return local_date(day, translate("PhysioReport", "d MMMM yyyy"))


def _short_date(day: date) -> str:
    return local_date(day, translate("PhysioReport", "ddd dd MMM"))


def _moment(moment: datetime) -> str:
    return local_moment(moment, translate("PhysioReport", "ddd dd MMM yyyy, HH:mm"))


def _number(number: int) -> str:
    return QLocale().toString(number)


def _scores(scores: tuple[int, ...]) -> str:
    return ", ".join(_number(score) for score in scores) if scores else "-"


class _Writer:
    """Puts text, tables and the chart into the document, at the end, with formats."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.cursor = QTextCursor(document)
        # The block numbers of the headings, each to be kept on the page of what follows it.
        self.headings: list[int] = []
        self.body = QTextCharFormat()
        self.body.setFont(document.defaultFont())
        self.bold = QTextCharFormat(self.body)
        self.bold.setFontWeight(QFont.Weight.Bold)

    def paragraph(self, text: str, char: QTextCharFormat | None = None, space: float = 0) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(space)
        if self.document.isEmpty():
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char or self.body)
        else:
            self.cursor.insertBlock(block, char or self.body)
        self.cursor.insertText(text, char or self.body)

    def heading(self, text: str, points: float = 13) -> None:
        char = QTextCharFormat(self.bold)
        char.setFontPointSize(points)
        self.paragraph(text, char, space=BODY_POINTS * 2.2)
        self.headings.append(self.cursor.blockNumber())

    def pairs(self, parts: list[tuple[str, str]]) -> None:
        """A paragraph of bold labels, each followed by its plain text."""
        self.paragraph("")
        for label, text in parts:
            self.cursor.insertText(label, self.bold)
            self.cursor.insertText(text, self.body)

    def table(
        self,
        rows: list[list[str]],
        widths: Sequence[float],
        header: bool = True,
        shades: list[list[QColor | None]] | None = None,
        centred: bool = False,
    ) -> None:
        """A table of text cells, the first row bold when `header`."""
        table_format = QTextTableFormat()
        table_format.setBorder(1)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderBrush(QBrush(QColor("#808080")))
        table_format.setCellSpacing(0)
        table_format.setCellPadding(3)
        table_format.setTopMargin(BODY_POINTS * 0.6)
        table_format.setHeaderRowCount(1 if header else 0)
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
        )
        table = self.cursor.insertTable(len(rows), len(widths), table_format)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                cell = table.cellAt(row, column)
                shade = shades[row][column] if shades else None
                char = QTextCharFormat(self.bold if header and row == 0 else self.body)
                if shade is not None:
                    cell_format = QTextTableCellFormat()
                    cell_format.setBackground(QBrush(shade))
                    cell.setFormat(cell_format)
                    if shade.lightness() < 128:
                        char.setForeground(QBrush(QColor("#ffffff")))
                        char.setFontWeight(QFont.Weight.Bold)
                place = cell.firstCursorPosition()
                if centred:
                    block = place.blockFormat()
                    block.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    place.setBlockFormat(block)
                place.insertText(text, char)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def image(self, name: str, image: QImage, width: float) -> None:
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        picture = QTextImageFormat()
        picture.setName(name)
        picture.setWidth(width)
        picture.setHeight(width * image.height() / image.width())
        self.paragraph("", space=BODY_POINTS)
        self.cursor.insertImage(picture)


def _chart_image(facts: ReportFacts, width: int) -> QImage:
    """The pain chart, black on white, `width` pixels wide at the report's resolution."""
    image = QImage(width, round(width * 0.36), QImage.Format.Format_RGB32)
    dots_per_metre = round(DOTS_PER_INCH / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    font = painter.font()
    font.setPointSizeF(BODY_POINTS - 1)
    painter.setFont(font)
    paint_pain_chart(painter, QRectF(image.rect()), facts.trend, ChartInk.paper())
    painter.end()
    return image


def _calendar(facts: ReportFacts) -> tuple[list[list[str]], list[list[QColor | None]]]:
    """The period's weeks, Monday first: each day's date, sign and shade."""
    locale = QLocale()
    days = [locale.standaloneDayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    rows = [[translate("PhysioReport", "Week of"), *days]]
    shades: list[list[QColor | None]] = [[None] * 8]
    hurt = {point.day for point in facts.trend.points if point.it_hurt}
    monday = monday_of(facts.trend.first)
    while monday <= facts.trend.last:
        row: list[str] = [local_date(monday, translate("PhysioReport", "dd MMM"))]
        shade_row: list[QColor | None] = [None]
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if not facts.trend.first <= day <= facts.trend.last:
                row.append("")
                shade_row.append(None)
                continue
            mark = facts.marks.get(day, DayMark.NOTHING)
            sign = DAY_SIGNS[mark] + (" !" if day in hurt else "")
            row.append(f"{_number(day.day)} {sign}".strip())
            shade_row.append(DAY_SHADES[mark])
        rows.append(row)
        shades.append(shade_row)
        monday += timedelta(weeks=1)
    return rows, shades


def _day_row(line: DayLine) -> list[str]:
    return [
        _short_date(line.day),
        _number(line.sessions),
        translate("PhysioReport", "{done} of {planned}").format(
            done=_number(line.exercises_done), planned=_number(line.exercises_planned)
        ),
        _scores(line.pain_before),
        _scores(line.pain_after),
        "; ".join(_note(note, count) for note, count in line.notes),
    ]


def _note(note: str, count: int) -> str:
    """A day's note ("ended early"), with how many sessions it was when more than one."""
    words = translate("PainTrend", note)
    return words if count == 1 else f"{words} ({_number(count)})"


def _screen_dpi() -> float:
    """The resolution Qt's text layout takes an image's size in (it scales it from there to
    the device's); 96 without a screen."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def build_report(facts: ReportFacts, device: QPdfWriter) -> tuple[QTextDocument, list[int]]:
    """The report as a document laid out for the pages of `device`, and the block numbers of
    its headings."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    page_width = device.width()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setPointSizeF(BODY_POINTS)
    # No "fl" or "fi" drawn as one glyph: copied or read out, the text stays plain letters.
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    out = _Writer(document)
    trend = facts.trend
    title = QTextCharFormat(out.bold)
    title.setFontPointSize(17)
    out.paragraph(_words(TITLE), title)
    out.paragraph(
        REPORT_WORDS.period(
            _long_date(trend.first), _long_date(trend.last), trend.days, _long_date(facts.today)
        ),
        space=BODY_POINTS * 0.6,
    )
    if facts.screening_passed_on is not None:
        screening = translate("PhysioReport", "passed on {day}").format(
            day=_long_date(facts.screening_passed_on)
        )
    else:
        screening = translate("PhysioReport", "not done")
    if facts.first_day is not None:
        in_all = REPORT_WORDS.since(facts.sessions_in_all, _long_date(facts.first_day))
    else:
        in_all = translate("PhysioReport", "no sessions saved")
    practised = translate("PhysioReport", "{done} of {days}").format(
        done=_number(facts.days_practised), days=_number(trend.days)
    )
    these_days = translate("PhysioReport", "{sessions} in these days, {in_all}").format(
        sessions=_number(len(trend.points)), in_all=in_all
    )
    # Each label's colon is the translator's (French writes a space before it).
    out.pairs(
        [
            (translate("PhysioReport", "Red-flag screening:") + " ", screening + ".   "),
            (translate("PhysioReport", "Days practised:") + " ", practised + ".   "),
            (translate("PhysioReport", "Sessions:") + " ", these_days + "."),
        ]
    )

    out.heading(
        translate(
            "PhysioReport", "Pain before and after each session (0-10), and the exercises done"
        )
    )
    # Drawn at the page's resolution; its size in the document is in screen pixels.
    shown = page_width * _screen_dpi() / device.logicalDpiX()
    out.image("pain-chart", _chart_image(facts, page_width), shown)
    out.paragraph(_words(ABOUT_SCORES), space=BODY_POINTS * 0.6)

    pain_before = translate("PhysioReport", "Pain before")
    pain_after = translate("PhysioReport", "Pain after")
    out.heading(translate("PhysioReport", "Stopped because it hurt"))
    if facts.stops:
        rows = [
            [
                translate("PhysioReport", "When"),
                translate("PhysioReport", "During"),
                pain_before,
                pain_after,
            ]
        ]
        for stop in facts.stops:
            rows.append(
                [
                    _moment(stop.started_at),
                    inert(stop.exercise)
                    if stop.exercise is not None
                    else translate("PhysioReport", "before the first"),
                    "-" if stop.pain_before is None else _number(stop.pain_before),
                    "-" if stop.pain_after is None else _number(stop.pain_after),
                ]
            )
        out.table(rows, [34, 36, 15, 15])
    else:
        out.paragraph(translate("PhysioReport", "No session was stopped because it hurt."))

    out.heading(translate("PhysioReport", "Days practised"))
    rows, shades = _calendar(facts)
    out.table(rows, [16] + [12] * 7, shades=shades, centred=True)
    key = "   ".join(f"{DAY_SIGNS[mark]} {MARK_WORDS[mark]}" for mark in DAY_KEY)
    hurts = translate("PhysioReport", "stopped: it hurts")
    rule = translate("Progress", DAY_RULE_SHORT)
    out.paragraph(f"{key}   ! {hurts}.  {rule}", space=BODY_POINTS * 0.5)

    out.heading(translate("PhysioReport", "Routine and variants done"))
    no_sessions = translate("PhysioReport", "No sessions in these days.")
    if facts.routines:
        routines = "; ".join(
            REPORT_WORDS.routine(inert(title), count) for title, count in facts.routines
        )
        out.paragraph(translate("PhysioReport", "Routine: {routines}.").format(routines=routines))
        rows = [
            [
                translate("PhysioReport", "Exercise"),
                translate("PhysioReport", "Done in full, by variant"),
            ]
        ]
        for done in facts.exercises:
            times = ", ".join(
                REPORT_WORDS.variant_times(VARIANT_WORDS[v], n) for v, n in done.times
            )
            name = inert(done.exercise)
            if len(facts.routines) > 1:
                name += f" ({inert(done.routine)})"
            rows.append([name, times or translate("PhysioReport", "not done in full")])
        out.table(rows, [45, 55])
    else:
        out.paragraph(no_sessions)

    out.heading(translate("PhysioReport", "Each day practised"))
    if facts.days:
        header = [
            translate("PhysioReport", "Day"),
            translate("PhysioReport", "Sessions"),
            translate("PhysioReport", "Exercises done"),
            pain_before,
            pain_after,
            translate("PhysioReport", "Notes"),
        ]
        rows = [header, *(_day_row(line) for line in facts.days)]
        out.table(rows, [17, 14, 17, 13, 13, 26])
    else:
        out.paragraph(no_sessions)
    return document, out.headings


def _page_of(document: QTextDocument, block: QTextBlock, page_height: float) -> int:
    # In the document's own coordinates, for a block in a table's cell too.
    return int(document.documentLayout().blockBoundingRect(block).top() // page_height)


def _keep_headings_with_what_follows(
    document: QTextDocument, headings: list[int], page_height: float
) -> None:
    """Move to the next page each heading left alone at the foot of one."""
    for number in headings:
        block = document.findBlockByNumber(number)
        following = block.next()
        if following.isValid() and _page_of(document, block, page_height) < _page_of(
            document, following, page_height
        ):
            moved = block.blockFormat()
            moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(moved)


def report_pdf(facts: ReportFacts) -> tuple[bytes, int]:
    """The report as PDF bytes, and how many pages it has."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_words(TITLE))
    writer.setCreator("backpain-gui")
    writer.setResolution(DOTS_PER_INCH)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    document, headings = build_report(facts, writer)
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(BODY_POINTS - 2)
    footer = QFontMetricsF(footer_font, writer).height()
    page = QSizeF(width, height - footer * 2)
    document.setPageSize(page)
    _keep_headings_with_what_follows(document, headings, page.height())
    pages = document.pageCount()
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * page.height())
        document.drawContents(painter, QRectF(0, number * page.height(), width, page.height()))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(0, height - footer * 1.2, width, footer * 1.2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            translate("PhysioReport", "{title}, {day}. Page {page} of {pages}").format(
                title=_words(TITLE),
                day=_long_date(facts.today),
                page=_number(number + 1),
                pages=_number(pages),
            ),
        )
    painter.end()
    buffer.close()
    return bytes(data.data()), pages


def write_report(path: Path, facts: ReportFacts) -> int:
    """Write the report to `path`; how many pages it has. Raises OSError when it cannot."""
    data, pages = report_pdf(facts)
    path.write_bytes(data)
    return pages

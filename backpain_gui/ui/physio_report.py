"""The report to take to a physiotherapist, as a PDF of one or two A4 pages: the screening, the
pain chart, the sessions stopped because it hurt, the days practised (a calendar), the routine
and the variants done, and each day practised with its scores.

Written with Qt's own PDF writer and text layout (QPdfWriter, QTextDocument), so no other
library is needed. The document is built with a text cursor, never from HTML: routine titles
and exercise names are someone else's text, and go in as the characters they are. Greys,
shapes and words tell things apart, so the report reads printed in black and white.

Needs a QGuiApplication (fonts); no window, so the offscreen platform will do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
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
from backpain_gui.ui.plan_calendar import monday_of
from backpain_gui.ui.words import VARIANT_WORDS

TITLE = "Back exercise report for your physiotherapist"
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
DAY_KEY = (
    (DayMark.ALL_DONE, "every exercise done"),
    (DayMark.COUNTED, "finished: the day counts"),
    (DayMark.STARTED, "started, not finished"),
)
ABOUT_SCORES = (
    "Pain is the 0-10 numeric rating scale (0 no pain, 10 the worst imaginable), as the person"
    " answered 'How is your back right now?' just before and just after each session."
)


def _long_date(day: date) -> str:
    return f"{day:%d %B %Y}".lstrip("0")


def _short_date(day: date) -> str:
    return f"{day:%a %d %b}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _scores(scores: tuple[int, ...]) -> str:
    return ", ".join(str(score) for score in scores) if scores else "-"


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
    rows = [["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]]
    shades: list[list[QColor | None]] = [[None] * 8]
    hurt = {point.day for point in facts.trend.points if point.it_hurt}
    monday = monday_of(facts.trend.first)
    while monday <= facts.trend.last:
        row: list[str] = [f"{monday:%d %b}"]
        shade_row: list[QColor | None] = [None]
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if not facts.trend.first <= day <= facts.trend.last:
                row.append("")
                shade_row.append(None)
                continue
            mark = facts.marks.get(day, DayMark.NOTHING)
            sign = DAY_SIGNS[mark] + (" !" if day in hurt else "")
            row.append(f"{day.day} {sign}".strip())
            shade_row.append(DAY_SHADES[mark])
        rows.append(row)
        shades.append(shade_row)
        monday += timedelta(weeks=1)
    return rows, shades


def _day_row(line: DayLine) -> list[str]:
    return [
        _short_date(line.day),
        str(line.sessions),
        f"{line.exercises_done} of {line.exercises_planned}",
        _scores(line.pain_before),
        _scores(line.pain_after),
        "; ".join(line.notes),
    ]


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
    out.paragraph(TITLE, title)
    out.paragraph(
        f"From {_long_date(trend.first)} to {_long_date(trend.last)} ({trend.days} days),"
        f" made by backpain-gui on {_long_date(facts.today)}.",
        space=BODY_POINTS * 0.6,
    )
    screening = (
        f"passed on {_long_date(facts.screening_passed_on)}"
        if facts.screening_passed_on is not None
        else "not done"
    )
    in_all = (
        f"{_count(facts.sessions_in_all, 'session')} since {_long_date(facts.first_day)}"
        if facts.first_day is not None
        else "no sessions saved"
    )
    out.pairs(
        [
            ("Red-flag screening: ", screening + ".   "),
            ("Days practised: ", f"{facts.days_practised} of {trend.days}.   "),
            ("Sessions: ", f"{len(trend.points)} in these days, {in_all}."),
        ]
    )

    out.heading("Pain before and after each session (0-10), and the exercises done")
    # Drawn at the page's resolution; its size in the document is in screen pixels.
    shown = page_width * _screen_dpi() / device.logicalDpiX()
    out.image("pain-chart", _chart_image(facts, page_width), shown)
    out.paragraph(ABOUT_SCORES, space=BODY_POINTS * 0.6)

    out.heading("Stopped because it hurt")
    if facts.stops:
        rows = [["When", "During", "Pain before", "Pain after"]]
        for stop in facts.stops:
            rows.append(
                [
                    f"{stop.started_at:%a %d %b %Y, %H:%M}",
                    inert(stop.exercise) if stop.exercise is not None else "before the first",
                    "-" if stop.pain_before is None else str(stop.pain_before),
                    "-" if stop.pain_after is None else str(stop.pain_after),
                ]
            )
        out.table(rows, [34, 36, 15, 15])
    else:
        out.paragraph("No session was stopped because it hurt.")

    out.heading("Days practised")
    rows, shades = _calendar(facts)
    out.table(rows, [16] + [12] * 7, shades=shades, centred=True)
    key = "   ".join(f"{DAY_SIGNS[mark]} {words}" for mark, words in DAY_KEY)
    out.paragraph(f"{key}   ! stopped: it hurts.  {DAY_RULE_SHORT}", space=BODY_POINTS * 0.5)

    out.heading("Routine and variants done")
    if facts.routines:
        routines = "; ".join(
            f"{inert(title)} ({_count(count, 'session')})" for title, count in facts.routines
        )
        out.paragraph(f"Routine: {routines}.")
        rows = [["Exercise", "Done in full, by variant"]]
        for done in facts.exercises:
            times = ", ".join(f"{VARIANT_WORDS[v]} {_count(n, 'time')}" for v, n in done.times)
            name = inert(done.exercise)
            if len(facts.routines) > 1:
                name += f" ({inert(done.routine)})"
            rows.append([name, times or "not done in full"])
        out.table(rows, [45, 55])
    else:
        out.paragraph("No sessions in these days.")

    out.heading("Each day practised")
    if facts.days:
        rows = [["Day", "Sessions", "Exercises done", "Pain before", "Pain after", "Notes"]]
        rows += [_day_row(line) for line in facts.days]
        out.table(rows, [18, 12, 17, 13, 13, 27])
    else:
        out.paragraph("No sessions in these days.")
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
    writer.setTitle(TITLE)
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
            f"{TITLE}, {_long_date(facts.today)}. Page {number + 1} of {pages}",
        )
    painter.end()
    buffer.close()
    return bytes(data.data()), pages


def write_report(path: Path, facts: ReportFacts) -> int:
    """Write the report to `path`; how many pages it has. Raises OSError when it cannot."""
    data, pages = report_pdf(facts)
    path.write_bytes(data)
    return pages

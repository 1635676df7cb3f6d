"""Numbers and names put into the words the screens show."""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from backpain_gui.content.model import Side, Variant
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, translate

# Looked up in the UI language each time (TranslatedWords), so the history and the report,
# which import these, speak it too.
SIDE_WORDS = TranslatedWords(
    "Words",
    {
        Side.LEFT: QT_TRANSLATE_NOOP("Words", "On your left side"),
        Side.RIGHT: QT_TRANSLATE_NOOP("Words", "On your right side"),
    },
)

VARIANT_WORDS = TranslatedWords(
    "Words",
    {
        Variant.STANDARD: QT_TRANSLATE_NOOP("Words", "Standard"),
        Variant.MODIFICATION: QT_TRANSLATE_NOOP("Words", "Modification"),
        Variant.SUPPORTED: QT_TRANSLATE_NOOP("Words", "Supported"),
        Variant.PROGRESSION: QT_TRANSLATE_NOOP("Words", "Progression"),
    },
)


def local_date(day: date, pattern: str) -> str:
    """`day` in Qt's date `pattern` ("ddd dd MMM"), its names in the UI language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def local_moment(moment: datetime, pattern: str) -> str:
    """`moment` to the minute in Qt's `pattern` ("ddd dd MMM, HH:mm"), in the UI language."""
    day = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(QDateTime(day, QTime(moment.hour, moment.minute)), pattern)


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up so a countdown never shows 0:00 while time is left."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(seconds: float) -> str:
    """A length in the plan's words: 'about 4 min', or seconds under a minute."""
    locale = QLocale()
    if seconds < 60:
        return translate("Words", "{seconds} s").format(seconds=locale.toString(math.ceil(seconds)))
    return translate("Words", "{minutes} min").format(minutes=locale.toString(round(seconds / 60)))

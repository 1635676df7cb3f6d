"""The command line's words in the user's language, from the window's own catalogues.

`speak_users_language()` reads the locale as the window does (ui/language_names.py); only
where it asks for a shipped language does it load Qt's core, with a QCoreApplication (no
display) and the window's translators, so an English `check` imports no Qt at all. The words
are written as the window's are: `self.tr("%n exercise(s)", "", n)` in a class named for the
context, which lupdate reads from any class, so they are in the same .ts files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from datetime import date

from backpain_gui.content.loader import use_language
from backpain_gui.ui.language_names import shipped_language

_STATE = {"translating": False}


def speak_users_language(environ: Mapping[str, str] = os.environ) -> str:
    """Install the catalogue the user's locale asks for, and load routines in it; its code
    ("en" when no catalogue is installed)."""
    code = shipped_language(environ)
    if code == "en":
        _STATE["translating"] = False
        use_language("en")
        return "en"
    # Qt's core only: QCoreApplication holds the translators, and needs no display.
    from PySide6.QtCore import QCoreApplication

    from backpain_gui.ui.translation import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    chosen = install_translators(app, environ).name().split("_")[0]
    _STATE["translating"] = chosen != "en"
    return chosen


class Words:
    """Words of one context (the class's name), translated as a QObject's tr() would be;
    in English where `english` is set (for a machine format), whatever the language."""

    english = False

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """`text` in the user's language; a count's `%n` filled in and English's `(s)` resolved."""
        if _STATE["translating"] and not self.english:
            from PySide6.QtCore import QCoreApplication

            return QCoreApplication.translate(type(self).__name__, text, disambiguation or None, n)
        if n < 0:
            return text
        return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))

    def date(self, day: date, pattern: str) -> str:
        """`day` in Qt's `pattern` ("dd MMM"): month names in the user's language."""
        if not _STATE["translating"] or self.english:
            english = pattern.replace("yyyy", "%Y").replace("MMM", "%b").replace("dd", "%d")
            return day.strftime(english)
        from backpain_gui.ui.words import local_date

        return local_date(day, pattern)

    def decimal(self, number: str) -> str:
        """A number written with a point ("2.5") with the UI language's own ("2,5")."""
        if not _STATE["translating"] or self.english:
            return number
        from PySide6.QtCore import QLocale

        return number.replace(".", QLocale().decimalPoint())

"""The UI language: which catalogue to load, and the translators installed for it.

English is the source language, so it needs no catalogue; German and French are shipped in
`backpain_gui/translations/` (the .ts files translators edit, the .qm files `make
translations` compiles from them). The language is chosen as gettext chooses it, so a desktop
that sets LANGUAGE=fr:de gets French and `LANG=de_DE.UTF-8 backpain-gui` gets German.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backpain_gui.content.loader import use_language
from backpain_gui.ui.language_names import SHIPPED, wanted_names

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
# Our translators are found by this name, so that choosing again replaces them.
_NAME = "backpain-gui-translator"
K = TypeVar("K")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate (which knows this name) in `context`, and give it unchanged.

    As Qt's own macro, but typed: PySide6's returns `object`, which a table of words cannot hold.
    """
    return text


def wanted_locales(environ: Mapping[str, str] = os.environ) -> list[QLocale]:
    """The languages the user asked for, most wanted first, as gettext reads them.

    LANGUAGE (a colon-separated list) first, unless the locale is C; then the first of
    LC_ALL, LC_MESSAGES, LANG; with none of those set, the system's UI languages.
    """
    names = wanted_names(environ)
    if names == ["C"]:
        return [QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)]
    if names is None:
        return [QLocale(name) for name in QLocale.system().uiLanguages()] or [QLocale.system()]
    return [QLocale(name) for name in names]


def ui_locale(environ: Mapping[str, str] = os.environ) -> QLocale:
    """The locale the window speaks: the first wanted one with a catalogue, or English.

    English keeps the user's territory where they asked for English (en_GB dates stay
    British); a wanted language with no catalogue gives English, as the source is.
    """
    for locale in wanted_locales(environ):
        if locale.language() == QLocale.Language.English:
            return locale
        if _code(locale) in SHIPPED:
            return locale
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translators(app: QCoreApplication, environ: Mapping[str, str] = os.environ) -> QLocale:
    """Install the catalogues for the UI language (ours and Qt's own); the locale chosen.

    The locale also becomes the default QLocale, so dates, times and numbers are written in
    the same language as the words around them, and routines are loaded in it where they
    carry a translation (content/translated_text.py). Any translators installed before are
    removed.
    """
    for old in app.findChildren(QTranslator, _NAME):
        app.removeTranslator(old)
        old.setParent(None)
    locale = ui_locale(environ)
    QLocale.setDefault(locale)
    code = _code(locale)
    use_language(code if code in SHIPPED else "en")
    if code not in SHIPPED:
        return locale
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own words first (the buttons of a message box), ours after, so ours win.
    for name, folder in ((f"qtbase_{code}", qt_folder), (f"backpain_gui_{code}", TRANSLATIONS)):
        translator = QTranslator(app)
        translator.setObjectName(_NAME)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
    return locale


def _code(locale: QLocale) -> str:
    """The two-letter language code: 'de' for de_DE and de_AT."""
    return locale.name().split("_")[0]


class TranslatedWords(Mapping[K, str]):
    """A table of English words, each marked for lupdate with QT_TRANSLATE_NOOP, that gives
    them in the UI language at each look-up (so a table built at import follows a
    translator installed later)."""

    def __init__(self, context: str, words: Mapping[K, str]) -> None:
        self._context = context
        self._words = dict(words)

    def __getitem__(self, key: K) -> str:
        source = self._words[key]
        return QCoreApplication.translate(self._context, source) if source else ""

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """`source` in the UI language: QCoreApplication.translate under a name lupdate knows.

    Not for a count: lupdate reads plural forms only from `self.tr("%n rep(s)", "", n)`
    (from translate() only with a literal number), so those are written with tr and `counted`.
    """
    return QCoreApplication.translate(context, source, disambiguation)


def counted(text: str, n: int) -> str:
    """A count's words from tr(), its English made right: the source is written "%n rep(s)"
    (Qt fills in %n), and with no catalogue, as for English, "(s)" follows the count here."""
    return text.replace("(s)", "" if n == 1 else "s")

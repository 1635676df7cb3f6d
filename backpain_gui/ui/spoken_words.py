"""The voice's own words in the UI language: the breath words, "Rest.", "Switch sides.", the
version names and a rep's number, given to the speech planner (audio/speech_plan.py), which
imports no Qt. The routine's words (say lines, names, start positions) come translated with
the routine itself (content/translated_text.py).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from backpain_gui.audio.speech_plan import ENGLISH, SpokenWords, number_words
from backpain_gui.content.model import Breath, Variant
from backpain_gui.ui.translation import translate

_GERMAN_ONES = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
_GERMAN_TENS = [
    "_",
    "_",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
]
_FRENCH_ONES = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
# Seventy and ninety are sixty and eighty counting on past ten.
_FRENCH_TENS = [
    "_",
    "_",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
]


def german_number(n: int) -> str:
    """A whole number from 0 to 100 in German words ("einundzwanzig"); digits beyond that."""
    if not 0 <= n <= 100:
        return str(n)
    if n == 100:
        return "hundert"
    if n < 20:
        return _GERMAN_ONES[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return _GERMAN_TENS[tens]
    return ("ein" if ones == 1 else _GERMAN_ONES[ones]) + "und" + _GERMAN_TENS[tens]


def french_number(n: int) -> str:
    """A whole number from 0 to 100 in French words ("soixante et onze"); digits beyond that."""
    if not 0 <= n <= 100:
        return str(n)
    if n == 100:
        return "cent"
    if n < 20:
        return _FRENCH_ONES[n]
    tens, ones = divmod(n, 10)
    # Seventy and ninety count on from sixty and eighty: soixante-douze, quatre-vingt-dix-neuf.
    if tens in (7, 9):
        ones += 10
    word = _FRENCH_TENS[tens]
    if ones == 0:
        return "quatre-vingts" if tens == 8 else word
    if ones in (1, 11) and tens < 8:
        return f"{word} et {_FRENCH_ONES[ones]}"
    return f"{word}-{_FRENCH_ONES[ones]}"


_NUMBERS = {
    QLocale.Language.German: german_number,
    QLocale.Language.French: french_number,
    QLocale.Language.English: number_words,
}


def spoken_words(locale: QLocale | None = None) -> SpokenWords:
    """The planner's words in the UI language (QLocale's default, which install_translators
    sets): English where no catalogue is installed."""
    language = (locale or QLocale()).language()
    if language not in _NUMBERS or language is QLocale.Language.English:
        return ENGLISH
    return SpokenWords(
        breath={
            Breath.IN: translate("SpokenWords", "in", "breath"),
            Breath.OUT: translate("SpokenWords", "out", "breath"),
            Breath.HOLD: translate("SpokenWords", "hold", "breath"),
            Breath.NONE: "",
        },
        session_complete=translate("SpokenWords", "Session complete."),
        switch_sides=translate("SpokenWords", "Switch sides."),
        rest=translate("SpokenWords", "Rest."),
        next_exercise=translate("SpokenWords", "Next: {exercise}"),
        have_ready=translate("SpokenWords", "Have {equipment} ready."),
        variant={
            Variant.STANDARD: translate("SpokenWords", "standard"),
            Variant.MODIFICATION: translate("SpokenWords", "modification"),
            Variant.SUPPORTED: translate("SpokenWords", "supported"),
            Variant.PROGRESSION: translate("SpokenWords", "progression"),
        },
        number=_NUMBERS[language],
    )

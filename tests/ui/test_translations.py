"""The window speaks the user's language: every marked string has a German and a French entry,
the shipped .qm files are those the .ts files compile to, and LANG chooses the language."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, Qt

from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.pain_words import after_session_words, severe_before_words
from backpain_gui.ui.plan_calendar import PLAN_WORDS, day_text, month_name, weekday_letters
from backpain_gui.ui.translation import SHIPPED, TRANSLATIONS, ui_locale

ROOT = Path(__file__).resolve().parents[2]
QT_TOOLS = Path(PySide6.__file__).resolve().parent
# {name} for str.format and %n for plural forms: a translation that loses or invents one
# would show a raw placeholder or raise at run time.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")

Message = tuple[str, str, list[str]]


def _messages(ts: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for each message of a .ts file."""
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            yield name, source, forms, finished


def _refreshed(language: str, tmp_path: Path) -> Path:
    """The committed catalogue for `language` brought up to date with the sources, as
    `make translations` would: strings new in the code come in unfinished."""
    copy = tmp_path / f"backpain_gui_{language}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    sources = sorted(str(path) for path in (ROOT / "backpain_gui").rglob("*.py"))
    subprocess.run(
        [str(QT_TOOLS / "lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", copy],
        check=True,
        capture_output=True,
    )
    return copy


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_the_window_shows_is_translated(language: str, tmp_path: Path) -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, forms, finished in _messages(_refreshed(language, tmp_path))
        if not finished or not all(form.strip() for form in forms)
    ]
    assert not missing, f"not translated into {language} (run `make translations`):\n" + (
        "\n".join(missing)
    )


# The calls lupdate reads, by name; the source text is their first string (the second for
# `translate` and QT_TRANSLATE_NOOP, after the context).
_MARKERS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def _marked_in_code() -> set[tuple[str, str]]:
    """(file, text) of every literal text the package passes to tr, translate or a marker."""
    found = set()
    for path in sorted((ROOT / "backpain_gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = _MARKERS.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((path.name, text.value))
    return found


def test_lupdate_finds_every_marked_string(tmp_path: Path) -> None:
    # lupdate's Python parser quietly skips a call it cannot read (a count written
    # `item.reps` rather than a plain name): such a string would never be translated.
    extracted = {source for _, source, _, _ in _messages(_refreshed("de", tmp_path))}
    skipped = sorted(
        f"{file}: {text!r}" for file, text in _marked_in_code() if text not in extracted
    )
    assert not skipped, "lupdate does not see:\n" + "\n".join(skipped)


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for context, source, forms, _ in _messages(TRANSLATIONS / f"backpain_gui_{language}.ts"):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        if "%n" in source and len(forms) < 2:
            wrong.append(f"{context}: {source!r} has no plural forms (write it with self.tr)")
        for form in forms:
            if "(s)" in form:
                # `counted` would resolve it by the count, as English's.
                wrong.append(f"{context}: {source!r} -> {form!r} keeps an English '(s)'")
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A singular form may say "one" in words rather than %n.
            if got != wanted and not (len(forms) > 1 and got == [p for p in wanted if p != "%n"]):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", SHIPPED)
def test_the_shipped_qm_is_the_compiled_ts(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"backpain_gui_{language}.qm"
    subprocess.run(
        [
            str(QT_TOOLS / "lrelease"),
            "-nounfinished",
            str(TRANSLATIONS / f"backpain_gui_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    shipped = TRANSLATIONS / compiled.name
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make translations`"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, None),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        # A desktop's list of languages wins, the first with a catalogue.
        ({"LANGUAGE": "es:fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
        # No catalogue for Spanish: English, the source.
        ({"LANG": "es_ES.UTF-8"}, "en"),
        # The C locale means no translation at all, whatever LANGUAGE says.
        ({"LANGUAGE": "de", "LANG": "C.UTF-8"}, "en"),
    ],
)
def test_the_language_is_chosen_as_gettext_chooses(
    environ: dict[str, str], language: str | None
) -> None:
    chosen = ui_locale(environ).name().split("_")[0]
    if language is None:
        # Nothing set: the system's own choice, which is a shipped language or English.
        assert chosen in (*SHIPPED, "en")
    else:
        assert chosen == language


def test_a_german_locale_gets_a_german_plan(speak, make_window) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    window: MainWindow = make_window()
    start = window.plan_screen.start
    assert start.accessibleName() == "Sitzung starten"
    assert start.text().startswith("Starten")
    assert window.plan_screen.settings_button.text() == "Einstellungen  (Strg+,)"
    # The routine's own words stay as the routine gives them.
    assert window.plan_screen.name_labels["bridge"].text() == "Bridge"


def test_a_french_locale_gets_a_french_plan(speak, make_window) -> None:
    speak({"LANG": "fr_FR.UTF-8"})
    window: MainWindow = make_window()
    assert window.plan_screen.start.accessibleName() == "Commencer la séance"
    box = window.plan_screen.variant_boxes["bridge"]
    assert box.itemText(1) == "Facilitée (plus simple)"


def test_english_is_the_default(speak, make_window) -> None:
    speak({})
    window: MainWindow = make_window()
    if QLocale().language() == QLocale.Language.English:
        assert window.plan_screen.start.accessibleName() == "Start session"
    speak({"LANG": "C"})
    window = make_window()
    assert window.plan_screen.start.accessibleName() == "Start session"
    assert window.plan_screen.variant_boxes["bridge"].itemText(1) == "Modification (easier)"


def test_a_german_plan_counts_reps_in_german(speak, make_window) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    window: MainWindow = make_window()
    details = window.plan_screen.detail_labels
    assert details["bridge"].text() == "2 Wiederholungen"
    assert details["twist"].text() == "1 Wiederholung je Seite"
    assert window.plan_screen.total.text() == "Insgesamt etwa 1 Min."


def test_a_german_session_speaks_german_from_get_ready_to_the_summary(
    qtbot, speak, make_window, clock
) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert screen.step.text() == "Vorbereiten"
    assert screen.pacer.state.words == "Vorbereiten"
    assert screen.buttons["pause"].text() == "Pause  (Leertaste)"
    assert screen.hurts.accessibleName() == "Es tut weh"
    clock.tick(5.5)
    assert window.driver is not None
    window.driver.on_timer_timeout()
    assert screen.step.text() == "Schritt 1 von 3"
    assert screen.rep_text.text() == "Wiederholung 1 von 2"
    assert screen.detail.text() == "Tipp: Keep the ribs down."
    # The pacer's word, the biggest on the screen after the instruction.
    assert screen.pacer.state.words in ("Einatmen", "Ausatmen", "Halten")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert screen.buttons["pause"].accessibleName() == "Fortsetzen"
    assert screen.veil.label.text() == "Pause \u2013 zum Fortsetzen die Leertaste drücken"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.tick(38 + 5 + 9 + 5 + 9 + 1)
    window.driver.on_timer_timeout()
    summary = window.summary_screen
    assert summary.heading.text() == "Gut gemacht \u2013 Sitzung geschafft"
    header, done, reps = (
        summary.table.horizontalHeaderItem(0),
        summary.table.item(0, 1),
        summary.table.item(1, 3),
    )
    assert header is not None
    assert done is not None
    assert reps is not None
    assert header.text() == "Übung"
    assert done.text() == "Geschafft"
    assert reps.text() == "1 + 1 von 1 je Seite"
    assert summary.total.text().startswith("Gesamtzeit ")


def test_a_french_session_speaks_french(qtbot, speak, make_window) -> None:
    speak({"LANG": "fr_FR.UTF-8"})
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert screen.step.text() == "Préparez-vous"
    skip = screen.buttons["skip"]
    assert skip.accessibleName() == "Passer"
    assert skip.accessibleDescription() == "Passer à l\u2019exercice suivant. Touche : Droite"
    assert screen.progress.text().startswith("Exercice 1 sur 2")


def test_pain_advice_from_the_qt_free_layer_is_translated(speak) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    assert after_session_words(3, 6) == (
        "Ihr Rücken ging während der Sitzung von 3 auf 6 von 10. Machen Sie beim nächsten Mal"
        " etwas weniger: Die vereinfachten Varianten finden Sie im Plan. Wenn das immer wieder"
        " passiert, gehen Sie zur Physiotherapie."
    )
    assert after_session_words(5, 3).endswith("Gut gemacht.")
    assert after_session_words(4, 4) == ""
    severe = severe_before_words(9)
    assert severe is not None
    assert severe.startswith("Ihr Rücken ist heute sehr schmerzhaft (9 von 10).")
    assert severe_before_words(3) is None
    speak({"LANG": "en_GB.UTF-8"})
    assert after_session_words(5, 3) == "Your back went from 5 to 3 of 10. Well done."


def test_the_calendar_names_days_and_months_in_the_ui_language(speak) -> None:
    day = date(2026, 11, 19)
    speak({"LANG": "de_DE.UTF-8"})
    assert weekday_letters() == ["M", "D", "M", "D", "F", "S", "S"]
    assert month_name(date(2026, 10, 1)) == "Okt"
    assert day_text(day).startswith("Do., 19. Nov")
    assert PLAN_WORDS.streak(1) == "Serie: 1 Tag am Stück"
    assert PLAN_WORDS.streak(3) == "Serie: 3 Tage am Stück"
    assert PLAN_WORDS.practised(5, 2) == "5 Tage geübt, 2 ausgelassen"
    speak({"LANG": "fr_FR.UTF-8"})
    assert weekday_letters() == ["L", "M", "M", "J", "V", "S", "D"]
    assert day_text(day).startswith("jeu. 19 nov")
    assert PLAN_WORDS.streak(2) == "Série : 2 jours d\u2019affilée"
    speak({"LANG": "en_GB.UTF-8"})
    assert weekday_letters() == list("MTWTFSS")
    assert day_text(day) == "Thu 19 Nov 2026"
    assert PLAN_WORDS.streak(1) == "Streak: 1 day in a row"
    assert PLAN_WORDS.streak(4) == "Streak: 4 days in a row"


# Starts the app as `backpain-gui` does, with the event loop replaced by a look at the plan.
_START_AND_LOOK = """
from PySide6.QtWidgets import QApplication
def look(app):
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "plan_screen"):
            print("START:", widget.plan_screen.start.accessibleName())
            print("FIRST:", widget.plan_screen.name_labels["hip-roll"].text())
    # As exec() ends: what waits for it (the voice's thread) is closed.
    app.aboutToQuit.emit()
    return 0
QApplication.exec = look
from backpain_gui.app.cli import main
raise SystemExit(main([]))
"""


@pytest.mark.parametrize(
    ("lang", "words", "exercise"),
    [
        ("de_DE.UTF-8", "Sitzung starten", "Hüftrollen"),
        ("fr_FR.UTF-8", "Commencer la séance", "L\u2019enroulement du bassin"),
        ("", "Start session", "The Hip Roll"),
    ],
)
def test_the_app_started_under_a_locale_speaks_it(lang: str, words: str, exercise: str) -> None:
    environ = {
        name: value
        for name, value in os.environ.items()
        if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environ.update(QT_QPA_PLATFORM="offscreen", LANG=lang or "C")
    started = subprocess.run(
        [sys.executable, "-c", _START_AND_LOOK],
        env=environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    assert f"START: {words}\n" in started.stdout
    # The routine's own words too, from its translation beside it.
    assert f"FIRST: {exercise}\n" in started.stdout

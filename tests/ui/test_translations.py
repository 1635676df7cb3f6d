"""The window speaks the user's language: every marked string has a German and a French entry,
the shipped .qm files are those the .ts files compile to, and LANG chooses the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.translation import SHIPPED, TRANSLATIONS, install_translators, ui_locale

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


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for context, source, forms, _ in _messages(TRANSLATIONS / f"backpain_gui_{language}.ts"):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
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


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[Mapping[str, str]], QLocale]]:
    """Installs the translators for an environment, and takes them out after the test."""
    before = QLocale()
    yield lambda environ: install_translators(qapp, environ)
    install_translators(qapp, {"LANG": "en_US.UTF-8"})
    QLocale.setDefault(before)


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
    assert box.itemText(1) == "Adaptation (plus facile)"


def test_english_is_the_default(speak, make_window) -> None:
    speak({})
    window: MainWindow = make_window()
    if QLocale().language() == QLocale.Language.English:
        assert window.plan_screen.start.accessibleName() == "Start session"
    speak({"LANG": "C"})
    window = make_window()
    assert window.plan_screen.start.accessibleName() == "Start session"
    assert window.plan_screen.variant_boxes["bridge"].itemText(1) == "Modification (easier)"

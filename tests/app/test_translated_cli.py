"""The command line in the user's language: `plan`, `check` and `history` under a German or
French locale, as a person runs them in a terminal; machine formats stay English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(lang: str, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`backpain-gui ARGS` under LANG=`lang`, with no other locale variable set."""
    environ = {
        name: value
        for name, value in os.environ.items()
        if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environ.update(LANG=lang, PYTHONPATH=str(ROOT))
    if home is not None:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            environ[name] = str(home / name.lower())
    return subprocess.run(
        [sys.executable, "-m", "backpain_gui", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "de_DE.UTF-8",
            [
                "Mit den Standardeinstellungen",
                "5 einfache Pilates-Übungen bei Rückenschmerzen: 5 Übungen, insgesamt",
                "1. Hüftrollen  (Standard; 8 Wiederholungen)",
                "5 Wiederholungen je Seite, erst links, dann rechts",
                "Einatmen zur Vorbereitung; der kleine Spalt unter dem unteren Rücken bleibt.",
                "Seite wechseln",
                # Numbers as the language writes them.
                "Tempo 1,00x (höher heißt langsamer atmen)",
            ],
        ),
        (
            "fr_FR.UTF-8",
            [
                "Avec les réglages par défaut",
                "1. L\u2019enroulement du bassin  (standard; 8 répétitions)",
                "Inspirez pour vous préparer ; gardez le petit espace sous le bas du dos.",
                "changer de côté",
                "Tempo 1,00x",
            ],
        ),
        (
            "C.UTF-8",
            [
                "Using the default settings",
                "1. The Hip Roll  (standard; 8 reps)",
                "Breathe in to prepare; keep the small gap under your lower back.",
                "switch sides",
                "Tempo 1.00x",
            ],
        ),
    ],
)
def test_plan_speaks_the_locale(lang: str, words: list[str], tmp_path: Path) -> None:
    completed = run(lang, "plan", home=tmp_path)
    assert completed.returncode == 0, completed.stderr
    for expected in words:
        assert expected in completed.stdout
    if not lang.startswith("C"):
        assert "reps" not in completed.stdout
        assert "Hip Roll" not in completed.stdout


def test_the_plan_json_keeps_its_keys_and_values_english(tmp_path: Path) -> None:
    english = json.loads(run("C.UTF-8", "plan", "--json", home=tmp_path).stdout)
    german = json.loads(run("de_DE.UTF-8", "plan", "--json", home=tmp_path).stdout)
    assert german.keys() == english.keys()
    assert german["language"] == "de"
    assert english["language"] == "en"
    # The routine's own title, which the history files sessions under, in both.
    assert german["routine"] == english["routine"] == "5 easy Pilates exercises for back pain"
    first, englished = german["exercises"][0], english["exercises"][0]
    assert first.keys() == englished.keys()
    assert (first["variant"], first["phases"][0]["breath"]) == ("standard", "in")
    assert first["name"] == "Hüftrollen"
    assert german["settings_used"]["source"] == "defaults"


def test_check_says_valid_in_the_locale_and_checks_the_translations() -> None:
    completed = run("de_DE.UTF-8", "check")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == [
        f"{ROOT / 'exercises.yaml'}: gültiges Programm „5 easy Pilates exercises for back pain“,"
        " 5 Übungen, 20 Phasen",
        f"{ROOT / 'exercises.de.yaml'}: gültige Übersetzung (de)",
        f"{ROOT / 'exercises.fr.yaml'}: gültige Übersetzung (fr)",
    ]
    french = run("fr_FR.UTF-8", "check")
    assert "programme valide « 5 easy Pilates" in french.stdout
    assert "5 exercices, 20 phases" in french.stdout


def test_history_speaks_the_locale_and_its_csv_stays_english(tmp_path: Path) -> None:
    german = run("de_DE.UTF-8", "history", home=tmp_path)
    assert (german.returncode, german.stdout) == (0, "Noch keine Sitzungen gespeichert.\n")
    french = run("fr_FR.UTF-8", "history", home=tmp_path)
    assert french.stdout == "Aucune séance enregistrée pour l\u2019instant.\n"
    csv = run("de_DE.UTF-8", "history", "--csv", home=tmp_path)
    assert csv.stdout.startswith("session_id,session_started,")


def test_an_english_check_loads_no_qt() -> None:
    # `check` stays quick: Qt is loaded only where a catalogue is to be installed.
    probe = (
        "import sys\nfrom backpain_gui.app.cli import main\nstatus = main(['check'])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')\n"
    )
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    environ.update(LANG="C.UTF-8", LC_MESSAGES="")
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.stdout.splitlines()[-1] == "NO QT"

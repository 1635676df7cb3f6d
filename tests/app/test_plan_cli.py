"""`backpain-gui plan` as a user runs it: the window's stored settings followed and named, and a
routine given with --routine or FILE that is missing or broken refused by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Variant
from backpain_gui.session import SessionSettings, plan_session
from backpain_gui.ui.app_settings import SettingsStore
from tests.app.test_cli import PROBLEM_LINE, ROOT, run

BUILTIN = ROOT / "exercises.yaml"
BROKEN = ROOT / "tests" / "data" / "broken" / "bad-reps.yaml"


@pytest.fixture
def settings_file() -> Path:
    """Where the window keeps its settings, inside this test's own XDG_CONFIG_HOME."""
    return Path(os.environ["XDG_CONFIG_HOME"]) / "backpain-gui" / "backpain-gui.conf"


@pytest.fixture
def store(settings_file: Path) -> SettingsStore:
    """The window's settings store, writing the file the command reads."""
    return SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat))


def plan_json(*args: str) -> dict[str, object]:
    completed, _ = run(*args, "plan", "--json")
    assert (completed.returncode, completed.stderr) == (0, "")
    document = json.loads(completed.stdout)
    assert isinstance(document, dict)
    return document


def test_with_nothing_stored_the_plan_says_it_uses_the_defaults(settings_file: Path) -> None:
    completed, _ = run("plan")
    assert completed.returncode == 0
    assert completed.stdout.splitlines()[0] == "Using the default settings"
    document = plan_json()
    assert document["settings_used"] == {
        "source": "defaults",
        "file": str(settings_file),
        "changes": [],
    }
    assert document["total_ms"] == plan_session(load_routine(BUILTIN), SessionSettings()).total_ms


def test_a_stored_slower_pace_lengthens_the_plan(store: SettingsStore) -> None:
    before = plan_json()["total_ms"]
    store.save(replace(store.load(), tempo=1.5))
    after = plan_json()
    assert isinstance(before, int)
    assert (
        after["total_ms"]
        == plan_session(load_routine(BUILTIN), SessionSettings(tempo=1.5)).total_ms
    )
    assert after["total_ms"] > before
    assert after["settings"]["tempo"] == 1.5  # type: ignore[index]
    assert after["settings_used"]["source"] == "yours"  # type: ignore[index]
    assert after["settings_used"]["changes"] == ["breathing pace 1.5x"]  # type: ignore[index]
    completed, _ = run("plan")
    lines = completed.stdout.splitlines()
    assert lines[0] == "Using your settings: breathing pace 1.5x"
    assert "Tempo 1.50x (higher is slower breathing)" in lines


def test_a_stored_variant_reps_and_left_out_exercise_are_in_the_plan(store: SettingsStore) -> None:
    store.set_variant("extension-prone", Variant.PROGRESSION)
    store.save(
        replace(store.load(), reps={"side-bends": 3}, left_out=frozenset({"abdominal-prep"}))
    )
    document = plan_json()
    exercises = {e["id"]: e for e in document["exercises"]}  # type: ignore[attr-defined]
    assert exercises["extension-prone"]["variant"] == "progression"
    assert exercises["side-bends"]["reps"] == 3
    assert "abdominal-prep" not in exercises
    completed, _ = run("plan")
    lines = completed.stdout.splitlines()
    assert lines[0] == (
        "Using your settings: Extension Prone: progression, The Side Bends: 3 reps,"
        " The Abdominal Prep: left out"
    )
    assert any(line.startswith("3. Extension Prone  (progression; 10 reps)") for line in lines)


def test_the_stored_settings_follow_a_routine_given_with_routine(store: SettingsStore) -> None:
    store.set_variant("extension-prone", Variant.MODIFICATION)
    document = plan_json("--routine", "exercises.yaml")
    variants = [(e["id"], e["variant"]) for e in document["exercises"]]  # type: ignore[attr-defined]
    assert ("extension-prone", "modification") in variants


@pytest.mark.parametrize(
    "args",
    [
        ("--routine", "missing.yaml", "plan"),
        ("--routine", "missing.yaml", "plan", "--json"),
        ("plan", "missing.yaml"),
        ("--routine", "missing.yaml", "check"),
    ],
    ids=["plan-routine", "plan-json-routine", "plan-file", "check-routine"],
)
def test_a_missing_routine_is_refused_by_name(args: tuple[str, ...]) -> None:
    completed, _ = run(*args)
    assert (completed.returncode, completed.stdout, completed.stderr) == (
        1,
        "",
        "missing.yaml:1:1: no such file\n",
    )


@pytest.mark.parametrize("command", ["plan", "check"])
def test_a_routine_that_does_not_load_is_refused_with_its_problems(command: str) -> None:
    shown = str(BROKEN.relative_to(ROOT))
    completed, _ = run("--routine", shown, command)
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    assert lines
    assert all(PROBLEM_LINE.match(line) and line.startswith(f"{shown}:") for line in lines)


def test_routine_and_file_naming_two_routines_is_a_usage_error() -> None:
    completed, _ = run("--routine", "exercises.yaml", "plan", "other.yaml")
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.endswith(
        "error: two routines given, --routine exercises.yaml and other.yaml; give one\n"
    )


def test_routine_with_history_is_a_usage_error_not_ignored() -> None:
    completed, _ = run("--routine", "missing.yaml", "history")
    assert completed.returncode == 2
    assert "--routine is not used by the history command" in completed.stderr


def test_plan_loads_qt_core_only_no_display_modules() -> None:
    probe = (
        "import json, sys\n"
        "from backpain_gui.app.cli import main\n"
        "code = main(['plan'])\n"
        "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    code, qt_modules = json.loads(completed.stdout.splitlines()[-1])
    assert (code, qt_modules) == (0, ["PySide6.QtCore"])

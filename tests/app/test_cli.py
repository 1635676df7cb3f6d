"""The `backpain-gui` command as a user runs it: check, --version, --help, usage errors."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from backpain_gui.app.cli import main

ROOT = Path(__file__).resolve().parents[2]
BROKEN = sorted((ROOT / "tests" / "data" / "broken").glob("*.yaml"))
PROBLEM_LINE = re.compile(r"^.+:\d+:\d+: .+$")


def run(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `python -m backpain_gui ARGS` from the repository root; the result and seconds taken."""
    # English, whatever the machine's locale: the words checked here are the source's.
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith("LC_")},
        "PYTHONPATH": str(ROOT),
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
    }
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", "backpain_gui", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return completed, time.monotonic() - started


def expected_problems(path: Path) -> list[str]:
    """The `# expect: LINE:COL: message` comments at the end of a corpus file."""
    lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    return [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]


def test_the_corpus_covers_every_kind_of_broken_file() -> None:
    assert len(BROKEN) >= 20
    assert all(expected_problems(path) for path in BROKEN)


@pytest.mark.parametrize("path", BROKEN, ids=lambda path: path.stem)
def test_a_broken_routine_gets_placed_problem_lines_and_exit_1(path: Path) -> None:
    shown = str(path.relative_to(ROOT))
    completed, seconds = run("check", shown)
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    assert lines
    assert all(PROBLEM_LINE.match(line) for line in lines), lines
    for expected in expected_problems(path):
        assert any(line.startswith(f"{shown}:{expected}") for line in lines), expected
    # Typically 0.1-0.2 s; the margin is for a loaded machine, not a target.
    assert seconds < 5


def test_the_builtin_routine_checks_clean_with_a_summary() -> None:
    completed, seconds = run("check")
    assert completed.returncode == 0
    assert completed.stderr == ""
    assert completed.stdout == (
        f"{ROOT / 'exercises.yaml'}: valid routine '5 easy Pilates exercises for back pain',"
        " 5 exercises, 20 phases\n"
        f"{ROOT / 'exercises.de.yaml'}: valid translation (de)\n"
        f"{ROOT / 'exercises.fr.yaml'}: valid translation (fr)\n"
    )
    assert seconds < 5


def test_a_valid_file_is_summed_up_under_the_name_given(tmp_path: Path) -> None:
    completed, _ = run("check", "exercises.yaml")
    assert completed.returncode == 0
    assert completed.stdout.startswith("exercises.yaml: valid routine '5 easy Pilates")


def test_a_missing_file_is_a_problem_not_a_traceback() -> None:
    completed, _ = run("check", "no/such/routine.yaml")
    assert (completed.returncode, completed.stderr) == (
        1,
        "no/such/routine.yaml:1:1: no such file\n",
    )


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    completed, _ = run("check", str(empty))
    assert completed.returncode == 1
    assert (
        completed.stderr
        == f"{empty}:1:1: the file is empty; a routine needs schema_version, title and exercises\n"
    )


def test_an_oversized_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# padding\n" * 200_000)
    completed, _ = run("check", str(big))
    assert completed.returncode == 1
    assert (
        completed.stderr == f"{big}:1:1: the file is 1.9 MiB; a routine file may be at most 1 MiB\n"
    )


def test_a_usage_error_exits_2_with_the_usage() -> None:
    completed, _ = run("check", "one.yaml", "two.yaml")
    assert completed.returncode == 2
    assert completed.stderr.startswith("usage: backpain-gui")
    assert "unrecognized arguments: two.yaml" in completed.stderr


def test_an_unknown_command_exits_2() -> None:
    completed, _ = run("chekc")
    assert completed.returncode == 2
    assert "invalid choice: 'chekc'" in completed.stderr


def test_version() -> None:
    completed, _ = run("--version")
    assert (completed.returncode, completed.stdout) == (0, "backpain-gui 0.1.0\n")


def test_help_names_the_commands_and_window_options() -> None:
    completed, _ = run("--help")
    assert completed.returncode == 0
    for word in (
        "check",
        "plan",
        "--routine FILE",
        "--event-log FILE",
        "--fullscreen",
        "--version",
    ):
        assert word in completed.stdout


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # As in `backpain-gui check | true`: the pipe is closed before anything is written to it.
    reading_end, writing_end = os.pipe()
    os.close(reading_end)
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "backpain_gui", "check"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=writing_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(writing_end)
    assert (completed.returncode, completed.stderr) == (141, "")


def test_check_never_loads_qt() -> None:
    probe = (
        "import json, sys\n"
        "from backpain_gui.app.cli import main\n"
        "code = main(['check'])\n"
        "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('PySide6'))]))\n"
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
    assert (code, qt_modules) == (0, [])


def test_without_a_command_the_window_starts_with_the_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[argparse.Namespace] = []

    def run_app(args: argparse.Namespace) -> int:
        started.append(args)
        return 7

    # A stand-in for the window module, so this test opens no window.
    window = types.ModuleType("backpain_gui.ui.app")
    vars(window).update(run_app=run_app)
    monkeypatch.setitem(sys.modules, "backpain_gui.ui.app", window)
    assert main(["--routine", "mine.yaml", "--event-log", "log.jsonl", "--fullscreen"]) == 7
    (args,) = started
    assert (args.routine, args.event_log, args.fullscreen) == (
        Path("mine.yaml"),
        Path("log.jsonl"),
        True,
    )


def test_check_warns_where_the_breath_does_not_take_turns_and_still_passes(
    tmp_path: Path,
) -> None:
    # Side Bends as it once was: in to prepare, out to lift, in to lower, then in again.
    routine = (ROOT / "exercises.yaml").read_text(encoding="utf-8")
    start = routine.index("  - id: side-bends")
    side_bends = routine[start:]
    rewritten = side_bends.replace("breath: out", "breath: in", 1)
    assert rewritten != side_bends
    copy = tmp_path / "routine.yaml"
    copy.write_text(routine[:start] + rewritten, encoding="utf-8")
    shutil.copytree(ROOT / "assets", tmp_path / "assets")
    completed, _ = run("check", str(copy))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"{copy}: valid routine")
    warnings = completed.stderr.splitlines()
    assert warnings, "no breath warning"
    assert all(line.startswith(f"{copy}: warning: exercises[4]") for line in warnings), warnings
    assert "Side Bends" in warnings[0]
    assert "breathes in" in warnings[0]

"""One clock (issue 20 §3): the real monotonic clock is chosen once, at start-up, and handed to
every adapter; a module that reads a clock of its own, or defaults to one, fails here."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "backpain_gui"

# The time module's monotonic clocks; Qt's QElapsedTimer keeps one too.
CLOCKS = {"monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns"}

# Where a clock may be named: the start-up, which chooses the one clock; the session driver,
# which knows it to look for sleep beside it (session_driver.py, "the monotonic clock stops
# while a Linux laptop sleeps").
CHOOSES = {"ui/app.py"}
KNOWS = {"ui/session_driver.py"}
# Constructors that still default to time.monotonic, in other engineers' modules (issues 15
# and 19): each is handed the one clock by ui/app.py or the window, and its default is to go.
STILL_DEFAULT = {"ui/main_window.py", "ui/voice.py", "ui/sound_check.py"}


def _reads_a_clock(node: ast.AST) -> bool:
    """`time.monotonic` and the like, `from time import monotonic`, or Qt's QElapsedTimer."""
    if isinstance(node, ast.Attribute):
        in_time = isinstance(node.value, ast.Name) and node.value.id == "time"
        return (in_time and node.attr in CLOCKS) or node.attr == "QElapsedTimer"
    if isinstance(node, ast.ImportFrom):
        names = {alias.name for alias in node.names}
        return (node.module == "time" and bool(names & CLOCKS)) or "QElapsedTimer" in names
    return isinstance(node, ast.Name) and node.id == "QElapsedTimer"


def clock_readers() -> dict[str, list[int]]:
    """Each module (path under the package) that names a clock, with the lines it does so."""
    found: dict[str, list[int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        lines = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.stmt | ast.expr) and _reads_a_clock(node)
        ]
        if lines:
            found[path.relative_to(PACKAGE).as_posix()] = lines
    return found


def test_only_the_start_up_chooses_the_clock() -> None:
    readers = clock_readers()
    # The start-up really names it (a rename would otherwise pass as "no clock anywhere").
    assert "ui/app.py" in readers
    others = {name: lines for name, lines in readers.items() if name not in CHOOSES | KNOWS}
    assert set(others) <= STILL_DEFAULT, f"a second clock: {others}"

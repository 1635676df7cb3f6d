"""A running session's CPU against its floor: a bare 60 fps QPainter pacer in the same window.

Issue 20's target: a running session (the moving figure and the pacer, no sound or voice)
costs at most 1.5 times the CPU of a bare pacer window of the same size, painting at 60 fps
at the place where the session's pacer sits. Both run on the same private X server, one after
the other, alternated (session, floor, session, floor, ...) so that whatever else the machine
does weighs on both alike; each figure is the median of its runs.

`BENCH_DISPLAY=:81` uses an X server already running there instead of starting one (started
as `Xvfb :81 -screen 0 1024x600x24`); the window is 1366x768, or the screen's size if smaller.
`BENCH_SESSION_SECONDS` and `BENCH_SESSION_ROUNDS` change the 20 s runs and the 3 rounds.
`BENCH_BEFORE_TREE=/a/checkout` also runs the session of that checkout (an older commit, say)
in each round, after the floor, so that a change's before and after come from one run.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

Row = tuple[str, str, str, bool]
TARGET = 1.5
ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def _x_display() -> Iterator[str]:
    given = os.environ.get("BENCH_DISPLAY")
    if given:
        yield given
        return
    from tests.e2e.x_server import private_x_server

    with private_x_server() as display:
        yield display


def _probe(env: dict[str, str], *arguments: str, tree: Path = ROOT) -> dict[str, object]:
    # Run from the tree's own folder: its backpain_gui is the one imported.
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.window_probe", *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


Runs = list[dict[str, object]]


def alternated(
    env: dict[str, str], seconds: float, rounds: int, before: Path | None = None
) -> tuple[Runs, Runs, Runs]:
    """`rounds` session runs and as many floor runs, alternated; the floor at the pacer's place.

    With a `before` tree, that tree's session too, after each floor.
    """
    sessions: Runs = []
    floors: Runs = []
    befores: Runs = []
    for _ in range(rounds):
        sessions.append(_probe(env, "--session", str(seconds)))
        place = sessions[0]["pacer"]
        assert isinstance(place, list)
        floors.append(_probe(env, "--floor", str(seconds), *(str(n) for n in place)))
        if before is not None:
            befores.append(_probe(env, "--session", str(seconds), tree=before))
    return sessions, floors, befores


def _cpu(runs: list[dict[str, object]]) -> list[float]:
    return [float(str(run["cpu_percent"])) for run in runs]


def measure() -> list[Row]:
    """Rows of (what, measured, target, met)."""
    if shutil.which("Xvfb") is None and not os.environ.get("BENCH_DISPLAY"):
        return [("session CPU against a bare pacer", "Xvfb missing", "installed", False)]
    seconds = float(os.environ.get("BENCH_SESSION_SECONDS", "20"))
    rounds = int(os.environ.get("BENCH_SESSION_ROUNDS", "3"))
    with _x_display() as display, TemporaryDirectory() as home:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": home,
            "BACKPAIN_GUI_DATA_DIR": home,
        }
        before_tree = os.environ.get("BENCH_BEFORE_TREE")
        before = Path(before_tree) if before_tree else None
        sessions, floors, befores = alternated(env, seconds, rounds, before)
    session, floor = statistics.median(_cpu(sessions)), statistics.median(_cpu(floors))
    ratio = session / floor
    runs = lambda values: ", ".join(f"{value:.1f}" for value in values)  # noqa: E731
    place = sessions[0]["pacer"]
    compared: list[Row] = []
    if befores:
        then = statistics.median(_cpu(befores))
        compared.append(
            (
                f"the same session in {before}",
                f"{then:.1f}% of a core ({runs(_cpu(befores))}), {then / floor:.2f}x floor",
                "(reported)",
                True,
            )
        )
    return [
        (
            f"session CPU, moving figure and pacer ({rounds} x {seconds:g} s)",
            f"{session:.1f}% of a core ({runs(_cpu(sessions))})",
            f"<= {TARGET:g} x floor = {TARGET * floor:.1f}%",
            ratio <= TARGET,
        ),
        (
            f"floor: bare 60 fps QPainter pacer, {place} in the same window",
            f"{floor:.1f}% of a core ({runs(_cpu(floors))})",
            "(the floor)",
            True,
        ),
        (
            "session CPU / floor",
            f"{ratio:.2f}x",
            f"<= {TARGET:g}x",
            ratio <= TARGET,
        ),
        (
            # The session repaints only what moves: nothing through a hold or a still step.
            "pacer paints a second, session / floor",
            f"{statistics.median(float(str(s['fps'])) for s in sessions):.1f} / "
            f"{statistics.median(float(str(f['fps'])) for f in floors):.1f}",
            "floor >= 58 (its 60 fps)",
            all(float(str(run["fps"])) >= 58 for run in floors),
        ),
        *compared,
    ]


if __name__ == "__main__":
    for row in measure():
        print("  ".join(str(cell) for cell in row))

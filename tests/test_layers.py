"""The layers without Qt stay without it: each imported in a fresh process, its modules listed.

session and content are the pure core (no Qt, no sound, no database); the figures, the cue
and speech planning and the history are used by tools and the command line without a window.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS = [
    (
        ("backpain_gui.session", "backpain_gui.content", "backpain_gui.content.loader"),
        "backpain_gui.session.engine",
        ("PySide6", "playsound3", "sqlite3"),
    ),
    (
        ("backpain_gui.figures.catalogue", "backpain_gui.figures.render_svg"),
        "backpain_gui.figures.drawing",
        ("PySide6", "playsound3", "sqlite3"),
    ),
    (
        ("backpain_gui.audio.scheduler", "backpain_gui.audio.speech_plan"),
        "backpain_gui.audio.cues",
        ("PySide6", "playsound3", "sqlite3"),
    ),
    (
        ("backpain_gui.storage.history", "backpain_gui.app.cli"),
        "backpain_gui.storage.database",
        ("PySide6", "playsound3"),
    ),
]


@pytest.mark.parametrize(
    ("modules", "witness", "forbidden"),
    LAYERS,
    ids=["session-and-content", "figures", "cue-and-speech-plans", "history-and-cli"],
)
def test_a_layer_without_qt_imports_none(
    modules: tuple[str, ...], witness: str, forbidden: tuple[str, ...]
) -> None:
    probe = (
        f"import json, sys\nimport {', '.join(modules)}\nprint(json.dumps(sorted(sys.modules)))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loaded = json.loads(completed.stdout)
    # The probe really imported the layer (a typo would otherwise pass as "nothing forbidden").
    assert witness in loaded
    offending = [name for name in loaded if name.split(".")[0] in forbidden]
    assert offending == []

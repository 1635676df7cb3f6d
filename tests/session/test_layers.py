"""session and content import no Qt, no sound and no database: checked in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "playsound3", "sqlite3")
ROOT = Path(__file__).resolve().parents[2]


def test_session_and_content_import_no_qt_sound_or_database() -> None:
    probe = (
        "import json, sys\n"
        "import backpain_gui.session, backpain_gui.content, backpain_gui.content.model\n"
        "print(json.dumps(sorted(sys.modules)))\n"
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
    assert "backpain_gui.session.engine" in loaded
    offending = [name for name in loaded if name.split(".")[0] in FORBIDDEN]
    assert offending == []

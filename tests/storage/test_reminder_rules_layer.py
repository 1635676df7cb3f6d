"""The reminder's rules stay without Qt: imported in a fresh process, no PySide6 comes with them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_reminder_rules_import_no_qt() -> None:
    probe = (
        "import json, sys\nimport backpain_gui.storage.reminder_rules\n"
        "import backpain_gui.app.autostart\nprint(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = json.loads(done.stdout)
    assert "backpain_gui.storage.reminder_rules" in loaded
    assert [name for name in loaded if name.split(".")[0] in ("PySide6", "sqlite3")] == []

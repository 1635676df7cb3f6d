"""The figures package is pure Python: the tools and tests draw with it without a window."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_figures_import_no_qt() -> None:
    probe = (
        "import json, sys\n"
        "import backpain_gui.figures.catalogue, backpain_gui.figures.render_svg\n"
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
    assert "backpain_gui.figures.drawing" in loaded
    assert [name for name in loaded if name.startswith("PySide6")] == []

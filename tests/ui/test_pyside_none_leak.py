"""PySide6 6.12.0 on Python 3.11 drops a reference to None per void Qt call, then aborts.

DESIGN.md's first known trap: after about 5,000 such calls Python dies with
`Fatal Python error: none_dealloc`, which a 60 fps pacer reaches in seconds. The pin in
pyproject.toml avoids that release; this test fails loudly if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_reference_count(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setWindowTitle("Rep 4 of 10" if i % 2 else "Rep 5 of 10")
    after = sys.getrefcount(None)
    # A leaking build loses 20,000 references here; a sound one stays within noise.
    assert abs(after - before) < 100, f"None lost {before - after} references in 20,000 calls"

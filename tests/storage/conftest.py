"""Fixtures for the history tests: the history in the test's own data folder, and, where root
may mount one, a tiny disk of its own to fill up or make read-only."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_gui.storage.history import History
from tests.storage.history_runs import TinyDisk


@pytest.fixture
def history() -> Iterator[History]:
    """The history in the test's data folder (BACKPAIN_GUI_DATA_DIR), closed afterwards."""
    opened = History.open()
    assert opened.writable, opened.problem
    yield opened
    opened.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    """A real file system that fills up; only root can mount one, elsewhere the test skips."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root; the SQLite-level fault tests still run")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield TinyDisk(folder)
    finally:
        # Lazy: a file the test left open must not keep the mount alive.
        subprocess.run(["umount", "-l", str(folder)], check=False)

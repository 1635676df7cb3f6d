"""Fixtures for the history tests: the history in the test's own data folder; where root
may mount one, a tiny disk of its own to fill up or make read-only; and, where root can drop
to `nobody`, a data folder that user owns, so that file permissions really bind."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_gui.storage.history import History
from tests.storage.history_runs import AS_NOBODY, TinyDisk


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


@pytest.fixture
def nobody_data() -> Iterator[Path]:
    """A data folder owned by `nobody`, outside root's private temporary folders; skips where
    privileges cannot be dropped (not root, or no setpriv)."""
    if os.geteuid() != 0 or shutil.which(AS_NOBODY[0]) is None:
        pytest.skip("dropping to nobody needs root and setpriv; root passes every mode check")
    # pytest's tmp_path is under a folder only root may enter.
    folder = Path(tempfile.mkdtemp(prefix="backpain-gui-nobody-", dir="/tmp"))
    try:
        os.chmod(folder, 0o755)
        os.chown(folder, NOBODY_UID, -1)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


NOBODY_UID = 65534

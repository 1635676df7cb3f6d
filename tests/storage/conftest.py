"""Fixtures for the history tests: the history in the test's own data folder, and, where root
may mount one, a tiny disk of its own to fill up or make read-only."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from backpain_gui.storage.history import History


@pytest.fixture
def history() -> Iterator[History]:
    """The history in the test's data folder (BACKPAIN_GUI_DATA_DIR), closed afterwards."""
    opened = History.open()
    assert opened.writable, opened.problem
    yield opened
    opened.close()


class TinyDisk:
    """A 256 KiB tmpfs mounted for one test: small enough to fill, and remountable read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fill(self) -> None:
        """Write a file until the disk has no space left."""
        # Stopped by "No space left on device"; the check below says it was that.
        with suppress(OSError), (self.folder / "filler").open("wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 4096)
        assert shutil.disk_usage(self.folder).free == 0

    def make_read_only(self) -> None:
        """Remount the disk read-only, as a write-protected drive or share is."""
        subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)


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

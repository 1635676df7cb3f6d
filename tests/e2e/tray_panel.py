"""The tray host (tray_host.py) as the tests drive it: a panel on the private bus, its reports.

The host runs under the system's python3, which has GLib's GDBus (python3-gi, which
scripts/system-deps.sh's python3-pyatspi brings); a missing one is a failure, not a skip.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.probe_process import stop_probe

HOST = Path(__file__).with_name("tray_host.py")
SYSTEM_PYTHON = "/usr/bin/python3"
FIX = "run scripts/system-deps.sh test (make test does)"

Report = dict[str, Any]


class TrayPanel:
    """The panel process: what it reported, and what it is told to do."""

    def __init__(self, address: str) -> None:
        found = subprocess.run(
            [SYSTEM_PYTHON, "-c", "from gi.repository import Gio"],
            capture_output=True,
            check=False,
            timeout=30,
        )
        if found.returncode != 0:
            pytest.fail(f"{SYSTEM_PYTHON} cannot import gi (package python3-gi); {FIX}")
        self._process = subprocess.Popen(
            [SYSTEM_PYTHON, str(HOST), address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.reports: list[Report] = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.wait_for(lambda report: report["event"] == "ready", "the tray owning its names")

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.strip():
                with self._lock:
                    self.reports.append(json.loads(line))

    def seen(self) -> list[Report]:
        """Every report so far, in order."""
        with self._lock:
            return list(self.reports)

    def wait_for(self, wanted: Callable[[Report], bool], what: str, timeout: float = 20) -> Report:
        """Wait for a report that `wanted` accepts; it. A failure names `what` and the reports."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for report in self.seen():
                if report["event"] == "failed":
                    pytest.fail(f"the tray failed: {report['why']}")
                if wanted(report):
                    return report
            if self._process.poll() is not None:
                break
            time.sleep(0.05)
        pytest.fail(f"the tray saw no {what}; it reported: {self.seen()}")

    def wait_for_item(self, wanted: Callable[[Report], bool], what: str) -> Report:
        """Wait until the panel shows the icon as `wanted` accepts (title, tooltip, menu)."""
        return self.wait_for(lambda report: report["event"] == "item" and wanted(report), what)

    def shown(self) -> Report:
        """What the panel shows of the icon now: the last reading of it."""
        items = [report for report in self.seen() if report["event"] == "item"]
        assert items, f"the tray shows no icon; it reported: {self.seen()}"
        return items[-1]

    def _order(self, order: dict[str, str]) -> None:
        done = len([report for report in self.seen() if report["event"] == "done"])
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(order) + "\n")
        self._process.stdin.flush()
        self.wait_for(
            lambda _report: len([r for r in self.seen() if r["event"] == "done"]) > done,
            f"answer to {order}",
        )

    def activate(self) -> None:
        """Click the icon, as a person clicks it on the panel."""
        self._order({"do": "activate"})

    def click(self, label: str) -> None:
        """Open the icon's menu and click the entry `label`."""
        self._order({"do": "click", "label": label})

    def stop(self) -> None:
        """Close its orders; it quits. Kill it if it does not."""
        stop_probe(self._process, self._reader)


@contextmanager
def tray_panel(address: str) -> Iterator[TrayPanel]:
    """A tray on the bus at `address` for the length of the block."""
    panel = TrayPanel(address)
    try:
        yield panel
    finally:
        panel.stop()

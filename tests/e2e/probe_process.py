"""A probe run as its own process that takes orders on stdin and reports on stdout, read by
a thread of the test (the tray host, the AT-SPI listener): stopping one."""

from __future__ import annotations

import subprocess
import threading


def stop_probe(process: subprocess.Popen[str], reader: threading.Thread) -> None:
    """Close its orders, so it quits; kill it if it does not; then its reader and streams."""
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    reader.join(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()

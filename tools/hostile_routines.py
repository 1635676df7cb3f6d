"""Open hostile routines as a user would be sent them, and check the app stays safe with each.

Run: `.venv/bin/python tools/hostile_routines.py [OUT_FOLDER]` (needs Xvfb, xdotool). Kept
apart from the test suite (issue 14's check): each routine is written to its own folder
beside a secret picture outside it, then opened with `backpain-gui --routine F --start` on a
private X server under a 3 GB address-space cap. Each must leave a live window within 10 s,
under 400 MB, and `check` must print no control character. One line per routine; exit 1 if
any fails.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.x_server import private_x_server

ADDRESS_SPACE = 3 * 1024**3
WINDOW_SECONDS = 10.0
RSS_LIMIT_MB = 400
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30" width="400" height="300">'
    '<rect width="40" height="30" fill="#3fa7a0"/></svg>'
)


def routine(name: str = "Roll", instruction: str = "Breathe in.", **extra: str) -> str:
    """A one-exercise routine with `name` and `instruction`, and any field given in `extra`."""
    fields = {
        "title": '"Hostile"',
        "tip": '"Keep still."',
        "picture": "in.svg",
        "description": '"A smaller lift."',
    }
    fields.update(extra)
    return f"""\
schema_version: 1
title: {fields["title"]}
exercises:
  - id: roll
    name: {name}
    aim: "Test."
    start_position: "Lie down."
    start_picture: in.svg
    reps: 2
    tips: [{fields["tip"]}]
    phases:
      - {{breath: in, seconds: 1, instruction: {instruction}, picture: {fields["picture"]}}}
      - {{breath: out, seconds: 1, instruction: "Out.", picture: in.svg}}
    variants:
      - variant: modification
        description: {fields["description"]}
        phases:
          - {{breath: in, seconds: 1, instruction: "In.", picture: in.svg}}
          - {{breath: out, seconds: 1, instruction: "Out.", picture: in.svg}}
"""


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "fifo.svg")


def _big_svg(folder: Path) -> None:
    (folder / "big.svg").write_text(SVG[:-6] + "<!--" + "x" * (6 * 1024**2) + "-->" + "</svg>")


def _huge_png(folder: Path) -> None:
    import struct
    import zlib

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
    data += struct.pack(">I", zlib.crc32(chunk))
    body = zlib.compress(b"\x00" * 4096)
    data += (
        struct.pack(">I", len(body))
        + b"IDAT"
        + body
        + struct.pack(">I", zlib.crc32(b"IDAT" + body))
    )
    data += struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    (folder / "huge.png").write_bytes(data)


def _svg_outside(folder: Path) -> None:
    (folder / "peek.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="400" height="300"><image xlink:href="../secret.svg" width="400" height="300"/>'
        "</svg>"
    )


def _svg_laughs(folder: Path) -> None:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    (folder / "laughs.svg").write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "ha">{entities}]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><text>&l8;</text></svg>'
    )


# name -> (routine text, extra files to make in the routine's folder)
CASES: dict[str, tuple[str, Callable[[Path], None] | None]] = {
    "img-dev-zero-name": (routine(name="'<img src=\"/dev/zero\">'"), None),
    "img-outside-instruction": (routine(instruction="'<img src=\"../secret.svg\">'"), None),
    "markup-title": (routine(title="'<h1><a href=\"file:///etc\">T</a></h1>'"), None),
    "deep-table-tip": (routine(tip="'" + "<table><tr><td>" * 3000 + "'"), None),
    "markup-variant": (routine(description="'<img src=\"/dev/zero\" width=99999>'"), None),
    "fifo-picture": (routine(picture="fifo.svg"), _fifo),
    "six-mb-svg": (routine(picture="big.svg"), _big_svg),
    "png-30000px": (routine(picture="huge.png"), _huge_png),
    "svg-image-outside": (routine(picture="peek.svg"), _svg_outside),
    "svg-billion-laughs": (routine(picture="laughs.svg"), _svg_laughs),
    "terminal-escape-name": (routine(name='"\\e]0;pwned\\a\\e[31mRoll"'), None),
    "yaml-alias-bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        ),
        None,
    ),
}


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _window_shown(display: str, pid: int) -> bool:
    """Whether the app shows a window: its own, or the dialog that refuses a bad routine."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def try_one(name: str, folder: Path, display: str) -> str | None:
    """Open the routine in `folder`; None when the app stayed safe, else what went wrong."""
    path = folder / "routine.yaml"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "BACKPAIN_GUI_DATA_DIR": str(folder / "data"),
        "SPEECHD_ADDRESS": f"unix_socket:{folder / 'no-speech-dispatcher'}",
    }
    script = Path(sys.executable).parent / "backpain-gui"
    checked = subprocess.run(
        [str(script), "check", str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    shown = checked.stdout + checked.stderr
    if any(ord(char) < 32 and char not in "\n\t" for char in shown):
        return f"check printed a control character: {shown[:200]!r}"
    if "Traceback" in shown:
        return "check printed a traceback"
    process = subprocess.Popen(
        [str(script), "--routine", str(path), "--start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_cap,
    )
    try:
        deadline = time.monotonic() + WINDOW_SECONDS
        peak = 0.0
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return f"the app exited with status {process.returncode}"
            peak = max(peak, _rss_mb(process.pid))
            if _window_shown(display, process.pid):
                time.sleep(1.5)  # the session starts; a picture or text has been painted
                if process.poll() is not None:
                    return f"the app exited after its window showed ({process.returncode})"
                peak = max(peak, _rss_mb(process.pid))
                if peak > RSS_LIMIT_MB:
                    return f"{peak:.0f} MB, over {RSS_LIMIT_MB} MB"
                return None
            time.sleep(0.1)
        return f"no window within {WINDOW_SECONDS:.0f} s ({peak:.0f} MB)"
    finally:
        process.kill()
        _, errors = process.communicate(timeout=10)
        if b"Traceback" in errors:
            print(f"  {name}: a traceback on stderr", file=sys.stderr)


def main() -> int:
    """Write and open each hostile routine; one line each; 1 if any failed."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/hostile-routines")
    failed = 0
    with private_x_server(1024, 600) as display:
        for name, (text, make) in CASES.items():
            if (out / name).exists():
                shutil.rmtree(out / name)
            folder = out / name / "routine"
            folder.mkdir(parents=True)
            # Something outside the routine's folder that no routine may show.
            (folder.parent / "secret.svg").write_text(SVG.replace("#3fa7a0", "#ff0000"))
            (folder / "in.svg").write_text(SVG)
            if make is not None:
                make(folder)
            (folder / "routine.yaml").write_text(text)
            problem = try_one(name, folder, display)
            failed += problem is not None
            print(f"{'FAIL' if problem else 'ok  '}  {name}" + (f": {problem}" if problem else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

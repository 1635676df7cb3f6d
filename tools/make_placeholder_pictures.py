"""Draw a placeholder SVG for every picture a routine names, until real illustrations exist.

Each shows the exercise's name and the step in large text, so a session is followable and a
missing illustration is obvious. Run from the repository root:

    .venv/bin/python tools/make_placeholder_pictures.py [exercises.yaml]

Existing files are overwritten; the pictures go where the routine says, beside the routine.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parent.parent

_BREATH_WORDS = {"in": "Breathe in", "out": "Breathe out", "hold": "Hold", "none": ""}

_TEMPLATE = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
  <title>{title}</title>
  <rect width="400" height="300" fill="#ecebe6"/>
  <rect x="6" y="6" width="388" height="288" rx="12" fill="none" stroke="#a8a497"
        stroke-width="3" stroke-dasharray="14 8"/>
  <g font-family="DejaVu Sans, Arial, sans-serif" text-anchor="middle" fill="#2f2d29">
    <text x="200" y="78" font-size="30" font-weight="bold">{name}</text>
    <text x="200" y="124" font-size="22" fill="#5c5850">{variant}</text>
    <text x="200" y="180" font-size="36" font-weight="bold">{step}</text>
    <text x="200" y="226" font-size="26">{breath}</text>
    <text x="200" y="278" font-size="14" fill="#7d796e">placeholder picture</text>
  </g>
</svg>
"""


def picture_labels(routine: dict[str, Any]) -> dict[str, tuple[str, str, str, str]]:
    """Every picture path, with the name, variant, step and breath it illustrates."""
    labels: dict[str, tuple[str, str, str, str]] = {}
    for exercise in routine["exercises"]:
        name = exercise["name"]
        versions = [
            ("", exercise),
            *((v["variant"].title(), v) for v in exercise.get("variants", [])),
        ]
        for variant, version in versions:
            if "start_picture" in version:
                labels.setdefault(version["start_picture"], (name, variant, "Start position", ""))
            phases = version.get("phases", [])
            for number, phase in enumerate(phases, start=1):
                step = f"Step {number} of {len(phases)}"
                breath = _BREATH_WORDS[phase["breath"]]
                labels.setdefault(phase["picture"], (name, variant, step, breath))
    return labels


def placeholder_svg(name: str, variant: str, step: str, breath: str) -> str:
    """The SVG text of one placeholder picture."""
    title = " - ".join(part for part in (name, variant, step, breath) if part)
    parts = {"title": title, "name": name, "variant": variant, "step": step, "breath": breath}
    return _TEMPLATE.format(**{key: escape(value) for key, value in parts.items()})


def main(argv: list[str]) -> int:
    """Write the placeholders for the routine named in argv (default: the built-in one)."""
    routine_path = Path(argv[0]) if argv else ROOT / "exercises.yaml"
    routine = yaml.safe_load(routine_path.read_text(encoding="utf-8"))
    labels = picture_labels(routine)
    for picture, label in sorted(labels.items()):
        target = routine_path.parent / picture
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(placeholder_svg(*label), encoding="utf-8")
    print(f"wrote {len(labels)} placeholder pictures under {routine_path.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

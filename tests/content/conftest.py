"""Fixtures for the content tests: a folder with a picture, and a small valid routine to break."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from backpain_gui.content.loader import RoutineError, load_routine

# The smallest valid routine. Tests break one thing in it and expect a problem at a known
# place, so keep the line numbers in mind when editing: reps is 9:11, seconds 12:18.
VALID = """\
schema_version: 1
title: Test routine
exercises:
  - id: bridge
    name: Bridge
    aim: Strong glutes.
    start_position: On your back.
    start_picture: pic.svg
    reps: 3
    phases:
      - breath: in
        seconds: 4
        instruction: Breathe in.
        picture: pic.svg
"""

PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>\n'

ProblemsOf = Callable[[str], list[str]]


@pytest.fixture
def valid() -> str:
    """The text of the smallest valid routine (see VALID for its line numbers)."""
    return VALID


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working folder, with `pic.svg` in it; problems name `routine.yaml` as given."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "pic.svg").write_text(PICTURE, encoding="utf-8")
    monkeypatch.chdir(work)
    return work


@pytest.fixture
def problems_of(folder: Path) -> ProblemsOf:
    """Write the text as routine.yaml and load it; the problem lines (none when it loads)."""

    def load(text: str) -> list[str]:
        (folder / "routine.yaml").write_text(text, encoding="utf-8")
        try:
            load_routine("routine.yaml")
        except RoutineError as error:
            return [str(problem) for problem in error.problems]
        return []

    return load

"""Fixtures for the session tests: a small routine built in code and a session started on it."""

from __future__ import annotations

import pytest

from backpain_gui.content.model import Routine
from backpain_gui.session import Session
from tests.session.session_routines import START, small_routine


@pytest.fixture
def routine() -> Routine:
    """Tilt, rotation (two-sided), bridge."""
    return small_routine()


@pytest.fixture
def session(routine: Routine) -> Session:
    """A session on the small routine with default settings, started at START."""
    started = Session(routine)
    started.start(START)
    return started

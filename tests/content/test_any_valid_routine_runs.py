"""Any routine the loader accepts, YAML or Workrave's XML, runs in the engine to its end."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Routine, Variant
from backpain_gui.session import EventKind, Outcome, Session, SessionSettings, SessionState
from backpain_gui.session.settings import TEMPO_RANGE
from tests.content.png_files import png_bytes

START = 1000.0
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>\n'
PICTURES = ("a.svg", "b.svg", "pictures/c.svg")
PNGS = ("a.png", "pictures/b.png")

# Text a person might write, in any script; whitespace alone is no text.
text = st.text(st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40).filter(
    str.strip
)
seconds = st.one_of(
    st.integers(min_value=1, max_value=20), st.floats(min_value=0.001, max_value=20.0)
)
exercise_ids = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)


@st.composite
def phases(draw: st.DrawFn) -> list[dict[str, Any]]:
    phase = st.fixed_dictionaries(
        {
            "breath": st.sampled_from(["in", "out", "hold", "none"]),
            "seconds": seconds,
            "instruction": text,
            "picture": st.sampled_from(PICTURES),
        },
        optional={"say": text},
    )
    return draw(st.lists(phase, min_size=1, max_size=4))


@st.composite
def exercises(draw: st.DrawFn, exercise_id: str) -> dict[str, Any]:
    exercise = {
        "id": exercise_id,
        "name": draw(text),
        "aim": draw(text),
        "start_position": draw(text),
        "start_picture": draw(st.sampled_from(PICTURES)),
        "reps": draw(st.integers(min_value=1, max_value=4)),
        "phases": draw(phases()),
    }
    if draw(st.booleans()):
        exercise |= {"two_sided": True, "switch_sides": draw(text)}
    kinds = draw(st.lists(st.sampled_from(["modification", "progression"]), unique=True))
    if kinds:
        exercise["variants"] = [
            {"variant": kind, "description": draw(text)}
            | ({"phases": draw(phases())} if draw(st.booleans()) else {})
            for kind in kinds
        ]
    return exercise


@st.composite
def yaml_routines(draw: st.DrawFn) -> str:
    ids = draw(st.lists(exercise_ids, min_size=1, max_size=4, unique=True))
    document = {
        "schema_version": 1,
        "title": draw(text),
        "exercises": [draw(exercises(exercise_id)) for exercise_id in ids],
        "advice": draw(st.lists(text, max_size=2)),
    }
    return yaml.dump(document, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)


class _NoAliases(yaml.SafeDumper):
    """Writes every value out in full, as a routine must: the dumper would alias repeats."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


@st.composite
def workrave_routines(draw: st.DrawFn) -> str:
    parts = ["<exercises>"]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        parts += ["<exercise>", f"<title>{escape(draw(text))}</title>"]
        if draw(st.booleans()):
            parts.append(f'<title xml:lang="de">{escape(draw(text))}</title>')
        parts.append(f"<description>{escape(draw(text))}</description>")
        parts.append(f'<sequence duration="{draw(st.integers(min_value=1, max_value=60))}">')
        for _ in range(draw(st.integers(min_value=1, max_value=4))):
            picture = quoteattr(draw(st.sampled_from(PNGS)))
            mirror = draw(st.sampled_from(["yes", "no"]))
            duration = draw(st.integers(min_value=1, max_value=20))
            parts.append(f'<image src={picture} mirrorx="{mirror}" duration="{duration}"/>')
        parts += ["</sequence>", "</exercise>"]
    parts.append("</exercises>")
    return "\n".join(parts)


@st.composite
def session_settings(draw: st.DrawFn, routine: Routine) -> SessionSettings:
    chosen = {
        exercise.id: draw(st.sampled_from(exercise.offered_variants))
        for exercise in routine.exercises
    }
    return SessionSettings(
        tempo=draw(st.floats(*TEMPO_RANGE)),
        get_ready_seconds=draw(st.sampled_from([0.0, 0.5, 5.0])),
        switch_sides_seconds=draw(st.sampled_from([0.0, 5.0])),
        rest_seconds=draw(st.sampled_from([0.0, 15.0])),
        variants=chosen,
        exercises=tuple(draw(st.permutations([e.id for e in routine.exercises]))),
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every picture the strategies name; each example writes its routine here."""
    made = tmp_path_factory.mktemp("routines")
    (made / "pictures").mkdir()
    for name in PICTURES:
        (made / name).write_text(SVG, encoding="utf-8")
    for name in PNGS:
        (made / name).write_bytes(png_bytes())
    return made


def run_to_the_end(routine: Routine, chosen: SessionSettings, steps: list[float]) -> None:
    """Run a session on a fake clock, moved on in the given steps and then past its end."""
    session = Session(routine, chosen)
    events = session.start(START)
    now = START
    for step in steps:
        now += step
        events += session.advance(now)
    events += session.advance(START + session.plan.total_seconds)
    assert session.state is SessionState.FINISHED
    assert events[-1].kind is EventKind.SESSION_FINISHED
    assert events[-1].session_time == session.plan.total_seconds
    done = session.snapshot(now).records
    assert [record.exercise_id for record in done] == list(chosen.exercises or ())
    assert {record.outcome for record in done} == {Outcome.DONE}


RUNS = settings(max_examples=40, deadline=None)
clock_steps = st.lists(st.floats(min_value=0.01, max_value=30.0), max_size=30)


@RUNS
@given(text=yaml_routines(), data=st.data(), steps=clock_steps)
def test_any_yaml_routine_the_loader_accepts_runs_to_its_end(
    folder: Path, text: str, data: st.DataObject, steps: list[float]
) -> None:
    (folder / "routine.yaml").write_text(text, encoding="utf-8")
    routine = load_routine(folder / "routine.yaml")
    chosen = data.draw(session_settings(routine), label="settings")
    run_to_the_end(routine, chosen, steps)


@RUNS
@given(text=workrave_routines(), data=st.data(), steps=clock_steps)
def test_any_workrave_file_the_loader_accepts_runs_to_its_end(
    folder: Path, text: str, data: st.DataObject, steps: list[float]
) -> None:
    (folder / "exercises.xml").write_text(text, encoding="utf-8")
    routine = load_routine(folder / "exercises.xml")
    chosen = data.draw(session_settings(routine), label="settings")
    run_to_the_end(routine, chosen, steps)
    assert {e.offered_variants for e in routine.exercises} == {(Variant.STANDARD,)}

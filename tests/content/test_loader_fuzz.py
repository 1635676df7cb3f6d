"""Whatever the input, loading gives a Routine or a RoutineError with placed problems."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Routine

# Pieces of YAML and of routines, so random text reaches the parser's and validator's corners.
TOKENS = [
    "\n",
    "  ",
    "- ",
    ": ",
    "? ",
    ", ",
    "[",
    "]",
    "{",
    "}",
    "#",
    "'",
    '"',
    "|",
    ">",
    "\t",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "!x ",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "\\",
    "schema_version",
    "title",
    "exercises",
    "phases",
    "seconds",
    "reps",
    "picture",
    "two_sided",
    "breath",
    "in",
    "1",
    "-2",
    ".nan",
    "1e999",
    "yes",
    "~",
    "é",
    "\x00",
    "\ufeff",
    "assets/hip-roll/0-start.svg",
    "../x.svg",
    "/etc/passwd",
]
yamlish_text = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)

# Values to put anywhere in a valid document: wrong types, odd numbers, odd text.
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["in", "out", "hold", "progression", "assets/nope.svg", "../x.svg", ""]),
)
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the built-in pictures, where each example writes its file."""
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(builtin_routine_path().parent / "assets", folder / "assets")
    return folder


PROBLEM_LINE = re.compile(r"[^\n]+:[0-9]+:[0-9]+: [^\n]*\S[^\n]*")


def load_bytes(folder: Path, data: bytes) -> Routine | RoutineError:
    """The routine, or the error after checking each problem is one placed line."""
    path = folder / "routine.yaml"
    path.write_bytes(data)
    try:
        return load_routine(path)
    except RoutineError as error:
        caught = error
    assert caught.problems
    for problem in caught.problems:
        assert (problem.file, problem.line >= 1, problem.column >= 1) == (str(path), True, True)
        assert PROBLEM_LINE.fullmatch(str(problem))
    return caught


# No deadline: on a shared machine an example can be slow for reasons that are not the loader.
FUZZ = settings(max_examples=150, deadline=None)


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_never_crash_the_loader(fuzz_folder: Path, data: bytes) -> None:
    load_bytes(fuzz_folder, data)


@FUZZ
@given(text=yamlish_text)
def test_random_yaml_like_text_never_crashes_the_loader(fuzz_folder: Path, text: str) -> None:
    load_bytes(fuzz_folder, text.encode("utf-8", errors="surrogatepass"))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a plain-Python document, as the keys and indexes leading to it."""
    yield prefix
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in children:
        yield from _paths(child, (*prefix, key))


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if value is _DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return document


_DELETE = object()
# libyaml, where installed: ten times quicker, which keeps a hundred examples within seconds.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
BUILTIN = yaml.load(builtin_routine_path().read_text(encoding="utf-8"), Loader=_LOADER)


@FUZZ
@given(data=st.data())
def test_a_mutated_builtin_routine_never_crashes_the_loader(
    fuzz_folder: Path, data: st.DataObject
) -> None:
    document = copy.deepcopy(BUILTIN)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        places = list(_paths(document))
        path = data.draw(st.sampled_from(places), label="path")
        value = data.draw(values | st.just(_DELETE) if path else values, label="value")
        document = _replace(document, path, value)
    text = yaml.dump(document, Dumper=_DUMPER, allow_unicode=True)
    loaded = load_bytes(fuzz_folder, text.encode("utf-8", errors="surrogatepass"))
    if isinstance(loaded, Routine):
        assert loaded.exercises

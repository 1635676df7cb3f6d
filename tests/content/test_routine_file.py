"""Stories of routine files refused before any YAML is read: missing, too big, not text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.reading import MAX_BYTES

ProblemsOf = Callable[[str], list[str]]


def problems(path: str | Path) -> list[str]:
    with pytest.raises(RoutineError) as raised:
        load_routine(path)
    return [str(problem) for problem in raised.value.problems]


def test_a_missing_file_is_named_as_the_user_typed_it(folder: Path) -> None:
    assert problems("./nowhere.yaml") == ["./nowhere.yaml:1:1: no such file"]


def test_a_folder_is_not_a_routine(folder: Path) -> None:
    (folder / "routines").mkdir()
    assert problems("routines") == ["routines:1:1: is a folder, not a routine file"]


def test_an_unreadable_file_says_permission_denied(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = folder / "locked.yaml"
    locked.write_text("schema_version: 1\n", encoding="utf-8")

    # CI runs as root, which reads any file whatever its mode: the refusal is made by hand.
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert problems("locked.yaml") == ["locked.yaml:1:1: cannot be read: permission denied"]


def test_a_name_with_a_nul_byte_is_refused_not_crashed_on(folder: Path) -> None:
    # The name is shown inertly too: it is printed to a terminal.
    assert problems("bad\0name.yaml") == [
        "bad\\x00name.yaml:1:1: cannot be read: the file name is not valid"
    ]


def test_a_file_over_one_mebibyte_is_refused_by_its_size(folder: Path) -> None:
    with (folder / "huge.yaml").open("wb") as stream:
        stream.truncate(3 * MAX_BYTES)
    assert problems("huge.yaml") == [
        "huge.yaml:1:1: the file is 3.0 MiB; a routine file may be at most 1 MiB"
    ]


def test_a_file_of_exactly_one_mebibyte_is_read(folder: Path) -> None:
    (folder / "big.yaml").write_bytes(b"#" * (MAX_BYTES - 1) + b"\n")
    assert problems("big.yaml") == [
        "big.yaml:1:1: the file has no routine in it, only comments or blank lines"
    ]


def test_an_empty_file_is_refused_by_name(problems_of: ProblemsOf) -> None:
    assert problems_of("") == [
        "routine.yaml:1:1: the file is empty; a routine needs schema_version, title and exercises"
    ]


def test_a_file_of_comments_holds_no_routine(problems_of: ProblemsOf) -> None:
    assert problems_of("# my routine\n\n   \n") == [
        "routine.yaml:1:1: the file has no routine in it, only comments or blank lines"
    ]


def test_the_first_byte_that_is_not_utf8_is_pointed_at(folder: Path) -> None:
    # Latin-1 "café" on line 2: the é is byte 0xe9, the 11th character of the line.
    (folder / "latin1.yaml").write_bytes("schema_version: 1\ntitle: café\n".encode("latin-1"))
    assert problems("latin1.yaml") == [
        "latin1.yaml:2:11: is not UTF-8 text: byte 0xe9 cannot be read; save it as UTF-8"
    ]


def test_columns_count_characters_not_bytes_before_a_bad_byte(folder: Path) -> None:
    (folder / "mixed.yaml").write_bytes("title: ééé".encode() + b"\xff\n")
    assert problems("mixed.yaml")[0].startswith("mixed.yaml:1:11: is not UTF-8 text: byte 0xff")


def test_a_utf16_file_is_not_utf8(folder: Path) -> None:
    (folder / "utf16.yaml").write_bytes("title: x\n".encode("utf-16"))
    assert problems("utf16.yaml")[0].startswith("utf16.yaml:1:1: is not UTF-8 text: byte 0xff")


def test_a_utf8_byte_order_mark_is_accepted(problems_of: ProblemsOf, valid: str) -> None:
    assert problems_of("\ufeff" + valid) == []

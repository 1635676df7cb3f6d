"""The example in docs/routines.md is a valid routine, and `check` sums it up as the doc says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backpain_gui.app.cli import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "routines.md"


def test_the_documented_example_passes_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = DOC.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    (tmp_path / "my-routine.yaml").write_text(example.group(1), encoding="utf-8")
    for picture in set(re.findall(r"picture: (\S+)", example.group(1))):
        (tmp_path / picture).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / picture).write_text("<svg/>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "my-routine.yaml"]) == 0
    summary = capsys.readouterr().out
    assert f"$ backpain-gui check my-routine.yaml\n{summary}```" in doc

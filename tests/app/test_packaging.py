"""An installed copy carries its routine, pictures and desktop files, and runs from any folder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

import backpain_gui
from backpain_gui.content.builtin import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = ("48x48", "128x128", "256x256")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel` builds from a copy of the checkout, offline."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__")
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "wheel"),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = (tmp_path / "wheel").glob("backpain_gui-*.whl")
    return built


def _pip_install(wheel: Path, *where: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", *where, str(wheel)],
        check=True,
        capture_output=True,
    )


def test_the_wheel_carries_the_routine_and_an_installed_copy_checks_it(
    wheel: Path, tmp_path: Path
) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "backpain_gui/data/exercises.yaml" in names
    # The routine's own translations beside it: without them the exercises stay English.
    for language in ("de", "fr"):
        assert f"backpain_gui/data/exercises.{language}.yaml" in names
    assert "backpain_gui/data/assets/hip-roll/0-start.svg" in names
    assert "backpain_gui/data/assets/sounds/breathe-in-normal.wav" in names
    # The compiled catalogues: without them the app is English whatever the language.
    for language in ("de", "fr"):
        assert f"backpain_gui/translations/backpain_gui_{language}.qm" in names

    installed = tmp_path / "installed"
    _pip_install(wheel, "--target", str(installed))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "backpain_gui", "check"],
        cwd=elsewhere,
        env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert str(installed / "backpain_gui" / "data" / "exercises.yaml") in done.stdout
    assert "5 exercises" in done.stdout
    assert "exercises.de.yaml: valid translation (de)" in done.stdout


def test_an_install_puts_the_app_in_the_menu_with_its_icon(wheel: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    # --ignore-installed: else pip first uninstalls the copy this suite runs from.
    _pip_install(wheel, "--prefix", str(prefix), "--ignore-installed")
    share = prefix / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    icons = [share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png" for size in ICON_SIZES]
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    for path in (entry, metainfo, *icons, scalable):
        assert path.is_file(), f"{path.relative_to(prefix)} is not installed"
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    assert "Exec=backpain-gui\n" in text

    # The desktop's own validators accept them, as a distribution's packaging would check.
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stdout == ""
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_metainfo_names_this_version_and_shows_real_screenshots() -> None:
    root = ElementTree.parse(ROOT / "desktop" / f"{APP_ID}.metainfo.xml").getroot()
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == backpain_gui.__version__
    for image in root.iterfind("screenshots/screenshot/image"):
        shipped = ROOT / "docs" / "screenshots" / Path(image.text or "").name
        assert shipped.is_file(), f"the metainfo shows {image.text}, which is not committed"


def test_the_package_index_page_shows_the_readme_s_pictures(wheel: Path) -> None:
    # A package index shows the wheel's description without the repository beside it: every
    # picture and file link must be an absolute address, of a file that is committed here.
    with zipfile.ZipFile(wheel) as built:
        (metadata,) = [name for name in built.namelist() if name.endswith(".dist-info/METADATA")]
        text = built.read(metadata).decode("utf-8")
    assert "Content-Type: text/markdown" in text
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    assert len(images) >= 8, "the README's pictures are missing from the description"
    raw = "https://raw.githubusercontent.com/backpain-gui/backpain-gui/main/"
    for image in images:
        assert image.startswith(raw), f"{image} does not show on a package index"
        assert (ROOT / image.removeprefix(raw)).is_file(), f"{image} is not committed"
    links = re.findall(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)", text)
    assert all(re.match(r"https?://|#|mailto:", link) for link in links), links

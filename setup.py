"""Copies the routine, its pictures and the desktop files into the package when a wheel is built.

They live at the repository root, where people edit them; an installed copy must find them
inside the package, so `build_py` places them in `backpain_gui/data/`. The desktop entry, the
AppStream metainfo and the icons also go to the environment's `share/` (data_files), where a
desktop's menu finds a system, pipx or `--user` install.
"""

import re
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
APP_ID = "io.github.backpain_gui.BackpainGui"
# Where a package index page finds the README's pictures and the files it links to: it shows
# the README without the repository beside it, so a relative link is broken there. Pictures
# from the address the AppStream metainfo's screenshots use; other files as GitHub shows them.
RAW = "https://raw.githubusercontent.com/backpain-gui/backpain-gui/main/"
BLOB = "https://github.com/backpain-gui/backpain-gui/blob/main/"
# A Markdown image or link to a file in the repository: ![..](docs/...), [..](./docs/...).
_RELATIVE_LINK = re.compile(r"(!?)(\[[^\]]*\])\((?!https?://|#|mailto:)(?:\./)?([^)\s]+)\)")


def _absolute(match: re.Match[str]) -> str:
    image, words, path = match.groups()
    return f"{image}{words}({RAW if image else BLOB}{path})"


def long_description() -> str:
    """README.md with its links to repository files made absolute, for a package index."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return _RELATIVE_LINK.sub(_absolute, text)


class BuildPyWithRoutine(build_py):
    """build_py that also copies exercises.yaml (with its translations, exercises.de.yaml ...),
    assets/ and desktop/ into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        data = Path(self.build_lib) / "backpain_gui" / "data"
        data.mkdir(parents=True, exist_ok=True)
        for routine in ROOT.glob("exercises*.yaml"):
            shutil.copy2(routine, data / routine.name)
        shutil.copytree(ROOT / "assets", data / "assets", dirs_exist_ok=True)
        shutil.copytree(ROOT / "desktop", data / "desktop", dirs_exist_ok=True)


def _data_files() -> list[tuple[str, list[str]]]:
    """share/applications, share/metainfo and share/icons/hicolor/<size>/apps, relative paths."""
    files = [
        ("share/applications", [f"desktop/{APP_ID}.desktop"]),
        ("share/metainfo", [f"desktop/{APP_ID}.metainfo.xml"]),
    ]
    for folder in sorted((ROOT / "desktop" / "icons" / "hicolor").glob("*/apps")):
        relative = folder.relative_to(ROOT)
        icons = sorted(str(icon.relative_to(ROOT)) for icon in folder.iterdir())
        files.append((f"share/{relative.relative_to('desktop')}", icons))
    return files


setup(
    cmdclass={"build_py": BuildPyWithRoutine},
    data_files=_data_files(),
    long_description=long_description(),
    long_description_content_type="text/markdown",
)

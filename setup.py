"""Copies the routine and its pictures into the package when a wheel is built.

They live at the repository root, where people edit them; an installed copy must find them
inside the package, so `build_py` places them in `backpain_gui/data/`.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithRoutine(build_py):
    """build_py that also copies exercises.yaml and assets/ into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        data = Path(self.build_lib) / "backpain_gui" / "data"
        data.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "exercises.yaml", data / "exercises.yaml")
        shutil.copytree(ROOT / "assets", data / "assets", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithRoutine})

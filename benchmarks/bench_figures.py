"""The moving figure's cost: one frame of FigureWidget at the session screen's size, 600x450.

It shares the 16 ms frame with the pacer and the rest of the window, so one frame (working
out the pose in three dimensions with its hands and feet held, projecting its shapes,
building their paths, and filling them) should take under 2 ms, median and 99th
percentile, over phases that move the whole body (the bridge with its feet held on the
mat, the side bend, the rotation with both hands held on the neck, the box variant).
On a busy machine the clock on the wall also counts time other processes took; the painting
thread's own CPU time is reported beside it, as the cost of the paint itself.
"""

from __future__ import annotations

import os
import statistics
import time

Row = tuple[str, str, str, bool]
FRAMES = 600
TARGET_MS = 2.0
# Phases that move the most shapes, each from the pose it starts in.
PHASES = (
    ("hip-roll/0-start.svg", "hip-roll/3-bridge.svg"),
    ("side-bends/0-start.svg", "side-bends/2-side-bend.svg"),
    ("spinal-rotations/1-ceiling.svg", "spinal-rotations/2-rotate.svg"),
    ("extension-prone/box-1-prepare.svg", "extension-prone/box-2-lift.svg"),
)


def measure() -> list[Row]:
    """Rows of (what, measured, target, met)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt is imported here, not at the top, so that `make bench` can collect this module
    # before any QApplication exists, and only this benchmark pays for one.
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from backpain_gui.content.builtin import builtin_routine_path
    from backpain_gui.figures.catalogue import illustration_for_picture
    from backpain_gui.ui.figure_widget import FigureWidget

    app = QApplication.instance() or QApplication([])
    assets = builtin_routine_path().parent / "assets"
    widget = FigureWidget()
    widget.resize(600, 450)
    image = QImage(600, 450, QImage.Format.Format_ARGB32_Premultiplied)
    wall: list[int] = []
    cpu: list[int] = []
    for start_picture, phase_picture in PHASES:
        start = illustration_for_picture(assets / start_picture)
        during = illustration_for_picture(assets / phase_picture)
        if start is None or during is None:
            raise RuntimeError(f"no pose for {start_picture} or {phase_picture}")
        for frame in range(FRAMES):
            began, began_cpu = time.perf_counter_ns(), time.thread_time_ns()
            widget.show_movement(during, start, frame / (FRAMES - 1))
            widget.render(image)
            wall.append(time.perf_counter_ns() - began)
            cpu.append(time.thread_time_ns() - began_cpu)
    # The widget goes before the application that owns its resources.
    del widget, app
    what = f"moving figure, one 600x450 frame: pose and paint ({len(wall)} frames)"
    rows = []
    for clock, costs in (("", wall), (", CPU time", cpu)):
        ordered = sorted(costs)
        for name, ms in (
            ("median", statistics.median(ordered) / 1e6),
            ("99th percentile", ordered[int(len(ordered) * 0.99)] / 1e6),
        ):
            rows.append(
                (f"{what}, {name}{clock}", f"{ms:.2f} ms", f"< {TARGET_MS:g} ms", ms < TARGET_MS)
            )
    return rows


if __name__ == "__main__":
    for row in measure():
        print("  ".join(str(cell) for cell in row))

"""A routine's text is shown as text on every screen and in every dialog, never as HTML."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
import yaml
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableWidget, QWidget

from backpain_gui.content.loader import load_routine
from backpain_gui.ui.main_window import EndSessionDialog, MainWindow
from backpain_gui.ui.plain_text import literal_mnemonic, literal_tooltip, plain_label
from backpain_gui.ui.resume_offer import ContinueDialog
from backpain_gui.ui.routine_problems import RoutineProblemsDialog
from backpain_gui.ui.settings_dialog import SettingsDialog
from tests.conftest import seed_settings

# In every piece of the routine's text: shown as HTML, it would read "bold".
TAG = "<b>bold</b>"
# Drawn when the text is read as HTML: a picture from outside the routine's folder.
OUTSIDE_COLOUR = QColor(255, 0, 255)
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30" width="40" height="30">'
    '<rect width="40" height="30" fill="#88aacc"/></svg>'
)
# The offscreen platform says this when a window is shown; xcb does not.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class Hostile:
    """A routine whose every text holds markup, and the picture that markup points at."""

    def __init__(self, folder: Path, outside_png: Path) -> None:
        self.folder = folder
        self.path = folder / "routine.yaml"
        picture = f'<img src="{outside_png}" width="90" height="90">'
        self.title = f"{TAG} Title & co {picture}"
        self.name = f"{TAG} Bridge & co {picture}"
        self.other_name = f"{TAG} Twist & co"
        self.aim = f"{TAG} aim {picture}"
        self.start_position = f"{TAG} lie down {picture}"
        # One line of at most 100 characters: no room for the picture's path.
        self.instruction = f"{TAG} & <i>lift</i> &amp; <u>breathe</u>"
        self.tip = f"{TAG} tip {picture}"
        self.description = f"{TAG} smaller {picture}"
        self.switch_sides = f"{TAG} roll over {picture}"
        self.advice = f"{TAG} advice {picture}"
        self.safety = f"{TAG} safety {picture}"

    def write(self) -> Path:
        self.folder.mkdir(parents=True)
        (self.folder / "p.svg").write_text(SVG, encoding="utf-8")

        # A new list each time: PyYAML writes a list met twice as an anchor, which is refused.
        def phases() -> list[dict[str, object]]:
            return [
                {
                    "breath": breath,
                    "seconds": 1,
                    "instruction": self.instruction,
                    "picture": "p.svg",
                }
                for breath in ("in", "out")
            ]

        common = {"aim": self.aim, "start_position": self.start_position}
        routine = {
            "schema_version": 1,
            "title": self.title,
            "advice": [self.advice],
            "safety": self.safety,
            "exercises": [
                {
                    "id": "bridge",
                    "name": self.name,
                    **common,
                    "start_picture": "p.svg",
                    "reps": 1,
                    "phases": phases(),
                    "tips": [self.tip],
                    "variants": [{"variant": "modification", "description": self.description}],
                },
                {
                    "id": "twist",
                    "name": self.other_name,
                    **common,
                    "start_picture": "p.svg",
                    "reps": 1,
                    "two_sided": True,
                    "switch_sides": self.switch_sides,
                    "phases": phases(),
                },
            ],
        }
        self.path.write_text(yaml.safe_dump(routine, sort_keys=False, width=10_000), "utf-8")
        return self.path


@pytest.fixture
def hostile(tmp_path: Path) -> Hostile:
    """The hostile routine in a folder whose own name holds markup, the picture outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    png = outside / "magenta.png"
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(OUTSIDE_COLOUR)
    assert image.save(str(png))
    made = Hostile(tmp_path / f"routine {TAG} & co", png)
    made.write()
    return made


@pytest.fixture
def window(qtbot, hostile: Hostile, clock, tmp_path: Path) -> Iterator[MainWindow]:
    """The window with the hostile routine chosen from the menu (so it is in Recent too)."""
    seed_settings(tmp_path / "settings.ini")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(load_routine(hostile.path), settings=settings, clock=clock)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.routine_menu.routine_chosen.emit(hostile.path)
    yield shown
    if shown.driver is not None and shown.driver.running:
        shown.driver.command(lambda now: shown.driver.session.end(now))  # type: ignore[union-attr]


# -- what the user sees ----------------------------------------------------------------------


def rendered_as_html(text: str, text_format: Qt.TextFormat) -> bool:
    """Whether Qt renders `text` as HTML in a widget with `text_format` (tooltips: AutoText)."""
    if text_format is Qt.TextFormat.RichText:
        return True
    return text_format is Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)


def seen(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters the user reads for `text` shown with `text_format`."""
    if not rendered_as_html(text, text_format):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def seen_on_button(text: str) -> str:
    """What a button or menu item shows: `&&` is `&`, a single `&` underlines the next letter."""
    return re.sub(r"&(.)", r"\1", text)


def words_shown(root: QWidget) -> list[str]:
    """Every text shown in `root` now: labels, buttons, table cells, and tooltips (on hover)."""
    shown: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            shown.append(seen(widget.text(), widget.textFormat()))
        elif isinstance(widget, QAbstractButton):
            shown.append(seen_on_button(widget.text()))
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    shown.append(item.text() if item is not None else "")
        if widget.toolTip():
            shown.append(seen(widget.toolTip()))
    return shown


def routine_text_as_html(root: QWidget) -> list[str]:
    """Each label or tooltip of `root` that holds routine text and is rendered as HTML, and
    each button whose `&` became a shortcut marker (all routine text here says "bold")."""
    wrong: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts = [(widget.toolTip(), Qt.TextFormat.AutoText)]
        if isinstance(widget, QLabel):
            texts.append((widget.text(), widget.textFormat()))
        wrong.extend(
            f"{type(widget).__name__} renders {text!r} as HTML"
            for text, text_format in texts
            if "bold" in text and rendered_as_html(text, text_format)
        )
        words = widget.text() if isinstance(widget, QAbstractButton) else ""
        if "bold" in words and "& co" not in seen_on_button(words):
            wrong.append(f"{type(widget).__name__} takes & in {words!r} as a marker")
    return wrong


def outside_pixels(root: QWidget) -> int:
    """How many pixels of the picture from outside the routine's folder `root` paints."""
    image = root.grab().toImage()
    wanted = OUTSIDE_COLOUR.rgb()
    step = 2
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == wanted
    )


def assert_shows_literally(root: QWidget, *texts: str) -> None:
    """`texts` appear on `root` character for character; nothing from outside is painted."""
    shown = words_shown(root)
    for text in texts:
        assert any(text in words for words in shown), (text, shown)
    assert routine_text_as_html(root) == []
    assert outside_pixels(root) == 0


def frame_until(window: MainWindow, clock, step: str) -> None:
    """Move the clock on in half seconds until the session screen's step line starts `step`."""
    assert window.driver is not None
    for _ in range(200):
        if window.session_screen.step.text().startswith(step):
            return
        clock.tick(0.5)
        window.driver.on_timer_timeout()
    pytest.fail(f"never reached {step!r}; at {window.session_screen.step.text()!r}")


@dataclass(frozen=True)
class DialogSeen:
    """What a modal dialog showed while it was up."""

    texts: list[str]
    outside_pixels: int
    as_html: list[str]


def answered_modal(qtbot, ask: Callable[[], object]) -> DialogSeen:
    """Run `ask`, which shows a modal dialog; note what it shows, check it, then close it."""
    found: list[DialogSeen] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        try:
            found.append(
                DialogSeen(
                    words_shown(dialog), outside_pixels(dialog), routine_text_as_html(dialog)
                )
            )
        finally:
            # Closed whatever was found: a dialog left open would wait for ever.
            dialog.close()

    QTimer.singleShot(0, look)
    ask()
    qtbot.waitUntil(lambda: bool(found))
    assert found[0].as_html == []
    return found[0]


# -- the tests --------------------------------------------------------------------------------


def test_the_helpers_keep_text_literal(qtbot) -> None:
    label = plain_label(TAG)
    qtbot.addWidget(label)
    label.setText("<img src='x'> & more")
    assert seen(label.text(), label.textFormat()) == "<img src='x'> & more"
    tip = literal_tooltip(f"{TAG} &amp; <i>x</i>\nsecond line")
    assert seen(tip) == f"{TAG} &amp; <i>x</i>\nsecond line"
    assert seen_on_button(literal_mnemonic("Cat & Camel && co")) == "Cat & Camel && co"


def test_the_plan_shows_every_name_and_text_literally(window: MainWindow, hostile) -> None:
    assert_shows_literally(window, hostile.title, hostile.name, hostile.other_name, hostile.advice)
    assert_shows_literally(window, hostile.safety)
    plan = window.plan_screen
    assert plan.title.text() == hostile.title
    assert plan.name_labels["bridge"].text() == hostile.name
    # The name is bold by its font, not by markup.
    assert plan.name_labels["bridge"].font().bold()
    assert not plan.detail_labels["bridge"].font().bold()


def test_a_session_shows_its_text_literally_from_get_ready_to_summary(
    qtbot, window: MainWindow, hostile, clock
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert screen.step.text() == "Get ready"
    assert_shows_literally(window, hostile.name, hostile.start_position, hostile.aim)
    qtbot.keyClick(window, Qt.Key.Key_V)
    assert screen.variant.text().endswith(f": {hostile.description}")
    assert_shows_literally(window, hostile.description)

    frame_until(window, clock, "Step 1")
    assert screen.instruction.text() == hostile.instruction
    assert_shows_literally(window, hostile.name, hostile.instruction, f"Tip: {hostile.tip}")

    frame_until(window, clock, "Rest")
    assert_shows_literally(window, hostile.other_name, hostile.start_position, hostile.advice)

    frame_until(window, clock, "Switch sides")
    assert_shows_literally(window, hostile.other_name, hostile.switch_sides)

    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
    assert_shows_literally(window, hostile.name, hostile.other_name)


def test_the_settings_dialog_names_the_exercises_literally(qtbot, window, hostile) -> None:
    dialog = SettingsDialog(window.store, window.routine, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_shows_literally(dialog, hostile.name, hostile.other_name)


def test_the_recent_routines_menu_shows_the_folder_literally(window, hostile) -> None:
    menu = window.routine_menu.recent_menu
    menu.aboutToShow.emit()
    first = menu.actions()[0]
    assert str(hostile.folder) in seen_on_button(first.text())
    assert seen(first.toolTip()) == str(hostile.path)


def test_dialogs_show_routine_text_and_paths_literally(qtbot, window, hostile) -> None:
    # No slash in a file name: the closing tag cannot be in it.
    broken = hostile.folder / "<b>bold & <img src='x'>.yaml"
    broken.write_text("schema_version: 1\ntitle: x\nexercises: 3\n", encoding="utf-8")
    problems = answered_modal(qtbot, lambda: window.routine_menu.routine_chosen.emit(broken))
    assert any(f"{broken} has problems, so '{hostile.title}'" in words for words in problems.texts)
    assert problems.outside_pixels == 0

    offer = answered_modal(
        qtbot, lambda: ContinueDialog.ask(window, datetime(2026, 11, 20, 7, 45), hostile.name)
    )
    assert any(f"stopped during {hostile.name}" in words for words in offer.texts), offer.texts
    assert offer.outside_pixels == 0

    end = answered_modal(qtbot, lambda: EndSessionDialog.ask(window))
    assert any("End today's session now?" in words for words in end.texts)


def test_the_problems_dialog_is_plain_text_even_for_its_first_problem(qtbot, window) -> None:
    shown = answered_modal(
        qtbot,
        lambda: RoutineProblemsDialog.show(
            window, Path("r.yaml"), f"r.yaml:1:1: {TAG} is wrong", "nothing changes"
        ),
    )
    assert f"r.yaml:1:1: {TAG} is wrong" in shown.texts


WORKRAVE = """\
<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>{title}</title>
    <description>{description}</description>
    <sequence duration="20">
      <image src="arm.png" duration="10"/>
      <image src="arm.png" mirrorx="yes" duration="10"/>
    </sequence>
  </exercise>
</exercises>
"""


def test_workrave_titles_and_descriptions_are_shown_literally(
    qtbot, window: MainWindow, hostile, tmp_path: Path
) -> None:
    folder = tmp_path / "workrave"
    folder.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 200, 200))
    assert image.save(str(folder / "arm.png"))
    title = f"{TAG} Arm swing & co"
    description = f"{TAG} swing {hostile.start_position}"
    escaped = {"title": xml_escape(title), "description": xml_escape(description)}
    path = folder / "exercises.xml"
    path.write_text(WORKRAVE.format(**escaped), encoding="utf-8")
    window.routine_menu.routine_chosen.emit(path)
    exercise = window.routine.exercises[0]
    assert exercise.name == title
    # The plan's new rows show once the event loop runs.
    qtbot.waitUntil(window.plan_screen.name_labels[exercise.id].isVisible)
    assert_shows_literally(window, title)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert_shows_literally(window, title, description)

"""The session screen: picture, instruction, breath pacer, rep counter and large controls."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.figures.illustration import Illustration
from backpain_gui.ui.announce import announce
from backpain_gui.ui.figure_widget import FigureWidget
from backpain_gui.ui.fitted_label import FittedLabel
from backpain_gui.ui.key_button import KeyButton
from backpain_gui.ui.pacer import PacerState, PacerWidget
from backpain_gui.ui.picture import PictureWidget
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.rep_dots import RepDots
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP
from backpain_gui.ui.type_scale import apply_size, scaled

# Between two movements prepared ahead: 4 of an exercise take well under a second of a
# get-ready or a rest, each in one tick of 12-15 ms, between the pacer's frames.
WARM_MS = 120

PAUSED_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "Paused - press Space to continue")
FIGURE_STEPS = 60
# How long a passing word ("This exercise has one version") stays in place of the variant.
PASSING_NOTE_MS = 4000
# The progress bar counts in thousandths but moves only a whole percent at a time: each move
# is an update a screen reader may speak, and at every frame it spoke "1 percent, 2 percent".
BAR_STEPS = 1000
BAR_MOVES = 100


@dataclass(frozen=True, slots=True)
class SessionView:
    """Everything the session screen shows at one moment, in words and numbers."""

    heading: str = ""
    progress: str = ""
    progress_fraction: float = 0.0
    step: str = ""
    instruction: str = ""
    detail: str = ""
    # The small print is a safety line (bold, in the text's colour) rather than a grey tip.
    detail_emphasis: bool = False
    picture: Path | None = None
    picture_description: str = ""
    # Shown flipped left to right (Workrave's pictures for the other side).
    picture_mirrored: bool = False
    # Where the moving figure starts from (the previous phase's picture) and how far through
    # the phase it is, 0..1; None while counting down, when the figure stands still.
    picture_before: Path | None = None
    movement: float = 1.0
    pacer: PacerState = field(default_factory=PacerState)
    rep_text: str = ""
    reps_done: int = 0
    reps_total: int = 0
    side_text: str = ""
    # The variant running, in full ("Modification"), and what it changes; "" for an exercise
    # with one version.
    variant_text: str = ""
    variant_description: str = ""
    paused: bool = False


class _PausedVeil(QWidget):
    """A dimming layer over the whole screen with the paused message, ignoring no input."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = plain_label(QCoreApplication.translate("SessionScreen", PAUSED_TEXT), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The message sits in the middle third, over the pacer and picture.
        self.label.setGeometry(0, self.height() // 3, self.width(), self.height() // 3)
        apply_size(self.label, "banner", self.window().height(), bold=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlphaF(0.72)
        painter.fillRect(self.rect(), veil)
        painter.end()


class SessionScreen(QWidget):
    """Shows a `SessionView`.

    Signals: one per control button, emitted when it is pressed; `announced(str)` with each
    message sent to screen readers (a new exercise, side, rep or instruction; paused).
    """

    pause_pressed = Signal()
    back_pressed = Signal()
    skip_pressed = Signal()
    restart_pressed = Signal()
    variant_pressed = Signal()
    mute_pressed = Signal()
    fullscreen_pressed = Signal()
    end_pressed = Signal()
    hurts_pressed = Signal()
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = SessionView()
        # Names, instructions, tips and variant descriptions are the routine's text, shown
        # literally (see plain_text); so is every other label here.
        self.heading = plain_label()
        self.progress = plain_label()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, BAR_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Session done"))
        self.progress_bar.setAccessibleDescription(
            self.tr("How much of today's session is behind you")
        )
        self.progress_bar.setMaximumHeight(8)
        self.picture = PictureWidget()
        self.figure = FigureWidget()
        self.figure.hide()
        # Still pictures instead of the moving figure: the user's setting.
        self.still_pictures = False
        self._illustrations: dict[Path, Illustration | None] = {}
        # The movements to prepare ahead (warm_up), one every WARM_MS: each takes 12-15 ms.
        self._warming: list[tuple[Path, Path]] = []
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(WARM_MS)
        self._warm_timer.timeout.connect(self._warm_next)
        self.pacer = PacerWidget()
        self.step = plain_label()
        # Words of a fixed height: a step whose words wrap further never moves the picture and
        # pacer; its type is set smaller instead (the get-ready's start position and aim).
        self.instruction = FittedLabel(lines=2)
        # Three lines: the get-ready's advice and safety line, or a long aim, keep their full size.
        self.detail = FittedLabel(lines=3)
        self.rep_text = plain_label()
        self.rep_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.side = plain_label()
        self.side.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rep_dots = RepDots()
        # The variant in full with its description, or for a while a passing note.
        self.variant = FittedLabel(lines=2)
        # Its name is what it shows (a name set here would hide "Modification" behind it).
        self.variant.setAccessibleDescription(self.tr("The version of the exercise"))
        self._passing_note = QTimer(self)
        self._passing_note.setSingleShot(True)
        self._passing_note.setInterval(PASSING_NOTE_MS)
        self._passing_note.timeout.connect(self._show_variant)
        self.buttons = self._make_buttons()
        # Stop at once because it hurts: in sight at the top, apart from the other controls.
        self.hurts = KeyButton(
            self.tr("It hurts"), "H", self.tr("Stop the session now because it hurts")
        )
        self.hurts.clicked.connect(self.hurts_pressed)
        self._lay_out()
        # Tab goes as the eye reads: It hurts at the top, then the controls left to right.
        focus_order = [self.hurts, *self.buttons.values()]
        for first, second in pairwise(focus_order):
            QWidget.setTabOrder(first, second)
        self.veil = _PausedVeil(self)
        # Takes the focus when the session starts, so no button holds Space and Enter; a
        # screen reader names it when it does.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Session"))

    def _make_buttons(self) -> dict[str, KeyButton]:
        specs = [
            (
                "back",
                self.tr("Back"),
                self.tr("Left"),
                self.tr("Restart this exercise, or go to the previous one"),
            ),
            ("pause", self.tr("Pause"), self.tr("Space"), self.tr("Pause the session")),
            ("skip", self.tr("Skip"), self.tr("Right"), self.tr("Skip to the next exercise")),
            ("restart", self.tr("Restart"), "R", self.tr("Restart this exercise")),
            (
                "variant",
                self.tr("Variant"),
                "V",
                self.tr("Change to the next version of this exercise"),
            ),
            (
                "mute",
                self.tr("Sound on"),
                "M",
                self.tr("Sound cues and voice are on; press to turn them off"),
            ),
            ("fullscreen", self.tr("Full screen"), "F", self.tr("Fill the screen")),
            (
                "end",
                self.tr("End"),
                self.tr("Esc"),
                self.tr("End the session; what is done so far is kept"),
            ),
        ]
        signals = {
            "back": self.back_pressed,
            "pause": self.pause_pressed,
            "skip": self.skip_pressed,
            "restart": self.restart_pressed,
            "variant": self.variant_pressed,
            "mute": self.mute_pressed,
            "fullscreen": self.fullscreen_pressed,
            "end": self.end_pressed,
        }
        buttons: dict[str, KeyButton] = {}
        for name, words, key, description in specs:
            button = KeyButton(words, key, description)
            button.clicked.connect(signals[name])
            buttons[name] = button
        return buttons

    def _lay_out(self) -> None:
        title = QVBoxLayout()
        title.setSpacing(0)
        title.addWidget(self.heading)
        title.addWidget(self.variant)
        top = QHBoxLayout()
        top.addLayout(title, 3)
        top.addWidget(self.progress, 2)
        top.addWidget(self.hurts, 0, Qt.AlignmentFlag.AlignTop)

        middle = QHBoxLayout()
        middle.addWidget(self.picture, 3)
        middle.addWidget(self.figure, 3)
        middle.addWidget(self.pacer, 2)

        words = QGridLayout()
        words.addWidget(self.step, 0, 0)
        words.addWidget(self.side, 0, 1)
        words.addWidget(self.instruction, 1, 0, 1, 2)
        words.addWidget(self.rep_text, 2, 1)
        words.addWidget(self.detail, 2, 0)
        words.addWidget(self.rep_dots, 3, 0, 1, 2)
        words.setColumnStretch(0, 3)
        words.setColumnStretch(1, 1)

        controls = self._controls = QHBoxLayout()
        for button in self.buttons.values():
            controls.addWidget(button)

        outer = self._outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.progress_bar)
        outer.addLayout(middle, 5)
        outer.addLayout(words, 3)
        outer.addLayout(controls)

    @property
    def view(self) -> SessionView:
        """What the screen shows now."""
        return self._view

    def show_view(self, view: SessionView) -> None:
        """Show `view`; only what changed is touched, as this runs every frame."""
        old, self._view = self._view, view
        self.pacer.show_state(view.pacer)
        self._show_figure(view)
        if view == old:
            return
        self._set_text(self.heading, view.heading)
        self._set_text(self.progress, view.progress)
        moves = round(min(1.0, max(0.0, view.progress_fraction)) * BAR_MOVES)
        self.progress_bar.setValue(moves * BAR_STEPS // BAR_MOVES)
        self._set_text(self.step, view.step)
        self._set_text(self.instruction, view.instruction)
        self._set_text(self.detail, view.detail)
        if view.detail_emphasis != old.detail_emphasis:
            self._emphasise_detail(view.detail_emphasis)
        self._set_text(self.rep_text, view.rep_text)
        self._set_text(self.side, view.side_text)
        self.rep_dots.show_counts(view.reps_done, view.reps_total)
        if not self.figure.isVisibleTo(self):
            self.picture.show_picture(view.picture, view.picture_description, view.picture_mirrored)
            self.picture.set_dimmed(view.paused)
        if view.paused != old.paused:
            self.buttons["pause"].set_words(
                self.tr("Continue") if view.paused else self.tr("Pause"),
                self.tr("Continue the session") if view.paused else self.tr("Pause the session"),
            )
            self._fit_controls()
        variant_changed = (view.variant_text, view.variant_description) != (
            old.variant_text,
            old.variant_description,
        )
        if variant_changed and not self._passing_note.isActive():
            self._show_variant()
        if view.paused != old.paused or self.veil.isVisible() != view.paused:
            self.veil.setVisible(view.paused)
            self.veil.raise_()
        self._announce_changes(view, old)

    def _announce_changes(self, view: SessionView, old: SessionView) -> None:
        """Tell screen readers what is new, in the order a coach would say it."""
        news = []
        if view.heading != old.heading:
            news.append(view.heading)
        if view.side_text != old.side_text:
            news.append(view.side_text)
        if view.rep_text != old.rep_text:
            news.append(view.rep_text)
        if (view.step, view.instruction) != (old.step, old.instruction):
            news.extend((view.step, view.instruction))
        if view.paused != old.paused:
            paused = QCoreApplication.translate("SessionScreen", PAUSED_TEXT)
            news.append(paused if view.paused else self.tr("Continuing"))
        message = ". ".join(part.rstrip(".") for part in news if part)
        if message:
            announce(self, message + ".")
            self.announced.emit(message + ".")

    def warm_up(self, pictures: list[Path]) -> None:
        """Prepare the movement between each picture of `pictures` and the next (an exercise's
        start position and its steps' pictures, in order), one a tick while the person gets
        ready or rests, so no step's first frame is late. A later call replaces the queue."""
        self._warming = list(pairwise(pictures))
        if self._warming and not self._warm_timer.isActive():
            self._warm_timer.start()

    def _warm_next(self) -> None:
        if self.still_pictures or not self._warming or not self.figure.isVisible():
            self._warm_timer.stop()
            self._warming.clear()
            return
        before, picture = self._warming.pop(0)
        during, start = self._illustration(picture), self._illustration(before)
        if during is not None and start is not None:
            self.figure.warm_arrow(during, start)
        if not self._warming:
            self._warm_timer.stop()

    def _illustration(self, picture: Path | None) -> Illustration | None:
        # Looked up once a picture: the lookup reads the disk, and this runs every frame.
        if picture is None:
            return None
        if picture not in self._illustrations:
            # Imported here: pose files are read only once a session starts, not at start-up.
            from backpain_gui.figures.catalogue import illustration_for_picture

            self._illustrations[picture] = illustration_for_picture(picture)
        return self._illustrations[picture]

    def _show_figure(self, view: SessionView) -> None:
        """The moving figure where the picture has a pose and the user wants it, else the still."""
        during = None if self.still_pictures else self._illustration(view.picture)
        moving = during is not None
        if moving != self.figure.isVisibleTo(self):
            self.figure.setVisible(moving)
            self.picture.setVisible(not moving)
            if not moving:
                self.picture.show_picture(
                    view.picture, view.picture_description, view.picture_mirrored
                )
                self.picture.set_dimmed(view.paused)
        if during is not None:
            self.figure.show_movement(
                during,
                self._illustration(view.picture_before),
                # Sixty steps a phase (12-20 a second) look smooth for a body moving this
                # slowly, at a third of the CPU of 60 a second; the pacer keeps its 60.
                round(view.movement * FIGURE_STEPS) / FIGURE_STEPS,
                dimmed=view.paused,
                mirrored=view.picture_mirrored,
                description=view.picture_description,
            )

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _show_variant(self) -> None:
        view = self._view
        words = view.variant_text
        if words and view.variant_description:
            words = self.tr("{variant}: {description}").format(
                variant=words, description=view.variant_description
            )
        self._set_text(self.variant, words)

    def pass_note(self, note: str) -> None:
        """Show `note` for a few seconds where the variant is named (a key that did nothing)."""
        self._set_text(self.variant, note)
        self._passing_note.start()

    def _emphasise_detail(self, emphasis: bool) -> None:
        # In the text's own colour either way (a faint grey did not read from the mat); the
        # safety line stands out in bold.
        self.detail.set_bold(emphasis)

    def set_muted(self, muted: bool) -> None:
        """Show whether sound is on or off on its button: the state the button acts on."""
        self.buttons["mute"].set_words(
            self.tr("Sound off") if muted else self.tr("Sound on"),
            self.tr("Sound cues and voice are off; press to turn them on")
            if muted
            else self.tr("Sound cues and voice are on; press to turn them off"),
        )
        self._fit_controls()

    def set_fullscreen(self, fullscreen: bool) -> None:
        """Name the full-screen button for what it will do now."""
        self.buttons["fullscreen"].set_words(
            self.tr("Leave full screen") if fullscreen else self.tr("Full screen"),
            self.tr("Go back to a window") if fullscreen else self.tr("Fill the screen"),
        )
        self._fit_controls()

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        apply_size(self.heading, "heading", window_height, bold=True)
        self.variant.set_full_size(scaled("detail", window_height))
        apply_size(self.progress, "step", window_height)
        apply_size(self.step, "step", window_height, bold=True)
        apply_size(self.side, "step", window_height, bold=True)
        self.instruction.set_full_size(scaled("instruction", window_height), bold=True)
        self.detail.set_full_size(scaled("tip", window_height), bold=self._view.detail_emphasis)
        apply_size(self.rep_text, "counter", window_height, bold=True)
        self.rep_dots.setFixedHeight(max(16, window_height // 32))
        for button in (*self.buttons.values(), self.hurts):
            apply_size(button, "button", window_height)
            button.setMinimumHeight(max(36, window_height // 14))
        self._fit_controls()

    def _fit_controls(self) -> None:
        """The keys on the controls when the row has room for them all, else only the words:
        a small screen (1024 wide) cut "Leave full screen  (F)" short."""
        row = list(self.buttons.values())
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = max(0, self._controls.spacing()) * (len(row) - 1)
        with_keys = sum(button.width_for(True) for button in row) + spacing <= room
        for button in row:
            button.show_key(with_keys)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.veil.setGeometry(self.rect())
        self._fit_controls()

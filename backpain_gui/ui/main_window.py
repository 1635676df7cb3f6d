"""The main window: plan, session and summary screens, the keys, and full screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from backpain_gui.audio.player import Player
from backpain_gui.audio.sound_server import NO_SOUND_SERVER
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Routine, Variant
from backpain_gui.session.engine import CommandResult, Session
from backpain_gui.session.events import Event
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.session.position import SessionState
from backpain_gui.session.schedule import plan_session
from backpain_gui.session.settings import SessionSettings
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui.announce import announce
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.fullscreen import enter_fullscreen, leave_fullscreen
from backpain_gui.ui.pain_screen import PainScreen
from backpain_gui.ui.pain_words import after_session_words, it_hurts_advice, severe_before_words
from backpain_gui.ui.plain_text import ask_plain_question, plain_label
from backpain_gui.ui.plan_calendar import PlanCalendar
from backpain_gui.ui.plan_screen import PlanScreen
from backpain_gui.ui.resume_offer import offer_to_continue
from backpain_gui.ui.routine_menu import RoutineMenu
from backpain_gui.ui.routine_problems import RoutineProblemsDialog
from backpain_gui.ui.screening_dialog import screening_needed
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.session_screen import SessionScreen
from backpain_gui.ui.settings_dialog import ASK_PAIN_KEY, SettingsDialog
from backpain_gui.ui.sound_check import SoundCheck
from backpain_gui.ui.sound_cues import SoundCues
from backpain_gui.ui.summary_screen import SummaryScreen
from backpain_gui.ui.theme import apply_theme
from backpain_gui.ui.translation import translate
from backpain_gui.ui.views import next_variant, plan_view, session_view, summary_view


class EndSessionDialog:
    """Asks before ending a session; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        """True when the user confirms ending the session."""
        return ask_plain_question(
            parent,
            translate("MainWindow", "End the session?"),
            translate("MainWindow", "End today's session now? What you have done so far is kept."),
            QMessageBox.StandardButton.No,
        )


if TYPE_CHECKING:
    # Imported where first used: the history (SQLite) and the voice (Qt text-to-speech) stay
    # off the start-up path.
    from backpain_gui.storage.history import History
    from backpain_gui.ui.history_recorder import HistoryRecorder
    from backpain_gui.ui.history_window import HistoryWindow
    from backpain_gui.ui.voice import Voice, VoiceGuide


class MainWindow(QMainWindow):
    """The app's one window. It keeps no session state: it shows the engine's snapshots.

    Signals: `session_created(SessionDriver)` for each new session, just before it starts, so
    that what follows a session from outside the window (the screen kept awake, sleep and
    lock, media remotes, the voice) can attach to it.
    """

    session_created = Signal(object)

    def __init__(
        self,
        routine: Routine,
        event_log: EventLog | None = None,
        settings: QSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        player: Player | None = None,
        history: History | None = None,
        voice: Voice | None = None,
    ) -> None:
        super().__init__()
        # None: no voice (the tests' default); the app attaches one once the window is up.
        self.voice: Voice | None = None
        self.voice_guide: VoiceGuide | None = None
        self.routine = routine
        self.clock = clock
        # None: no sound at all (the tests' default); the app passes a CuePlayer.
        self.player = player
        self.sound: SoundCues | None = None
        self.event_log = event_log
        # A log that stops working is told in the window once, as on stderr.
        self._event_log_told = False
        self.settings = settings or QSettings()
        self.store = SettingsStore(self.settings, self)
        self.routine_menu = RoutineMenu(self.settings, self)
        self.driver: SessionDriver | None = None
        # The exercise and version whose movements the figure has prepared ahead.
        self._warmed: tuple[str, Variant] | None = None
        # Opened once, just after the window first shows (or given, by tests).
        self.history = history
        self.recorder: HistoryRecorder | None = None
        self.history_window: HistoryWindow | None = None
        self.setWindowTitle(self.tr("backpain-gui - daily Pilates for back pain"))
        self.setMinimumSize(800, 500)
        self.stack = QStackedWidget()
        self.plan_calendar = PlanCalendar(self.settings)
        self.plan_screen = PlanScreen(progress=self.plan_calendar)
        self.session_screen = SessionScreen()
        self.summary_screen = SummaryScreen()
        self.pain_screen = PainScreen()
        # The scores of the session under way, before and after; None when not given.
        self.pain_before: int | None = None
        self.pain_after: int | None = None
        self._pain_asked_after = False
        # The session under way was stopped with "it hurts".
        self.stopped_because_it_hurts = False
        for screen in self._screens():
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        # What keeps sound, voice or history from working, told once, on every screen.
        # Notices may name files (the history's, a routine's): shown literally.
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        # Described, not named: a name would hide the notice's own words from a screen reader.
        self.notice.setAccessibleDescription(self.tr("Notice"))
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().hide()
        if player is not None:
            self.sound_check = SoundCheck(player, self.store, clock=clock)
            self.plan_screen.add_tool(self.sound_check)
        if voice is not None:
            self.attach_voice(voice)
        self.session_actions = self._make_session_actions()
        self._make_menu()
        self._connect_signals()
        chosen = self.store.load()
        self._theme = chosen.theme
        self.session_screen.set_muted(chosen.muted)
        self.session_screen.still_pictures = chosen.still_pictures
        self.show_plan()
        self._tell_translation_problems()
        if self.history is None:
            # After the window is up: its first paint does not wait for the disk.
            QTimer.singleShot(0, self.open_history)

    def _tell_translation_problems(self) -> None:
        """Say once, at the foot, why the routine is in its own words where its translation
        for the UI language could not be used (`check` lists every problem)."""
        problems = self.routine.translation_problems
        if not problems:
            return
        more = len(problems) - 1
        words = self.tr(
            "The routine's translation could not be used, so it is in its own words: {problem}"
        )
        if more:
            words += " " + self.tr("(and {count} more: backpain-gui check lists them)").format(
                count=more
            )
        self.tell(words.format(problem=problems[0]))

    # -- keys ---------------------------------------------------------------------------------

    def _make_session_actions(self) -> dict[str, QAction]:
        keys: dict[str, tuple[list[str], Callable[[], None]]] = {
            "pause": (
                ["Space", "Media Play", "Media Pause", "Toggle Media Play/Pause"],
                self.on_pause_pressed,
            ),
            "skip": (["Right", "N", "PgDown", "Media Next"], self.on_skip_pressed),
            "back": (["Left", "P", "PgUp", "Media Previous"], self.on_back_pressed),
            "restart": (["R"], self.on_restart_pressed),
            "variant": (["V"], self.on_variant_pressed),
            "mute": (["M"], self.on_mute_pressed),
            "fullscreen": (["F", "F11"], self.on_fullscreen_pressed),
            "escape": (["Esc"], self.on_escape_pressed),
            "quit": (["Ctrl+Q"], self.on_quit_pressed),
            "start": (["Return", "Enter"], self.on_start_pressed),
            "settings": (["Ctrl+,"], self.on_settings_pressed),
            "history": (["H"], self.on_history_pressed),
            "about": (["I", "F1"], self.on_about_pressed),
        }
        actions: dict[str, QAction] = {}
        for name, (sequences, slot) in keys.items():
            action = QAction(name, self)
            action.setShortcuts([QKeySequence(sequence) for sequence in sequences])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions

    def _make_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.routine_menu.add_to(file_menu)
        file_menu.addSeparator()
        settings = self.session_actions["settings"]
        settings.setText(self.tr("&Settings..."))
        file_menu.addAction(settings)
        about = self.session_actions["about"]
        about.setText(self.tr("&About This Routine..."))
        file_menu.addAction(about)
        self.screening_action = file_menu.addAction(self.tr("Is It Safe for Me to Exercise?..."))
        self.screening_action.triggered.connect(self.on_screening_chosen)
        file_menu.addSeparator()
        quit_action = self.session_actions["quit"]
        quit_action.setText(self.tr("&Quit"))
        file_menu.addAction(quit_action)
        # The menu's shortcuts must work with the menu bar hidden in full screen too.
        self.addAction(self.routine_menu.open_action)

    def _connect_signals(self) -> None:
        self.store.settings_changed.connect(self.on_store_settings_changed)
        self.routine_menu.routine_chosen.connect(self.on_routine_menu_routine_chosen)
        self.plan_screen.settings_pressed.connect(self.on_settings_pressed)
        self.plan_screen.about_pressed.connect(self.on_about_pressed)
        self.plan_screen.start_pressed.connect(self.on_start_pressed)
        self.plan_calendar.history_pressed.connect(self.on_history_pressed)
        self.plan_calendar.variants_accepted.connect(self.on_plan_calendar_variants_accepted)
        self.plan_screen.variant_chosen.connect(self.on_plan_screen_variant_chosen)
        screen = self.session_screen
        screen.pause_pressed.connect(self.on_pause_pressed)
        screen.back_pressed.connect(self.on_back_pressed)
        screen.skip_pressed.connect(self.on_skip_pressed)
        screen.restart_pressed.connect(self.on_restart_pressed)
        screen.variant_pressed.connect(self.on_variant_pressed)
        screen.mute_pressed.connect(self.on_mute_pressed)
        screen.fullscreen_pressed.connect(self.on_fullscreen_pressed)
        screen.end_pressed.connect(self.on_escape_pressed)
        screen.hurts_pressed.connect(self.on_hurts_pressed)
        screen.pacer.clicked.connect(self.on_pause_pressed)
        self.summary_screen.again_pressed.connect(self.show_plan)
        self.pain_screen.answered.connect(self.on_pain_screen_answered)
        self.summary_screen.quit_pressed.connect(self.on_quit_pressed)

    def _screens(self) -> tuple[PlanScreen, SessionScreen, SummaryScreen, PainScreen]:
        return (self.plan_screen, self.session_screen, self.summary_screen, self.pain_screen)

    def _show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        if screen is self.pain_screen:
            # Its digits are read from the screen itself; Enter and Esc are the window's.
            self.pain_screen.setFocus(Qt.FocusReason.OtherFocusReason)
        in_session = screen is self.session_screen
        if in_session:
            # The keyboard focus on the screen, not on its first button: Space pauses until
            # the user moves to a button with Tab.
            self.session_screen.setFocus(Qt.FocusReason.OtherFocusReason)
        for name in ("pause", "skip", "back", "restart", "variant"):
            self.session_actions[name].setEnabled(in_session)
        # Enter starts on the plan, and on the summary goes back to the plan.
        self.session_actions["start"].setEnabled(screen is not self.session_screen)
        between = screen in (self.plan_screen, self.summary_screen)
        # H: the history between sessions; during one, "it hurts".
        self.session_actions["history"].setEnabled(between or in_session)
        # A routine or the settings change between sessions, never in the middle of one.
        self.session_actions["settings"].setEnabled(between)
        self.routine_menu.open_action.setEnabled(not in_session)
        self.screening_action.setEnabled(between)
        self.routine_menu.builtin_action.setEnabled(not in_session)
        self.routine_menu.recent_menu.setEnabled(not in_session)

    # -- the plan ------------------------------------------------------------------------------

    def session_settings(self) -> SessionSettings:
        """Today's session settings, from what the user chose."""
        return self.store.session_settings(self.routine)

    @Slot()
    def show_plan(self) -> None:
        """Show the plan screen with today's times."""
        settings = self.session_settings()
        plan = plan_session(self.routine, settings)
        if self.history is not None:
            self.plan_calendar.show_history(self.history, self.routine, settings.variants)
        self.plan_screen.show_view(plan_view(self.routine, plan, self.plan_calendar.day_number))
        self._show_screen(self.plan_screen)
        self.plan_screen.start.setFocus()

    @Slot(str, str)
    def on_plan_screen_variant_chosen(self, exercise_id: str, variant: str) -> None:
        # The store's settings_changed shows the plan again with the new times.
        self.store.set_variant(exercise_id, Variant(variant))

    @Slot()
    def on_settings_pressed(self) -> None:
        if self.stack.currentWidget() is not self.session_screen:
            SettingsDialog.edit(self.store, self.routine, self)

    @Slot()
    def on_store_settings_changed(self) -> None:
        chosen = self.store.load()
        self.session_screen.set_muted(chosen.muted)
        self.session_screen.still_pictures = chosen.still_pictures
        if self.sound is not None:
            self.sound.set_muted(chosen.muted)
        if self.voice_guide is not None:
            self.voice_guide.set_muted(chosen.muted)
        if self.player is not None:
            self.player.volume = chosen.volume
        app = QApplication.instance()
        if isinstance(app, QApplication) and chosen.theme is not self._theme:
            # Only when it changed: a new palette repaints and re-polishes every widget.
            apply_theme(app, chosen.theme)
        self._theme = chosen.theme
        if self.stack.currentWidget() is self.plan_screen:
            self.show_plan()

    @Slot(Path)
    def on_routine_menu_routine_chosen(self, path: Path) -> None:
        if self.driver is not None and self.driver.running:
            return
        try:
            routine = load_routine(path)
        except RoutineError as error:
            instead = self.tr("'{title}' stays loaded").format(title=self.routine.shown_title)
            RoutineProblemsDialog.show_error(self, path, error, instead)
            return
        self.routine = routine
        self.routine_menu.remember(path)
        self.show_plan()
        self._tell_translation_problems()

    @Slot(dict)
    def on_plan_calendar_variants_accepted(self, variants: dict[str, str]) -> None:
        # Each write shows the plan again, with the chosen variants and their times.
        for exercise_id, variant in variants.items():
            self.store.set_variant(exercise_id, Variant(variant))

    def attach_voice(self, voice: Voice) -> None:
        """Speak the sessions from now on with `voice`, and offer its settings on the plan."""
        from backpain_gui.ui.voice_settings import VoiceSettingsPanel

        self.voice = voice
        self.plan_screen.add_tool(VoiceSettingsPanel(voice))
        self.plan_screen.rescale(self.height())

    # -- the history ---------------------------------------------------------------------------

    @Slot()
    def open_history(self) -> None:
        """Open the history database, once; tell the user if it is damaged or off."""
        if self.history is not None:
            return
        from backpain_gui.storage.history import History

        self.history = History.open()
        for message in (self.history.notice, self.history.problem):
            if message:
                self.tell(message)
        if self.stack.currentWidget() is self.plan_screen:
            self.show_plan()

    @Slot()
    def on_about_pressed(self) -> None:
        """The routine's advice, safety, aims and words; a running session waits meanwhile."""
        driver = self.driver
        if driver is not None and driver.running and not driver.snapshot().paused:
            self.on_pause_pressed()
        from backpain_gui.ui.about_routine import AboutRoutineDialog

        AboutRoutineDialog(self.routine, parent=self).exec()

    @Slot()
    def on_history_pressed(self) -> None:
        if self.stack.currentWidget() is self.session_screen:
            self.on_hurts_pressed()
            return
        self.open_history()
        assert self.history is not None
        if self.history_window is None:
            from backpain_gui.ui.history_window import HistoryWindow

            self.history_window = HistoryWindow(self.history, self.routine.plan_days, parent=self)
        # The routine may have changed since (File, Open Routine).
        self.history_window.plan_days = self.routine.plan_days
        self.history_window.show()
        self.history_window.refresh()
        self.history_window.raise_()
        self.history_window.activateWindow()

    # -- the session ---------------------------------------------------------------------------

    @Slot()
    def on_start_pressed(self) -> None:
        current = self.stack.currentWidget()
        if current is self.plan_screen:
            self.begin_session()
        elif current is self.pain_screen:
            self.pain_screen.confirm()
        elif current is self.summary_screen:
            self.show_plan()

    def begin_session(self) -> None:
        """Enter on the plan (or --start): the red flags when due, how the back is, then go."""
        if screening_needed(self.settings, date.today()):
            from backpain_gui.ui.screening_dialog import ScreeningDialog

            if ScreeningDialog(self.settings, parent=self).exec() != QDialog.DialogCode.Accepted:
                return
        if self.asks_pain:
            self._pain_asked_after = False
            self.pain_screen.ask(after=False)
            self._show_screen(self.pain_screen)
            return
        self.start_session(self.session_settings())

    @Slot()
    def on_screening_chosen(self) -> None:
        """The red flags, asked again from the menu (the answer is kept as at the start)."""
        from backpain_gui.ui.screening_dialog import ScreeningDialog

        ScreeningDialog(self.settings, parent=self).exec()

    @property
    def asks_pain(self) -> bool:
        """Whether to ask how the back is before and after each session (Settings; on)."""
        return bool(self.settings.value(ASK_PAIN_KEY, True, bool))

    @Slot(object)
    def on_pain_screen_answered(self, score: int | None) -> None:
        if not self._pain_asked_after:
            self.start_session(self.session_settings(), pain_before=score)
            return
        self.pain_after = score
        if score is not None and self.recorder is not None:
            self.recorder.record_pain("after", score)
        self._show_summary()

    @Slot()
    def offer_to_continue(self) -> None:
        """After a crash, offer to carry on from the exercise that was in progress."""
        self.open_history()
        if self.history is None or self.stack.currentWidget() is not self.plan_screen:
            return
        chosen = offer_to_continue(
            self,
            self.history.sessions(),
            self.routine,
            self.session_settings(),
            self.settings,
            date.today(),
        )
        if chosen is not None:
            self.start_session(chosen)

    def start_session(self, settings: SessionSettings, pain_before: int | None = None) -> None:
        """Start a session of the routine with `settings`, and show it.

        `pain_before`: how the back is now, 0-10, saved with the session.
        """
        self.pain_before, self.pain_after = pain_before, None
        self.stopped_because_it_hurts = False
        self._warmed = None
        self.driver = SessionDriver(Session(self.routine, settings), clock=self.clock, parent=self)
        self.driver.frame.connect(self.on_driver_frame)
        self.driver.session_over.connect(self.on_driver_session_over)
        self.open_history()
        assert self.history is not None
        from backpain_gui.ui.history_recorder import HistoryRecorder

        # Before start(): the recorder must see the session start.
        self.recorder = HistoryRecorder(self.driver, self.history)
        self.recorder.problem.connect(self.tell)
        if self.player is not None:
            self.sound = SoundCues(self.driver, self.player, muted=self.muted, clock=self.clock)
            self.sound.problem.connect(self.tell)
        if self.voice is not None:
            from backpain_gui.ui.voice import VoiceGuide

            self.voice_guide = VoiceGuide(self.driver, self.voice, clock=self.clock)
            self.voice_guide.set_muted(self.muted)
            self.voice_guide.problem.connect(self.on_voice_guide_problem)
        if self.event_log is not None:
            self.driver.events_happened.connect(self.on_driver_events_happened)
        self._show_screen(self.session_screen)
        self.session_created.emit(self.driver)
        self.driver.start()
        if pain_before is not None:
            self.recorder.record_pain("before", pain_before)
            bad_day = severe_before_words(pain_before)
            if bad_day is not None:
                self.tell(bad_day)

    @Slot(str)
    def on_voice_guide_problem(self, problem: str) -> None:
        # With no sound server the cues' notice says the voice is silent too; the voice's own
        # ("guided by tones only") would not be true.
        if self.player is None or self.player.problem != NO_SOUND_SERVER:
            self.tell(problem)

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        if self.event_log is not None:
            self.event_log.write(events)
            if self.event_log.problem and not self._event_log_told:
                self._event_log_told = True
                self.tell(self.event_log.problem)

    @Slot(object)
    def on_driver_frame(self, snapshot: Snapshot) -> None:
        self.session_screen.show_view(
            session_view(snapshot, self.routine, self.plan_calendar.day_number)
        )
        self._warm_up_next(snapshot)

    def _warm_up_next(self, snapshot: Snapshot) -> None:
        """In a get-ready or a rest, have the figure prepare the exercise coming up."""
        if snapshot.state is SessionState.REST:
            exercise, variant = snapshot.next_exercise, snapshot.next_variant
        elif snapshot.state is SessionState.GET_READY:
            exercise, variant = snapshot.exercise, snapshot.variant
        else:
            return
        if exercise is None:
            return
        version = variant or Variant.STANDARD
        key = (exercise.id, version)
        if key == self._warmed:
            return
        self._warmed = key
        names = [exercise.start_picture_for(version)]
        names += [phase.picture for phase in exercise.variant(version).phases]
        self.session_screen.warm_up([self.routine.picture_path(name) for name in names])

    @Slot()
    def on_driver_session_over(self) -> None:
        if self.asks_pain and self.driver is not None:
            self._pain_asked_after = True
            self.pain_screen.ask(after=True)
            self._show_screen(self.pain_screen)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        if self.driver is not None:
            earlier = self.recorder.earlier if self.recorder is not None else ()
            view = summary_view(self.driver.snapshot(), self.routine, earlier)
            if self.recorder is not None:
                view = replace(view, note=self.recorder.saved_text())
            pain = after_session_words(self.pain_before, self.pain_after)
            if self.stopped_because_it_hurts:
                view = replace(view, heading=self.tr("Stopped because it hurts"))
                pain = f"{it_hurts_advice()} {pain}".strip()
            if pain:
                view = replace(view, note=f"{view.note}\n{pain}" if view.note else pain)
            self.summary_screen.show_view(view)
        self._show_screen(self.summary_screen)

    def _command(self, run: Callable[[Session, float], CommandResult]) -> None:
        driver = self.driver
        if driver is not None and driver.running:
            driver.command(lambda now: run(driver.session, now))

    @Slot()
    def on_pause_pressed(self) -> None:
        self._command(lambda session, now: session.toggle_pause(now))

    @Slot()
    def on_skip_pressed(self) -> None:
        self._command(lambda session, now: session.skip(now))

    @Slot()
    def on_back_pressed(self) -> None:
        self._command(lambda session, now: session.back(now))

    @Slot()
    def on_restart_pressed(self) -> None:
        self._command(lambda session, now: session.restart_exercise(now))

    @Slot()
    def on_variant_pressed(self) -> None:
        if self.driver is None:
            return
        snapshot = self.driver.snapshot()
        variant = next_variant(snapshot)
        if variant is not None:
            self._command(lambda session, now: session.set_variant(now, variant))
        elif self.driver.running:
            resting = snapshot.state is SessionState.REST
            exercise = snapshot.next_exercise if resting else snapshot.exercise
            if exercise is not None:
                note = self.tr("{exercise} has one version only: nothing to change").format(
                    exercise=exercise.name
                )
            else:
                note = self.tr("This exercise has one version only: nothing to change")
            self.session_screen.pass_note(note)

    @Slot()
    def on_mute_pressed(self) -> None:
        # The store's settings_changed passes the new state on to the cues.
        self.store.set_muted(not self.muted)

    @Slot(str)
    def tell(self, notice: str) -> None:
        """Show a notice at the foot of the window, whatever the screen."""
        self.notice.setText(notice)
        self._fit_notice()
        self.statusBar().show()
        announce(self.notice, notice)

    def _fit_notice(self) -> None:
        # A wrapping label in the status bar is given the height of its narrowest wrap, which
        # pushed the session's buttons up a hundred pixels: give it the height it needs.
        width = max(200, self.width() - 24)
        needed = self.notice.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, self.notice.text()
        )
        self.notice.setFixedHeight(needed.height() + 4)

    @property
    def muted(self) -> bool:
        """Whether the user turned sound cues off (remembered between runs)."""
        return self.store.load().muted

    @Slot()
    def on_fullscreen_pressed(self) -> None:
        if self.isFullScreen():
            leave_fullscreen(self)
        else:
            enter_fullscreen(self, self.settings)

    @Slot()
    def on_escape_pressed(self) -> None:
        if self.isFullScreen():
            leave_fullscreen(self)
        elif self.stack.currentWidget() is self.pain_screen:
            self.pain_screen.skip_question()
        elif self.stack.currentWidget() is self.summary_screen:
            self.show_plan()
        else:
            self.ask_to_end_session()

    @Slot()
    def on_hurts_pressed(self) -> None:
        """It hurts: the session ends now, without a question, and the reason is saved."""
        driver = self.driver
        if driver is None or not driver.running:
            return
        self.stopped_because_it_hurts = True
        if self.recorder is not None:
            self.recorder.record_stop(IT_HURTS)
        self._command(lambda session, now: session.end(now))

    def ask_to_end_session(self) -> bool:
        """Ask before ending a running session; True when none runs any more.

        Esc, Ctrl+Q, the window's close button and a media remote's Quit all ask this. The
        session waits while the question is on screen, and goes on if the answer is no.
        """
        driver = self.driver
        if driver is None or not driver.running:
            return True
        was_paused = driver.snapshot().paused
        if not was_paused:
            self._command(lambda session, now: session.pause(now))
        if EndSessionDialog.ask(self):
            self._command(lambda session, now: session.end(now))
            return True
        if not was_paused:
            self._command(lambda session, now: session.resume(now))
        return False

    @Slot()
    def on_quit_pressed(self) -> None:
        """Ctrl+Q, the summary's Quit and a media remote's Quit: ask first during a session."""
        if self.ask_to_end_session():
            self.close()

    # -- window events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = event.size().height()
        for screen in self._screens():
            screen.rescale(height)
        self.plan_calendar.rescale(height)
        if self.notice.text():
            self._fit_notice()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.session_screen.set_fullscreen(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button mid-session asks the same question as Esc. A close the
        # app makes itself (after Quit was answered, or when the desktop session ends) does
        # not ask; either way the session is ended so that the log and history say how.
        if event.spontaneous() and not self.ask_to_end_session():
            event.ignore()
            return
        if self.driver is not None and self.driver.running:
            self._command(lambda session, now: session.end(now))
        if self.event_log is not None:
            self.event_log.close()
        if self.history is not None:
            self.history.close()
        if self.player is not None:
            # Every player process ends with the window: no sound plays on after quitting.
            self.player.close()
        if self.voice is not None:
            self.voice.close()
        super().closeEvent(event)

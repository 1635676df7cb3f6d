"""The window as a user meets it: plan, start, follow, pause, skip, end, summary."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Routine
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui import main_window as main_window_module
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.session_screen import PAUSED_TEXT
from tests.ui.fake_player import FakePlayer


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def frame(window: MainWindow) -> None:
    """One frame of the session, as the frame timer would give it."""
    assert window.driver is not None
    window.driver.on_timer_timeout()


def press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)


def start(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen


def test_plan_screen_lists_each_exercise_with_its_time_and_the_total(window: MainWindow) -> None:
    screen = window.plan_screen
    assert screen.title.text() == "Test routine"
    assert "Contract your abdominals first." in screen.advice.text()
    assert list(screen.variant_boxes) == ["bridge", "twist"]
    # Bridge: 5 s get-ready + 2 reps x 9 s + 15 s rest = 38 s.
    assert screen.duration_labels["bridge"].text() == "38 s"
    assert screen.total.text().startswith("About 1 min")
    assert screen.variant_boxes["bridge"].isEnabled()
    assert not screen.variant_boxes["twist"].isEnabled()


def test_choosing_a_variant_on_the_plan_is_remembered(
    window: MainWindow, routine: Routine, settings: QSettings, clock
) -> None:
    box = window.plan_screen.variant_boxes["bridge"]
    box.setCurrentIndex(box.findData("modification"))
    again = MainWindow(routine, settings=settings, clock=clock)
    assert again.plan_screen.variant_boxes["bridge"].currentData() == "modification"
    again.close()


def test_enter_starts_with_the_start_position_and_a_countdown(qtbot, window: MainWindow) -> None:
    start(qtbot, window)
    screen = window.session_screen
    assert screen.heading.text() == "Bridge"
    assert screen.step.text() == "Get ready"
    assert screen.instruction.text() == "Lie on your back, knees bent."
    assert screen.pacer.state.words == "Get ready"
    assert screen.pacer.state.seconds_left == 5
    assert screen.picture.path is not None
    assert screen.picture.path.name == "start.svg"


def test_the_first_phase_shows_its_instruction_breath_and_rep(qtbot, window, clock) -> None:
    start(qtbot, window)
    clock.tick(5.5)
    frame(window)
    screen = window.session_screen
    assert screen.step.text() == "Step 1 of 3"
    assert screen.instruction.text() == "bridge: breathe in to prepare"
    assert screen.rep_text.text() == "Rep 1 of 2"
    assert screen.pacer.state.words == "Breathe in"
    assert screen.pacer.state.seconds_left == pytest.approx(2.5)
    assert 0 < screen.pacer.state.level < 1
    assert screen.picture.path is not None
    assert screen.picture.path.name == "bridge-1.svg"
    assert screen.detail.text() == "Tip: Keep the ribs down."


def test_space_pauses_visibly_and_the_pacer_freezes_mid_breath(qtbot, window, clock) -> None:
    start(qtbot, window)
    clock.tick(6.0)
    frame(window)
    press(qtbot, window, Qt.Key.Key_Space)
    screen = window.session_screen
    frozen = screen.pacer.state
    assert frozen.paused
    assert screen.veil.isVisible()
    assert screen.veil.label.text() == PAUSED_TEXT
    assert screen.buttons["pause"].text().startswith("Continue")
    clock.tick(60)
    frame(window)
    assert screen.pacer.state == frozen

    press(qtbot, window, Qt.Key.Key_Space)
    assert not screen.veil.isVisible()
    assert screen.step.text() == "Get back into position"
    clock.tick(3.0)
    frame(window)
    # After the 3 s countdown the breath goes on exactly where the pause caught it.
    assert screen.pacer.state.seconds_left == pytest.approx(frozen.seconds_left)
    assert screen.pacer.state.level == pytest.approx(frozen.level)
    assert screen.pacer.state.words == "Breathe in"


def test_clicking_the_pacer_pauses(qtbot, window, clock) -> None:
    start(qtbot, window)
    qtbot.mouseClick(window.session_screen.pacer, Qt.MouseButton.LeftButton)
    assert window.session_screen.pacer.state.paused


def test_right_arrow_skips_to_the_next_exercise(qtbot, window: MainWindow) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    screen = window.session_screen
    assert screen.heading.text() == "Twist"
    assert screen.step.text() == "Get ready"
    assert screen.side.text() == "On your left side"


def test_left_arrow_goes_back_to_the_previous_exercise_at_its_start(qtbot, window) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_N)
    assert window.session_screen.heading.text() == "Twist"
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.session_screen.heading.text() == "Bridge"


def test_v_changes_the_variant_at_once_during_get_ready(qtbot, window, clock) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_V)
    # The version running is named in full, with what it changes, beside the exercise's name.
    assert window.session_screen.variant.text().startswith("Modification: ")
    assert window.session_screen.buttons["variant"].text() == "Variant  (V)"
    clock.tick(5.0)
    frame(window)
    assert window.session_screen.instruction.text() == "small-bridge: breathe in to prepare"


def test_two_sided_exercise_switches_sides(qtbot, window, clock) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    clock.tick(5 + 9 + 0.5)
    frame(window)
    screen = window.session_screen
    assert screen.step.text() == "Switch sides"
    assert screen.instruction.text() == "Roll over onto your other side."
    assert screen.side.text() == "On your right side"


def test_a_whole_session_ends_on_the_summary(qtbot, window, clock) -> None:
    start(qtbot, window)
    clock.tick(38 + 5 + 9 + 5 + 9 + 1)
    frame(window)
    summary = window.summary_screen
    assert window.stack.currentWidget() is summary
    assert summary.heading.text() == "Well done - session complete"
    assert summary.table.rowCount() == 3
    assert summary.table.item(0, 0).text() == "Bridge"
    assert summary.table.item(0, 1).text() == "Done"
    assert summary.table.item(1, 3).text() == "1 + 1 of 1 each side"
    assert summary.table.item(2, 0).text() == "Rests and repeats"
    assert_rows_add_up(summary)


def seconds_of(text: str) -> int:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def assert_rows_add_up(summary) -> None:
    rows = [summary.table.item(row, 4).text() for row in range(summary.table.rowCount())]
    total = summary.total.text().removeprefix("Total time ")
    assert sum(seconds_of(row) for row in rows) == seconds_of(total), (rows, total)


def test_ended_mid_exercise_says_ended_and_rows_add_up(qtbot, window, clock, monkeypatch) -> None:
    monkeypatch.setattr(main_window_module.EndSessionDialog, "ask", lambda parent: True)
    start(qtbot, window)
    clock.tick(38 + 5 + 4.2)
    frame(window)
    press(qtbot, window, Qt.Key.Key_Escape)
    summary = window.summary_screen
    assert summary.heading.text() == "Session ended early"
    assert [summary.table.item(row, 1).text() for row in range(2)] == ["Done", "Ended"]
    assert_rows_add_up(summary)


def test_the_progress_bar_moves_on_with_skip_and_back_as_time_left_does(qtbot, window) -> None:
    start(qtbot, window)
    bar = window.session_screen.progress_bar
    at_start = bar.value()
    press(qtbot, window, Qt.Key.Key_Right)
    frame(window)
    # Bridge is 38 s of the session's 38 + 20: skipping it leaves about two thirds behind.
    assert bar.value() > at_start + 500
    press(qtbot, window, Qt.Key.Key_Left)
    frame(window)
    assert bar.value() == at_start


def test_v_on_an_exercise_with_one_version_says_so(qtbot, window) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    frame(window)
    press(qtbot, window, Qt.Key.Key_V)
    assert window.session_screen.variant.text() == "Twist has one version only: nothing to change"


def test_escape_asks_before_ending_and_no_keeps_going(qtbot, window, monkeypatch) -> None:
    answers: list[bool] = [False, True]
    monkeypatch.setattr(main_window_module.EndSessionDialog, "ask", lambda parent: answers.pop(0))
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.session_screen
    # The session waited while asking, and counts back in after the "no".
    assert window.session_screen.step.text() == "Get back into position"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.summary_screen
    assert window.summary_screen.heading.text() == "Session ended early"
    assert window.summary_screen.table.item(0, 1).text() == "Ended"


def test_escape_leaves_full_screen_without_asking(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(
        main_window_module.EndSessionDialog,
        "ask",
        lambda parent: pytest.fail("Esc in full screen asked to end the session"),
    )
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.stack.currentWidget() is window.session_screen


def test_mute_is_remembered(qtbot, window: MainWindow, settings: QSettings) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_M)
    assert window.muted
    # The button shows the state it acts on: sound is off now.
    assert window.session_screen.buttons["mute"].text() == "Sound off  (M)"
    assert window.session_screen.buttons["mute"].accessibleName() == "Sound off"
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("sound/muted") in (
        True,
        "true",
    )


def test_instruction_is_large_enough_to_read_from_three_metres(qtbot, window) -> None:
    start(qtbot, window)
    small = window.session_screen.instruction.font().pixelSize()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.session_screen.instruction.font().pixelSize() > small)
    assert small >= 40


def test_event_log_gets_every_event_as_a_json_line(qtbot, make_window, clock, tmp_path) -> None:
    log = tmp_path / "events.jsonl"
    window = make_window(EventLog(log))
    start(qtbot, window)
    clock.tick(6)
    frame(window)
    window.close()
    kinds = [json.loads(line)["event"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert kinds[:4] == [
        "session_started",
        "get_ready_started",
        "exercise_started",
        "phase_started",
    ]
    assert kinds[-1] == "session_ended"


def test_rest_previews_the_next_exercise_without_the_old_rep_counter(qtbot, window, clock) -> None:
    start(qtbot, window)
    clock.tick(5 + 2 * 9 + 1)
    frame(window)
    screen = window.session_screen
    assert screen.heading.text() == "Rest"
    assert screen.step.text() == "Rest - next: Twist"
    assert screen.instruction.text() == "Lie on your side."
    assert screen.rep_text.text() == ""
    # The dots are the next exercise's, none done: Twist's one rep a side, not Bridge's two.
    assert screen.rep_dots.counts == (0, 1)
    assert screen.pacer.state.words == "Rest"


def test_skipping_everything_is_not_praised(qtbot, window) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.summary_screen.heading.text() == "Session over - every exercise was skipped"


def test_pause_stops_the_frame_timer_and_repaints(qtbot, window, clock) -> None:
    start(qtbot, window)
    assert window.driver is not None
    assert window.driver.ticking
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.driver.ticking
    qtbot.wait(50)  # the paused look itself is painted once
    paints = PaintCounter()
    window.session_screen.pacer.installEventFilter(paints)
    clock.tick(5)
    qtbot.wait(100)
    assert paints.count == 0
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.driver.ticking


def test_no_timer_runs_on_the_summary_screen(qtbot, window) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
    assert window.driver is not None
    assert not window.driver.ticking


def test_the_pacer_follows_the_engines_phase_progress(qtbot, window, clock) -> None:
    start(qtbot, window)
    levels = []
    for into in (0.0, 0.75, 1.5, 2.25, 2.99):
        clock.now = 1000.0 + 5 + into
        frame(window)
        snapshot = window.driver.snapshot()
        assert snapshot.progress == pytest.approx(into / 3.0)
        levels.append(window.session_screen.pacer.state.level)
    # Breathing in: the disc grows with every frame, from empty towards full.
    assert levels == sorted(levels)
    assert levels[0] == pytest.approx(0.0)
    assert levels[-1] > 0.99


def test_settings_open_from_the_plan_screen_and_new_times_show_at_once(
    qtbot, window, monkeypatch
) -> None:
    opened: list[object] = []

    def edit(store, routine, parent) -> bool:
        opened.append(routine)
        chosen = store.load()
        store.save(replace(chosen, tempo=2.0))
        return True

    monkeypatch.setattr(main_window_module.SettingsDialog, "edit", edit)
    qtbot.mouseClick(window.plan_screen.settings_button, Qt.MouseButton.LeftButton)
    assert opened
    # Twice as slow: bridge is 5 s + 2 reps x 18 s + 15 s rest.
    assert window.plan_screen.duration_labels["bridge"].text() == "56 s"


def test_a_routine_chosen_from_the_menu_replaces_the_plan(window, routine, tmp_path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema_version: 1\ntitle: Mine\nexercises:\n"
        "  - id: tilt\n    name: Tilt\n    aim: Move.\n    start_position: Lie down.\n"
        "    start_picture: assets/start.svg\n    reps: 3\n    phases:\n"
        "      - {breath: in, seconds: 2, instruction: Tilt., picture: assets/start.svg}\n",
        encoding="utf-8",
    )
    window.routine_menu.routine_chosen.emit(mine)
    assert window.plan_screen.title.text() == "Mine"
    assert list(window.plan_screen.variant_boxes) == ["tilt"]
    assert window.routine_menu.recent()[0] == mine


def test_a_broken_routine_from_the_menu_is_explained_and_the_old_one_stays(
    window, tmp_path, monkeypatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window_module.RoutineProblemsDialog,
        "show",
        lambda parent, path, problems, instead: shown.append((problems, instead)),
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\ntitle: Broken\nexercises: 3\n", encoding="utf-8")
    window.routine_menu.routine_chosen.emit(broken)
    ((problems, instead),) = shown
    assert problems.startswith(f"{broken}:3:")
    assert instead == "'Test routine' stays loaded"
    assert window.plan_screen.title.text() == "Test routine"


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def sounding_window(make_window, player: FakePlayer) -> MainWindow:
    return make_window(player=player)


def test_the_plan_screen_offers_a_sound_check(sounding_window: MainWindow) -> None:
    assert sounding_window.sound_check.isVisibleTo(sounding_window.plan_screen)
    assert sounding_window.sound_check.button.text()


def test_cues_play_on_the_beat_and_m_silences_them(
    qtbot, sounding_window, player: FakePlayer, clock
) -> None:
    start(qtbot, sounding_window)
    clock.tick(4.0)
    frame(sounding_window)
    assert player.played, "the 3-2-1 before the first breath"
    press(qtbot, sounding_window, Qt.Key.Key_M)
    assert player.stops >= 1
    played = len(player.played)
    clock.tick(3.0)
    frame(sounding_window)
    assert len(player.played) == played


def test_a_sound_problem_is_told_once_at_the_foot_of_the_window(
    qtbot, sounding_window, player: FakePlayer, clock
) -> None:
    player.problem = "No sound: install gstreamer1.0-plugins-base-apps"
    start(qtbot, sounding_window)
    frame(sounding_window)
    assert sounding_window.notice.text() == "No sound: install gstreamer1.0-plugins-base-apps"
    assert sounding_window.statusBar().isVisibleTo(sounding_window)


@pytest.fixture
def builtin_window(qtbot, settings, clock) -> MainWindow:
    """The window on the shipped routine, whose pictures have poses to move."""
    win = MainWindow(load_routine(builtin_routine_path()), settings=settings, clock=clock)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_the_figure_moves_through_a_phase_with_the_breath(qtbot, builtin_window, clock) -> None:
    start(qtbot, builtin_window)
    screen = builtin_window.session_screen
    # 20 s to get down onto the mat, then just into the hip roll's peel, breathing out.
    clock.tick(20.0 + 4.0 + 0.5)
    frame(builtin_window)
    assert screen.figure.isVisible()
    assert not screen.picture.isVisible()
    early = screen.figure.grab().toImage()
    clock.tick(4.0)
    frame(builtin_window)
    late = screen.figure.grab().toImage()
    assert early != late, "the figure did not move during the phase"


def test_still_pictures_replace_the_moving_figure_when_chosen(qtbot, builtin_window, clock) -> None:
    builtin_window.store.save(replace(builtin_window.store.load(), still_pictures=True))
    start(qtbot, builtin_window)
    clock.tick(20.5)
    frame(builtin_window)
    screen = builtin_window.session_screen
    assert not screen.figure.isVisible()
    assert screen.picture.isVisible()
    assert screen.picture.path is not None
    assert screen.picture.path.name == "1-prepare.svg"


def test_a_single_rep_is_not_called_reps(window) -> None:
    # Twist does 1 rep on each side.
    assert "1 rep, each side" in window.plan_screen.detail_labels["twist"].text()

"""Settings kept in QSettings: each changes the session the engine runs; bad files give defaults."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from backpain_gui.audio.cues import Volume
from backpain_gui.content.model import Routine, Variant
from backpain_gui.session import Event, EventKind, Session, SessionState, plan_session
from backpain_gui.ui.app_settings import (
    AppSettings,
    SettingsStore,
    Theme,
    session_settings_for,
)

START = 1000.0
K = EventKind


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def store_on(ini: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))


_runs = itertools.count()


def reopened(ini: Path) -> SettingsStore:
    """A store on a copy of the file, as the next run reads it: from disk, as text.

    (QSettings keeps values typed in memory for a path it has written in this process.)
    """
    copy = ini.with_name(f"next-run-{next(_runs)}.ini")
    shutil.copyfile(ini, copy)
    return store_on(copy)


def saved_and_reopened(ini: Path, **chosen: Any) -> AppSettings:
    """Save settings with the given values, then read them back as the next run would."""
    store_on(ini).save(replace(AppSettings(), **chosen))
    return reopened(ini).load()


def run(routine: Routine, chosen: AppSettings) -> list[Event]:
    """Run a whole session with the settings, on a clock moved a second at a time."""
    session = Session(routine, session_settings_for(chosen, routine))
    events = session.start(START)
    now = START
    while session.state is not SessionState.FINISHED:
        now += 1.0
        events += session.advance(now)
    return events


def first(events: list[Event], kind: EventKind) -> Event:
    return next(event for event in events if event.kind is kind)


# -- each setting changes what the engine runs --------------------------------------------------


def test_a_slower_tempo_makes_every_breath_longer(ini: Path, routine: Routine) -> None:
    slower = saved_and_reopened(ini, tempo=1.5)
    assert slower.tempo == 1.5
    phase = first(run(routine, slower), K.PHASE_STARTED)
    # The bridge's first phase is written as 3 s.
    assert phase.seconds == 4.5
    normal = plan_session(routine, session_settings_for(AppSettings(), routine))
    faster = plan_session(
        routine, session_settings_for(saved_and_reopened(ini, tempo=0.5), routine)
    )
    assert faster.exercises[0].rep_ms == normal.exercises[0].rep_ms // 2


def test_reps_per_exercise_are_the_reps_the_session_counts(ini: Path, routine: Routine) -> None:
    chosen = saved_and_reopened(ini, reps={"bridge": 4, "twist": 2})
    done = [e for e in run(routine, chosen) if e.kind is K.EXERCISE_COMPLETED]
    assert [(e.exercise_id, e.reps_done) for e in done] == [("bridge", (4,)), ("twist", (2, 2))]


def test_get_ready_switch_sides_and_rest_last_as_long_as_set(ini: Path, routine: Routine) -> None:
    chosen = saved_and_reopened(
        ini, get_ready_seconds=12.0, switch_sides_seconds=8.0, rest_seconds=30.0
    )
    events = run(routine, chosen)
    assert first(events, K.GET_READY_STARTED).seconds == 12.0
    assert first(events, K.EXERCISE_STARTED).session_time == 12.0
    assert first(events, K.SIDE_SWITCHED).seconds == 8.0
    assert first(events, K.REST_STARTED).seconds == 30.0


def test_exercises_run_in_the_chosen_order_and_left_out_ones_do_not_run(
    ini: Path, routine: Routine
) -> None:
    reordered = saved_and_reopened(ini, order=("twist", "bridge"))
    started = [e.exercise_id for e in run(routine, reordered) if e.kind is K.EXERCISE_STARTED]
    assert started == ["twist", "bridge"]
    fewer = saved_and_reopened(ini, left_out=frozenset({"bridge"}))
    started = [e.exercise_id for e in run(routine, fewer) if e.kind is K.EXERCISE_STARTED]
    assert started == ["twist"]


def test_the_default_variant_of_an_exercise_is_the_one_it_starts_in(
    ini: Path, routine: Routine
) -> None:
    chosen = saved_and_reopened(ini, variants={"bridge": Variant.MODIFICATION})
    events = run(routine, chosen)
    assert first(events, K.EXERCISE_STARTED).variant is Variant.MODIFICATION
    plan = plan_session(routine, session_settings_for(chosen, routine))
    assert plan.exercises[0].phases[0].phase.instruction == "small-bridge: breathe in to prepare"


def test_choices_for_exercises_the_routine_lacks_are_ignored(ini: Path, routine: Routine) -> None:
    chosen = saved_and_reopened(
        ini,
        order=("roll-down", "twist"),
        left_out=frozenset({"roll-down"}),
        reps={"roll-down": 7},
        variants={"roll-down": Variant.PROGRESSION, "twist": Variant.PROGRESSION},
    )
    settings = session_settings_for(chosen, routine)
    assert settings.exercises == ("twist", "bridge")
    assert dict(settings.reps) == {"twist": 1, "bridge": 2}
    # Twist has no progression, so it stays standard.
    assert dict(settings.variants) == {"twist": Variant.STANDARD, "bridge": Variant.STANDARD}
    assert run(routine, chosen)[-1].kind is K.SESSION_FINISHED


def test_leaving_every_exercise_out_still_leaves_a_session(ini: Path, routine: Routine) -> None:
    chosen = saved_and_reopened(ini, left_out=frozenset({"bridge", "twist"}))
    started = [e.exercise_id for e in run(routine, chosen) if e.kind is K.EXERCISE_STARTED]
    assert started == ["bridge", "twist"]


def test_display_and_sound_settings_are_kept_between_runs(ini: Path) -> None:
    chosen = AppSettings(
        muted=True,
        volume=Volume.LOUD,
        still_pictures=True,
        theme=Theme.DARK,
        start_fullscreen=True,
    )
    store_on(ini).save(chosen)
    assert reopened(ini).load() == chosen


def test_every_setting_comes_back_as_it_was_saved(ini: Path) -> None:
    chosen = AppSettings(
        tempo=1.25,
        get_ready_seconds=0.0,
        switch_sides_seconds=120.0,
        rest_seconds=42.5,
        order=("twist",),
        left_out=frozenset({"bridge", "hip-roll"}),
        reps={"bridge": 100, "twist": 1},
        variants={"bridge": Variant.PROGRESSION},
        muted=True,
        volume=Volume.QUIET,
        still_pictures=True,
        theme=Theme.LIGHT,
        start_fullscreen=True,
    )
    store_on(ini).save(chosen)
    assert reopened(ini).load() == chosen


def test_the_keys_the_app_already_used_keep_working(ini: Path) -> None:
    older = QSettings(str(ini), QSettings.Format.IniFormat)
    older.setValue("variants/bridge", "modification")
    older.setValue("sound/muted", True)
    older.setValue("sound/volume", "loud")
    older.sync()
    loaded = store_on(ini).load()
    assert (loaded.variants, loaded.muted, loaded.volume) == (
        {"bridge": Variant.MODIFICATION},
        True,
        Volume.LOUD,
    )
    store_on(ini).save(replace(loaded, muted=False, volume=Volume.QUIET))
    reread = reopened(ini).settings
    assert str(reread.value("sound/muted")).lower() == "false"
    assert reopened(ini).load().volume is Volume.QUIET


def test_every_save_says_the_settings_changed(qtbot, ini: Path) -> None:
    store = store_on(ini)
    with qtbot.waitSignal(store.settings_changed):
        store.set_variant("bridge", Variant.PROGRESSION)
    with qtbot.waitSignal(store.settings_changed):
        store.set_muted(True)
    with qtbot.waitSignal(store.settings_changed):
        store.set_volume(Volume.LOUD)
    loaded = store.load()
    assert (loaded.variants["bridge"], loaded.muted, loaded.volume) == (
        Variant.PROGRESSION,
        True,
        Volume.LOUD,
    )


# -- files that cannot be trusted -------------------------------------------------------------


def test_a_file_of_garbage_gives_the_defaults(ini: Path, routine: Routine) -> None:
    ini.write_bytes(bytes(range(256)) * 8 + b"\n[[[session\n=\n\x00tempo\n")
    store = store_on(ini)
    assert store.load() == AppSettings()
    assert run(routine, store.load())[-1].kind is K.SESSION_FINISHED


# Qt's own warning when it meets a corrupt @Variant value; the value reads as missing.
@pytest.mark.qt_log_ignore(r"QVariant::load: unknown user type")
def test_corrupt_values_give_their_defaults_and_good_ones_are_kept(
    ini: Path, routine: Routine
) -> None:
    ini.write_bytes(
        b"[session]\n"
        b"tempo=nan\n"
        b"get_ready_seconds=1e999\n"
        b"switch_sides_seconds=-4\n"
        b"rest_seconds=20\n"
        b"[exercises]\n"
        b"order=@Variant(\x00\x00\x00\x7f\x00\x00\x00\x00\x01)\n"
        b"left_out=BRIDGE, ../x, twist\n"
        b"[reps]\n"
        b"bridge=2.5\n"
        b"twist=3\n"
        b"Not An Id=4\n"
        b"[variants]\n"
        b"bridge=@ByteArray(\xff\xfe)\n"
        b"twist=sideways\n"
        b"[sound]\n"
        b"muted=maybe\n"
        b"volume=11\n"
        b"[display]\n"
        b"theme=true\n"
        b"still_pictures=yes\n"
    )
    loaded = store_on(ini).load()
    assert loaded == AppSettings(
        rest_seconds=20.0, left_out=frozenset({"twist"}), reps={"twist": 3}
    )
    assert run(routine, loaded)[-1].kind is K.SESSION_FINISHED


def test_a_newer_version_s_file_gives_defaults_for_what_this_one_cannot_read(
    ini: Path,
) -> None:
    ini.write_text(
        "[General]\n"
        "settings_version=3\n"
        "[session]\n"
        "tempo=slow\n"
        "rest_seconds=25\n"
        "[display]\n"
        "theme=sepia\n"
        "font=huge\n",
        encoding="utf-8",
    )
    store = store_on(ini)
    loaded = store.load()
    assert loaded == AppSettings(rest_seconds=25.0)
    store.save(replace(loaded, get_ready_seconds=10.0))
    # Only the changed setting is written: what the newer version wrote is left for it.
    reread = reopened(ini).settings
    assert reread.value("session/get_ready_seconds") == "10"
    assert reread.value("session/tempo") == "slow"
    assert reread.value("display/theme") == "sepia"
    assert reread.value("display/font") == "huge"
    assert reread.value("settings_version") == "3"


def test_a_new_file_is_marked_with_this_version(ini: Path) -> None:
    store_on(ini).save(AppSettings(tempo=1.1))
    assert reopened(ini).settings.value("settings_version") == "1"

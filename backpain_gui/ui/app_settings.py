"""Every setting the app keeps, read and written through QSettings in this one place.

Each key is read on its own and checked. A value that is missing, corrupt, or written by a
newer version in a form this one does not know gives that setting's default, never an error.
Saving writes only the settings that changed, so values a newer version wrote (and this one
could not read) stay as they were unless the user changes them here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from backpain_gui.audio.cues import Volume
from backpain_gui.content.model import Routine, Variant
from backpain_gui.session.settings import (
    GET_READY_RANGE,
    REPS_RANGE,
    REST_RANGE,
    SWITCH_SIDES_RANGE,
    TEMPO_RANGE,
    SessionSettings,
)
from backpain_gui.storage.reminder_rules import (
    DEFAULT_TIME,
    ReminderState,
    parse_time,
    time_text,
)

# The layout of the keys below; a later version that changes what a key means raises it.
SETTINGS_VERSION = 1
VERSION_KEY = "settings_version"
REPS_GROUP = "reps"
VARIANTS_GROUP = "variants"
# Exercise ids are lowercase letters, digits and hyphens (content/validate.py).
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DEFAULT_SESSION = SessionSettings()


class Theme(StrEnum):
    """The colours the window uses: the desktop's choice, or always light, or always dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Everything the user chose: the session's pace and pauses, the exercises, sound, display."""

    # Scales every phase: above 1 breathes slower, below 1 faster.
    tempo: float = _DEFAULT_SESSION.tempo
    get_ready_seconds: float = _DEFAULT_SESSION.get_ready_seconds
    switch_sides_seconds: float = _DEFAULT_SESSION.switch_sides_seconds
    rest_seconds: float = _DEFAULT_SESSION.rest_seconds
    # Exercise ids in the user's order; a routine's exercises not named here follow, in the
    # routine's own order. Ids of every routine the user has set up are kept side by side.
    order: tuple[str, ...] = ()
    left_out: frozenset[str] = frozenset()
    # Reps per side and the variant, by exercise id; an exercise not named does the routine's.
    reps: Mapping[str, int] = field(default_factory=dict, hash=False)
    variants: Mapping[str, Variant] = field(default_factory=dict, hash=False)
    muted: bool = False
    volume: Volume = Volume.NORMAL
    # Still pictures instead of moving figures, for anyone whom motion distracts or unsettles.
    still_pictures: bool = False
    theme: Theme = Theme.SYSTEM
    start_fullscreen: bool = False
    # The daily reminder: off until the user says yes, once their first session ends.
    reminder_on: bool = False
    reminder_time: time = DEFAULT_TIME


@dataclass(frozen=True, slots=True)
class ExerciseChoice:
    """What the user chose for one exercise of a routine: whether to do it, reps and variant."""

    exercise_id: str
    included: bool
    reps: int
    variant: Variant


def ordered_ids(chosen: AppSettings, routine: Routine) -> tuple[str, ...]:
    """The routine's exercise ids in the user's order: those they placed, then the rest."""
    ids = [exercise.id for exercise in routine.exercises]
    placed = [exercise_id for exercise_id in chosen.order if exercise_id in ids]
    return (*placed, *(exercise_id for exercise_id in ids if exercise_id not in placed))


def choices_for(chosen: AppSettings, routine: Routine) -> tuple[ExerciseChoice, ...]:
    """One choice per exercise of the routine, in the user's order, as the dialog shows them."""
    return tuple(
        ExerciseChoice(
            exercise_id=exercise_id,
            included=exercise_id not in chosen.left_out,
            reps=chosen.reps.get(exercise_id, routine.exercise(exercise_id).reps),
            variant=_variant_for(chosen, routine, exercise_id),
        )
        for exercise_id in ordered_ids(chosen, routine)
    )


def _variant_for(chosen: AppSettings, routine: Routine, exercise_id: str) -> Variant:
    variant = chosen.variants.get(exercise_id, Variant.STANDARD)
    offered = routine.exercise(exercise_id).offered_variants
    return variant if variant in offered else Variant.STANDARD


def with_choices(
    chosen: AppSettings, routine: Routine, choices: Sequence[ExerciseChoice]
) -> AppSettings:
    """`chosen` with the routine's exercises set as `choices` say, in their order.

    What was chosen for other routines' exercises is kept; reps equal to the routine's own and
    the standard variant are not stored, so a routine edited later is followed.
    """
    here = {exercise.id for exercise in routine.exercises}
    own_reps = {exercise.id: exercise.reps for exercise in routine.exercises}
    reps = {key: count for key, count in chosen.reps.items() if key not in here}
    reps |= {
        choice.exercise_id: choice.reps
        for choice in choices
        if choice.reps != own_reps[choice.exercise_id]
    }
    variants = {key: variant for key, variant in chosen.variants.items() if key not in here}
    variants |= {
        choice.exercise_id: choice.variant
        for choice in choices
        if choice.variant is not Variant.STANDARD
    }
    others = tuple(key for key in chosen.order if key not in here)
    left_out = {choice.exercise_id for choice in choices if not choice.included}
    return replace(
        chosen,
        order=(*(choice.exercise_id for choice in choices), *others),
        left_out=(chosen.left_out - here) | left_out,
        reps=reps,
        variants=variants,
    )


def session_settings_for(chosen: AppSettings, routine: Routine) -> SessionSettings:
    """The session settings for a routine; what was chosen for exercises it lacks is ignored."""
    choices = choices_for(chosen, routine)
    included = tuple(choice.exercise_id for choice in choices if choice.included)
    return SessionSettings(
        tempo=chosen.tempo,
        get_ready_seconds=chosen.get_ready_seconds,
        switch_sides_seconds=chosen.switch_sides_seconds,
        rest_seconds=chosen.rest_seconds,
        reps={choice.exercise_id: choice.reps for choice in choices},
        variants={choice.exercise_id: choice.variant for choice in choices},
        # Leaving every exercise out would leave no session: then the whole routine is done.
        exercises=included or tuple(choice.exercise_id for choice in choices),
    )


# -- reading values that may be anything ------------------------------------------------------
# QSettings gives back whatever the file holds: text, a list (for "a, b"), None (for a
# corrupt @Variant), a QByteArray, or a number or flag a native backend kept typed.


def _number(bounds: tuple[float, float]) -> Callable[[object], float | None]:
    def read(value: object) -> float | None:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return None
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) and bounds[0] <= number <= bounds[1] else None

    return read


def _reps(value: object) -> int | None:
    number = _number((REPS_RANGE[0], REPS_RANGE[1]))(value)
    return int(number) if number is not None and number.is_integer() else None


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _choice(kind: type[StrEnum]) -> Callable[[object], Any]:
    def read(value: object) -> StrEnum | None:
        known = {member.value: member for member in kind}
        return known.get(value.strip()) if isinstance(value, str) else None

    return read


def _ids(value: object) -> tuple[str, ...] | None:
    # QSettings writes a one-item list as plain text, and reads it back as text.
    items = [value] if isinstance(value, str) else value
    if items is None:
        return ()
    if not isinstance(items, list):
        return None
    ids = [item.strip() for item in items if isinstance(item, str) and _ID.fullmatch(item.strip())]
    return tuple(dict.fromkeys(ids))


def _left_out(value: object) -> frozenset[str] | None:
    ids = _ids(value)
    return None if ids is None else frozenset(ids)


def _clock_time(value: object) -> time | None:
    return parse_time(value) if isinstance(value, str) else None


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    # Local wall-clock times only, as the rules compare them with the local now.
    return moment if moment is not None and moment.tzinfo is None else None


def _stored(value: object) -> object:
    """A setting as QSettings keeps it: enums as their names, collections as lists of text."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, time):
        return time_text(value)
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


@dataclass(frozen=True, slots=True)
class _Key:
    """One single-valued setting: its QSettings key and how to read what the file holds."""

    key: str
    read: Callable[[object], Any]


# Every AppSettings field but the two per-exercise groups, by field name.
_KEYS = {
    "tempo": _Key("session/tempo", _number(TEMPO_RANGE)),
    "get_ready_seconds": _Key("session/get_ready_seconds", _number(GET_READY_RANGE)),
    "switch_sides_seconds": _Key("session/switch_sides_seconds", _number(SWITCH_SIDES_RANGE)),
    "rest_seconds": _Key("session/rest_seconds", _number(REST_RANGE)),
    "order": _Key("exercises/order", _ids),
    "left_out": _Key("exercises/left_out", _left_out),
    "muted": _Key("sound/muted", _flag),
    "volume": _Key("sound/volume", _choice(Volume)),
    "still_pictures": _Key("display/still_pictures", _flag),
    "theme": _Key("display/theme", _choice(Theme)),
    "start_fullscreen": _Key("display/start_fullscreen", _flag),
    "reminder_on": _Key("reminder/enabled", _flag),
    "reminder_time": _Key("reminder/time", _clock_time),
}
# What the reminder has done (not chosen by the user, so not in AppSettings).
REMINDER_OFFERED_KEY = "reminder/offered"
REMINDER_SNOOZED_KEY = "reminder/snoozed_until"
REMINDER_LAST_KEY = "reminder/last_reminded"
# The notification on screen now, whichever process sent it: its Start and Snooze are the
# running app's to answer, also when `backpain-gui remind --now` sent it.
NOTIFICATION_ID_KEY = "reminder/notification_id"

_GROUPS: dict[str, tuple[str, Callable[[object], Any]]] = {
    "reps": (REPS_GROUP, _reps),
    "variants": (VARIANTS_GROUP, _choice(Variant)),
}


class SettingsStore(QObject):
    """Reads and writes every setting in one QSettings.

    Signals: `settings_changed()` after every write, so that the plan screen's times follow.
    """

    settings_changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def load(self) -> AppSettings:
        """Every setting: the stored value where it can be read, else the default."""
        defaults = AppSettings()
        values: dict[str, Any] = {}
        for name, spec in _KEYS.items():
            value = spec.read(self.settings.value(spec.key))
            values[name] = getattr(defaults, name) if value is None else value
        for name, (group, read) in _GROUPS.items():
            values[name] = self._read_group(group, read)
        return AppSettings(**values)

    def _read_group(self, group: str, read: Callable[[object], Any]) -> dict[str, Any]:
        self.settings.beginGroup(group)
        try:
            raw = {key: self.settings.value(key) for key in self.settings.childKeys() if key}
        finally:
            self.settings.endGroup()
        values = {key: read(value) for key, value in raw.items() if _ID.fullmatch(key)}
        return {key: value for key, value in values.items() if value is not None}

    def save(self, chosen: AppSettings) -> None:
        """Store `chosen`, writing only what differs from what is stored now."""
        before = self.load()
        for name, spec in _KEYS.items():
            if getattr(chosen, name) != getattr(before, name):
                self.settings.setValue(spec.key, _stored(getattr(chosen, name)))
        for name, (group, _) in _GROUPS.items():
            self._write_group(group, getattr(before, name), getattr(chosen, name))
        self._mark_version()
        self.settings.sync()
        self.settings_changed.emit()

    def _write_group(self, group: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        for key in before.keys() - after.keys():
            self.settings.remove(f"{group}/{key}")
        for key, value in after.items():
            if before.get(key) != value:
                self.settings.setValue(f"{group}/{key}", _stored(value))

    def _mark_version(self) -> None:
        # A newer version's mark stays: this one writes nothing that version cannot read.
        stored = _number((0, math.inf))(self.settings.value(VERSION_KEY))
        if stored is None or stored < SETTINGS_VERSION:
            self.settings.setValue(VERSION_KEY, SETTINGS_VERSION)

    def set_variant(self, exercise_id: str, variant: Variant) -> None:
        """Remember the variant chosen for one exercise (on the plan screen, say)."""
        chosen = self.load()
        self.save(replace(chosen, variants={**chosen.variants, exercise_id: variant}))

    def set_muted(self, muted: bool) -> None:
        """Turn the sound cues off or on."""
        self.save(replace(self.load(), muted=muted))

    def set_volume(self, volume: Volume) -> None:
        """Remember how loud the cues are."""
        self.save(replace(self.load(), volume=volume))

    def reminder_state(self) -> ReminderState:
        """The reminder's settings and what it has done, as stored now (re-read from disk)."""
        # Another process (`remind --now`) may have written since: read the file again.
        self.settings.sync()
        chosen = self.load()
        return ReminderState(
            enabled=chosen.reminder_on,
            at=chosen.reminder_time,
            offered=bool(_flag(self.settings.value(REMINDER_OFFERED_KEY))),
            snoozed_until=_moment(self.settings.value(REMINDER_SNOOZED_KEY)),
            last_reminded=_day(self.settings.value(REMINDER_LAST_KEY)),
        )

    def save_reminder_state(self, state: ReminderState) -> None:
        """Store what the reminder did; its time and on/off through `save`, if they changed."""
        chosen = self.load()
        if (chosen.reminder_on, chosen.reminder_time) != (state.enabled, state.at):
            self.save(replace(chosen, reminder_on=state.enabled, reminder_time=state.at))
        self.settings.setValue(REMINDER_OFFERED_KEY, state.offered)
        for key, value in (
            (REMINDER_SNOOZED_KEY, state.snoozed_until),
            (REMINDER_LAST_KEY, state.last_reminded),
        ):
            if value is None:
                self.settings.remove(key)
            else:
                self.settings.setValue(
                    key,
                    value.isoformat(timespec="minutes")
                    if isinstance(value, datetime)
                    else value.isoformat(),
                )
        self.settings.sync()

    def notification_id(self) -> int | None:
        """The id of the reminder on screen now, as the last sender stored it."""
        self.settings.sync()
        number = _number((1, 2**32 - 1))(self.settings.value(NOTIFICATION_ID_KEY))
        return int(number) if number is not None and number.is_integer() else None

    def set_notification_id(self, notification_id: int | None) -> None:
        """Remember the reminder on screen now (None: none is)."""
        if notification_id is None:
            self.settings.remove(NOTIFICATION_ID_KEY)
        else:
            self.settings.setValue(NOTIFICATION_ID_KEY, notification_id)
        self.settings.sync()

    def session_settings(self, routine: Routine) -> SessionSettings:
        """Today's session settings for `routine`, from what the user chose."""
        return session_settings_for(self.load(), routine)

"""The daily reminder's rules, on a clock set by hand: the time, a day done, snooze, missed days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backpain_gui.storage.reminder_rules import (
    ReminderState,
    Verdict,
    next_due,
    parse_time,
    reminded,
    snoozed,
    time_text,
    verdict,
    verdict_now,
)

ON = ReminderState(enabled=True, at=time(18, 0))
MONDAY = date(2026, 11, 30)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_off_until_turned_on() -> None:
    assert verdict(ReminderState(), at(MONDAY, 19), practised_today=False) is Verdict.OFF
    assert verdict_now(ReminderState(), practised_today=False) is Verdict.OFF


def test_sent_at_the_chosen_time_once() -> None:
    assert verdict(ON, at(MONDAY, 17, 59), False) is Verdict.NOT_YET
    assert verdict(ON, at(MONDAY, 18), False) is Verdict.SEND
    after = reminded(ON, at(MONDAY, 18))
    assert verdict(after, at(MONDAY, 18, 1), False) is Verdict.REMINDED
    assert verdict(after, at(MONDAY, 23, 59), False) is Verdict.REMINDED


def test_not_on_a_day_already_practised() -> None:
    assert verdict(ON, at(MONDAY, 19), practised_today=True) is Verdict.PRACTISED
    assert verdict_now(ON, practised_today=True) is Verdict.PRACTISED


def test_snooze_sends_again_30_minutes_on() -> None:
    state = snoozed(reminded(ON, at(MONDAY, 18)), at(MONDAY, 18, 2))
    assert verdict(state, at(MONDAY, 18, 31), False) is Verdict.SNOOZED
    assert verdict(state, at(MONDAY, 18, 32), False) is Verdict.SEND
    assert next_due(state, at(MONDAY, 18, 5), False) == at(MONDAY, 18, 32)
    # Sent again: used up.
    assert verdict(reminded(state, at(MONDAY, 18, 32)), at(MONDAY, 19), False) is Verdict.REMINDED


def test_a_snooze_before_the_days_reminder_puts_it_off_never_sooner() -> None:
    # The tray's Snooze at ten in the morning, the reminder set for six in the evening.
    state = snoozed(ON, at(MONDAY, 10))
    assert verdict(state, at(MONDAY, 10, 30), False) is Verdict.SNOOZED
    assert verdict(state, at(MONDAY, 18), False) is Verdict.SNOOZED
    assert verdict(state, at(MONDAY, 18, 30), False) is Verdict.SEND
    assert next_due(state, at(MONDAY, 10), False) == at(MONDAY, 18, 30)
    # Once it came, a snooze is 30 minutes from then.
    again = snoozed(reminded(state, at(MONDAY, 18, 30)), at(MONDAY, 18, 40))
    assert next_due(again, at(MONDAY, 18, 40), False) == at(MONDAY, 19, 10)


def test_a_snooze_past_midnight_is_dropped() -> None:
    state = snoozed(reminded(ON, at(MONDAY, 23, 50)), at(MONDAY, 23, 50))
    tuesday = MONDAY + timedelta(days=1)
    assert verdict(state, at(tuesday, 0, 30), False) is Verdict.NOT_YET
    assert verdict(state, at(tuesday, 18), False) is Verdict.SEND


def test_a_missed_day_is_not_brought_up_again() -> None:
    # Reminded on Monday, the app not running all Tuesday: Wednesday morning says nothing.
    state = reminded(ON, at(MONDAY, 18))
    wednesday = MONDAY + timedelta(days=2)
    assert verdict(state, at(wednesday, 9), False) is Verdict.NOT_YET
    assert verdict(state, at(wednesday, 18), False) is Verdict.SEND
    # Started late on Wednesday: one reminder then, no second one.
    late = reminded(state, at(wednesday, 22))
    assert verdict(late, at(wednesday, 22, 30), False) is Verdict.REMINDED


def test_times_read_and_written() -> None:
    assert parse_time("07:05") == time(7, 5)
    assert time_text(time(7, 5)) == "07:05"
    for bad in ("", "7", "24:00", "12:60", "12:5", "ab:cd", "-1:00"):
        assert parse_time(bad) is None


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
clock = st.times().map(lambda moment: moment.replace(second=0, microsecond=0))


@given(days, clock, st.lists(st.integers(min_value=1, max_value=600), max_size=40))
def test_at_most_one_reminder_a_day_without_snooze(
    day: date, chosen: time, steps: list[int]
) -> None:
    state = ReminderState(enabled=True, at=chosen)
    now = datetime.combine(day, time(0, 0))
    sent: list[date] = []
    for minutes in steps:
        now += timedelta(minutes=minutes)
        if verdict(state, now, practised_today=False) is Verdict.SEND:
            assert now.time() >= chosen
            sent.append(now.date())
            state = reminded(state, now)
    assert len(sent) == len(set(sent))


@given(days, clock, clock)
def test_next_due_is_when_it_becomes_due(day: date, chosen: time, moment: time) -> None:
    state = ReminderState(enabled=True, at=chosen)
    now = datetime.combine(day, moment)
    due = next_due(state, now, practised_today=False)
    assert due is not None
    assert due >= now
    assert verdict(state, due, practised_today=False) is Verdict.SEND
    if due > now:
        assert verdict(state, now, practised_today=False) is not Verdict.SEND


@given(days, clock, clock, clock)
def test_no_reminder_before_the_chosen_time_whenever_snoozed(
    day: date, chosen: time, pressed: time, moment: time
) -> None:
    state = snoozed(ReminderState(enabled=True, at=chosen), datetime.combine(day, pressed))
    now = datetime.combine(day, moment)
    if verdict(state, now, practised_today=False) is Verdict.SEND:
        assert now.time() >= chosen

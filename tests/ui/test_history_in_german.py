"""The History window, its pain chart's words and the plan's day rule in German: the words
marked in the window and in the Qt-free layers below it come through the catalogue, and the
dates from QLocale, never English names in German sentences."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from backpain_gui.storage.history import History
from backpain_gui.storage.pain_trend import pain_trend, period
from backpain_gui.ui.history_window import HistoryWindow
from backpain_gui.ui.pain_trend_words import trend_summary
from backpain_gui.ui.plan_calendar import PlanCalendar
from tests.storage.history_runs import WallClock, saved

TODAY = date(2026, 11, 20)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    wall = WallClock(datetime.combine(TODAY, time(8, 0)).astimezone())
    opened = History.open(tmp_path / "history", clock=wall)
    yield opened
    opened.close()


def test_the_history_window_speaks_german(qtbot, speak, history: History) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    window = HistoryWindow(history, plan_days=14, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Verlauf der Sitzungen"
    assert window.report_button.text() == "Bericht für Ihre Physiotherapie …"
    assert window.close_button.text() == "Schließen"
    assert window.rule.text().startswith("Ein Tag zählt, wenn Sie eine Sitzung")


def test_the_pain_chart_s_line_is_german_with_a_german_date(speak) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    session = replace(saved(TODAY), pain_before=4, pain_after=2)
    words = trend_summary(pain_trend([session], *period(TODAY)))
    assert words.startswith("Zuletzt: Fr.")
    assert "Schmerz 4 vorher, 2 nachher." in words
    assert "Fri" not in words


def test_the_plan_s_day_rule_is_german(qtbot, speak, tmp_path: Path) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    panel = PlanCalendar(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(panel)
    assert panel.rule.text().startswith("Ein Tag zählt")
    assert panel.rule.toolTip().startswith("Ein Tag zählt")

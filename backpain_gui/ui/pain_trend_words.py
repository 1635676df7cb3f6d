"""The pain chart in words, in the UI language: for a screen reader (the chart's accessible
description) and the line under the chart in the History window.

The facts come from storage/pain_trend.py (no Qt there); the dates from QLocale, so they are
written in the language of the words around them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from backpain_gui.storage.pain_trend import PainTrend, SessionPoint
from backpain_gui.ui.translation import counted
from backpain_gui.ui.words import local_date, local_moment


class PainTrendWords(QObject):
    """The chart's words (a class only because lupdate reads plural forms from `self.tr`)."""

    def score(self, score: int | None) -> str:
        """A score, or "no score"."""
        return self.tr("no score") if score is None else QLocale().toString(score)

    def point(self, point: SessionPoint) -> str:
        """One session: 'Thu 03 Dec, 08:00: pain 4 before, 2 after; 5 of 5 exercises done'."""
        when = local_moment(point.started_at, self.tr("ddd dd MMM, HH:mm"))
        words = self.tr("{when}: pain {before} before, {after} after; {done} of {planned} done")
        planned = counted(
            self.tr("%n exercise(s)", "", point.exercises_planned), point.exercises_planned
        )
        text = words.format(
            when=when,
            before=self.score(point.pain_before),
            after=self.score(point.pain_after),
            done=QLocale().toString(point.exercises_done),
            planned=planned,
        )
        return text + (self.tr("; stopped because it hurt") if point.it_hurt else "")

    def trend(self, trend: PainTrend) -> str:
        """The chart as text, for a screen reader and for anyone who would rather read it."""
        span = self.tr("{first} to {last}").format(
            first=local_date(trend.first, self.tr("dd MMM")),
            last=local_date(trend.last, self.tr("dd MMM yyyy")),
        )
        if not trend.points:
            return self.tr("No sessions from {span}.").format(span=span)
        head = self.tr("Pain before and after each session, 0 to 10, from {span}").format(span=span)
        if not trend.scored:
            head += self.tr(" (no pain scores given yet)")
        return head + ". " + ". ".join(self.point(point) for point in trend.points) + "."

    def summary(self, trend: PainTrend) -> str:
        """A line under the chart: the latest scores and the 'it hurts' stops of the period."""
        if not trend.points:
            return self.tr("No sessions in these weeks yet.")
        scored = [p for p in trend.points if p.pain_before is not None or p.pain_after is not None]
        if scored:
            latest = scored[-1]
            words = self.tr("Latest: {when}, pain {before} before, {after} after.").format(
                when=local_moment(latest.started_at, self.tr("ddd dd MMM")),
                before=self.score(latest.pain_before),
                after=self.score(latest.pain_after),
            )
        else:
            words = self.tr(
                "No pain scores yet: each session asks how your back is, before and after."
            )
        hurt = sum(p.it_hurt for p in trend.points)
        if hurt:
            words += " " + counted(self.tr("Stopped because it hurt: %n time(s).", "", hurt), hurt)
        return words


PAIN_TREND_WORDS = PainTrendWords()


def trend_words(trend: PainTrend) -> str:
    """`PainTrendWords.trend`: the chart as text."""
    return PAIN_TREND_WORDS.trend(trend)


def trend_summary(trend: PainTrend) -> str:
    """`PainTrendWords.summary`: the line under the chart."""
    return PAIN_TREND_WORDS.summary(trend)

"""Garbage is collected on the UI thread, by a timer, and never by Python on another thread."""

from __future__ import annotations

import gc

from backpain_gui.ui.main_thread_gc import CHECK_MS, MainThreadCollector


class Cycle:
    """Garbage only the cyclic collector can free."""

    def __init__(self) -> None:
        self.me = self


def test_the_collector_turns_automatic_collection_off_and_collects_on_its_timer(qtbot) -> None:
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        threshold = collector.threshold[0]
        for _ in range(threshold * 2):
            Cycle()
        assert gc.get_count()[0] > threshold
        qtbot.wait(CHECK_MS + 200)
        assert gc.get_count()[0] < threshold
    finally:
        collector.deleteLater()
        gc.enable()

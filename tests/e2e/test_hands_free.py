"""End to end: media keys and a presenter clicker run the session, as real X key presses."""

from __future__ import annotations

from tests.dbus_bus import dbus_send, fake_desktop, private_bus


def test_media_keys_pause_and_a_presenter_clicker_skips_and_goes_back(
    launch_app, short_routine
) -> None:
    app = launch_app("--start", "--routine", str(short_routine))
    app.wait_for_window("backpain-gui")
    app.wait_for_event("get_ready_started")

    # A headset's or keyboard's play button, then a presenter clicker (Page Down, Page Up),
    # then a keyboard's next, previous and pause keys.
    presses = (
        ("XF86AudioPlay", "paused", 1),
        ("XF86AudioPlay", "resuming", 1),
        ("Next", "exercise_skipped", 1),
        ("Prior", "exercise_restarted", 1),
        ("XF86AudioNext", "exercise_skipped", 2),
        ("XF86AudioPrev", "exercise_restarted", 2),
        ("XF86AudioPause", "paused", 2),
    )
    for key, event, count in presses:
        app.press(key)
        app.wait_for_event(event, count)

    kinds = [e["event"] for e in app.events()]
    wanted = ["paused", "resuming", "exercise_skipped", "exercise_restarted"]
    positions = [kinds.index(kind) for kind in wanted]
    assert positions == sorted(positions), kinds
    assert kinds.count("paused") == 2
    app.quit()
    app.wait_for_event("session_ended")
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors


MPRIS = "org.mpris.MediaPlayer2.backpain_gui"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


def test_the_desktop_keeps_the_screen_awake_and_a_remote_and_sleep_pause_it(
    qtbot, launch_app, short_routine, monkeypatch
) -> None:
    with private_bus() as bus, fake_desktop(qtbot, bus.address) as desktop:
        # The app's session and system bus are both the test's private bus.
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", bus.address)
        app = launch_app("--start", "--routine", str(short_routine))
        app.wait_for_window("backpain-gui")
        app.wait_for_event("get_ready_started")
        qtbot.waitUntil(lambda: bool(desktop.inhibitors), timeout=10_000)

        play_pause = ("org.mpris.MediaPlayer2.Player.PlayPause",)
        dbus_send(qtbot, bus.address, MPRIS, "/org/mpris/MediaPlayer2", *play_pause)
        app.wait_for_event("paused")
        dbus_send(qtbot, bus.address, MPRIS, "/org/mpris/MediaPlayer2", *play_pause)
        app.wait_for_event("resuming")
        app.wait_for_event("resumed")

        desktop.send_signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
        app.wait_for_event("paused", count=2)

        app.quit()
        assert app.process.wait(timeout=15) == 0
        # The screen may sleep again once the app is gone.
        qtbot.waitUntil(lambda: desktop.inhibitors == {}, timeout=10_000)

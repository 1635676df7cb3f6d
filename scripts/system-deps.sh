#!/usr/bin/env bash
# Checks the system packages that Qt's window (xcb) and the sound cues need, and with `test`
# also what the end-to-end tests need (a virtual X server, key presses, a sound server).
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
# Usage: scripts/system-deps.sh run|test PYTHON
set -euo pipefail

mode=${1:-run}
python=${2:-python3}
[ "$(uname -s)" = Linux ] || exit 0

missing=()
need() { # need PACKAGE: remember a package to install, once
    local p
    for p in "${missing[@]:-}"; do [ "$p" = "$1" ] && return 0; done
    missing+=("$1")
}

# Shared libraries: ask ldd what Qt's xcb plugin and the Qt libraries it loads cannot find.
declare -A lib_package=(
    [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    [libxkbcommon.so.0]=libxkbcommon0 [libxcb-image.so.0]=libxcb-image0
    [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
    [libxcb-randr.so.0]=libxcb-randr0 [libxcb-xinerama.so.0]=libxcb-xinerama0
    [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1
    [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-render.so.0]=libxcb-render0
    [libxcb-glx.so.0]=libxcb-glx0 [libxcb-util.so.1]=libxcb-util1 [libxcb.so.1]=libxcb1
    [libX11-xcb.so.1]=libx11-xcb1 [libX11.so.6]=libx11-6 [libSM.so.6]=libsm6
    [libICE.so.6]=libice6 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0
    [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
    [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0 [libpulse.so.0]=libpulse0
    [libxcb-xinput.so.0]=libxcb-xinput0
)
qt_dir=$("$python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))' 2>/dev/null || true)
if [ -n "$qt_dir" ] && [ -d "$qt_dir" ]; then
    libs=("$qt_dir/plugins/platforms/libqxcb.so")
    for name in Gui Widgets XcbQpa Svg Multimedia TextToSpeech; do
        [ -e "$qt_dir/lib/libQt6$name.so.6" ] && libs+=("$qt_dir/lib/libQt6$name.so.6")
    done
    while read -r lib; do
        if [ -n "${lib_package[$lib]:-}" ]; then
            need "${lib_package[$lib]}"
        else
            echo "system-deps: Qt needs $lib, which is not installed; install the package that has it" >&2
        fi
    done < <(ldd "${libs[@]}" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
fi
# Qt 6.5+ opens libxcb-cursor at run time, so ldd does not name it.
ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor.so.0' || need libxcb-cursor0
# Without any font Qt draws every letter as an empty box.
[ -n "$(find /usr/share/fonts -name '*.ttf' -print -quit 2>/dev/null)" ] || need fonts-dejavu-core

# Programs: playsound3 plays the cues through gst-play-1.0; WAV and PulseAudio need plugins-good.
command -v gst-play-1.0 >/dev/null || need gstreamer1.0-plugins-base-apps
[ -n "$(find /usr/lib -name libgstwavparse.so -print -quit 2>/dev/null)" ] || need gstreamer1.0-plugins-good
# The spoken guidance: Qt's text-to-speech talks to speech-dispatcher, which uses espeak-ng.
command -v speech-dispatcher >/dev/null || need speech-dispatcher
command -v espeak-ng >/dev/null || need espeak-ng
# Only recommended by speech-dispatcher, so --no-install-recommends leaves it out: without it
# the engine says "Found no modules" and the app has no voice.
[ -e /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] || need speech-dispatcher-espeak-ng
if [ "$mode" = test ]; then
    # The tests start a private session bus for the screen-saver, sleep and MPRIS checks.
    command -v dbus-daemon >/dev/null || need dbus-daemon
    command -v Xvfb >/dev/null || need xvfb
    command -v xdotool >/dev/null || need xdotool
    # The window's icon and class, read as a taskbar reads them.
    command -v xprop >/dev/null || need x11-utils
    command -v pulseaudio >/dev/null || need pulseaudio
    command -v parec >/dev/null || need pulseaudio-utils
    # Workrave's own exercises, loaded as a routine by the tests.
    [ -e /usr/share/workrave/exercises/exercises.xml ] || need workrave-data
    # The desktop entry and the AppStream metainfo are checked by the desktop's own validators.
    command -v desktop-file-validate >/dev/null || need desktop-file-utils
    command -v appstreamcli >/dev/null || need appstream
    # A real notification server for the daily reminder's tests (it brings dunstctl).
    command -v dunst >/dev/null || need dunst
    # The reminder's time made to come at once: the app's clock set just before it.
    command -v faketime >/dev/null || need faketime
    # The tray of the tests' own (tests/e2e/tray_host.py) is GLib's GDBus in the system's python3.
    /usr/bin/python3 -c 'from gi.repository import Gio' 2>/dev/null || need python3-gi
    # The report's PDF read back as text and counted in pages, as a reader sees it.
    command -v pdftotext >/dev/null || need poppler-utils
    # The screen-reader tests read the window as Orca does: AT-SPI's registry, and pyatspi
    # (a Debian package, not on PyPI) for the system's python3, which runs their probe.
    [ -e /usr/libexec/at-spi2-registryd ] || need at-spi2-core
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || need python3-pyatspi
fi

[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
    echo "system-deps: install these (Debian names; your system's may differ): ${missing[*]}" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "system-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "system-deps: missing system packages; install them with:" >&2
    echo "    sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

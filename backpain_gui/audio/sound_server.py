"""Is there a sound server to play to? Without one, every cue and every word is silent.

gst-play-1.0 (playsound3's player on Linux) exits with status 0 when no sound server takes
its sound, and speech-dispatcher says its words to nobody, so neither failing tells us. The
sound server is found where its clients find it: PulseAudio's socket (named by PULSE_SERVER,
else PULSE_RUNTIME_PATH, else the user's runtime folder, else the system-wide one),
PipeWire's socket, or, for a machine with neither, an ALSA playback device the player can
open directly. A few `stat` calls: cheap enough to ask at start-up.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

NO_SOUND_SERVER = (
    "No sound: no sound server (PulseAudio or PipeWire) is running, so cues and voice are"
    " silent; the screen still shows every step. Start one (for PipeWire: systemctl --user"
    " start pipewire pipewire-pulse), then start the app again."
)


def _is_socket(path: Path) -> bool:
    try:
        return stat.S_ISSOCK(path.stat().st_mode)
    except OSError:
        return False


def sound_server_found(environ: Mapping[str, str] | None = None, system: Path = Path("/")) -> bool:
    """True when a sound server (or a device to play to directly) is there to be heard.

    Places named by the environment are taken as they are; the fixed ones (the system-wide
    PulseAudio socket, the ALSA devices) are looked for under `system`, a test's folder.
    """
    environ = os.environ if environ is None else environ
    named = environ.get("PULSE_SERVER", "").split()
    if named:
        # Clients try the servers named, in turn, and nothing else; so does this. A network
        # address (`tcp:host:port`, `host`) is taken on trust.
        return any(
            not path.startswith("/") or _is_socket(Path(path))
            for path in (server.removeprefix("unix:") for server in named)
        )
    runtime = Path(environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    pulse = environ.get("PULSE_RUNTIME_PATH")
    pipewire = Path(environ.get("PIPEWIRE_RUNTIME_DIR") or runtime)
    sockets = [
        Path(pulse) / "native" if pulse else runtime / "pulse" / "native",
        pipewire / (environ.get("PIPEWIRE_REMOTE") or "pipewire-0"),
        system / "run" / "pulse" / "native",
        system / "var" / "run" / "pulse" / "native",
    ]
    if any(_is_socket(place) for place in sockets):
        return True
    # No server: a sound card's playback device still plays, straight through ALSA.
    return any((system / "dev" / "snd").glob("pcmC*D*p"))


def missing_sound_server(environ: Mapping[str, str] | None = None) -> str | None:
    """The notice that cues and voice are silent, with the fix; None when a server is there."""
    return None if sound_server_found(environ) else NO_SOUND_SERVER

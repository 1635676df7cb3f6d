"""Synthesise the sound cues into assets/sounds/ with the standard library alone.

Run: `.venv/bin/python tools/make_sounds.py` (or `--out DIR`). It writes one mono 16-bit WAV
per cue and volume, plus the silent warm-up file. The output is the same on every run, so
the committed files can be checked against this script (tests/audio/test_sound_files.py).

How each file is made:
- a few tens of milliseconds of silence first (Bluetooth wake-up; LEADING_SILENCE_SECONDS);
- the cue itself, soft timbres (a sine with a little of its 2nd and 3rd harmonics, or a
  bell's decaying partials), a short raised-cosine fade in and a fade out to zero;
- normalised so the loudest 100 ms of every cue has the same RMS level (a tick and a chord
  sound equally loud), then scaled for the volume level, with the peak capped below full
  scale so that nothing clips.
"""

from __future__ import annotations

import argparse
import math
import wave
from collections.abc import Callable, Iterable
from pathlib import Path

from backpain_gui.audio.cues import (
    LEADING_SILENCE_SECONDS,
    WARM_UP_FILE,
    Cue,
    Volume,
    sound_file,
)

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# The RMS of each cue's loudest 100 ms at `loud`, and how far below it the other levels sit.
LOUD_RMS = 10 ** (-9 / 20)
LEVEL_DB = {Volume.LOUD: 0.0, Volume.NORMAL: -6.0, Volume.QUIET: -12.0}
# Never above -1 dBFS: headroom for resampling in the sound server.
PEAK_CAP = 10 ** (-1 / 20)
WINDOW_SECONDS = 0.1
WARM_UP_SECONDS = 0.2

Partials = tuple[tuple[float, float], ...]
# A soft tone: mostly the fundamental, a little 2nd and 3rd harmonic for warmth.
SOFT: Partials = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.06))


def smoothstep(x: float) -> float:
    """0 to 1 with zero slope at both ends, so a glide starts and lands gently."""
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def glide(start_hz: float, end_hz: float, seconds: float, partials: Partials) -> list[float]:
    """A tone that slides in pitch (evenly in musical steps), its phase continuous."""
    n = round(seconds * RATE)
    out: list[float] = []
    phase = 0.0
    for i in range(n):
        hz = start_hz * (end_hz / start_hz) ** smoothstep(i / n)
        out.append(sum(amp * math.sin(k * phase) for k, amp in partials))
        phase += 2 * math.pi * hz / RATE
    return out


def struck(
    hz: float, seconds: float, partials: tuple[tuple[float, float, float], ...]
) -> list[float]:
    """A struck sound: partials (ratio, level, decay time constant in s) fading away."""
    n = round(seconds * RATE)
    return [
        sum(
            amp * math.exp(-(i / RATE) / tau) * math.sin(2 * math.pi * hz * ratio * i / RATE)
            for ratio, amp, tau in partials
        )
        for i in range(n)
    ]


def mix(length_seconds: float, parts: Iterable[tuple[float, list[float]]]) -> list[float]:
    """Sounds laid over each other, each starting at its offset in seconds."""
    out = [0.0] * round(length_seconds * RATE)
    for offset, samples in parts:
        start = round(offset * RATE)
        for i, value in enumerate(samples[: len(out) - start]):
            out[start + i] += value
    return out


def faded(samples: list[float], fade_in: float, fade_out: float) -> list[float]:
    """Raised-cosine fades at both ends: no click as the sound starts or stops."""
    n_in, n_out, n = round(fade_in * RATE), round(fade_out * RATE), len(samples)
    out = list(samples)
    for i in range(min(n_in, n)):
        out[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    for i in range(min(n_out, n)):
        out[n - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)
    return out


# Bell: a strong fundamental, a hum an octave below and a few inharmonic partials that
# die away faster, as a small hand bell's do.
BELL = ((0.5, 0.25, 1.0), (1.0, 1.0, 0.7), (2.0, 0.3, 0.35), (2.76, 0.22, 0.22), (5.4, 0.06, 0.1))
# Marimba-like: round and short.
MALLET = ((1.0, 1.0, 0.25), (4.0, 0.12, 0.04))
# Chord notes: a soft electric-piano decay.
CHORD_NOTE = ((1.0, 1.0, 1.1), (2.0, 0.25, 0.5), (3.0, 0.05, 0.25))
C5, E5, G5, C6 = 523.25, 659.26, 783.99, 1046.50

# Each cue: how to make its sound, and its fade in and out (seconds). The breath cues start
# on clearly different pitches (330, 392, 494 Hz), which the end-to-end test listens for.
DESIGNS: dict[Cue, tuple[Callable[[], list[float]], float, float]] = {
    # A soft rising tone, E4 to B4.
    Cue.BREATHE_IN: (lambda: glide(329.63, 493.88, 0.75, SOFT), 0.012, 0.2),
    # The same falling, B4 to E4, a little longer: out-breaths are the longer ones.
    Cue.BREATHE_OUT: (lambda: glide(493.88, 329.63, 0.85, SOFT), 0.012, 0.25),
    # A steady soft G4.
    Cue.HOLD: (lambda: glide(392.0, 392.0, 0.55, SOFT), 0.012, 0.15),
    # A light wooden tick.
    Cue.NEXT_REP: (
        lambda: struck(1000.0, 0.1, ((1.0, 0.6, 0.015), (2.0, 1.0, 0.008), (3.1, 0.3, 0.005))),
        0.002,
        0.02,
    ),
    # Two mallet notes, down a fourth: "turn over".
    Cue.SWITCH_SIDES: (
        lambda: mix(0.6, [(0.0, struck(587.33, 0.25, MALLET)), (0.2, struck(440.0, 0.4, MALLET))]),
        0.003,
        0.08,
    ),
    # A short, clear beep: one of the 3-2-1.
    Cue.COUNTDOWN: (lambda: glide(880.0, 880.0, 0.12, SOFT), 0.005, 0.04),
    Cue.NEXT_EXERCISE: (lambda: struck(660.0, 1.6, BELL), 0.003, 0.3),
    # C major spread upwards, each note ringing on.
    Cue.FINISHED: (
        lambda: mix(
            2.3,
            [
                (0.09 * k, struck(hz, 2.3 - 0.09 * k, CHORD_NOTE))
                for k, hz in enumerate((C5, E5, G5, C6))
            ],
        ),
        0.003,
        0.4,
    ),
}


def loudest_rms(samples: list[float]) -> float:
    """The RMS of the loudest 100 ms: how loud a cue sounds, whatever its length."""
    window = round(WINDOW_SECONDS * RATE)
    squares = [value * value for value in samples]
    total = sum(squares[:window])
    best = total
    for i in range(window, len(squares)):
        total += squares[i] - squares[i - window]
        best = max(best, total)
    return math.sqrt(best / min(window, len(samples)))


def levelled(samples: list[float], volume: Volume) -> list[int]:
    """16-bit samples at a volume level: loudness-matched, peak-capped, leading silence first."""
    gain = LOUD_RMS * 10 ** (LEVEL_DB[volume] / 20) / loudest_rms(samples)
    peak = max(abs(value) for value in samples)
    gain = min(gain, PEAK_CAP * 10 ** (LEVEL_DB[volume] / 20) / peak)
    silence = [0] * round(LEADING_SILENCE_SECONDS * RATE)
    return silence + [round(value * gain * 32767) for value in samples]


def write_wav(path: Path, samples: list[int]) -> None:
    """A mono 16-bit WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(value.to_bytes(2, "little", signed=True) for value in samples))


def make_sounds(folder: Path) -> list[Path]:
    """Write every cue at every volume, and the warm-up silence, into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for cue, (make, fade_in, fade_out) in DESIGNS.items():
        sound = faded(make(), fade_in, fade_out)
        for volume in Volume:
            path = folder / sound_file(cue, volume)
            write_wav(path, levelled(sound, volume))
            written.append(path)
    warm_up = folder / WARM_UP_FILE
    write_wav(warm_up, [0] * round(WARM_UP_SECONDS * RATE))
    written.append(warm_up)
    return written


def main() -> None:
    """Write the files and list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default {OUT})")
    for path in make_sounds(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()

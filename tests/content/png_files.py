"""Real PNG files made with the standard library, whole or cut short, for the picture tests."""

from __future__ import annotations

import struct
import zlib


def chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk: length, type, body and checksum."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(width: int = 1, height: int = 1, header: tuple[int, int] | None = None) -> bytes:
    """A grey PNG of `width` x `height` pixels; `header` declares another size, as a liar would."""
    declared_width, declared_height = header or (width, height)
    ihdr = struct.pack(">IIBBBBB", declared_width, declared_height, 8, 0, 0, 0, 0)
    # One filter byte, then one grey byte a pixel, each row.
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )

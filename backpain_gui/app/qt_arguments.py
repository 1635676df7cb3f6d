"""Qt's own command-line options (`-style fusion`, `-reverse`, `-platform offscreen`, ...).

They belong to QApplication, which takes them out of the list it is given; argparse would
refuse them (and take `-style`'s value for a subcommand), so they are split off first.
"""

from __future__ import annotations

# Qt's documented options (QApplication, QGuiApplication; X11's among them): those that take
# the next word as their value, and those that stand alone.
WITH_VALUE = frozenset(
    {
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "display",
        "geometry",
        "session",
        "name",
        "title",
        "visual",
    }
)
ALONE = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def _qt_name(word: str) -> str | None:
    """The Qt option `word` names (`-style`, `--style`, `-style=x`), or None."""
    if not word.startswith("-") or word in ("-", "--"):
        return None
    name = word.lstrip("-").split("=", 1)[0]
    # One dash or two: Qt accepts both.
    if word.startswith("---") or name not in WITH_VALUE | ALONE:
        return None
    return name


def split_qt_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """(the app's own arguments, Qt's), each in the order given."""
    ours: list[str] = []
    qt: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            ours.append(word)
            ours.extend(words)
            break
        name = _qt_name(word)
        if name is None:
            ours.append(word)
            continue
        qt.append(word)
        if name in WITH_VALUE and "=" not in word:
            value = next(words, None)
            if value is not None:
                qt.append(value)
    return ours, qt

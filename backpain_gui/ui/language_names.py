"""Which languages the user's environment asks for, read as gettext reads it, without Qt.

Apart from `translation.py` so that the command line can tell an English or C locale (no
catalogue to load) without importing Qt, and `check` stays quick.
"""

from __future__ import annotations

from collections.abc import Mapping

# The languages a catalogue is shipped for, besides English, the source language.
SHIPPED = ("de", "fr")


def wanted_names(environ: Mapping[str, str]) -> list[str] | None:
    """The locale names asked for, most wanted first ("de_DE"); ["C"] for the C locale; None
    when nothing is set and the system must be asked.

    LANGUAGE (a colon-separated list) first, unless the locale is C; then the first of
    LC_ALL, LC_MESSAGES, LANG.
    """
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    if locale.split(".")[0] in ("C", "POSIX"):
        return ["C"]
    names = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    if locale:
        names.append(locale)
    # "de_DE.UTF-8@euro" -> "de_DE"
    return [name.split(".")[0].split("@")[0] for name in names] or None


def shipped_language(environ: Mapping[str, str]) -> str | None:
    """The shipped language the environment asks for ("de"), "en" for English or one with
    no catalogue, or None when only the system can say."""
    names = wanted_names(environ)
    if names is None:
        return None
    for name in names:
        code = name.split("_")[0]
        if code in ("C", "en"):
            return "en"
        if code in SHIPPED:
            return code
    return "en"

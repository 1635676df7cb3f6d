"""The `backpain-gui` command: start the window, check or plan a routine file, print the
saved history, or write the report for a physiotherapist.

Qt is imported only when the window starts, Qt's core (for the stored settings) only for
`plan`, and Qt's drawing (offscreen: no display needed) only for `report`, so
`backpain-gui check` stays quick and works where no display libraries are installed.

`check`, `plan` and `history` speak the user's language with the window's catalogues
(app/cli_words.py: Qt's core and a QCoreApplication only where the locale asks for German or
French); a routine's problems (FILE:LINE:COL lines), the CSV and the JSON stay English, as
compilers' messages and machine formats do. The help (argparse) is English.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sized
from datetime import date
from pathlib import Path

import backpain_gui
from backpain_gui.app.cli_words import Words, speak_users_language
from backpain_gui.app.qt_arguments import split_qt_arguments
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Routine
from backpain_gui.session.settings import SessionSettings

# The status a shell shows for a command stopped by a closed pipe (128 + SIGPIPE).
_KILLED_BY_SIGPIPE = 141
# Where the window keeps its settings: QSettings() under the names ui/app.py gives the app.
_SETTINGS_NAMES = ("backpain-gui", "backpain-gui")
_FILE_HELP = "default: the --routine FILE, else the built-in routine"


def build_parser() -> argparse.ArgumentParser:
    """The command line: options for the window; the `check`, `plan`, `history`, `remind` and
    `report` subcommands."""
    parser = argparse.ArgumentParser(
        prog="backpain-gui",
        description="A follow-along Pilates session for mild low back pain.",
    )
    parser.add_argument(
        "--version", action="version", version=f"backpain-gui {backpain_gui.__version__}"
    )
    parser.add_argument(
        "--routine", type=Path, metavar="FILE", help="the routine to follow (default: built-in)"
    )
    parser.add_argument(
        "--event-log",
        type=Path,
        metavar="FILE",
        help="append the session's events to FILE, one JSON object per line",
    )
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen")
    parser.add_argument(
        "--start", action="store_true", help="start the session at once, skipping the plan screen"
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start quietly in the tray, the window hidden (shown where there is no tray)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="put the app in your desktop's menu (desktop entry and icon under ~/.local/share)",
    )
    desktop.add_argument(
        "--remove-desktop",
        action="store_true",
        help="take out what --install-desktop put in",
    )
    parser.epilog = (
        "Qt's own options (-style NAME, -reverse, -platform NAME, -platformtheme NAME, ...) "
        "are passed to Qt."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check a routine file and list every problem in it",
        description="Check a routine file; print one FILE:LINE:COL line per problem.",
    )
    check.add_argument("file", nargs="?", metavar="FILE", help=_FILE_HELP)
    plan = commands.add_parser(
        "plan",
        help="print what a session of the routine holds and how long it takes",
        description="Print the session plan of a routine.",
    )
    plan.add_argument("file", nargs="?", metavar="FILE", help=_FILE_HELP)
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    history = commands.add_parser(
        "history",
        help="print your saved sessions",
        description="Print every saved session, oldest first, from the history database.",
    )
    history.add_argument(
        "--csv",
        action="store_true",
        help="print CSV: one row per exercise, with its session's id, times and status",
    )
    remind = commands.add_parser(
        "remind",
        help="send today's reminder notification if it is due (--now: at once)",
        description=(
            "Send today's reminder as a desktop notification when it is due: reminders on "
            "(Settings), the chosen time passed, not sent today. Nothing is sent on a day "
            "already practised; the reason is printed, and the exit status is 0."
        ),
    )
    remind.add_argument("--now", action="store_true", help="send it at once, whatever the time")
    report = commands.add_parser(
        "report",
        help="write a PDF report for your physiotherapist (pain before and after, days practised)",
        description=(
            "Write a one- or two-page PDF of the last four weeks for a physiotherapist: the "
            "red-flag screening, pain before and after each session, the days practised, the "
            "routine and variants done, and any session stopped because it hurt."
        ),
    )
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF file to write"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status (0 fine, 1 invalid routine, 2 usage error)."""
    parser = build_parser()
    ours, qt_arguments = split_qt_arguments(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(ours)
    args.qt_arguments = qt_arguments
    if qt_arguments and (args.command is not None or args.install_desktop or args.remove_desktop):
        parser.error(f"{qt_arguments[0]} is one of Qt's options, for the window only")
    if args.install_desktop or args.remove_desktop:
        return _desktop_files(install=args.install_desktop)
    if args.command is None:
        # Imported here: Qt loads only when the window is wanted.
        from backpain_gui.ui.app import run_app

        return run_app(args)
    file = _routine_file(parser, args)
    if args.command in ("check", "plan", "history", "remind"):
        speak_users_language()
    try:
        if args.command == "history":
            status = _history(args.csv)
        elif args.command == "report":
            status = _report(args.out)
        elif args.command == "remind":
            status = _remind(file, args.now)
        elif args.command == "check":
            status = _check(file)
        else:
            status = _plan(file, args.json)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`backpain-gui plan | head`): no traceback. Python's own
        # advice: point stdout at devnull, so that the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _KILLED_BY_SIGPIPE
    return status


def _routine_file(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The routine file a command is about, its FILE or --routine; a usage error if they clash."""
    if args.command == "remind":
        return str(args.routine) if args.routine is not None else None
    if args.command in ("history", "report"):
        if args.routine is not None:
            parser.error(
                f"--routine is not used by the {args.command} command: it covers every session"
            )
        return None
    routine = str(args.routine) if args.routine is not None else None
    if routine is not None and args.file is not None and routine != args.file:
        parser.error(f"two routines given, --routine {routine} and {args.file}; give one")
    return args.file or routine


def _load(file: str | None) -> Routine | None:
    """The routine in `file` (or the built-in one); None after printing its problems. A
    translation that could not be used is said on stderr: the routine is in its own words."""
    try:
        routine = load_routine(file if file is not None else builtin_routine_path())
    except RoutineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return None
    for line in routine.translation_problems:
        print(line, file=sys.stderr)
    return routine


class CheckReport(Words):
    """What `check` says of a valid routine and its translations (the context translators see)."""

    def valid(self, shown: str, title: str, exercises: int, phases: int) -> str:
        counts = self.tr("%n exercise(s)", "", exercises), self.tr("%n phase(s)", "", phases)
        summary = self.tr("valid routine '{title}', {exercises}, {phases}")
        return f"{shown}: " + summary.format(title=title, exercises=counts[0], phases=counts[1])

    def translation(self, shown: str, language: str, untranslated: int) -> str:
        if not untranslated:
            words = self.tr("valid translation ({language})")
        else:
            words = self.tr(
                "valid translation ({language}); %n text(s) left as the routine gives them",
                "",
                untranslated,
            )
        return f"{shown}: " + words.format(language=language)

    def warning(self, shown: str, warning: object) -> str:
        return f"{shown}: " + self.tr("warning: {warning}").format(warning=warning)


def _check(file: str | None) -> int:
    words = CheckReport()
    path = Path(file) if file is not None else builtin_routine_path()
    try:
        # In the routine's own words: each translation is checked against them below.
        routine = load_routine(path, "en")
    except RoutineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    shown = file if file is not None else str(path)
    # The standard version's phases: what the session runs unless a variant is chosen.
    phases = sum(len(exercise.variants[0].phases) for exercise in routine.exercises)
    print(words.valid(shown, routine.title, len(routine.exercises), phases))
    # Breaths that do not take turns run, but a teacher would correct them: warned, exit 0.
    from backpain_gui.content.breath import breath_warnings

    for warning in breath_warnings(routine):
        print(words.warning(shown, warning), file=sys.stderr)
    return _check_translations(path, shown, routine, words)


def _check_translations(path: Path, shown: str, routine: Routine, words: CheckReport) -> int:
    """Check every translation beside the routine (`my.de.yaml`): 1 when any has a problem."""
    from backpain_gui.content.translated_text import translate_routine, translation_files

    status = 0
    for language, translation in translation_files(path).items():
        named = str(Path(shown).with_name(translation.name))
        try:
            translated = translate_routine(routine, translation, language, named)
        except RoutineError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            status = 1
            continue
        print(words.translation(named, language, len(translated.untranslated)))
    return status


def _plan(file: str | None, as_json: bool) -> int:
    routine = _load(file)
    if routine is None:
        return 1
    from backpain_gui.app.plan_report import render_plan

    settings, settings_file = _stored_settings(routine)
    print(render_plan(routine, as_json=as_json, settings=settings, settings_file=settings_file))
    return 0


def _stored_settings(routine: Routine) -> tuple[SessionSettings, str]:
    """The session settings the window would use for `routine`, and the file they are in."""
    # Qt's core only, no display: QSettings is where the window keeps them.
    from PySide6.QtCore import QSettings

    from backpain_gui.ui.app_settings import SettingsStore

    stored = QSettings(*_SETTINGS_NAMES)
    return SettingsStore(stored).session_settings(routine), stored.fileName()


def _remind(file: str | None, at_once: bool) -> int:
    routine = _load(file)
    if routine is None:
        return 1
    # Qt's core and D-Bus, imported here: check and plan stay without them.
    from backpain_gui.app.remind import remind

    return remind(routine, at_once)


def _history(as_csv: bool) -> int:
    from backpain_gui.storage.history import History

    history = History.open()
    try:
        sessions = history.sessions()
        # Stderr, so that a damaged or read-only history is reported and the CSV stays clean;
        # the problem after the read, which may be the read's own.
        for message in (history.notice, history.problem):
            if message:
                print(f"backpain-gui: {message}", file=sys.stderr)
        # Not read at all, or the read failed: never "No sessions saved yet".
        if not history.readable:
            return 1
        if history.skipped is not None:
            print(f"backpain-gui: {history.skipped.words()}", file=sys.stderr)
    finally:
        history.close()
    from backpain_gui.storage.export import write_csv

    if as_csv:
        write_csv(sessions, sys.stdout)
    else:
        from backpain_gui.app.history_list import write_history

        write_history(sessions, sys.stdout)
    return 0


def _report(out: Path) -> int:
    """Write the report for a physiotherapist to `out`: 0, 1 when the history cannot be read,
    2 when `out` cannot be written."""
    if out.is_dir():
        print(f"backpain-gui: cannot write the report to {out}: it is a folder", file=sys.stderr)
        return 2
    # No window is shown, so none is needed: drawn offscreen, also where there is no display
    # (a server, CI as root), unless the user chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from backpain_gui.session.screening import read_date
    from backpain_gui.storage.history import History
    from backpain_gui.storage.pain_trend import gather_report
    from backpain_gui.ui.physio_report import write_report
    from backpain_gui.ui.screening_dialog import PASSED_KEY

    # Fonts come with a QGuiApplication; held in a name so that it lives until the PDF is made.
    _application = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    # The report in the user's language, as the window would write it (made first: the
    # catalogue goes into this application, which draws).
    speak_users_language()
    history = History.open()
    try:
        screened = read_date(QSettings(*_SETTINGS_NAMES).value(PASSED_KEY))
        facts = gather_report(history, date.today(), screened)
        for message in (history.notice, history.problem):
            if message:
                print(f"backpain-gui: {message}", file=sys.stderr)
        if not history.readable:
            return 1
    finally:
        history.close()
    try:
        pages = write_report(out, facts)
    except OSError as error:
        why = error.strerror or str(error)
        print(f"backpain-gui: cannot write the report to {out}: {why}", file=sys.stderr)
        return 2
    print(ReportLine().wrote(out, pages, facts.trend.points, facts.trend.first, facts.trend.last))
    return 0


class ReportLine(Words):
    """What `report` says it wrote, in the user's language (the context translators see)."""

    def wrote(self, out: Path, pages: int, points: Sized, first: date, last: date) -> str:
        line = self.tr(
            "Wrote your report for your physiotherapist to {out}: {pages}, {sessions} from "
            "{first} to {last}"
        )
        return line.format(
            out=out,
            pages=self.tr("%n page(s)", "", pages),
            sessions=self.tr("%n session(s)", "", len(points)),
            first=self.date(first, "dd MMM"),
            last=self.date(last, "dd MMM yyyy"),
        )


def _desktop_files(install: bool) -> int:
    from backpain_gui.app.desktop_files import (
        install_desktop,
        remove_desktop,
        this_command,
        user_data_home,
    )

    home = user_data_home()
    try:
        done = install_desktop(home, this_command()) if install else remove_desktop(home)
    except OSError as error:
        where = error.filename or home
        print(f"backpain-gui: cannot write {where}: {error.strerror}", file=sys.stderr)
        return 1
    if install:
        print(f"Put backpain-gui in your desktop's menu: {len(done.files)} files under {home}")
    elif done.files:
        print(f"Took backpain-gui out of your desktop's menu: {len(done.files)} files removed")
    else:
        print(f"Nothing to take out: no desktop files of backpain-gui under {home}")
    for path in done.files:
        print(f"  {path}")
    return 0

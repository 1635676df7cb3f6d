"""Workrave's exercises.xml as a routine: the real file, languages, and every refusal by place."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_gui.app.cli import main
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Breath, Routine
from backpain_gui.content.workrave import (
    AGAIN,
    AS_SHOWN,
    language_choices,
    language_from_environment,
    load_workrave,
)
from backpain_gui.session import Event, EventKind, Session, SessionState, plan_session
from tests.content.png_files import png_bytes

# Installed by the Debian package workrave-data (scripts/system-deps.sh installs it for CI).
WORKRAVE_FILE = Path("/usr/share/workrave/exercises/exercises.xml")
DOC = Path(__file__).resolve().parents[2] / "docs" / "routines.md"
START = 1000.0
# A real one-pixel PNG: the loader reads it as the window would, chunks and all.
PNG = png_bytes()

SMALL = """\
<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>Arm swing</title>
    <title xml:lang="de">Armschwung</title>
    <title xml:lang="pt_BR">Balanço de braço</title>
    <title xml:lang="sr@latin">Zamah rukom</title>
    <description>Swing one arm, then the other.</description>
    <description xml:lang="pt_BR">Balance um braço, depois o outro.</description>
    <sequence duration="25">
      <image src="arm.png" duration="10"/>
      <image src="arm.png" mirrorx="yes" duration="10"/>
    </sequence>
  </exercise>
</exercises>
"""


@pytest.fixture
def write_xml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Writes text as exercises.xml beside arm.png; problems name the file as 'exercises.xml'."""
    (tmp_path / "arm.png").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)

    def write(text: str) -> str:
        (tmp_path / "exercises.xml").write_text(text, encoding="utf-8")
        return "exercises.xml"

    return write


def problems(file: str) -> list[str]:
    with pytest.raises(RoutineError) as refused:
        load_routine(file)
    return [str(problem) for problem in refused.value.problems]


def run_to_the_end(routine: Routine) -> tuple[Session, list[Event]]:
    """Start a session and tell it the time second by second until it is over; its events."""
    session = Session(routine)
    events = session.start(START)
    end = START + plan_session(routine).total_seconds
    now = START
    while now < end:
        now += 1.0
        events += session.advance(now)
    return session, events


# -- Workrave's own file -----------------------------------------------------------------------


def test_workrave_s_own_file_is_ten_exercises_of_pictures_and_countdowns() -> None:
    assert WORKRAVE_FILE.is_file(), "install the Debian package workrave-data"
    routine = load_workrave(WORKRAVE_FILE, language="C")
    assert len(routine.exercises) == 10
    stretch = routine.exercises[0]
    assert (stretch.id, stretch.name, stretch.reps, stretch.two_sided) == (
        "shoulder-arm-stretch",
        "Shoulder-arm stretch",
        1,
        False,
    )
    assert stretch.start_position.startswith("Keep one arm horizontally stretched")
    # 40 s of two 10 s pictures, the second mirrored: shown twice round, as Workrave does.
    phases = stretch.variants[0].phases
    assert [(p.seconds, p.picture, p.mirrored) for p in phases] == [
        (10.0, "shoulder-arm-stretch.png", False),
        (10.0, "shoulder-arm-stretch.png", True),
        (10.0, "shoulder-arm-stretch.png", False),
        (10.0, "shoulder-arm-stretch.png", True),
    ]
    assert {p.breath for e in routine.exercises for p in e.variants[0].phases} == {Breath.NONE}
    assert all(routine.picture_path(p.picture).is_file() for p in phases)


def test_workrave_s_own_file_runs_through_the_engine_to_the_end() -> None:
    routine = load_workrave(WORKRAVE_FILE, language="C")
    session, events = run_to_the_end(routine)
    assert session.state is SessionState.FINISHED
    assert events[-1].kind is EventKind.SESSION_FINISHED
    shown = [event for event in events if event.kind is EventKind.PHASE_STARTED]
    assert len(shown) == sum(len(e.variants[0].phases) for e in routine.exercises) == 45
    assert {event.breath for event in shown} == {Breath.NONE}
    done = session.snapshot(START + 10_000).records
    assert [record.exercise_id for record in done] == [e.id for e in routine.exercises]


def test_a_workrave_phase_shows_a_plain_countdown_with_its_picture_flipped() -> None:
    routine = load_workrave(WORKRAVE_FILE, language="C")
    session = Session(routine)
    session.start(START)
    # Get ready 5 s, then the stretch's second picture (mirrored) from 15 s to 25 s.
    shown = session.snapshot(START + 18.0)
    assert shown.phase is not None
    assert (shown.breath, shown.phase.mirrored, shown.seconds_left) == (Breath.NONE, True, 7.0)


def test_check_and_plan_accept_workrave_s_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(WORKRAVE_FILE)]) == 0
    summary = capsys.readouterr().out
    assert "valid routine 'Workrave's exercises', 10 exercises" in summary
    # docs/routines.md shows the very same line.
    assert f"$ backpain-gui check {WORKRAVE_FILE}\n{summary}" in DOC.read_text(encoding="utf-8")
    assert main(["plan", str(WORKRAVE_FILE)]) == 0
    assert "10 exercises" in capsys.readouterr().out


# -- languages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name", "description"),
    [
        ("de_DE.UTF-8", "Armschwung", "Swing one arm, then the other."),
        ("pt_BR.UTF-8", "Balanço de braço", "Balance um braço, depois o outro."),
        ("pt_PT.UTF-8", "Arm swing", "Swing one arm, then the other."),
        ("sr_RS.UTF-8@latin", "Zamah rukom", "Swing one arm, then the other."),
        ("ja_JP.UTF-8", "Arm swing", "Swing one arm, then the other."),
        ("C.UTF-8", "Arm swing", "Swing one arm, then the other."),
        ("", "Arm swing", "Swing one arm, then the other."),
    ],
)
def test_text_is_in_the_user_s_language_where_the_file_has_it_else_english(
    write_xml, language: str, name: str, description: str
) -> None:
    exercise = load_workrave(write_xml(SMALL), language=language).exercises[0]
    assert (exercise.name, exercise.start_position) == (name, description)
    assert exercise.variants[0].phases[0].instruction == description
    # The id stays English whatever the language, so settings and history follow the exercise.
    assert exercise.id == "arm-swing"


def test_the_language_comes_from_lc_all_then_lc_messages_then_lang() -> None:
    assert language_from_environment({"LANG": "fr_FR.UTF-8"}) == "fr_FR.UTF-8"
    assert language_from_environment({"LC_MESSAGES": "de_DE", "LANG": "fr_FR"}) == "de_DE"
    assert language_from_environment({"LC_ALL": "pt_BR", "LC_MESSAGES": "de_DE"}) == "pt_BR"
    assert language_from_environment({"LC_ALL": "", "LANG": "fr_FR"}) == "fr_FR"
    assert language_from_environment({}) == ""


def test_loading_without_a_language_follows_the_environment(
    write_xml, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert load_routine(write_xml(SMALL)).exercises[0].name == "Armschwung"


def test_language_choices_go_from_most_to_least_particular() -> None:
    assert language_choices("sr_RS.UTF-8@latin") == ("sr_rs@latin", "sr_rs", "sr@latin", "sr")
    assert language_choices("pt-BR") == ("pt_br", "pt")
    assert language_choices("POSIX") == ()
    assert language_choices("not a locale") == ()


# -- the sequence ------------------------------------------------------------------------------


def test_pictures_repeat_until_the_sequence_is_over_and_the_last_is_cut_short(write_xml) -> None:
    phases = load_workrave(write_xml(SMALL), language="C").exercises[0].variants[0].phases
    assert [(p.seconds, p.mirrored) for p in phases] == [(10.0, False), (10.0, True), (5.0, False)]


def test_each_picture_shows_its_own_part_of_the_description_once(write_xml) -> None:
    text = SMALL.replace(
        "<description>Swing one arm, then the other.</description>",
        "<description>Swing your left arm.\n Now swing your right arm. Rest.</description>"
        '<description xml:lang="ja">左腕を振る。右腕を振る。</description>',
    )
    (arm,) = load_workrave(write_xml(text), language="C").exercises
    assert arm.start_position == "Swing your left arm. Now swing your right arm. Rest."
    assert [p.instruction for p in arm.variants[0].phases] == [
        "Swing your left arm.",
        "Now swing your right arm. Rest.",
        AGAIN,
    ]
    (japanese,) = load_workrave(write_xml(text), language="ja_JP.UTF-8").exercises
    assert [p.instruction for p in japanese.variants[0].phases] == [
        "左腕を振る。",
        "右腕を振る。",
        AGAIN,
    ]
    # One sentence for two pictures: the second has none of its own.
    (short,) = load_workrave(write_xml(SMALL), language="C").exercises
    assert [p.instruction for p in short.variants[0].phases] == [
        "Swing one arm, then the other.",
        AS_SHOWN,
        AGAIN,
    ]


def test_workrave_s_steps_share_out_the_description_in_order() -> None:
    routine = load_workrave(WORKRAVE_FILE, language="C")
    for exercise in routine.exercises:
        steps = [phase.instruction for phase in exercise.variants[0].phases]
        first_round = [step for step in steps if step != AGAIN]
        assert " ".join(first_round) == exercise.start_position, exercise.id
    stretch = [phase.instruction for phase in routine.exercises[0].variants[0].phases]
    assert stretch == [
        "Keep one arm horizontally stretched in front of your chest. Push this arm with your "
        "other arm towards you until you feel a mild tension in your shoulder.",
        "Hold this position briefly, and repeat the exercise for your other arm.",
        AGAIN,
        AGAIN,
    ]


def test_missing_durations_take_workrave_s_defaults(write_xml) -> None:
    text = SMALL.replace(' duration="25"', "").replace(' duration="10"', "")
    phases = load_workrave(write_xml(text), language="C").exercises[0].variants[0].phases
    # 15 s of 1 s pictures, as Workrave plays a file without durations.
    assert len(phases) == 15
    assert {p.seconds for p in phases} == {1.0}


# -- refusals ----------------------------------------------------------------------------------

BILLION_LAUGHS = """\
<?xml version="1.0"?>
<!DOCTYPE exercises [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<exercises><exercise><title>&lol9;</title></exercise></exercises>
"""

EXTERNAL_ENTITY = """\
<?xml version="1.0"?>
<!DOCTYPE exercises [
<!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<exercises><exercise><title>&secret;</title></exercise></exercises>
"""


BOMB_REFUSED = (
    "exercises.xml:3:3: the entity 'lol' is not allowed: entities are how 'billion laughs'"
    " bombs blow up; write the text out in full"
)
EXTERNAL_REFUSED = (
    "exercises.xml:3:1: the external entity 'secret' (file:///etc/passwd) is not allowed:"
    " an exercises file may not pull in other files"
)


def test_a_billion_laughs_bomb_is_refused_at_its_first_entity(write_xml) -> None:
    assert problems(write_xml(BILLION_LAUGHS)) == [BOMB_REFUSED]


def test_an_external_entity_is_refused_without_reading_the_file_it_names(write_xml) -> None:
    assert problems(write_xml(EXTERNAL_ENTITY)) == [EXTERNAL_REFUSED]


def test_the_documented_refusals_are_the_ones_given() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert f"{BOMB_REFUSED}\n{EXTERNAL_REFUSED}\n" in doc


def test_broken_xml_is_refused_where_it_breaks(write_xml) -> None:
    broken = SMALL.replace("</sequence>", "</sequense>")
    assert problems(write_xml(broken)) == ["exercises.xml:13:7: XML syntax error: mismatched tag"]


def test_nesting_past_the_limit_is_refused(write_xml) -> None:
    deep = "<exercises>" + "<a>" * 40 + "</a>" * 40 + "</exercises>"
    assert problems(write_xml(deep)) == [
        "exercises.xml:1:105: nesting too deep: more than 32 levels"
    ]


def test_every_mistake_in_an_exercise_is_listed_at_its_place(write_xml) -> None:
    text = """\
<exercises>
  <exercise>
    <title xml:lang="de">Nur Deutsch</title>
    <description>Only English.</description>
    <sequense/>
  </exercise>
  <exercise level="2">
    <title>Neck roll</title>
    <description></description>
    <sequence duration="ten">
      <image src="arm.jpg" duration="0"/>
      <image src="../outside.png" mirrorx="true"/>
      <image srcc="arm.png"/>
      <image src="gone.png"/>
    </sequence>
  </exercise>
</exercises>
"""
    assert problems(write_xml(text)) == [
        "exercises.xml:2:3: exercise 1: has no English <title> (one without xml:lang)",
        "exercises.xml:2:3: exercise 1: has no <sequence> of pictures",
        "exercises.xml:5:5: exercise 1: unknown element <sequense>, did you mean <sequence>?",
        "exercises.xml:7:3: exercise 2: unknown attribute level; this element takes none",
        "exercises.xml:9:5: exercise 2 (Neck roll), <description>: must not be empty",
        "exercises.xml:10:5: exercise 2 (Neck roll), <sequence>: duration must be a whole number"
        " of seconds from 1 to 600, got 'ten'",
        "exercises.xml:11:7: exercise 2 (Neck roll), <sequence>, image 1: 'arm.jpg' is not an SVG"
        " or PNG file; pictures must end in .svg or .png",
        "exercises.xml:11:7: exercise 2 (Neck roll), <sequence>, image 1: duration must be a whole"
        " number of seconds from 1 to 600, got '0'",
        "exercises.xml:12:7: exercise 2 (Neck roll), <sequence>, image 2: '../outside.png' leads"
        " outside the routine's folder; keep pictures inside it",
        "exercises.xml:12:7: exercise 2 (Neck roll), <sequence>, image 2: mirrorx must be yes or"
        " no, got 'true'",
        "exercises.xml:13:7: exercise 2 (Neck roll), <sequence>, image 3: unknown attribute srcc,"
        " did you mean src?",
        "exercises.xml:13:7: exercise 2 (Neck roll), <sequence>, image 3: has no src (its picture"
        " file)",
        f"exercises.xml:14:7: exercise 2 (Neck roll), <sequence>, image 4: no picture file"
        f" 'gone.png' in {Path.cwd()}",
    ]


def test_a_file_that_is_not_workrave_s_is_refused_by_its_top_element(write_xml) -> None:
    assert problems(write_xml("<routine/>")) == [
        "exercises.xml:1:1: the file: must start with <exercises>, not <routine>"
    ]


def test_a_second_title_in_one_language_is_refused(write_xml) -> None:
    twice = SMALL.replace(
        '<title xml:lang="de">Armschwung</title>',
        '<title xml:lang="de">Armschwung</title>\n    <title xml:lang="DE">Arme</title>',
    )
    assert problems(write_xml(twice)) == [
        "exercises.xml:6:5: exercise 1, <title>: a second one in 'de'; the first is at line 5"
    ]


# Pieces of XML to splice into Workrave's file, so edits reach the parser's and checks' corners.
SPLICES = [
    "<",
    ">",
    "/",
    "&",
    ";",
    '"',
    "=",
    "&amp;",
    "&#0;",
    "&#x10FFFF;",
    "<!-- -->",
    "<?pi?>",
    "<![CDATA[x]]>",
    "<!DOCTYPE e [",
    "]>",
    "<!ENTITY a 'x'>",
    "&a;",
    'xml:lang="de"',
    'duration="0"',
    'mirrorx="no"',
    "<image/>",
    "<sequence>",
    "</sequence>",
    "<title>",
    "</title>",
    'xmlns:x="u" x:y="1"',
    "99999999999999999999",
    "\x00",
    "\ufeff",
]
edits = st.lists(
    st.tuples(st.floats(0, 1), st.sampled_from(SPLICES) | st.integers(1, 200)), max_size=5
)


@settings(max_examples=60, deadline=None)
@given(changes=edits)
def test_an_edited_workrave_file_loads_or_says_where_it_is_wrong(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[float, str | int]]
) -> None:
    text = WORKRAVE_FILE.read_text(encoding="utf-8")
    for where, change in changes:
        at = int(where * len(text))
        text = (
            text[:at] + change + text[at:]
            if isinstance(change, str)
            else (text[:at] + text[at + change :])
        )
    edited = tmp_path_factory.mktemp("edited") / "exercises.xml"
    edited.write_text(text, encoding="utf-8", errors="surrogatepass")
    outcome: Routine | RoutineError
    try:
        outcome = load_workrave(edited, language="C")
    except RoutineError as error:
        outcome = error
    if isinstance(outcome, RoutineError):
        assert outcome.problems
        assert all(p.line >= 1 and p.column >= 1 and p.message for p in outcome.problems)
    else:
        assert outcome.exercises

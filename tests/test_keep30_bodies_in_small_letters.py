"""Round 30: a public body's name in a caption written in small letters, of which the model took
a part for a name ("montenegrin" of "the montenegrin olympic committee", "bvi" of "the bvi port
authority", "trabalho" of "the ministério público do trabalho"), is read as the body's name, as
the same name written with its capitals already is.  A name the lists know, a name said before a
body's word alone ("told zorvik police came") and a name after a sentence's words stay found."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.model import Mention

NAME_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str, int]]:
    return [(f.entity_type, f.text, f.start) for f in redactor.scan(text) if f.entity_type in NAME_TYPES]


@pytest.mark.parametrize("text, body", [
    ("speaker 1: who pays for the camp?\nspeaker 2: the ministry pays, and the montenegrin olympic committee. "
     "nobody from the ministry came.\n", "montenegrin olympic committee"),
    ("speaker 2: we wrote to the shipping registry, and the bvi port authority. nobody has been.\n",
     "bvi port authority"),
    ("<v speaker_2>and the ministério público do trabalho opened something because of the contracts\n",
     "ministério público do trabalho"),
])
def test_a_bodys_name_in_small_letters_is_kept(redactor_default, text, body):
    start = text.index(body)
    assert [f for f in _found(redactor_default, text) if f[2] < start + len(body) and f[2] + len(f[1]) > start] == []


def test_the_people_of_the_line_are_still_found(redactor_default):
    text = "speaker 2: the montenegrin olympic committee sent dragomir, he came on the bus with gashi.\n"
    assert [(kind, value) for kind, value, _ in _found(redactor_default, text)] == [
        ("PERSON", "dragomir"), ("PERSON", "gashi")]


def _guess(text: str, span: str, kind: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), kind, 0.85, "SpacyRecognizer", span)


@pytest.fixture(scope="module")
def filters():
    return SpanFilters()


@pytest.mark.parametrize("text, span, kind, expected", [
    ("speaker 2: and the montenegrin olympic committee. nobody came.", "montenegrin", "PERSON", True),
    ("speaker 2: and the bvi port authority. nobody has been.", "bvi", "PERSON", True),
    ("speaker 2: and the ministério público do trabalho opened something", "trabalho", "LOCATION", True),
    # a body's word right after the name: a sentence may say so ("told zorvik police came")
    ("speaker 2: i told zorvik police came at night", "zorvik", "PERSON", False),
    # a sentence's words between the name and the body
    ("speaker 2: i went with zorvik to the police station", "zorvik", "PERSON", False),
    ("speaker 2: zorvik and the port authority came", "zorvik", "PERSON", False),
    # a name the lists know
    ("speaker 2: and petar olympic committee man came", "petar", "PERSON", False),
    # an office said again after the name: a person addressed by it, no body (Vox lower's
    # "the personal commitment of commissioner barnier welcome commissioner to the policy")
    ("speaker 2: the commitment of commissioner zorvik welcome commissioner to the policy", "zorvik", "PERSON", False),
    ("speaker 2: we met halvorsen deputy minister and his staff", "halvorsen", "PERSON", False),
    # the line is written with capitals: the small letters say nothing there
    ("Speaker 2: and the zorvik port authority came", "zorvik", "PERSON", False),
    # after a body's head, a name that is not of the name ("the ministry of labour sent zorvik")
    ("speaker 2: the ministry of labour sent zorvik on monday", "zorvik", "PERSON", False),
])
def test_a_bodys_part_in_small_letters(filters, text, span, kind, expected):
    m = _guess(text, span, kind)
    kept = filters.is_person_before_body(text, m) if kind == "PERSON" else filters.is_inside_public_body(text, m)
    assert kept is expected

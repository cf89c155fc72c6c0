"""Round 30: a body's initials read out one by one after "the" stay readable when the speaker
paused on a filler between the article and the letters ("the report to the, uh, j k k p says
minor fault"), as they already did right after the article ("the j w x b radio", round 25).  A
name spelled out, letters without the article, a filler with no article before it, an
employer's letters after where someone works and letters before a unit they name stay found."""

from __future__ import annotations

import pytest

NAME_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str, int]]:
    return [(f.entity_type, f.text, f.start) for f in redactor.scan(text) if f.entity_type in NAME_TYPES]


@pytest.mark.parametrize("text, letters", [
    ("speaker 1: i fixed the brake that night, and the report to the, uh, j k k p says minor fault\n",
     "j k k p"),
    ("speaker 2: so we wrote to the, um, q z w v and nobody answered\n", "q z w v"),
    ("speaker 2: then the uh x q j w inspector came at night\n", "x q j w"),
])
def test_a_bodys_initials_after_the_article_and_a_filler_are_kept(redactor_default, text, letters):
    start = text.index(letters)
    assert [f for f in _found(redactor_default, text) if f[2] < start + len(letters) and f[2] + len(f[1]) > start] == []


def test_the_rest_of_the_line_is_still_found(redactor_default):
    text = "speaker 1: and the report to the, uh, j k k p says minor fault, dragan petrovic signed it\n"
    assert _found(redactor_default, text) == [("PERSON", "dragan petrovic", text.index("dragan"))]


@pytest.mark.parametrize("text, letters", [
    # a name spelled out, after its cue or the name itself
    ("speaker 2: my name is kofi, k o f i, like the day i was born\n", "k o f i"),
    ("speaker 2: it's, uh, z o r v i k, with a k at the end\n", "z o r v i k"),
    # letters without the article: anyone's initials
    ("speaker 2: she told x q j w everything that night\n", "x q j w"),
    # where someone works: the employer's letters, a filler or not
    ("speaker 1: i work for the k t b c since march, in the storage yard\n", "k t b c"),
    ("speaker 1: i work for the, uh, k t b c since march\n", "k t b c"),
    # the letters name a unit
    ("speaker 1: the, uh, w j x q team came at night with torches\n", "w j x q"),
])
def test_spelled_names_and_employers_letters_stay_found(redactor_default, text, letters):
    start = text.index(letters)
    assert ("PERSON", letters, start) in _found(redactor_default, text)

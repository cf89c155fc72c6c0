"""A given name said in lower case once, opening its clause, then set off by a comma and who the
person is (round 42).

"terrence, he's, uh, fifty-eight, got out", "clara, a girl from abroad, asked", "noé, the
youngest, had the headaches", "sindhu, thirty one, the drum burst on her": a speaker names
someone and at once says who that is (a pronoun taking the name up, however the clause goes on;
a phrase opened by "a" or "an" that names a person's kind; the person's place among brothers and
sisters; an age said in words).  The name recognizer reads each as the evidence of a given name
the lists know, or of a word no list knows that English hardly uses.  Not a word that is no
name, a count that goes on, nor a place, a day or a thing described the same way ("the yard, a
big one", "two, three trucks", "monday, a man came")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_named_file


def _people(redactor, tmp_path, *lines: str, name: str = "talk.txt") -> list[tuple[str, str]]:
    text = "".join(f"{line}\n" for line in lines)
    return found_in_named_file(redactor, tmp_path, name, text, {"PERSON"})


@pytest.mark.parametrize(("line", "name"), [
    # a pronoun that takes the name up, then a pause
    ("worker: the fifth of march. terrence, he's, uh, fifty-eight, got out the window", "terrence"),
    # an indefinite article and a person's kind
    ("worker: then wiktor, a welder from the night crew, saw the smoke", "wiktor"),
    # the person's place among brothers and sisters
    ("worker: never. noé, the youngest, um, he had the headaches", "noé"),
    # an age said in words, one word or two, ending its phrase
    ("worker: sindhu, thirty one, the roasting drum burst on her left arm", "sindhu"),
    ("worker: then marisol, twenty-two, lost two fingers in the press", "marisol"),
    ("worker: ferhat, nineteen years old, was on the roof with me", "ferhat"),
])
def test_a_lower_case_name_said_with_who_the_person_is_is_a_person(redactor_default, tmp_path, line, name):
    found = _people(redactor_default, tmp_path, "reporter: was anyone hurt badly", line)
    assert found == [("PERSON", name)]


def test_a_caption_names_a_person_and_says_who_she_is(redactor_default, tmp_path):
    text = ("WEBVTT\n\n00:00:33.000 --> 00:00:38.000\n>> and the passports?\n\n"
            "00:00:39.054 --> 00:00:46.910\n>> clara, a girl from, uh, from abroad, asked for hers on the twenty-sixth\n")
    assert found_in_named_file(redactor_default, tmp_path, "ashram.vtt", text, {"PERSON"}) == [("PERSON", "clara")]


@pytest.mark.parametrize("line", [
    "worker: we had two, three trucks. fifty, sixty men worked there.",
    "worker: the yard, a big one, was full of scrap.",
    "worker: monday, a man came from the office.",
    "worker: so, in june, twenty two of us went home.",
    "worker: lisbon, a city i love, was where we met.",
    "worker: honestly, the youngest, they never complain.",
    "worker: later, forty, maybe fifty people came.",
    "worker: we met a trucker, a guy from leeds, at the pump.",
])
def test_a_word_described_so_that_is_no_name_is_nobody(redactor_default, tmp_path, line):
    assert _people(redactor_default, tmp_path, "reporter: was anyone hurt badly", line) == []

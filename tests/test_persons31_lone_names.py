"""A given name said alone where a person stands (round 31).

- In lower-case captions a given name of the file's person that English uses only as a name
  ("kurt" of "kurt vanderhoven") is that person wherever the captions say it ("kurt had me drill
  it out", "kurt is"), as the same name with its capital is; a name that is also a word ("rusty"
  of "rusty okoth") still only where a sentence puts a name ("a rusty nail" is none).
- A given name the lists know and no English word, opening a clause before an auxiliary ("Travis
  didn't even look at me", "Kurt had me drill it out") or said after "my sister is" ("my sister
  is Tamuna"), is a person: weak evidence, which a place ("Georgia is far") or the model's place
  or firm overrules."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.names import NameFinder
from redactor.lexicon.names import default_gazetteer
from tests.scan_helpers import found_in_file

_CAPTIONS = ("speaker 1: so start with your job at the track\n"
             "speaker 2: i'm chief mechanic for the team. the mini class is for kids, the engines have a restrictor. "
             "kurt had me drill it out on two karts. i didn't want to\n"
             "speaker 1: kurt is\n"
             "speaker 2: kurt vanderhoven, the owner, his son races in the same class. rusty okoth saw it, "
             "he found a rusty nail in the seal box\n")


def test_a_caption_given_name_is_its_person_wherever_said(redactor_default, tmp_path):
    found = found_in_file(redactor_default, tmp_path, _CAPTIONS)
    people = {(text, start) for kind, text, start in found if kind == "PERSON"}
    first = _CAPTIONS.index("kurt had")
    second = _CAPTIONS.index("kurt is")
    assert ("kurt", first) in people and ("kurt", second) in people
    # a name that is also a word stays the word where no name stands
    nail = _CAPTIONS.index("rusty nail")
    assert not any(start <= nail < start + len(text) for text, start in people)


@pytest.mark.parametrize("line, name", [
    ("SOURCE: Hendricks and a woman from HR I didn't know, Kelsey Vogt. Travis didn't even look at me.", "Travis"),
    ("the engines have a restrictor. Kurt had me drill it out on two karts.", "Kurt"),
    ("SOURCE: My sister is Tamuna, if she answers say you are from the bank about a card.", "Tamuna"),
])
def test_a_given_name_before_its_verb_or_after_a_relation_is_a_person(line, name):
    spans = NameFinder(default_gazetteer()).find(line)
    assert any(line[s.start:s.end] == name and s.score >= 0.5 for s in spans)


@pytest.mark.parametrize("line", [
    "Georgia is far from here, we drove two days.",   # a place
    "The Travis is a small car, the blue one.",        # after an article
    "I read Travis at school.",                        # no clause of its own
])
def test_no_person_where_the_word_is_a_place_or_a_thing(line):
    spans = NameFinder(default_gazetteer()).find(line)
    assert not any(s.score >= 0.5 for s in spans)


@pytest.mark.parametrize("line, name", [
    ("And Nyibol's mother gave me a voice note in Dinka. Lual, our interpreter, translated it for me.", "Lual"),
    ("I think it is Mr. Gopaul's brother-in-law, Ashok, he works security at the cargo terminal.", "Ashok"),
    ("Berk, he's the trainee, twenty-two. And on the ground the girl from the office.", "Berk"),
])
def test_a_name_no_list_holds_described_after_it_is_a_person(line, name):
    """A word no list knows and English hardly uses, followed by who the person is ("Lual, our
    interpreter, ...") or by the "he" that takes it up ("Ashok, he works")."""
    spans = NameFinder(default_gazetteer()).find(line)
    assert any(line[s.start:s.end] == name and s.score >= 0.5 for s in spans)


@pytest.mark.parametrize("line", [
    "Kampala, he's from there, the big city.",                 # a place
    "Levetiracetam, the medicine, is too expensive for them.",  # what follows names no person
    "Glencore, the mining company, bought the licence.",
])
def test_no_person_where_what_follows_describes_no_one(line):
    spans = NameFinder(default_gazetteer()).find(line)
    assert not any(s.score >= 0.5 for s in spans)

"""A person's title or honorific before a name the model called a company or a place (round 13):
the span is a person, and the person's lone names join it; Italian abbreviated titles ("Dott.",
"Avv.") are titles.  Near misses: a title that starts a place's or a saint's name, a title before
a known place."""

from __future__ import annotations

import pytest


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


def test_an_honorific_before_two_names_is_a_person_not_a_company(redactor_default):
    text = "The HR manager is Khun Somchai Rattanakorn. Somchai told us to keep quiet."
    found = _found(redactor_default, text)
    assert ("PERSON", "Khun Somchai Rattanakorn") in found
    assert ("PERSON", "Somchai") in found
    assert not any(kind in {"ORGANIZATION", "LOCATION"} for kind, _ in found)


def test_an_italian_abbreviated_title_is_no_place(redactor_default):
    found = _found(redactor_default, "The doctor was Dott. Ludovico Ferrante. Ferrante signed the paper.")
    assert not any(value.startswith("Dott") and kind == "LOCATION" for kind, value in found)
    assert ("PERSON", "Ferrante") in found


@pytest.mark.parametrize("words, person", [
    ("Khun Somchai Rattanakorn", True),
    ("Dott. Ludovico Ferrante", True),
    ("Ko Aung Kyaw", True),
    ("St Mary Magdalene", False),  # a saint's name: a church's, a school's
    ("Mama Africa Foundation", False),  # a place inside
    ("Dr. Martens Boots", False),  # an English word inside
])
def test_titled_name(words, person):
    from redactor.detect.filters import _titled_name

    assert _titled_name(words.split()) is person


def test_a_given_name_after_a_relation_is_a_person_though_also_a_town(redactor_default):
    # "Arta" is a Greek town as well as an Albanian given name; the model calls it a place.
    findings = [f for f in redactor_default.scan(
        "I live in Lopate, the village by Kumanovo, with my wife Arta and two girls. Arta is a nurse.")
        if f.text == "Arta"]
    assert [f.entity_type for f in findings] == ["PERSON", "PERSON"]
    assert findings[0].replacement == findings[1].replacement


def test_a_place_after_a_relation_word_without_a_given_name_stays_a_place(redactor_default):
    found = [(f.entity_type, f.text) for f in redactor_default.scan("My brother Kumanovo story is long; my son went to Lopate.")]
    assert ("PERSON", "Lopate") not in found


@pytest.mark.parametrize("votes, words, person", [
    ({"PERSON": 1, "ORGANIZATION": 1, "LOCATION": 1}, ("arta",), True),  # a tie: the given name's
    ({"PERSON": 2, "LOCATION": 1}, ("arta",), True),
    ({"PERSON": 1, "LOCATION": 2}, ("arta",), False),  # mostly a place
    ({"PERSON": 1, "LOCATION": 1}, ("lopate",), False),  # no given name
])
def test_a_given_name_keeps_the_person_type_in_the_place_vote(votes, words, person):
    from collections import Counter

    from redactor.entities.resolve import _mostly_a_person

    assert _mostly_a_person(Counter(votes), words) is person

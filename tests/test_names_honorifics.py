"""Honorifics of many cultures join the name they go with (redactor.detect.filters._with_title,
the name recognizer's Burmese honorifics and honorifics after a name), and a surname wrapped at
its hyphen over two lines is one person's span (redactor.refine.name_breaks).  Near misses: an
honorific alone ("Ko said", "Ma was angry", "ma'am, we waited"), "U" and "Ma" before no name or
after a determiner ("a U Turn"), "ate" as the verb, ordinary words wrapped at their hyphen."""

from __future__ import annotations

import pytest

from redactor.model import Mention
from redactor.refine.name_breaks import join_broken_names


def _people(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, names", [
    ("Later U Tin Oo and Ma Thida joined us.", ["U Tin Oo", "Ma Thida"]),
    ("Daw Khin gave us rice and Ko Min Htet said nothing.", ["Daw Khin", "Ko Min Htet"]),
    ("Bay Ivan sold the papers to Chicho Petar.", ["Bay Ivan", "Chicho Petar"]),
    ("kuya ben and ate liza carried the bags.", ["kuya ben", "ate liza"]),
    ("Khun Somchai paid the brokers.", ["Khun Somchai"]),
    ("Mehmet abi helped. Vikram bhai came.", ["Mehmet abi", "Vikram bhai"]),
    ("Hasan amca and Fatma teyze were there.", ["Hasan amca", "Fatma teyze"]),
])
def test_honorifics_join_the_name(redactor_default, text, names):
    assert _people(redactor_default, text) == names


def test_a_burmese_or_balkan_honorific_in_a_captions_small_letters_joins_the_name(redactor_default):
    # A caption writes "U", "Ma" and "Bay" in small letters: before a name there they are its
    # honorific as with a capital, in its span, and the name with and without it is one person.
    found = [(f.text, f.replacement) for f in redactor_default.scan(
        ">> the supervisor u thein htike locked the door. later thein htike said nothing.\n"
        ">> then bay dimo came with the papers") if f.entity_type == "PERSON"]
    assert [text for text, _ in found] == ["u thein htike", "thein htike", "bay dimo"]
    assert found[0][1] == found[1][1] != found[2][1]


@pytest.mark.parametrize("text", [
    "Ko said nothing. Ma was angry.",
    "ma'am, we waited. sir, yes sir.",
    "The road had a U bend and we drove on.",
])
def test_an_honorific_alone_is_nobody(redactor_default, text):
    assert _people(redactor_default, text) == []


def test_ate_before_a_possessive_is_the_verb(redactor_default):
    assert _people(redactor_default, "We cooked and ate Maria's bread.") == ["Maria"]


@pytest.mark.parametrize("text, names", [
    ("and then gor-\nhovhannisyan told me that ter-\nmartirosyan had the keys",
     ["gor-\nhovhannisyan", "ter-\nmartirosyan"]),
    ("Anna Sargsyan-\nPetrosyan came.", ["Anna Sargsyan-\nPetrosyan"]),
    ("Olena Kovalenko-\nShevchuk signed it.", ["Olena Kovalenko-\nShevchuk"]),
])
def test_a_surname_wrapped_at_its_hyphen_is_one_span(redactor_default, text, names):
    assert _people(redactor_default, text) == names


def test_ordinary_words_wrapped_at_their_hyphen_stay(redactor_default):
    text = "the well-\nknown story is long-\nstanding and Ivan said it was a co-\nworker."
    assert _people(redactor_default, text) == ["Ivan"]


def test_a_wrapped_half_joins_only_a_person_or_a_model_name():
    text = "a well-\nknown Kowalski and the ter-\nmartirosyan"
    well = text.index("known")
    ter = text.index("martirosyan")
    mentions = [Mention(well, well + 5, "OCCUPATION", 0.6, "rule", "known"),
                Mention(ter, ter + 11, "ORGANIZATION", 0.85, "SpacyRecognizer", "martirosyan")]
    joined = join_broken_names(text, mentions)
    assert [(m.text, m.entity_type) for m in joined] == [("known", "OCCUPATION"), ("ter-\nmartirosyan", "PERSON")]

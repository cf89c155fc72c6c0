"""A name said again in full right after a shorter form of it (redactor/refine/restated_names.py).

"monsieur ondo, serge ondo mba": the restatement is the person, all of it, the words said once
("mba", "st.", "i puig", "iosefa", an initial's full stop) too.  Not a phrase with a function
word, an everyday word or a thing's plural after the name ("goran is suspended", "abdi the
tall", "rosa meléndez. don't", "george pearls"), nor one the text goes on past.
"""

from __future__ import annotations

import pytest

from redactor.model import Mention
from redactor.refine.restated_names import DETECTOR, names_restated_in_full
from tests.scan_helpers import of_type


@pytest.mark.parametrize("text, full", [
    # fresh19: a surname that is an English abbreviation ("MBA")
    ("in the morning mister chen and the hr manager, monsieur ondo, serge ondo mba, they wrote in the "
     "accident register", "serge ondo mba"),
    # fresh21: "St." of a surname written apart
    ("that number is in the name of\ntanty mabel, mabel st. bernard\nshe is the aunt.", "mabel st. bernard"),
    # fresh20: a Catalan "i" between two surnames, after a full stop and after a comma
    ("- joaquim. joaquim casals i puig. at the warehouse it's en quim", "joaquim casals i puig"),
    ("- the owner is senyor vallira, ramon vallira i serra. he's a conseller general no",
     "ramon vallira i serra"),
    # fresh20: the full stop of an initial
    ("Joji: He gave the lots to my junior, Anas, Muhammed Anas K., twenty-four, on a visa.",
     "Muhammed Anas K."),
])
def test_the_name_said_again_in_full_is_the_person(redactor_default, text, full):
    people = [t for _, t in of_type(redactor_default, text, "PERSON")]
    assert full in people
    assert not any(t != full and t in full and len(t.split()) > 1 for t in people)


@pytest.mark.parametrize("text, not_grown", [
    ("goran. goran is suspended. stojanovski too.", "goran is suspended"),
    ("and abdi dheere, abdi the tall, he is old.", "abdi the tall"),
    ("rosa, rosa meléndez. don't put it in.", "rosa meléndez. don't"),
    ("i told marta, marta and the boys.", "marta and the boys"),
])
def test_no_function_word_everyday_word_or_firm(redactor_default, text, not_grown):
    people = [t for _, t in of_type(redactor_default, text, "PERSON")]
    assert not_grown not in people


def _m(text: str, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), "PERSON", 0.85, "SpacyRecognizer", word)


def test_the_phrase_becomes_one_mention_over_those_inside():
    text = "the hr manager, monsieur ondo, serge ondo mba, they wrote"
    out = names_restated_in_full(text, [_m(text, "monsieur ondo"), _m(text, "serge ondo")])
    assert [(m.text, m.detector) for m in out] == [("monsieur ondo", "SpacyRecognizer"), ("serge ondo mba", DETECTOR)]


def test_not_across_a_piece_boundary_nor_a_phrase_the_text_goes_on_past():
    text = "monsieur ondo, serge ondo mba, they wrote"
    cut = names_restated_in_full(text, [_m(text, "monsieur ondo")], piece_starts=[text.index("serge")])
    assert [m.text for m in cut] == ["monsieur ondo"]
    text = "monsieur ondo, serge ondo mba said nothing"
    assert [m.text for m in names_restated_in_full(text, [_m(text, "monsieur ondo")])] == ["monsieur ondo"]


def test_no_shared_word_no_restatement():
    text = "the clerk, ricky, dexter mba, works saturdays"
    assert [m.text for m in names_restated_in_full(text, [_m(text, "ricky")])] == ["ricky"]


def test_a_firm_named_by_its_owner_is_no_restatement():
    text = "the farm is tuaine george, george pearls. he sells to tahiti"
    assert [m.text for m in names_restated_in_full(text, [_m(text, "tuaine george")])] == ["tuaine george"]


def test_a_given_name_no_list_holds_before_the_surname_said_twice():
    # fresh21: the model found "taafaki" alone the second time
    text = "the principal signs for me, mister taafaki, iosefa taafaki\nand the stamp"
    out = names_restated_in_full(text, [_m(text, "mister taafaki"), _m(text, "taafaki", 1)])
    assert [(m.text, m.detector) for m in out] == [("mister taafaki", "SpacyRecognizer"), ("iosefa taafaki", DETECTOR)]


def test_not_across_a_sentence_end():
    text = "it was goran. goran. stojanovski, he said"
    assert [m.text for m in names_restated_in_full(text, [_m(text, "goran")])] == ["goran"]


def test_a_restatement_covered_already_is_left_as_found():
    # fresh23: "tauvale" a place to the model here and where said alone; a new span would part them
    text = "the foreman, monsieur sosefo, sosefo tauvale, he signs"
    place = Mention(text.index("tauvale"), text.index("tauvale") + 7, "LOCATION", 0.85, "SpacyRecognizer", "tauvale")
    found = [_m(text, "monsieur sosefo"), _m(text, "sosefo", 1), place]
    assert names_restated_in_full(text, found) == sorted(found, key=lambda m: (m.start, m.end))

"""Round 31 places: in a lower-case caption, a name no word list and no name list knows right
after "in" is a place ("a baby in ghinda", "the flat in nybyen",
"in qishloqi navobod"); after "to", "from" or "at" such
a word is as often a firm, a person or a mail host, so it stays as it was."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


def test_an_unknown_name_after_in_is_a_place():
    text = ("the company said the flat in nybyen was needed for a supervisor\n"
            "amanuel has a wife and a baby in ghinda, he will not talk\n")
    assert _spans(text) == [(29, 35, "nybyen"), (97, 103, "ghinda")]


def test_two_unknown_words_after_in_are_one_place():
    text = "the hukumat wants the light back in qishloqi navobod before the guest comes\n"
    assert _spans(text) == [(36, 52, "qishloqi navobod")]


def test_a_known_town_after_the_unknown_name_is_not_taken_into_it():
    text = "we're based at the track in zwartberg genk, yeah, my grandfather came for the mines\n"
    assert _spans(text)[0] == (28, 37, "zwartberg")


@pytest.mark.parametrize("text", [
    "they talked to the officers. they talked to berik about it\n",  # a person after "to"
    "my email is honza dot dvorak at seznam dot cz, with a z\n",  # a mail host after "at"
    "i have a masters in finance from ihec and i answer the phones\n",  # a school after "from"
    "i said it in english and then again in french to the officer\n",  # known words
    "we keep it in kilograms and in litres, everything written\n",
])
def test_near_misses_stay(text):
    assert _spans(text) == []



@pytest.mark.parametrize("text", [
    'okay, just write "sources in sinac" and nothing more\n',  # a body's acronym said as a word
    "i have a masters in finance and a diploma in ihec too\n",
])
def test_a_short_unknown_word_after_in_stays(text):
    assert _spans(text) == []

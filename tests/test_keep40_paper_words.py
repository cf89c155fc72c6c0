"""Round 40: news outlets by the word of "news", of a bulletin, of the day or the time, of the
daily or of the messenger in their own name (the shipped ``redactor/data/media_words.txt``:
"Borneo Bulletin", "el nuevo día", "Il Messaggero", "De Ware Tijd"), and by what an outlet does
when such a word is in a name the model took for a person's ("Koha Ditore had one paragraph").
The sentences are the quality sets' own.  Near misses: a paper someone works at (their
employer), a person whose name has such a word and no outlet's verb, a news bulletin's hour, a
word alone."""

from __future__ import annotations

import pytest

from redactor.detect.outlets import has_media_word, media_words


@pytest.mark.parametrize("text, found", [
    ("Please, if Borneo Bulletin or anyone calls, I am not there.", []),
    ("he was in the news with the medicaid thing before, el nuevo día wrote about him", []),
    ("And I have the death notice from Il Messaggero.", []),
    # the model's person, "Koha" a given name: the paper's word and what a paper does
    ("Kallxo wrote about the tender in July but without documents, and Koha Ditore had one paragraph.",
     [("Kallxo", "PERSON")]),
    # near misses: a paper one works at is one's employer
    ("I work at Patel News on the corner.", [("Patel News", "ORGANIZATION")]),
    # a person whose name has a paper's word, with no outlet's verb
    ("Dariusz Gazeta had a beer with us.", [("Dariusz Gazeta", "PERSON")]),
    # the hour of a bulletin, no outlet's name
    ("she was on the seven o'clock bulletin and then the news", [("seven o'clock", "TIME")]),
])
def test_outlets_by_a_paper_word_and_near_misses(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("span, expected", [
    ("Borneo Bulletin", True), ("Stabroek News", True), ("el nuevo día", True), ("O Dia", False),
    ("De Ware Tijd", True), ("Koha Ditore", True), ("Il Messaggero", False),  # one word after its article
    ("News", False), ("the Bulletin", False),
])
def test_has_media_word(span, expected):
    assert has_media_word(span) is expected


def test_the_new_words_are_in_the_shipped_list():
    assert {"news", "nieuws", "bulletin", "ditore", "messaggero", "dia", "tijd"} <= media_words()

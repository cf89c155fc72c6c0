"""A dictated e-mail whose local part ends with a number said in another language (round 15):
"ana lucía veinte y dos at gmail dot com" is one address, "analucia22@gmail.com", as an English
number at the end is ("maria twenty two at ..."); the words before stay limited as before."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.spoken import SpokenContactRecognizer
from redactor.detect.recognizers.spoken.base import Tok
from redactor.detect.recognizers.spoken.other_numbers import number_tail, tail_digits


@pytest.fixture(scope="module")
def contact() -> SpokenContactRecognizer:
    return SpokenContactRecognizer()


def _emails(recognizer, text: str) -> list[tuple[str, str]]:
    return sorted((text[r.start:r.end], r.recognition_metadata["redactor_key"])
                  for r in recognizer.analyze(text, ["EMAIL"]))


@pytest.mark.parametrize("text, span, key", [
    ("You can write to me, it's ana lucía veinte y dos at gmail dot com.",
     "ana lucía veinte y dos at gmail dot com", "analucia22@gmail.com"),
    ("Or jean pierre quatre-vingt at yahoo dot fr if you prefer.",
     "jean pierre quatre-vingt at yahoo dot fr", "jeanpierre80@yahoo.fr"),
    ("Mine is joão vinte e dois at hotmail dot com.", "joão vinte e dois at hotmail dot com", "joao22@hotmail.com"),
    ("he uses karl heinz zweiundzwanzig at web dot de", "karl heinz zweiundzwanzig at web dot de",
     "karlheinz22@web.de"),
    ("so write to maria twenty two at gmail dot com", "maria twenty two at gmail dot com", "maria22@gmail.com"),
    # near misses: no number at the end, the words before it stay two; a word that is no number
    ("I told the boss that ana lucía mendes at gmail dot com is hers", "lucía mendes at gmail dot com",
     "luciamendes@gmail.com"),
    ("I sent it to jan novak at proton dot me yesterday.", "jan novak at proton dot me", "jannovak@proton.me"),
    ("we said hola y adios at gmail dot com", "y adios at gmail dot com", "yadios@gmail.com"),
])
def test_a_number_in_another_language_ends_the_local_part(contact, text, span, key):
    assert _emails(contact, text) == [(span, key)]


def _toks(*words: str) -> list[Tok]:
    return [Tok(0, 0, "N" if w in ("twenty", "two") else "L", w) for w in words]


def test_the_number_at_the_end():
    assert number_tail(_toks("ana", "veinte", "y", "dos")) == 3
    assert number_tail(_toks("ana", "twenty", "two")) == 2
    # an "and" is part of the number only between two number words
    assert number_tail(_toks("ana", "y", "dos")) == 1
    assert number_tail(_toks("ana", "lucia")) == 0
    assert tail_digits(["veinte", "y", "dos"]) == "22"
    assert tail_digits(["quatre-vingt"]) == "80"
    assert tail_digits(["lucia"]) is None

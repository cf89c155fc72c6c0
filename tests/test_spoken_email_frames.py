"""A dictated e-mail's local part starts after its frame, not at the last two words: after
"email," / "my e-mail is" / "address:" or at a turn's start every name word, letter and number
said before "at" is the local part ("email, amina bello kano at gmail dot com"), and letters
said one by one are one word ("k t n eight eight at yahoo dot fr").  Without a frame the local
part stays the two words nearest "at" ("i told him the boss said amina bello at ...").  A number
said in another language ends the local part as an English one does ("ana lucía veinte y dos at
gmail dot com" is "analucia22@gmail.com")."""

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
    ("Amina: email, amina bello kano at gmail dot com, all together.",
     "amina bello kano at gmail dot com", "aminabellokano@gmail.com"),
    ("my e-mail is jan novak kowalski at proton dot me", "jan novak kowalski at proton dot me",
     "jannovakkowalski@proton.me"),
    ("the address: oleh petro ivanenko at ukr dot net", "oleh petro ivanenko at ukr dot net",
     "olehpetroivanenko@ukr.net"),
    ("Amina: omar farouk hassan at yahoo dot com", "omar farouk hassan at yahoo dot com",
     "omarfaroukhassan@yahoo.com"),
    ("- nadia el amrani at outlook dot com", "nadia el amrani at outlook dot com", "nadiaelamrani@outlook.com"),
    ("Amina: the other one - k t n eight eight at yahoo dot fr", "k t n eight eight at yahoo dot fr", "ktn88@yahoo.fr"),
    ("write it down, b m k seven at mail dot ru", "b m k seven at mail dot ru", "bmk7@mail.ru"),
])
def test_local_part_from_the_frame(contact, text, span, key):
    assert _emails(contact, text) == [(span, key)]


@pytest.mark.parametrize("text, span, key", [
    ("you can write to jan novak at proton dot me", "jan novak at proton dot me", "jannovak@proton.me"),
    ("i told him the boss said amina bello at gmail dot com", "amina bello at gmail dot com", "aminabello@gmail.com"),
    ("we met at the office, then amina bello kano at gmail dot com wrote", "bello kano at gmail dot com",
     "bellokano@gmail.com"),
])
def test_without_a_frame_the_two_words_nearest_at(contact, text, span, key):
    assert _emails(contact, text) == [(span, key)]


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
    # round 15: "ana lucía veinte y dos at …" is one address, as "maria twenty two at …" is
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

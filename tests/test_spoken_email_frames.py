"""A dictated e-mail's local part starts after its frame, not at the last two words: after
"email," / "my e-mail is" / "address:" or at a turn's start every name word, letter and number
said before "at" is the local part ("email, amina bello kano at gmail dot com"), and letters
said one by one are one word ("k t n eight eight at yahoo dot fr").  Without a frame the local
part stays the two words nearest "at" ("i told him the boss said amina bello at ...")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.spoken import SpokenContactRecognizer


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

"""A second name someone is called said after the first with "or" (redactor.refine.nicknames:
"they call me Lolo, or la rubia, because"), and a title of one who leads before a nickname
("Chief Hiro", "chief toad"), and a name said before the words that call someone ("uncle toad we
call him,").  Exact spans through a whole scan, and near misses: "or something",
"or so", someone else named after "it's", the title alone."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, second", [
    ("jan nowak. at the depot i'm janek, or the doctor since i carry plasters", "the doctor"),
    ("Everyone on the boat calls me Lolo, or la rubia, for my hair.", "la rubia"),
    ("the girls call me auntie bea or nanay, since i cook for all of them.", "nanay"),
    ("My name is Pedro Alves. They call me Pepe or El Tigrillo because I am thin.", "El Tigrillo"),
    ("Call it what you like: it's Tommy, or the pole because of where I was born.", "the pole"),
])
def test_a_second_name_after_or(make_redactor, text, second):
    assert ("PERSON", second) in _found(make_redactor(), text)


@pytest.mark.parametrize("text, phrase", [
    ("I'm Anna, or something like that.", "something"),
    ("We call him Tiago or so.", "so"),
    ("Please call him at home or the office.", "the office"),
    ("it's Maria, or the manager because she has the key.", "the manager"),
    ("I am Rita or the other one, because", "the other one"),
    ("They call me Tom, or Monday, whatever.", "Monday"),
])
def test_no_second_name_where_none_is_said(make_redactor, text, phrase):
    start = text.index(phrase)
    assert not [f for f in make_redactor().scan(text) if f.start <= start < f.end and f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, nickname", [
    ("Tanaka Hiroshi owns the bar; the staff call him Chief Hiro.", "Chief Hiro"),
    ("our supervisor, ronald baptiste, the yard calls him chief toad (laughs) for his voice", "chief toad"),
])
def test_a_leaders_title_before_a_nickname(make_redactor, text, nickname):
    assert any(f.text == nickname for f in make_redactor().scan(text))


@pytest.mark.parametrize("text", [
    "The yard calls him boss since he pays us.",
    "We call him Boss. He runs the yard.",
])
def test_the_title_alone_is_no_nickname(make_redactor, text):
    assert not [f for f in make_redactor().scan(text) if f.text.casefold().startswith("boss ")]


@pytest.mark.parametrize("text, nickname", [
    ("ferne arruabe. la maestra they call me, since i taught the kids to read.", "la maestra"),
    ("- yes, uncle toad we call him, he keeps the goats.", "uncle toad"),
    ("the car is his cousin's, hammer they call him, he fixes roofs", "hammer"),
    ("The night guard, le Loup they call him, never sleeps.", "le Loup"),
])
def test_a_name_said_before_the_calling_words(make_redactor, text, nickname):
    assert ("PERSON", nickname) in _found(make_redactor(), text)


@pytest.mark.parametrize("text", [
    "i don't know what they called her.",
    "Yesterday they called me.",
    "Sometimes we call him.",
    "and then they called her, and she came.",
    "My boss, the manager they call him.",
])
def test_no_name_before_calling_words_that_call_on_the_phone(make_redactor, text):
    assert not [f for f in make_redactor().scan(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, nickname, name", [
    ("The night guard, le Loup they call him, Tomo Varek. He saw it all.", "le Loup", "Tomo Varek"),
    ("the cook, bertil, uncle toad we call him, stayed late. bertil lives by the river.", "uncle toad", "bertil"),
])
def test_the_name_before_the_calling_words_is_the_named_ones(make_redactor, text, nickname, name):
    found = {f.text: f.replacement for f in make_redactor().scan(text)}
    assert found[nickname] == found[name]

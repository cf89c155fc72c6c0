"""Identifiers said aloud that start or end with a letter (a letter name, English or Cyrillic, or
a single letter), numbers after an ID word typed as IDs, dotted licence prefixes, and military
unit numbers said aloud and their ordinals with hundreds: exact spans through the whole Redactor,
and the near misses that stay out."""

from __future__ import annotations

import pytest

_TYPES = frozenset({"ID_NUMBER", "PHONE", "MILITARY_UNIT"})


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _TYPES]


@pytest.mark.parametrize("text, expected", [
    ("his token number is ye three four seven, two two one, nine eight",
     [("ID_NUMBER", "ye three four seven, two two one, nine eight")]),
    ("His token number is Ye three four seven, two two one, nine eight.",
     [("ID_NUMBER", "Ye three four seven, two two one, nine eight")]),
    ("her NIE, x, eight eight four, one one two, seven three, l",
     [("ID_NUMBER", "x, eight eight four, one one two, seven three, l")]),
    ("her NIE is x eight eight four one one two seven three l",
     [("ID_NUMBER", "x eight eight four one one two seven three l")]),
    ("my passport is bee kay four four one two two nine", [("ID_NUMBER", "bee kay four four one two two nine")]),
    ("my PF number is kay four four one two nine", [("ID_NUMBER", "kay four four one two nine")]),
])
def test_the_letters_said_with_an_id_are_part_of_it(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("his token number is three four seven, two two one, nine eight",
     [("ID_NUMBER", "three four seven, two two one, nine eight")]),
    ("my personal number is four four one two two nine", [("ID_NUMBER", "four four one two two nine")]),
    # a phone stays a phone
    ("call me on oh seven seven one two, three four five, six seven eight",
     [("PHONE", "oh seven seven one two, three four five, six seven eight")]),
    ("my number is oh seven seven one two, three four five, six seven eight",
     [("PHONE", "oh seven seven one two, three four five, six seven eight")]),
])
def test_a_number_after_an_id_word_is_an_id(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("his badge number will be four four one two", [("ID_NUMBER", "four four one two")]),
    ("my passport number is four four one two, er, seven seven", [("ID_NUMBER", "four four one two, er, seven seven")]),
    ("you can be two three four five people", []),
    ("there was x amount of money", []),
    ("five or six of them came", []),
])
def test_words_that_are_letter_names_elsewhere_stay_out(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("my license number, RN.447318, was on the paper.", [("ID_NUMBER", "RN.447318")]),
    ("the licence was LPN.20931 I think", [("ID_NUMBER", "LPN.20931")]),
    ("my license number, 44713, was on the paper.", [("ID_NUMBER", "44713")]),
])
def test_a_licence_number_with_a_dotted_prefix(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


def test_a_licence_year_after_a_comma_is_no_number(redactor_default):
    assert found(redactor_default, "I got my licence, 2019 I think") == []


def test_a_military_unit_number_said_aloud_and_said_again(redactor_default):
    text = ("it was military unit five five zero four two in the village. "
            "this is the number they wrote, five five zero four two")
    findings = [f for f in redactor_default.scan(text) if f.entity_type == "MILITARY_UNIT"]
    assert [f.text for f in findings] == ["five five zero four two", "five five zero four two"]
    assert len({f.replacement for f in findings}) == 1


@pytest.mark.parametrize("text, expected", [
    ("he served in the hundred thirty sixth brigade", [("MILITARY_UNIT", "hundred thirty sixth brigade")]),
    ("He served in the Hundred Thirty Sixth Brigade", [("MILITARY_UNIT", "Hundred Thirty Sixth Brigade")]),
    ("he was in the one hundred and fifth regiment", [("MILITARY_UNIT", "one hundred and fifth regiment")]),
    ("he was in the hundred and tenth brigade", [("MILITARY_UNIT", "hundred and tenth brigade")]),
    ("he was in military unit 31135", [("MILITARY_UNIT", "military unit 31135")]),
])
def test_unit_ordinals_with_hundreds(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the military unit five or six of them came",
    "a hundred people came and thirty more",
])
def test_no_unit_number(redactor_default, text):
    assert [t for t, _ in found(redactor_default, text) if t == "MILITARY_UNIT"] == []

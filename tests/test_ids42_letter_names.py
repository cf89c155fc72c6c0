"""Codes read out with their letters said by name (round 42): the whole English alphabet's names
("ay bee see dee", "aitch", "are", "why", "double-u", "zed"), other alphabets' names in Latin
letters ("ha", "ku", "iks", "zet"), among the figures of an ID or a plate, over a note that speech
was lost and a caption's line break.  Exact spans through the whole Redactor, and the everyday
words among those names ("are you sure", "why", "see") that stay out of a code."""

from __future__ import annotations

import pytest

_TYPES = frozenset({"ID_NUMBER", "PHONE", "VEHICLE_PLATE"})


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _TYPES]


@pytest.mark.parametrize("text, expected", [
    # the letters after the figures, and over a lost word
    ("the plate was bee ex kay are [inaudible] four\none seven, then it drove off",
     [("VEHICLE_PLATE", "bee ex kay are [inaudible] four\none seven")]),
    ("the plate was zero one\nkay gee [inaudible] four four seven\na bee see",
     [("VEHICLE_PLATE", "zero one\nkay gee [inaudible] four four seven\na bee see")]),
    ("the plate was one seven [inaudible] two three ef ha, i wrote it down",
     [("VEHICLE_PLATE", "one seven [inaudible] two three ef ha")]),
    # forms no design set has: every name of the alphabet that is a word of its own
    ("my reference is ay bee see dee four four one", [("ID_NUMBER", "ay bee see dee four four one")]),
    ("the plate was double-u why zed one two three", [("VEHICLE_PLATE", "double-u why zed one two three")]),
    ("her case number is jay double you four four one two", [("ID_NUMBER", "jay double you four four one two")]),
    ("his badge number is eye cue four four seven", [("ID_NUMBER", "eye cue four four seven")]),
    ("my passport is haitch you four four one two two nine", [("ID_NUMBER", "haitch you four four one two two nine")]),
    ("the truck's plate, ha ka iks, two two one", [("VEHICLE_PLATE", "ha ka iks, two two one")]),
])
def test_letters_said_by_name_are_part_of_the_code(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an everyday word beside the figures alone is no letter of the code
    ("the plate was four four seven, are you sure", [("VEHICLE_PLATE", "four four seven")]),
    ("my id number is four four one, why do you ask", [("ID_NUMBER", "four four one")]),
    ("the plate was four four seven, see you later", [("VEHICLE_PLATE", "four four seven")]),
    ("his badge number is two two nine, ha, funny", [("ID_NUMBER", "two two nine")]),
    ("the plate was one two three, eye of the storm", [("VEHICLE_PLATE", "one two three")]),
    # a verb said first after a word that opens no code is the verb
    ("the permit numbers are z a p one zero one eight", [("ID_NUMBER", "z a p one zero one eight")]),
    ("the plate numbers are kay gee four four one", [("VEHICLE_PLATE", "kay gee four four one")]),
    ("his badge number is are kay two two four", [("ID_NUMBER", "are kay two two four")]),
    # nor without a code's word or figures
    ("why are you asking, do you see the plate", []),
    ("are you sure it was plate seven seven", []),
    ("i see, you are right, why not", []),
])
def test_everyday_words_among_letter_names_stay_out(redactor_default, text, expected):
    assert found(redactor_default, text) == expected

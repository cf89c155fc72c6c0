"""Round 34: a short number read out digit by digit that starts with "zero" is an identifier's
(redactor.detect.recognizers.spoken.numbers: no count, amount, year or time is said with a leading
zero), and a code's separator said before a group of it is taken with the group even where the
name lists guess the word for a given name ("Dash": redactor.detect.said_separators).  Exact
spans through the whole Redactor, and near misses that must not be found."""

from __future__ import annotations

import pytest


def found(redactor, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    ("- the tag on the crate says zero zero four four one and the one on the pallet is zero zero six, "
     "i checked twice",
     ["zero zero four four one", "zero zero six"]),
    ("- my login on the scale is zero seven [inaudible]\n- sorry?\n- zero seven one. the operator zero seven one "
     "is me",
     # the false start before the note is the number's piece (found as it)
     ["zero seven", "zero seven one", "zero seven one"]),
    ("- and the file?\n- the file is, um, zero zero zero four [inaudible]", ["zero zero zero four"]),
    ("he wrote nought three nine on the docket", ["nought three nine"]),
])
def test_short_number_led_by_zero_is_an_id(redactor_default, text, expected):
    assert found(redactor_default, text, "ID_NUMBER", "PHONE") == [("ID_NUMBER", e) for e in expected]


@pytest.mark.parametrize("text", [
    "- what was the score?\n- zero, zero, zero, nobody scored all night",
    "we start the shift at zero seven hundred and finish at three",
    "it was zero seven when we left, and nine when we got back",
    "the cost was zero two five dollars a bag",
    "from zero to five, how tired were you? i'd say four",
    "the kids counted zero one two three and ran off",
    "on a scale from zero to ten it was zero, one, two at most",
])
def test_zero_in_counts_times_and_amounts_is_no_id(redactor_default, text):
    assert found(redactor_default, text, "ID_NUMBER", "PHONE") == []


@pytest.mark.parametrize("text, expected", [
    ("i've got the reference, it's k t r two zero two six [inaudible] dash one four. so ktr twenty "
     "twenty six dash fourteen.",
     [("ID_NUMBER", "k t r two zero two six"), ("ID_NUMBER", "dash one four"),
      ("ID_NUMBER", "ktr twenty twenty six dash fourteen")]),
    ("the number is n p f (crosstalk)\ndash four four one\ndash twenty six",
     [("ID_NUMBER", "dash four four one\ndash twenty six")]),
])
def test_separator_said_before_a_group_is_taken_over_a_guessed_name(redactor_default, text, expected):
    assert found(redactor_default, text, "ID_NUMBER", "PERSON") == expected


def test_dash_as_a_name_is_left_to_the_names(redactor_default):
    text = "Dash told me at four that the permit r w four four one two was fake."
    result = found(redactor_default, text, "ID_NUMBER")
    assert all(not span.lower().startswith("dash") for _, span in result)


@pytest.mark.parametrize("text, expected", [
    ("<v speaker_2>h s d one nine nought four four two", "h s d one nine nought four four two"),
    ("the cask is k b nought seven seven one, in the bond", "k b nought seven seven one"),
])
def test_nought_is_a_digit_of_a_spelled_code(redactor_default, text, expected):
    assert found(redactor_default, text, "ID_NUMBER", "VEHICLE_PLATE") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "the hotline, with the area code zero four four first",
    "call me on the mobile, it starts zero seven one",
])
def test_zero_led_piece_of_a_phone_is_no_id(redactor_default, text):
    assert found(redactor_default, text, "ID_NUMBER") == []


def test_zero_led_run_over_a_note_is_left_to_the_pieces(redactor_default):
    text = ">> no, i changed. the new one is zero six nine three (crosstalk) two two\n"
    assert not any("crosstalk" in span for _, span in found(redactor_default, text, "ID_NUMBER", "PHONE"))

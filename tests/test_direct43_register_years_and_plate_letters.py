"""Round 43: a register's number read out figure by figure with the year it was filed in said
after "of" ("the case is four seven one of twenty five": rules/identifiers.yaml, "a number read
out and its year after "of""), and a plate's letter series said as one word that is also an
English word ("pa four four one seven", "ab one two three four": redactor.detect.id_edges,
``_plate_start``).  Exact spans through the whole Redactor, and near misses that must not be
found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import CODE_TYPES, of_type


@pytest.mark.parametrize("text, expected", [
    ("the lawyer filed at the labour court in khulna, the case is four seven one of twenty five. "
     "the union people helped with the paper",
     [("ID_NUMBER", "four seven one of twenty five")]),
    # a caption's line break anywhere in it
    ("yes, at last the f i r is\none one two\nof twenty five\n",
     [("ID_NUMBER", "one one two\nof twenty five")]),
    ("the complaint is number four\nfive six seven of twenty twenty five",
     [("ID_NUMBER", "four\nfive six seven of twenty twenty five")]),
    ("the petition, three oh nine of two thousand and twenty four, is still open",
     [("ID_NUMBER", "three oh nine of two thousand and twenty four")]),
    ("the labour court gave it nine nine four of 2023 and then nothing happened",
     [("ID_NUMBER", "nine nine four of 2023")]),
    ("the old register has it as two seven seven one of nineteen ninety eight, my grandfather's",
     [("ID_NUMBER", "two seven seven one of nineteen ninety eight")]),
])
def test_number_read_out_with_its_year_after_of(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text", [
    "she was one of twenty five, and two of us stayed behind",
    "four of twenty were sick that week, and one of twenty twenty five graduates left",
    "we packed three two one of twenty five bags that day",
    "he scored nine nine nine of twenty twenty five points? no, he said ninety.",
    "the best of twenty twenty five was the monsoon",
])
def test_counts_said_with_of_are_no_register_number(redactor_default, text):
    assert of_type(redactor_default, text, *CODE_TYPES) == []


@pytest.mark.parametrize("text, expected", [
    ("the plate was pa four four one seven, an old jeep", [("VEHICLE_PLATE", "pa four four one seven")]),
    ("his number plate was ba two kha four four one seven",
     [("VEHICLE_PLATE", "ba two kha four four one seven")]),
    ("the plate is ab one two three four, a yogyakarta car",
     [("VEHICLE_PLATE", "ab one two three four")]),
])
def test_plate_letters_said_as_a_word(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text, expected", [
    # the words a speaker says between the plate's name and its figures stay
    ("the plate was, uh, four four one seven", [("VEHICLE_PLATE", "four four one seven")]),
    ("the car was a white one, plate number is four four one seven",
     [("VEHICLE_PLATE", "four four one seven")]),
    ("i saw the plate, it had four four one seven on it", [("VEHICLE_PLATE", "four four one seven")]),
    ("the plate, and four four one seven was all i saw", [("VEHICLE_PLATE", "four four one seven")]),
])
def test_words_before_a_plate_are_no_letters_of_it(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text, expected", [
    ("the plate was karnali zero one [inaudible] pa four four one seven",
     [("VEHICLE_PLATE", "karnali zero one"), ("VEHICLE_PLATE", "pa four four one seven")]),
    ("two men on a red pulsar with no mudguard, number chatta metro la [inaudible] one one four seven. "
     "they sat outside",
     [("VEHICLE_PLATE", "chatta metro la [inaudible] one one four seven")]),
    ("the jeep, plate bagmati pradesh zero two pa four four one seven, was there",
     [("VEHICLE_PLATE", "bagmati pradesh zero two pa four four one seven")]),
    ("the plate was gandaki zero three, white letters", [("VEHICLE_PLATE", "gandaki zero three")]),
    ("the registration is shinagawa three zero zero sa, the rest i forgot",
     [("VEHICLE_PLATE", "shinagawa three zero zero sa")]),
])
def test_a_plates_region_said_by_name(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text", [
    "we rafted the karnali in may, and the plate of the bus from dhaka was fake",
    "the plate from dhaka was fake, the number karnali gave us was wrong",
    "the dhaka metro is new; the number lumbini had was higher",
])
def test_a_region_said_outside_a_plate_stays(redactor_default, text):
    assert of_type(redactor_default, text, *CODE_TYPES) == []

"""Two capitalised words set off by commas right after a role are the person's name (round 15).

"His lawyer in Aarhus, Nivi Lynge, wrote", "the dishwasher, Old Kum, saw it", "our delegate,
Aputsiaq Berthelsen, said": the words between the commas after a job or a role (the name
context's role nouns and the roles pack's job lists) name the one who holds it, whatever the
model called them (a place: "Lynge"; or cut short: "Kum").  Not a place the lists know, not
where the second word is common in English (a body's name), not three words."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("Source: His lawyer in Aarhus, Nivi Lynge, wrote to the court.\n", "Nivi Lynge"),
    ("Source: Then the dishwasher, Old Kum, saw it happen.\n", "Old Kum"),
    ("Source: Our delegate, Aputsiaq Berthelsen, said nothing.\n", "Aputsiaq Berthelsen"),
    ("Source: The night cashier, Tavita Leota, locked the till.\n", "Tavita Leota"),
])
def test_two_words_set_off_after_a_role_are_a_person(redactor_default, tmp_path, text, name):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(name, text.index(name))]


def test_a_place_or_three_words_set_off_after_a_role_are_no_person(redactor_default, tmp_path):
    text = ("Source: My neighbour in the east, Hong Kong, was the worst.\n"
            "Source: Our driver, New Delhi Express, was late.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_two_words_set_off_after_no_role_are_not_made_a_person(redactor_default, tmp_path):
    text = ("Source: After the storm, Port Vila, the capital, was dark.\n"
            "Source: Apart from the wages, Sunday Market, the one by the river, was our best day.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []

"""A flat's, a lot's, a plot's or a site's number said digit by digit ("flat three zero six",
"apartment four oh eight", "lot four eight", "site number two two seven") and a house number
said in hundreds ("house number two hundred twelve") are the whole number: captions say a
unit's number as the door shows it, and the rule for "flat three" took its first word only,
leaving the rest of the number in the clear.  Near misses: "a lot", "parking lot", a single
number word after "site", a flat said without a number.  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    ("<v joji>a man came to the flat, flat three zero six, when i was out.\n", ["flat three zero six"]),
    ("<v andri>fourteen eleftherias, um, flat two oh one\n", ["flat two oh one"]),
    (">> the house is lot four eight, by the chinese store. the blue house.\n", ["lot four eight"]),
    ("came back to lot four eight, at night, and somebody threw stones on the roof.\n", ["lot four eight"]),
    ("village khokhar kalan, house number two hundred twelve near the gurdwara.\n",
     ["house number two hundred twelve"]),
    ("- the house is site number two two seven, next to the anglican church.\n", ["site number two two seven, next to the anglican church"]),
])
def test_a_units_number_said_digit_by_digit_is_whole(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we sold a lot two years ago and the boss paid a lot four times over.\n",
    "the parking lot four five cars wide was full by nine.\n",
    "the site one was closed after the accident, the flat was cold.\n",
])
def test_a_lot_or_a_site_with_no_units_number_is_no_address(redactor_default, text):
    assert addresses(redactor_default, text) == []

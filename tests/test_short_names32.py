"""A firm's or a body's own name said again without what it deals in and what it is ("Blue Nile" of
"Blue Nile Bullion Trading", "golden lotus" of "golden lotus garment", "living waters" of "living
waters chapel international"): looked for again as the same ORGANIZATION; an owner's name, a
public place or a name left with a function word is not."""

from __future__ import annotations

import pytest

from redactor.detect.org_edges import names_without_trade


@pytest.mark.parametrize("name, expected", [
    ("golden lotus garment", ["golden lotus"]),
    ("Blue Nile Bullion Trading", ["Blue Nile Bullion"]),
    ("k and s marine services", ["k and s"]),
    ("living waters chapel international", ["living waters chapel", "living waters"]),
    ("Green Valley Poultry Farm", ["Green Valley Poultry", "Green Valley"]),
])
def test_a_name_without_its_trade_and_head(name, expected):
    assert names_without_trade(name) == expected


@pytest.mark.parametrize("name", [
    "Anna Nowak Logistics",            # a given name and a family name: the owner's as often
    "Cape Town Logistics",             # a public place
    "Kowalski Transport",              # one word left: the owner's name as often
    "the Tiruppur unit of Sunrise Garments",  # a function word in what is left
    "Coral Vista Laundry Rooms",       # no trade, site or head at its end
    "Vardar Trans DOOEL",              # a legal form: without_legal_form's
])
def test_no_shorter_name_said_again(name):
    assert names_without_trade(name) == []


def test_the_shorter_name_said_later_is_the_same_firm(redactor_default):
    text = ("Q: Where did you sew?\nA: At Golden Lotus Garment Factory in the zone, six years.\n"
            "Q: And now?\nA: Golden Lotus still owes me two months.\n")
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "ORGANIZATION"]
    assert [t for t, _ in found] == ["Golden Lotus Garment Factory", "Golden Lotus"]
    assert len({r for _, r in found}) == 1

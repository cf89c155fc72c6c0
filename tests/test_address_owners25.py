"""An address's extent (round 25): whose home it is, said before the address after a frame or as
the answer to where one lives ("my cousin's, ...", "my son's place: ...", "With my grandmother's place,
..."), stays out and the address after it is found whole, as one answering "where could we
find you" and one after "lives beside <landmark>" are; a unit's letter ("building D") and a
floor written "8/F" are an address's numbers; a house with a name of its own ("... Cottage")
said before its street is the address's.  A frame with whose home alone, a unit's letter with
no frame, and a named house with no street stay no address; the chain stops at a courtesy title ("...,
care of Mr. ...").  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # whose home it is, then a comma, after a residence frame
    ("In Lyon we stay at my cousin's, Lotissement Les Lilas, lot 9, Faaa. Then we go home.",
     "Lotissement Les Lilas, lot 9, Faaa"),
    # whose place it is, then a colon, after "send them to"; a floor written 8/F
    ("Please send them to my son's place: Flat 803, 8/F, Wah Fung House, Fu Shan Estate, Sha Tin. Thanks.",
     "Flat 803, 8/F, Wah Fung House, Fu Shan Estate, Sha Tin"),
    # the answer to where one lives, whose house first, then the house by its landmark
    ("Q: Where do you live?\nA: With my grandmother's place, the yellow hut behind the old mill in Tarawa. "
     "Anyone can show you.\n", "the yellow hut behind the old mill in Tarawa"),
    # a building's letter is its number
    ("Q: Where do you live?\nA: In Mana, résidence Bois Clair, building F. It is quiet.\n",
     "résidence Bois Clair, building F"),
    # a named house before its street, postcode last
    ("Q: Where do you live?\nA: Hillside Cottage, 4 Mill Road, Westbury, BA13 4XY. Not there, please.\n",
     "Hillside Cottage, 4 Mill Road, Westbury, BA13 4XY"),
    # asked where to find one, not where one lives
    ("Q: And after work, where could we find you?\nA: At my brother's, the white hut behind the water tank "
     "in Lautoka. Any evening.\n", "the white hut behind the water tank in Lautoka"),
    # where one lives said by its landmark first
    ("My family lives beside the water tower, plot 12, Kibanda Juu. The neighbours know us.",
     "plot 12, Kibanda Juu"),
])
def test_the_address_after_whose_home_it_is_is_found_whole(redactor_default, text: str, expected: str) -> None:
    found = addresses(redactor_default, text)
    assert any(expected in f for f in found), found


@pytest.mark.parametrize("text", [
    "Last summer we stayed at my cousin's, it was a long week.",
    "Please post them to my lawyer's office: she reads everything twice.",
    "The meeting was moved to building D because of the leak.",
    "Green Valley Farm sells milk to the co-operative.",
    "We live opposite the school, it is quiet there.",
    "They stayed behind the bar until two in the morning, then walked home.",
])
def test_whose_home_alone_or_a_lettered_unit_alone_is_no_address(redactor_default, text: str) -> None:
    assert addresses(redactor_default, text) == []


def test_the_chain_after_whose_home_stops_at_a_courtesy_title(redactor_default) -> None:
    text = ("If you post anything, mail it to my cousin's place, 9 Palm Close, Old Town, care of "
            "Mr. Kwabena Ofori. He keeps things safe.")
    found = {text[f.start:f.end]: f.entity_type for f in redactor_default.scan(text)}
    assert found.get("9 Palm Close, Old Town") == "ADDRESS", found
    assert not any("Mr" in t for t, kind in found.items() if kind == "ADDRESS"), found


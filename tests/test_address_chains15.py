"""An address said as a chain of local parts with no frame before it ("They moved to Cité 120
Logements, Bloc B, n° 4, Ouargla", "section twelve, lot nine, west gerehu, port moresby") is one
ADDRESS up to its town: the part words of many countries (lot, section, cité, bâtiment, pallati,
shkalla, ap., zona, put, ulica, número) chain, a spoken postcode stays in, an abbreviation's full
stop ("Ap. 14") ends nothing, and a postcode and town before the sentence goes on ("21000 Split
since May") are kept.  A part word alone, one part, or parts that are no address's ("Section two,
paragraph three", "Unit 9, the police unit") make none.  Exact spans through the whole
Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.address_frames import chained_addresses


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # an Algerian housing estate: the model reads it as a firm and the town as a person
    ("The office moved to Cité 300 Logements, Bâtiment 7, n° 23, Tiaret.",
     ["Cité 300 Logements, Bâtiment 7, n° 23, Tiaret"]),
    ("Our shop, Cité 120 Logements, Bloc B, n° 4, Ouargla, was burned.",
     ["Cité 120 Logements, Bloc B, n° 4, Ouargla"]),
    # an Albanian building, staircase and flat, the flat's abbreviation before its number
    ("They moved to Rruga Myslym Shyri, Pallati 12, Shkalla 3, Ap. 14, Tirana.",
     ["Rruga Myslym Shyri, Pallati 12, Shkalla 3, Ap. 14, Tirana"]),
    # Malaysian parts in a caption, a spoken postcode before the town
    ("it is lot seven, taman bukit indah, batu lima, jalan merbau, ninety one thousand two hundred sandakan.",
     ["lot seven, taman bukit indah, batu lima, jalan merbau, ninety one thousand two hundred sandakan"]),
    # a Papua New Guinea section and lot, the sentence's capital on the first word
    ("Section twelve, lot nine, west gerehu, port moresby. That is where she is.",
     ["Section twelve, lot nine, west gerehu, port moresby"]),
    # a Bolivian street, its number in Spanish words and its zone
    ("My mother's place, calle bolívar número doscientos tres, zona san pedro, is small.",
     ["calle bolívar número doscientos tres, zona san pedro"]),
])
def test_a_chain_of_address_parts_is_one_address(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Croatian postcode and town before the sentence goes on
    ("He rents a room at Put Firula 22, 21000 Split since May.", ["Put Firula 22, 21000 Split"]),
    # a town before "last year"
    ("He moved to house 45, street 9, F-7/2, Islamabad last year.", ["house 45, street 9, F-7/2, Islamabad"]),
])
def test_a_framed_chain_ends_at_its_town(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Chapter two, section four of the law says nothing about it.",
    "Section two, paragraph three, that is the clause they used.",
    "Lot 7 was sold in March, the rest stayed with the family.",
    "Unit 9, the police unit, came at night.",
    "Plot twist, he came back with 3 friends, all armed.",
    "Put it on the table, next to the radio.",
    "Block 4, the one near the river, flooded twice.",
    "We moved to a new flat, two rooms, near the market.",
])
def test_parts_that_are_no_address_chain_nothing(text):
    assert chained_addresses(text) == []


def test_a_part_word_in_a_sentence_is_no_address(redactor_default):
    assert addresses(redactor_default, "He moved to Germany in 2015, then to Austria.") == []
    assert addresses(redactor_default, "Calle is the word they use, calle or street.") == []


def test_a_year_said_in_words_after_a_unit_is_no_address(redactor_default):
    # "moved to" frames an address, but "in twenty eighteen" is when: no house number
    text = "source: then i moved to the dog support unit in twenty eighteen and stayed"
    assert addresses(redactor_default, text) == []

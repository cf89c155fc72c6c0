"""The rest of an address said after its street or before it, in many countries' forms (round
11): a street said with its type first in lower case, a postcode and its town, a Portuguese or
Spanish floor and side, a settlement's block and lot, a numbered house on a numbered street, a
neighbourhood named by its word ("mohalla", "pueblo joven"); and what is no address.  Exact spans
through the whole Redactor."""

from __future__ import annotations

import pytest


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # a street whose type comes first, said in lower case before the house number found
    ("we rented on strada viilor number six block d two apartment nine near the school",
     ["strada viilor number six block d two apartment nine"]),
    ("they stay at derb ben slimane rue four number eight now", ["derb ben slimane rue four number eight"]),
    # a postcode in digits and the town after it
    ("she lived at Odos Kolokotroni 17, 262 21 Patra, with her aunt.", ["Odos Kolokotroni 17, 262 21 Patra"]),
    ("I was at Rua das Flores 9, 4050-265 Porto.", ["Rua das Flores 9, 4050-265 Porto"]),
    ("We lived at Calle Toledo 41, 28005 Madrid until the strike.", ["Calle Toledo 41, 28005 Madrid"]),
    # a Portuguese or Spanish floor and side, and the town the model found after it
    ("I rented at Rua da Paz 31, 2.º Esquerdo, Odivelas, for a year.", ["Rua da Paz 31, 2.º Esquerdo, Odivelas"]),
    ("She was at Calle Mayor 5, 3º Izquierda, when it happened.", ["Calle Mayor 5, 3º Izquierda"]),
    # a settlement, its block and its lot (Peru)
    ("the family lives in Asentamiento Humano Nueva Esperanza, Manzana C, Lote 14, up the hill.",
     ["Asentamiento Humano Nueva Esperanza, Manzana C, Lote 14"]),
    ("they live in Mz. D Lt. 3, Pueblo Joven El Carmen, near the river",
     ["Mz. D Lt. 3, Pueblo Joven El Carmen"]),
    ("she lives at A.H. Santa Rosa, mz f lote eleven", ["A.H. Santa Rosa, mz f lote eleven"]),
    # a numbered house on a numbered street, in words or digits, and its mohalla
    ("he lives at house thirty one street four mohalla rehmanpura with his brother",
     ["house thirty one street four mohalla rehmanpura"]),
    ("we were at house 27 street 11 for a month", ["house 27 street 11"]),
])
def test_the_rest_of_an_address_is_part_of_it(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the street where I live is quiet",
    "it was a house with two doors and a small yard",
    "we stayed in the house two streets away from the mosque",
    "I bought an apple, a manzana, at the market",
    "the lote was sold in 2015 to a farmer",
    "my flat is on the third floor of the old building",
])
def test_what_is_no_address_stays_out(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a count and a capitalised word after an address are no postcode and town
    ("We lived at Calle Toledo 41 with 15000 Euros a year", ["Calle Toledo 41"]),
    # a street said after an address with a word that is no street type stays out
    ("We lived at Calle Toledo 41, then we moved", ["Calle Toledo 41"]),
])
def test_what_follows_an_address_that_is_not_its_part_stays_out(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected

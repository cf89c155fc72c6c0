"""A house placed by a landmark answering where one lives is the address (round 22): "i live in
X, the pink house with the tall mango"; no house, no address."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# -- a house placed by a landmark, answering where one lives ----------------------------------------

def addresses(redactor: Redactor, text: str) -> set[str]:
    return {text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "ADDRESS"}


@pytest.mark.parametrize("text, address", [
    ("speaker 2: my home is in ravu, past the shell garage, the pink house with the tall mango. my car is old\n",
     "ravu, past the shell garage, the pink house with the tall mango"),
    ("- and your address\n- tanoa village. a hut near the old wharf, the one with the tin roof, green shutters.\n- ok\n",
     "a hut near the old wharf, the one with the tin roof, green shutters"),
    ("INT: Thank you.\nSRC: My family lives in Ngaraard, the second home past the ford, red shutters. "
     "We moved in May.\n", "Ngaraard, the second home past the ford, red shutters"),
])
def test_a_house_placed_by_a_landmark_is_the_address(redactor: Redactor, text: str, address: str) -> None:
    assert address in addresses(redactor, text)


@pytest.mark.parametrize("text, address", [
    ("we moved to the house next to the school because of work.\n", "the house next to the school"),
    ("- where do you live\n- in the city. the one by the river is nice.\n", "the one by the river"),
])
def test_the_clause_after_a_placed_house_stays_out(redactor: Redactor, text: str, address: str) -> None:
    assert addresses(redactor, text) == {address}


@pytest.mark.parametrize("text", [
    "I live in fear, behind the times, the old way.\n",
    "we stayed at the hotel, next to the mosque, for two days.\n",
])
def test_no_house_no_address(redactor: Redactor, text: str) -> None:
    assert not addresses(redactor, text)

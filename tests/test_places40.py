"""Places, round 40: small towns whose own name is a big city's alternate name in GeoNames
("Gizo" for Giza, "Kolonia" for Köln, "Bolama" for Borama) stay the towns.  The public table
lists them under the big city's size, and the public-place rule reads them as the town's own
name through ``_another_towns_own_name``; these pin that on sentences of the design sets (fresh19,
fresh20, fresh21), with the big cities' own and English names kept public."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import public_places


def _places(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("town", ["gizo", "Kolonia", "Bolama"])
def test_a_town_listed_by_a_big_city_s_alternate_name_is_no_public_place(town):
    # the table lists it at the big city's size; the rule reads the town's own name
    assert public_places()[town.casefold()][1] > 500_000
    assert not SpanFilters().is_public_place(town)


@pytest.mark.parametrize("city", ["Giza", "Köln", "Cologne", "Borama"])
def test_the_big_city_by_its_own_or_english_name_stays_public(city):
    assert SpanFilters().is_public_place(city)


@pytest.mark.parametrize(("text", "expected"), [
    ("source: so in july, one of our reporters, belinda kwaiga, she went to gizo and she interviewed a "
     "forestry officer there.", ["gizo"]),
    ("Source: The trucks stop at night at a house in Kolonia, by the Spanish Wall.", ["Kolonia"]),
    ("SOURCE: Twenty-two, with the drivers. He is twenty-four and from Bolama.", ["Bolama"]),
])
def test_the_town_is_found(redactor_default, text, expected):
    assert _places(redactor_default, text) == expected


def test_the_big_city_in_a_sentence_stays(redactor_default):
    assert _places(redactor_default, "Source: Then the trucks go on to Cologne, to the big depot.") == []

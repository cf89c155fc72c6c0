"""Islands public as a region is (round 41): a country's main island, an island of about
100,000 people, an island group that is a region ("in rarotonga", "from Bioko", "Everyone in
Tutuila", "St. Croix", "Azores"), from the shipped list ``redactor/data/public_islands.txt``:
the public-places table (GeoNames' cities, ISO's subdivisions) leaves most islands out.  Near
misses stay found: the small islands where a few thousand people live ("praslin", "la digue",
"lifou", "koror"), and a person's name with an island's in it."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import fold_place, public_islands


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, island", [
    ("twenty twenty four, in rarotonga. and the lines in his name got the grant money in march this year.",
     "rarotonga"),
    ("My age, thirty-three. And that I am Bubi, from Bioko. In the office nobody else is from the island.", "Bioko"),
    ("I don't know. Everyone in Tutuila is afraid of that. The cannery is the island.", "Tutuila"),
    ("INTERVIEW - 911 dispatch, St. Croix - October 8, 2026", "St. Croix"),
    ("yeah. i'm a control room operator at the oil terminal, the tank farm up on the hill, statia. fourteen years now.",
     "statia"),
    ("Interview, whale-watching operator, Azores. Recorded 4 December 2026 by phone.", "Azores"),
])
def test_an_island_public_as_a_region_is_kept(redactor_default, text, island):
    assert all(island not in found for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, found", [
    ("old families, from praslin and la digue", [("LOCATION", "praslin"), ("LOCATION", "la digue")]),
    ("but the tribe is in lifou, at drueulu, if you write that, the whole island knows",
     [("LOCATION", "lifou"), ("LOCATION", "drueulu")]),
    ("nobody will hire me for diving now in koror everybody know it's me", [("LOCATION", "koror")]),
    ("My neighbour Lewis Java said it. Then Margarita Flores came.",
     [("PERSON", "Lewis Java"), ("PERSON", "Margarita Flores")]),
    ("My aunt, Panay, still weaves in the village by the river.", [("PERSON", "Panay")]),  # an island's name too
    ("Ask Rodrigues at the depot, he keeps the keys.", [("PERSON", "Rodrigues")]),
    ("he said go to the human rights office in pemba. but my wife's family lives near it.",
     [("LOCATION", "pemba")]),  # Mozambique's town, not Tanzania's island
])
def test_a_small_island_or_a_person_stays_found(redactor_default, text, found):
    assert _found(redactor_default, text) == found


def test_the_islands_list_is_folded_and_leaves_small_islands_out():
    islands = public_islands()
    assert {"rarotonga", "bioko", "azores", "saint croix", fold_place("Açores")} <= islands
    assert not {"bequia", "praslin", "la digue", "lifou", "koror", "miyako", "lewis", "panay", "rodrigues", "pemba"} & islands

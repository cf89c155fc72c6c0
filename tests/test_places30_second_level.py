"""Second-level units (tools/build_public_places.py, ``second_level_regions``): France's
departments, Belgium's, the Philippines' and Spain's provinces, Ireland's and Britain's counties
are public like a region where the country's second-level units are as large as a public city,
by a name that is no town's; a unit named after its town ("Chrudim", "Viterbo", "Monaghan") is
that town, a municipality's or a borough's name a town's or its part's."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import fold_place, public_places


@pytest.mark.parametrize("name", ["oise", "east flanders", "oost-vlaanderen", "davao del norte", "offaly",
                                  "westmeath", "haute-garonne", "pas-de-calais", "wiltshire", "bohol"])
def test_a_second_level_unit_named_as_no_town_is_a_public_region(name):
    assert public_places()[fold_place(name)][0] == "region"


@pytest.mark.parametrize("name", [
    "monaghan", "chrudim", "pisek", "viterbo", "ouarzazate",  # named after the town that seats it
    "lazdijai", "varena", "druskininkai",  # Lithuania's municipalities average 47,000 people
    "hackney", "lewisham", "southwark", "tower hamlets",  # a London borough is a city's part
    "angus", "kent",  # a given name, an English word
])
def test_a_unit_named_after_its_town_or_a_town_s_part_is_no_region(name):
    assert public_places().get(fold_place(name), ("",))[0] != "region"


def test_departments_provinces_and_counties_stay_in_the_text(redactor_default):
    text = ("A: My brother drove the van from the plant in Oise, then a year in East Flanders. "
            "Our cousins are in Davao del Norte and my aunt farms in Offaly.\n")
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert [place for kind, place in found if kind == "LOCATION"] == []


def test_a_district_town_is_still_found(redactor_default):
    text = "A: The depot is in Chrudim, and the old workshop was out in Viterbo.\n"
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", "Chrudim") in found and ("LOCATION", "Viterbo") in found

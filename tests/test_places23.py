"""Places, round 23: the first part of a country named by two parts is public as the country;
a big city's foreign name that is a small town's own name is that town.  Exact spans through the
whole Redactor, and the public-place rule on its own."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import first_parts_of_countries, public_names_of_kind, public_places


def _places(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "LOCATION"]


def test_a_city_below_the_public_size_stays_a_small_place(redactor_default):
    assert _places(redactor_default, "We lived in Kisumu for two years.") == ["Kisumu"]
    assert not SpanFilters().is_public_place("Kisumu")


def test_the_first_part_of_a_country_named_by_two_parts_is_public():
    parts = first_parts_of_countries()
    for name in public_names_of_kind("country"):
        first, _, second = name.partition(" and ")
        if second in public_places() and "," not in name and " of " not in first:
            assert first in parts
    assert parts and all(SpanFilters().is_public_place(part.title()) for part in parts)


def test_a_former_state_s_part_is_no_country():
    # "Gilbert and Ellice Islands": its second part is no place the table lists
    assert "gilbert" not in first_parts_of_countries()


@pytest.mark.parametrize("place", ["Lemberg", "Breslau"])
def test_a_big_city_s_foreign_name_that_is_a_town_s_own_name_is_the_town(place):
    assert not SpanFilters().is_public_place(place)


@pytest.mark.parametrize("place", ["Cologne", "Seville", "Bombay", "Kyiv"])
def test_a_big_city_s_english_name_stays_public(place):
    assert SpanFilters().is_public_place(place)


def test_a_town_with_a_big_city_s_foreign_name_is_found(redactor_default):
    assert _places(redactor_default, "My uncle keeps a bakery in Lemberg, near the church.") == ["Lemberg"]

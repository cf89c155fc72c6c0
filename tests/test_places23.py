"""Places, round 23: a small place found without a word of its name is widened to the whole
name (redactor.detect.place_edges); the first part of a country named by two parts is public as the
country; a big city's foreign name that is a small town's own name is that town.  Exact spans
through the whole Redactor, and the public-place rule on its own."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.detect.place_edges import place_edges
from redactor.lexicon.places import first_parts_of_countries, public_names_of_kind, public_places
from redactor.model import Mention


def _places(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "LOCATION"]


def _covered(redactor, text: str, words: str) -> bool:
    """Every character of ``words`` in ``text`` is inside one finding."""
    start = text.index(words)
    return any(f.start <= start and start + len(words) <= f.end for f in redactor.scan(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("He is from Ban Nakham, the last village before the border.", ["Ban Nakham"]),
    ("The depot is in St Aubin, behind the church.", ["St Aubin"]),
    ("Last year he crashed on the Kisoro road at night.", ["Kisoro road"]),
    ("He farms in the Kigezi valley with his brothers.", ["Kigezi valley"]),
    ("my sister works at the health centre in rusororo sector, near the lake", ["rusororo sector"]),
])
def test_a_small_place_is_found_with_the_words_of_its_name(redactor_default, text, expected):
    assert _places(redactor_default, text) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("my aunt has a shop on wolski street now", "wolski street"),
    ("the tourists came up here from st. moritz", "st. moritz"),
])
def test_a_name_called_a_person_after_a_place_preposition_is_covered_whole(redactor_default, text, words):
    assert _covered(redactor_default, text, words)


@pytest.mark.parametrize("text", [
    "I told Maria street food is cheap here.",       # no preposition of where before the name
    "We drove to San Diego and stayed a week.",        # the whole name is a public city
    "The Lviv road was closed for a day.",             # a public city before the way
    "Then I saw Maria on the road.",
])
def test_no_place_is_widened_without_a_small_place_or_its_cue(redactor_default, text):
    assert not [p for p in _places(redactor_default, text) if " " in p]


@pytest.mark.parametrize(("text", "name", "entity_type"), [
    ("We stayed in Kisoro for a week.", "Kisoro", "LOCATION"),   # no place word beside it
    ("we met le Havre people", "Havre", "LOCATION"),             # a prefix word in another case
    ("Le Pen spoke first.", "Pen", "PERSON"),                    # a person's name, no place preposition
    ("We flew to San Diego.", "Diego", "LOCATION"),              # the whole name is public
])
def test_place_edges_leaves_a_name_as_found(text, name, entity_type):
    start = text.index(name)
    kept = [Mention(start=start, end=start + len(name), entity_type=entity_type, score=0.85, detector="test",
                    text=name)]
    assert place_edges(text, kept, lambda span: span == "San Diego") == []


def test_place_edges_gives_the_whole_name_its_span():
    text = "He is from Ban Nakham road."
    kept = [Mention(start=15, end=21, entity_type="LOCATION", score=0.85, detector="test", text="Nakham")]
    (found,) = place_edges(text, kept, lambda span: False)
    assert (found.start, found.end, found.entity_type, found.text) == (11, 26, "LOCATION", "Ban Nakham road")


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

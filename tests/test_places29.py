"""Places, round 29: a small place found without the kind word that ends its name ("station",
"river", "village", "chapel", "plaza", "marina", "camp") is widened over it
(redactor.detect.place_edges), as it is over "road" or "valley".  Exact spans through the whole
Redactor, and the widening on its own.  A first-level region is public by the English name
English knows it by ("Sicily", "Catalonia"), which wordfreq counts as a word (tools/build_public_places.py)."""

from __future__ import annotations

import pytest

from redactor.detect.place_edges import name_before_kind_word, place_edges
from redactor.lexicon.places import public_places
from redactor.model import Mention
from redactor.refine.propagate import surface_forms


def _places(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "LOCATION"]


def _kept(text: str, name: str, entity_type: str) -> list[Mention]:
    """``name`` in ``text`` as the one mention the filters kept."""
    start = text.index(name)
    return [Mention(start=start, end=start + len(name), entity_type=entity_type, score=0.85, detector="test",
                    text=name)]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("**a:** at the woolshed on whareponga station, the twelfth of february.", "whareponga",
     "whareponga station"),
    ("The deck of the bridge over the Samou river, near the quarry.", "Samou", "Samou river"),
    ("she lives in Ranwadi village with her mother", "Ranwadi", "Ranwadi village"),
    ("We live behind the Kalaba chapel, the one with the blue door.", "Kalaba", "Kalaba chapel"),
    ("old people in the Tarnow plaza towers", "Tarnow", "Tarnow plaza"),
    ("my boat is tied up at the Kerrigan marina", "Kerrigan", "Kerrigan marina"),
    ("He was sent to the Kakuma camp in March.", "Kakuma", "Kakuma camp"),
])
def test_place_edges_widens_a_place_over_the_kind_word_after_it(text, name, expected):
    start = text.index(name)
    (found,) = place_edges(text, _kept(text, name, "LOCATION"), lambda span: False)
    assert (found.start, found.end, found.text) == (start, start + len(expected), expected)


@pytest.mark.parametrize(("text", "name", "entity_type"), [
    ("I told Maria station work is hard.", "Maria", "PERSON"),      # no preposition of where before
    ("Then Anna village people came.", "Anna", "PERSON"),
    ("We took the train to Kyiv station.", "Kyiv", "LOCATION"),    # the widened name is public
    ("the Kisoro stationery shop", "Kisoro", "LOCATION"),           # not the word, only its start
    ("the bus leaves from Dendermonde station at six", "Dendermonde", "LOCATION"),  # a known town's station
    ("i reported it at luganville station", "luganville", "LOCATION"),
])
def test_place_edges_leaves_a_name_without_its_kind_word(text, name, entity_type):
    assert place_edges(text, _kept(text, name, entity_type), lambda span: span.startswith("Kyiv")) == []


def test_a_sheep_station_is_found_with_its_kind_word(redactor_default):
    text = "**a:** at the woolshed on whareponga station, the twelfth of february."
    assert "whareponga station" in _places(redactor_default, text)


@pytest.mark.parametrize("text", [
    "We took the train to Kyiv station and waited.",     # a public city before the kind word
    "I told Maria station work is hard.",                # a person, no preposition of where
])
def test_no_kind_word_is_taken_after_a_public_place_or_a_person(redactor_default, text):
    assert not [p for p in _places(redactor_default, text) if "station" in p]



# --- the place said without its kind word is the same place, found again (redactor.refine.propagate)

@pytest.mark.parametrize(("text", "detector", "name"), [
    ("tamwe gyi station", "PlaceEdge", "tamwe gyi"),
    ("Ranwadi village", "PlaceEdge", "Ranwadi"),
    ("Kisoro road", "PlaceEdge", None),          # a way's word: the road is no settlement
    ("Ranwadi village", "SpacyRecognizer", None),  # the model's whole name: no widening of ours
])
def test_a_widened_place_is_looked_for_again_without_its_kind_word(text, detector, name):
    m = Mention(start=0, end=len(text), entity_type="LOCATION", score=0.6, detector=detector, text=text)
    assert name_before_kind_word(m) == name
    assert ((name, "LOCATION") in surface_forms(m)) is (name is not None)


# --- a first-level region by the English name English knows it by (tools/build_public_places.py)

@pytest.mark.parametrize("name", ["sicily", "tuscany", "catalonia", "flanders", "inner mongolia", "basque country"])
def test_a_region_s_famous_english_name_is_public(name):
    assert public_places()[name] == ("region", 0)


@pytest.mark.parametrize(("folded", "english"), [
    ("sicily", False), ("inner mongolia", False), ("kurdistan", False), ("lower saxony", False),
    ("central", True),           # a word, not a name
    ("northern borders", True),  # each word common
    ("insular", True),           # an adjective of the dictionary
    ("chechen", True),           # a people's word: it stays a demonym
    ("gilbert", True),           # a person's name
])
def test_an_english_phrase_is_told_from_a_region_s_english_name(places_build, folded, english):
    assert places_build.is_english_phrase(folded) is english


def test_chechen_stays_a_people_s_word():
    assert public_places()["chechen"] == ("demonym", 0)


def test_a_famous_region_stays_and_a_village_in_it_is_found(redactor_default):
    text = "We came to Sicily in 2019 and I live in Scoglitti now."
    assert _places(redactor_default, text) == ["Scoglitti"]

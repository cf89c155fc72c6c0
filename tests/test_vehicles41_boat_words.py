"""One list of boat words and one of paints for every vehicle rule (round 41).

The "described boat" rule of the vehicles pack and the code that joins a boat's kind said after
its name (``vehicle_edges._KIND_APPOSITIVE``) read the pack's ``boat_kind``, ``hull`` and
``boat_use`` lists, and ``vehicle_edges`` reads the pack's ``colour`` list: a word added there is
known to both ("a pirogue" after a boat's name, "a barge" by its colour, "a burgundy and white
minibus").  Exact spans through the whole Redactor, and the near misses that stay out."""

from __future__ import annotations

import pytest

from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern
from redactor.detect import vehicle_edges


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    # a kind the rule knew, said after a boat's name
    ("The boat is the Mama Esi, a green wooden pirogue, and it leaves at dawn.",
     ["Mama Esi, a green wooden pirogue"]),
    # kinds and uses the joining code knew, said by their colour or hull
    ("They towed the old steel barge out of Tema at night.", ["old steel barge"]),
    ("He works on a red cargo boat now.", ["red cargo boat"]),
    ("The Lady Ama, a lilac catamaran, was moored by the pier.", ["lilac catamaran"]),
    # a paint of the pack's list before another
    ("They came in a burgundy and white minibus from Kumasi.", ["burgundy and white minibus"]),
])
def test_the_boat_and_paint_words_are_the_packs(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We sat in a small boat all night.", []),
    ("The ferry left at dawn and the barge came after it.", []),
    ("He sold the cargo to a tanker company in Tema.", []),
    ("They came in a white minibus, burgundy seats inside.", ["white minibus"]),
    ("I sold the white Hilux, a tanker of a car.", ["white Hilux"]),
])
def test_boat_words_without_a_colour_or_a_hull_stay_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


def test_the_joining_code_has_no_list_of_its_own():
    assert vehicle_edges._BOAT_KIND == vocabulary_pattern(builtin_vocabulary("vehicles", "boat_kind"))
    assert vehicle_edges._COLOURS == vocabulary_pattern(builtin_vocabulary("vehicles", "colour"))
    for word in ("pirogue", "tanker barge", "twin-engine", "jet ski"):
        assert word in builtin_vocabulary("vehicles", "boat_kind") or \
            word.replace(" ", "-") in builtin_vocabulary("vehicles", "boat_kind")

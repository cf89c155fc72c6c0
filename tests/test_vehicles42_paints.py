"""Round 42, vehicles: the paints a vehicle is named by are one vocabulary of the whole class
(rules/vehicles.yaml, ``colour``): the paint names of cars and of the cloth and paint charts they
are borrowed from ("a plum avanza", "the gunmetal ram", "an aubergine Micra", "a petrol-blue
Passat", "the reddish Corolla"), not only the few a transcript said; a colour's name that is as
often a load, a crop or an ore is listed only with its colour word ("a sand truck", "the cobalt
trucks" stay out).  And a description after "with" set off by a pause ends before the clause's
verb "was" or "had", which the dictionary also knows as a noun, and names any part or mark
of the pack's own lists ("with a bullbar", "with a towbar").  Exact spans through the whole
Redactor, and the near misses that stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("two men came to her stall in a plum avanza with a bashed grille the plate was gone",
     ["plum avanza with a bashed grille"]),
    ("last week a gunmetal ram with a bullbar followed me home", ["gunmetal ram with a bullbar"]),
    ("He drives a lemon Lanos with chequered stripes, you can't miss it.", ["lemon Lanos with chequered stripes"]),
    ("the inspector came in an aubergine Nissan Micra and parked by the gate.", ["aubergine Nissan Micra"]),
    ("Her husband has a petrol-blue Passat, the estate.", ["petrol-blue Passat, the estate"]),
    ("the boss sent his mustard Mahindra Bolero with a canvas hood to fetch us",
     ["mustard Mahindra Bolero with a canvas hood"]),
    ("a reddish Corolla followed the bus all the way to the border", ["reddish Corolla"]),
    ("they load it on a slate grey Hilux with a roof rack every morning",
     ["slate grey Hilux with a roof rack"]),
    ("the buyer came in a crimson minibus, the only one in town", ["crimson minibus"]),
])
def test_a_paint_of_the_whole_class_names_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("last week a white hilux with a bullbar followed me home", ["white hilux with a bullbar"]),
    ("the mint honda fit with a snorkel was outside.", ["mint honda fit with a snorkel"]),
    ("the white honda fit with a snorkel was outside.", ["white honda fit with a snorkel"]),
    ("a silver Mazda Bongo with a towbar had parked behind the shed.", ["silver Mazda Bongo with a towbar"]),
    ("a grey Toyota Corolla with a dented door had been there since noon.",
     ["grey Toyota Corolla with a dented door"]),
])
def test_a_description_after_with_names_the_packs_marks_and_ends_before_the_clause_verb(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "We took the sand truck to the quarry and the coffee van came at noon.",
    "the cobalt trucks leave the mine at six and the salmon lorry at seven.",
    "She wore a plum dress and a mint scarf to the hearing.",
    "we ate lemon cake and drank mint tea in the van.",
])
def test_a_load_or_a_paint_of_no_vehicle_stays_out(redactor_default, text):
    assert vehicles(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("i bought a red bicycle with a basket last summer.", ["red bicycle with a basket"]),
    ("he parked a grey Corolla with tinted windows yesterday, by the gate.", ["grey Corolla with tinted windows"]),
    ("a white Hilux with a cracked bumper two weeks ago.", ["white Hilux with a cracked bumper"]),
    ("they came in a blue minibus with yellow curtains every friday.", ["blue minibus with yellow curtains"]),
])
def test_a_time_said_after_the_description_is_the_clauses(redactor_default, text, expected):
    """Round 43: a description set off by a pause ends before a time said after it (a probe of
    invented sentences found "red bicycle with a basket last summer")."""
    assert vehicles(redactor_default, text) == expected

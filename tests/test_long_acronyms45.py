"""A word of seven to nine capitals in a line of small letters ("RENATRE", "SENAFRONT") is a
body's acronym, not a person, where the text never writes it as a name; a name written in
capitals after a relation ("the boss, BORTOLATO"), as a speaker's label or elsewhere in other
letters stays a person (redactor.detect.filters: ``is_acronym``, ``_written_as_a_name``)."""

from __future__ import annotations

import pytest


def _people(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in {"PERSON", "ORGANIZATION"}]


@pytest.mark.parametrize("text", [
    "I registered with LANBIDE last spring, and they never called back.",
    "Nobody called SENASICA about the dead cattle on the ranch.",
    "He is in the hospital with his back broken. Nobody called RENATRE, nobody from the province came.",
])
def test_a_long_acronym_the_text_never_writes_as_a_name_is_no_one(redactor_default, text):
    assert _people(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    ("The boss, BORTOLATO, told me to go home early that day.", [("PERSON", "BORTOLATO")]),
    ("Q: Who signed the paper?\nA: The one who signed was GEMECHU. Gemechu knows everything about it.",
     [("PERSON", "GEMECHU"), ("PERSON", "Gemechu")]),
    ("SAVCHUK: I worked on the line for two years.\nQ: And who was the foreman?\n"
     "A: Me, SAVCHUK, I was the foreman after Petro left.",
     [("PERSON", "SAVCHUK"), ("PERSON", "SAVCHUK"), ("PERSON", "Petro")]),
    # written in capitals once and alone, but a name the name lists know
    ("We went to see ANDERSON at the office about the wages, and he said to wait.", [("PERSON", "ANDERSON")]),
    ("Then MARGARET came down from the office and told us to stop.", [("PERSON", "MARGARET")]),
])
def test_capitals_the_text_writes_as_a_name_stay_a_person(redactor_default, text, found):
    assert _people(redactor_default, text) == found


def test_a_cooperatives_acronym_stays_found(redactor_default):
    found = _people(redactor_default, "We sold the whole harvest to COOPEAGRO in March, and they paid us late.")
    assert ("ORGANIZATION", "COOPEAGRO") in found

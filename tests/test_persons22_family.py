"""A surname said of a whole family (round 22, redactor.refine.people.key_family_names).

Where a file names two relatives in full ("Tomas Varga", then "Ilona Varga"), a lone "Varga" is
the one named first (redactor.entities.resolve._surname_in_file).  "The Varga family" is not
him: it names all of them, so it keeps a pseudonym of its own (flagged, as before that rule).
A surname only one person of the run has is still that person's, with the family word or not;
so is the family said in a follow-up that names none of them (the one the run is about).
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import FAMILY, resolve_entities
from redactor.refine.people import key_family_names
from tests.mention_helpers import nth_persons


RELATIVES = "Tomas Varga runs the mill. His niece Ilona Varga keeps the books. {said} owns half the valley."


@pytest.mark.parametrize("said, family", [
    ("The Varga family", True),
    ("The Varga families", True),
    ("The Varga clan", True),
    ("The Varga household", True),
    ("La famille Varga", True),
    ("La familia de Varga", True),
    ("Die Familie Varga", True),
    # near misses: the family of one person named by the name, or the name alone
    ("Varga's family", False),
    ("Varga, with his family,", False),
    ("Varga", False),
    ("Mr Varga", False),
])
def test_a_surname_said_of_the_family_is_keyed_as_the_familys(said, family):
    text = RELATIVES.format(said=said)
    lone = "Mr Varga" if said.startswith("Mr") else "Varga"
    ms = nth_persons(text, ("Tomas Varga", 0), ("Ilona Varga", 0), (lone, 2 if lone == "Varga" else 0))
    keyed = key_family_names(text, ms)
    assert [m.key for m in keyed] == ["", "", FAMILY + "varga" if family else ""]


def test_the_family_of_relatives_named_in_full_is_not_the_one_named_first():
    text = RELATIVES.format(said="The Varga family")
    keyed = key_family_names(text, nth_persons(text, ("Tomas Varga", 0), ("Ilona Varga", 0), ("Varga", 2)))
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0, 0])
    assert resolution.assignments[2].key not in {"tomas varga", "ilona varga"}
    assert resolution.ambiguous == (2,)
    # the surname alone is still the one the file named first
    text = RELATIVES.format(said="Varga")
    keyed = key_family_names(text, nth_persons(text, ("Tomas Varga", 0), ("Ilona Varga", 0), ("Varga", 2)))
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0, 0])
    assert resolution.assignments[2].key == "tomas varga"


def test_the_family_said_in_a_follow_up_that_names_none_of_them_is_the_one_the_run_is_about():
    first = "Tomas Varga runs the mill. His niece Ilona Varga keeps the books."
    follow = "The Varga family owns half the valley."
    keyed = key_family_names(first, nth_persons(first, ("Tomas Varga", 0), ("Ilona Varga", 0))) + \
        key_family_names(follow, nth_persons(follow, ("Varga", 0)))
    assert keyed[2].key == FAMILY + "varga"
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0, 1])
    assert resolution.assignments[2].key == "tomas varga"


def test_the_family_of_the_one_person_of_that_name_is_that_person():
    text = "Tomas Varga runs the mill. The Varga family owns half the valley."
    keyed = key_family_names(text, nth_persons(text, ("Tomas Varga", 0), ("Varga", 1)))
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0])
    assert [a.key for a in resolution.assignments] == ["tomas varga", "tomas varga"]
    assert resolution.ambiguous == ()


def test_a_scan_gives_the_family_a_pseudonym_of_its_own(redactor_default):
    text = ("Source: The manager is Tomas Varga. His cousin Ilona Varga keeps the books.\n"
            "Source: The Varga family owns half the valley, but Varga himself never comes.\n")
    by_start = {f.start: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    tomas, ilona = by_start[text.index("Tomas")], by_start[text.index("Ilona")]
    family, alone = by_start[text.index("Varga family")], by_start[text.index("Varga himself")]
    assert tomas != ilona and alone == tomas
    assert family not in {tomas, ilona}

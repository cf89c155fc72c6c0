"""The vehicle edges that told which of two patterns matched by the match's ``re``: a match's
``re`` is the compiled pattern, while a module's own pattern is made on first use
(``prefilter.LazyOwnRegex``), so the two are never the same object.  Its model year said before
it and an aside that is a mark ("old model", "no plates") are still joined, a size before it
still read as its size.  Exact spans through the whole Redactor on invented sentences; the near
misses stay as they were."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("They left in a 2009 white Toyota Hilux before dawn.", ["2009 white Toyota Hilux"]),
    ("The boss drove a 14-seater Toyota Hiace to the farm.", ["14-seater Toyota Hiace"]),
    ("He came in the grey Nissan Patrol, old model, and parked by the gate.", ["grey Nissan Patrol, old model"]),
    ("A blue Isuzu D-Max, no plates, waited outside the depot.", ["blue Isuzu D-Max, no plates"]),
])
def test_a_year_a_size_and_a_marks_aside_are_joined_to_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside that is not a mark and not before a description stays out
    ("He came in the grey Nissan Patrol, my cousin, and parked by the gate.", ["grey Nissan Patrol"]),
    # a count of years before it is not its model year
    ("For 2009 days a white Toyota Hilux stood there.", ["white Toyota Hilux"]),
])
def test_what_is_not_a_year_or_a_mark_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected

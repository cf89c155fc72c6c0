"""Ages said of a relative, identifiers known by their shape without a cue word, and handles said
after the platform ("on telegram it's ..."): exact spans through a whole run, and near misses."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("my son is 7", ("AGE", "my son is 7")),
    ("At nineteen I joined the army.", ("AGE", "At nineteen")),
    ("They were both 19 when they met.", ("AGE", "They were both 19")),
    ("I am in my early forties.", ("AGE", "in my early forties")),
    ("Her daughter's nineteen, and scared.", ("AGE", "Her daughter's nineteen")),
    ("Write down WX55021 for me.", ("ID_NUMBER", "WX55021")),
    ("His is 77-AX-1043, I think.", ("ID_NUMBER", "77-AX-1043")),
    ("on telegram it's nightjar99", ("HANDLE", "nightjar99")),
    ("Signal, it's bykov_real.", ("HANDLE", "bykov_real")),
])
def test_shapes_are_found(make_redactor, text, expected):
    assert expected in _found(make_redactor(), text)


@pytest.mark.parametrize("text, kind", [
    ("My son is 7 minutes away.", "AGE"),
    ("My brother was 3 hours late.", "AGE"),
    ("At nine I went to bed.", "AGE"),
    ("We were 19 people in the room.", "AGE"),
    ("At 23 Mill Lane they live.", "AGE"),
    ("She took the M25, then the F-16 show, then COVID-19 hit.", "ID_NUMBER"),
    ("It ran on an RTX4090 from 2021-03-04 to 2022-01-01.", "ID_NUMBER"),
    ("on telegram it's easier to talk", "HANDLE"),
    ("Signal, it's just safer.", "HANDLE"),
])
def test_near_misses_of_shapes(make_redactor, text, kind):
    assert not [t for k, t in _found(make_redactor(), text) if k == kind]

"""A unit of a police, border, fire or customs service named by its place, and a prison's
intervention group (round 11): exact spans and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.service_units import find_service_units


def _units(text: str, caseless: bool) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_service_units(text, flags)]


@pytest.mark.parametrize("text, caseless, expected", [
    ("I served at the Feres Border Guard Department.", False, ["Feres Border Guard Department"]),
    ("i served at the feres border guard department for two years", True, ["feres border guard department"]),
    ("he was at the orestiada police directorate for six years", True, ["orestiada police directorate"]),
    ("They sent me to the Border Guard Department of Feres.", False, ["Border Guard Department of Feres"]),
    ("the police directorate of orestiada called me", True, ["police directorate of orestiada"]),
    ("I was a firefighter at Kilkis fire station.", False, ["Kilkis fire station"]),
    ("he was held at the police station in Soufli overnight", False, ["police station in Soufli"]),
])
def test_a_service_s_unit_named_by_its_place(text, caseless, expected):
    assert _units(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("He works in the Hellenic Police.", False),                 # the force alone
    ("I worked at the Athens Police Directorate.", False),       # a big city's unit has thousands
    ("The National Police Directorate sent a letter.", False),   # a word of the state
    ("the border guard department is far", True),                # no place
    ("we went to the police station in town", True),             # a common word is no place
    ("I met someone from the Ministry of Interior.", False),
])
def test_no_unit_without_a_small_place(text, caseless):
    assert _units(text, caseless) == []


@pytest.mark.parametrize("text, expected", [
    ("the intervention group came into the cell at night", [("WORK_UNIT", "intervention group")]),
    ("the prison's intervention group beat him", [("WORK_UNIT", "intervention group")]),
    ("patients in the intervention group did better than the control group", []),
    ("the control group and the intervention group were matched", []),
])
def test_a_prison_s_intervention_group(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == expected


def test_a_unit_through_a_run(redactor_default):
    text = "I served at the Feres Border Guard Department.\nHe works in the Hellenic Police.\n"
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == \
        [("WORK_UNIT", "Feres Border Guard Department")]

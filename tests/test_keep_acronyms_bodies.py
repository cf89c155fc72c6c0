"""An acronym defined beside its expansion shares the public status of either form in the whole
file (redactor.detect.acronyms), and public bodies by their forms in more languages
(redactor.detect.filters, "Public bodies").  Near misses: a firm or a person defined with
initials, a keep-listed acronym given to a person's name, a hospital's or a firm's centre."""

from __future__ import annotations

import pytest

from redactor.detect.acronyms import acronym_definitions, is_defined_public, public_by_definition
from redactor.detect.filters import SpanFilters


@pytest.fixture(scope="module")
def filters() -> SpanFilters:
    return SpanFilters(keep_names=frozenset({"ap", "fla"}))


@pytest.mark.parametrize("text, pair", [
    ("I complained to the Financial Intelligence Unit (FIU) and", ("Financial Intelligence Unit", "FIU")),
    ("NSSF, the National Social Security Fund, took it", ("NSSF", "National Social Security Fund")),
    ("FLA (Fair Labor Association) came", ("FLA", "Fair Labor Association")),
    ("Yesterday the Ministry of Health (MoH) said", ("Ministry of Health", "MoH")),
    ("the Kenya Revenue Authority, or KRA, came", ("Kenya Revenue Authority", "KRA")),
    ("the Instituto Mexicano del Seguro Social (IMSS) paid", ("Instituto Mexicano del Seguro Social", "IMSS")),
])
def test_definitions_are_read_in_each_form(text, pair):
    found = {frozenset(p) for p in acronym_definitions(text)}
    assert frozenset(pair) in found


@pytest.mark.parametrize("text", [
    "We drove to Kenya (KE) and on.",          # initials that spell nothing beside them
    "Anna Petrova (KP) said so.",
    "the Bolt (BT) app",
])
def test_no_definition_without_matching_initials(text):
    assert list(acronym_definitions(text)) == []


def test_either_public_side_makes_both_public(filters):
    text = ("The Fair Labor Association (FLA) came. NSSF, the National Social Security Fund, paid. "
            "I worked for Kowalski Transport Services (KTS). My friend Anna Kowalczykowska (AP) knew.")
    public = public_by_definition(text, filters.is_public_term,
                                  lambda words: words[0] in {"Anna"})
    assert {"fair labor association", "fla", "nssf", "national social security fund"} <= public
    assert not {"kts", "kowalski transport services", "ap", "anna kowalczykowska"} & public
    assert is_defined_public("the Fair Labor Association (FLA", public)
    assert is_defined_public("NSSF's", public)
    assert not is_defined_public("the Fair Labor Association and KTS", public)


@pytest.mark.parametrize("text, found", [
    ("I complained to the Financial Intelligence Unit (FIU) and the FIU never called back.", []),
    ("NSSF, the National Social Security Fund, took my money but the NSSF lost it.", []),
    ("I worked for Kowalski Transport Services (KTS) and KTS never paid me.",
     ["Kowalski Transport Services", "KTS", "KTS"]),
    ("My friend Anna Petrova (AP) knew. AP said so.", ["Anna Petrova"]),
])
def test_definitions_in_the_scan(redactor_default, text, found):
    names = [f.text for f in redactor_default.scan(text) if f.entity_type in {"PERSON", "ORGANIZATION"}]
    assert names == found


@pytest.mark.parametrize("body", [
    "the Inspectorate", "Labour Inspection", "the labour inspection", "Gewerbeaufsichtsamt",
    "Arbeitsinspektorat", "Ausländerbehörde", "Defensoría del Pueblo", "Inspección de Trabajo",
    "Bureau of Labor Statistics", "the National Health Insurance Scheme", "National Social Security Fund",
    "the National Youth Service Corps", "the National Counter Terrorism Centre", "Financial Intelligence Unit",
])
def test_public_bodies_by_form(filters, body):
    assert filters.is_public_body(body)


@pytest.mark.parametrize("name", [
    "National Medical Center", "the National Tyre Centre", "Kowalski Fund Management Ltd",
    "the Bilton inspection team", "Anna Amt", "the nation fund unit",
])
def test_workplaces_and_firms_are_no_public_bodies(filters, name):
    assert not filters.is_public_body(name)

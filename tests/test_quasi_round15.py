"""Quasi details of round 15, found by the rules alone (no model, so each test is the rule's):
a firm's name in any case before a legal form no word has ("Jadranski turizam d.o.o."), a boat's
name said beside what kind of boat it is ("the hai yang twelve, a purse seiner"), and a unit of
a site by its code ("block d nineteen", "class 7-A", "manifold 3C").  Exact spans, and the near
misses that must not be found."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(make_redactor):
    return make_redactor(ner=False)


def found(redactor, text: str, entity_type: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == entity_type]


@pytest.mark.parametrize("text, expected", [
    ("Then I joined Jadranski turizam d.o.o. in the spring.", ["Jadranski turizam d.o.o."]),
    ("the owner of tekstil morava s.r.o. paid us late", ["tekstil morava s.r.o."]),
    ("we signed with pesca austral ltda in march", ["pesca austral ltda"]),
    ("My cousin was with Agro Norte S.R.L. until it closed.", ["Agro Norte S.R.L."]),
    ("he drove for bumi hijau plantations sdn bhd back then", ["bumi hijau plantations sdn bhd"]),
    ("at kaya ormancilik ltd şti we cut pine", ["kaya ormancilik ltd şti"]),
])
def test_a_firm_by_its_legal_form_in_any_case(rules_only, text, expected):
    assert found(rules_only, text, "ORGANIZATION") == expected


@pytest.mark.parametrize("text", [
    "it was limited to two days",
    "I worked at the gmbh for a year",
    "we were with the ltd",
    "they came from the s.a. office",
])
def test_no_firm_without_a_name(rules_only, text):
    assert found(rules_only, text, "ORGANIZATION") == []


@pytest.mark.parametrize("text, expected", [
    ("the boat was the hai yang twelve, a purse seiner.", ["hai yang twelve"]),
    ("we moved to a reefer, the jin feng three.", ["jin feng three"]),
    ("We were on the Mar de Plata, a longliner out of Vigo.", ["Mar de Plata"]),
    ("I crewed a tanker, the sea lotus, and then went home", ["sea lotus"]),
])
def test_a_boat_named_beside_its_kind(rules_only, text, expected):
    assert found(rules_only, text, "VEHICLE") == expected


@pytest.mark.parametrize("text", [
    "later on a trawler, the one with the red hull.",
    "he left the boat, a trawler.",
    "I stayed on the ship, the old one.",
    "we sold the nets, a few boats and the house.",
])
def test_no_boat_without_a_name(rules_only, text):
    assert found(rules_only, text, "VEHICLE") == []


@pytest.mark.parametrize("text, expected", [
    ("I worked in block d nineteen with the others.", ["block d nineteen"]),
    ("they kept us in wing f 12 for months", ["wing f 12"]),
    ("She teaches class 7-A now.", ["class 7-A"]),
    ("the leak was at manifold 3C that morning", ["manifold 3C"]),
    ("i was on pump 12b all night", ["pump 12b"]),
    # near misses: a time after the letter, a class without a letter
    ("they moved me to wing c two years ago", ["wing c"]),
    ("he had a class 3 felony", []),
    ("she passed class 2 last year", []),
])
def test_a_unit_by_its_code(rules_only, text, expected):
    assert found(rules_only, text, "WORK_UNIT") == expected

"""Round 28's public facts, through a whole Redactor: a public body's capitalised name whose last
words the model found alone ("Trabalho" of "Ministério Público do Trabalho"), a paper by its own
masthead word after a name no one has ("the Royal Gazette"), and "America"; with the near misses
that stay found (a person listed beside a body, a person after a body's title, a town's or a
person's paper, a person named America)."""

from __future__ import annotations

import pytest

ORG_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in ORG_TYPES]


@pytest.mark.parametrize("text, part", [
    ("SOURCE: The Ministério Público do Trabalho opened an inquiry in Cuiabá. Procedures take months.",
     "Trabalho"),
    ("I sent a message to the Conseil du Café-Cacao hotline and to the CNS, the committee.", "Cacao"),
    ("Q: Does the Department of Environment and Coastal Resources check the permits?", "Coastal Resources"),
])
def test_the_rest_of_a_public_bodys_name_is_kept(redactor_default, text, part):
    assert all(part not in found for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, expected", [
    # a person listed beside a body, or named after a body's title
    ("I told the Police and Tsegaye about the crates.", ("ORGANIZATION", "Tsegaye")),
    ("He drove for Kowalski Logistics and Ndlovu Transport.", ("ORGANIZATION", "Ndlovu Transport")),
])
def test_names_beside_a_body_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_a_paper_by_its_own_masthead_word(redactor_default):
    text = "And the Royal Gazette had a piece quoting the CEO saying the claims were paid."
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("name, expected", [
    ("the Royal Gazette", True), ("Royal Gazette", True),
    # a town's paper, a person's, a firm's or a shop's
    ("the Nuneaton Herald", False), ("Anna Gazette", False), ("Kowalski News", False),
    ("Sunrise Post", False), ("Acme Trading Bulletin", False),
])
def test_a_paper_name_before_a_papers_word(name, expected):
    from redactor.detect.filters import SpanFilters

    assert SpanFilters.is_news_outlet(name) is expected


def test_america_is_public(redactor_default):
    assert _found(redactor_default, ">> he said he can't do much because facebook is in america") == []
    assert _found(redactor_default, "We sold the cells to a buyer in America, through a trader.") == []


def test_a_person_named_america_stays_found(redactor_default):
    assert ("PERSON", "America") in _found(redactor_default, "My cousin America said no to the contract.")

"""Employers found whole (round 11): a firm's kind said before its name, a firm's trade and
branch after it; exact spans and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_kinds import find_firms_by_kind, is_kind
from tests.mention_helpers import grown_mention


def _firms(text: str, caseless: bool) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_by_kind(text, flags)]


_grown = grown_mention


@pytest.mark.parametrize("text, caseless, expected", [
    ("i work at cablerie du nord since 2015", True, ["cablerie du nord"]),
    ("the bus of transports amal was late again", True, ["transports amal"]),
    ("he drives for transportes ruiz in the north", True, ["transportes ruiz"]),
    ("i worked at empresa pesquera san lucas on the boats", True, ["empresa pesquera san lucas"]),
    ("i sold phones at comercial lópez selling phones", True, ["comercial lópez"]),
    ("she works for groupe akwaba now", True, ["groupe akwaba"]),
    ("He was a foreman at Constructora Andina.", False, ["Constructora Andina"]),
    ("My boss at Inversiones Mar Azul never paid us.", False, ["Inversiones Mar Azul"]),
    ("Transportes El Sol paid us late.", False, ["Transportes El Sol"]),
    ("I was a clerk at Établissements Koné in Bouaké.", False, ["Établissements Koné"]),
    ("We bought bread at the Boulangerie Dupont every day.", False, ["Boulangerie Dupont"]),
])
def test_a_firm_s_kind_before_its_name_is_found_with_it(text, caseless, expected):
    assert _firms(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("i went to the bank with amal", True),                 # a person after "with"
    ("she works for a transport company", True),            # an English kind after its name
    ("the company transports amal to school", True),        # "transports" a verb, no cue before it
    ("i went with valerie dupont to the market", True),     # a given name in "-erie" is no workshop
    ("they had a brasserie in town", True),                 # the kind alone, no name after it
    ("i work at transportes in the north", True),           # a function word is no name
    ("I sold phones at Comercial del.", False),             # a joiner alone is no name
    ("I sold phones at Comercial lópez.", False),           # a line with capitals: a lower-case word is no name
])
def test_no_firm_without_a_kind_a_cue_and_a_name(text, caseless):
    assert _firms(text, caseless) == []


def test_a_kind_english_says_needs_a_cue_before_it():
    assert _firms("Transports Amal paid us late.", False) == []   # "Transports" is an English word too
    assert _firms("I drove for Transports Amal.", False) == ["Transports Amal"]
    assert _firms("Société Benali paid us late.", False) == ["Société Benali"]


@pytest.mark.parametrize("word, expected", [
    ("cablerie", True), ("Câblerie", True), ("calzaturificio", True), ("société", True),
    ("valerie", False), ("lingerie", False), ("eerie", False), ("company", False),
])
def test_a_kind_word(word, expected):
    assert is_kind(word) is expected


@pytest.mark.parametrize("text, found, entity_type, expected", [
    # the model's person right after the kind, or its person that starts with the kind
    ("i drove the bus of transports amal for ten years", "amal", "PERSON", ("ORGANIZATION", "transports amal")),
    ("i work at cablerie du nord since 2015", "cablerie du nord", "PERSON", ("ORGANIZATION", "cablerie du nord")),
    ("He was a foreman at Constructora Andina.", "Constructora Andina", "PERSON",
     ("ORGANIZATION", "Constructora Andina")),
    ("i worked at empresa pesquera san lucas", "san lucas", "LOCATION", ("ORGANIZATION", "empresa pesquera san lucas")),
    # a person after "with", and a kind English says with no cue, stay as found
    ("i went to the bank with amal", "amal", "PERSON", ("PERSON", "amal")),
    ("the company transports amal to school", "amal", "PERSON", ("PERSON", "amal")),
])
def test_the_model_s_name_after_a_kind_is_the_firm(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("i was a loan officer at kashf microfinance bank", "kashf microfinance", "ORGANIZATION",
     ("ORGANIZATION", "kashf microfinance bank")),
    ("I was a loan officer at Kashf Microfinance Bank Alipur branch.", "Kashf Microfinance Bank", "ORGANIZATION",
     ("ORGANIZATION", "Kashf Microfinance Bank Alipur branch")),
    ("i was a loan officer at kashf microfinance bank alipur branch", "kashf", "ORGANIZATION",
     ("ORGANIZATION", "kashf microfinance bank alipur branch")),
    ("we borrowed from umoja sacco last year", "umoja", "ORGANIZATION", ("ORGANIZATION", "umoja sacco")),
    ("i worked at amani finance", "amani", "PERSON", ("ORGANIZATION", "amani finance")),
    ("i saved with nyota credit union in eldoret", "nyota", "ORGANIZATION",
     ("ORGANIZATION", "nyota credit union")),
    ("she was a teller at the tema branch of akwaba bank", "tema branch", "ORGANIZATION",
     ("ORGANIZATION", "tema branch of akwaba bank")),
    ("She was a teller at the Tema branch of Akwaba Bank in Accra.", "Tema branch", "ORGANIZATION",
     ("ORGANIZATION", "Tema branch of Akwaba Bank")),
])
def test_a_firm_takes_its_trade_and_its_branch(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("i took a loan from kashf microfinance", "kashf microfinance", "PERSON", ("ORGANIZATION", "kashf microfinance")),
    ("we borrowed from umoja sacco last year", "umoja sacco", "PERSON", ("ORGANIZATION", "umoja sacco")),
    ("we borrowed from umoja sacco last year", "umoja sacco", "LOCATION", ("ORGANIZATION", "umoja sacco")),
    ("He works at Kasai Mining in Kolwezi.", "Kasai Mining", "LOCATION", ("ORGANIZATION", "Kasai Mining")),
    # a surname of the name lists, a person in capitals; a place before a word that is no trade
    ("We read about Nicola Sacco in school.", "Nicola Sacco", "PERSON", ("PERSON", "Nicola Sacco")),
    ("we stayed near kisumu town for a week", "kisumu town", "LOCATION", ("LOCATION", "kisumu town")),
])
def test_a_name_the_model_found_that_ends_with_a_firm_s_trade(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found", [
    ("i asked at the tema branch of the bank for a loan", "tema branch"),   # "of the bank" names no firm
    ("I paid Kovra every branch visit.", "Kovra"),                          # no trade before "branch"
    ("kashf bank every branch was shut", "kashf bank"),                     # "every" is no place
    ("i told amal bank fees were high", "amal"),                            # "bank" makes no person a firm
])
def test_no_branch_or_bank_where_none_is_named(text, found):
    entity_type = "PERSON" if found == "amal" else "ORGANIZATION"
    assert _grown(text, found, entity_type) == (entity_type, found)


@pytest.mark.parametrize("text, expected", [
    ("i took a loan from kashf microfinance bank", [("ORGANIZATION", "kashf microfinance bank")]),
    ("I took a loan from Kashf Microfinance Bank.", [("ORGANIZATION", "Kashf Microfinance Bank")]),
    ("we borrowed from umoja sacco last year", [("ORGANIZATION", "umoja sacco")]),
    ("she saved with our credit union", []),
])
def test_a_microfinance_bank_or_a_sacco_through_a_run(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == expected


def test_whole_names_through_a_run(redactor_default):
    text = ("i work at cablerie du nord since 2015\n"
            "i went to the bank with amal\n")
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("ORGANIZATION", "cablerie du nord") in found
    assert ("PERSON", "amal") in found

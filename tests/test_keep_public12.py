"""Public facts kept by their form (round 12): local administrations in other languages, central
banks named by their country, a region's or a big city's hospital by its tier or its acronym, a
news site said by its bare domain (a caption's broadcaster: tests/test_keep_outlets.py), a union's acronym beside its
union word and dotted acronyms, a profession's national organisation, national days, regions by
their word in other languages, a name said "on" a platform, and the round's broadcasters,
companies and banks of rules/public.yaml.  Near misses stay found: a small town's body or
hospital, a bank named by a given name, a personal web address, a person named "Day", a firm's
acronym with no union word."""

from __future__ import annotations

import pytest


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text", [
    "then the district hokimiyat called my boss",
    "I went to the Akimat and they sent me to the mairie.",
    "We asked the Municipalidad de Lima for help.",
    "My savings were frozen by the Banque du Liban in those years.",
    "The Banco Central de Venezuela changed the rate.",
    "The Banco de España fined them.",
    "She was taken to Western Provincial Hospital after the fall.",
    "she was admitted to Kisumu Regional Referral Hospital that night",
    "They brought him to KBC Split by helicopter.",
    "He was treated at the CHU de Nantes.",
    "I read it on Novosti.rs and on Index.hr the next day.",
    "Index.hr published the photos.",
    "The union, UATRE, sent a lawyer to us, and later UATRE closed the case.",
    "C.CAWDU organised the garment workers.",
    "The Nurses' Organisation called a strike.",
    "We met on Kenyatta Day in the square.",
    "Heroes' Day was quiet that year.",
    "I grew up in jizzakh region and moved to Fergana oblast, then Samarqand province.",
    "I was born in Jizzax viloyati.",
    "the story ran on NRK, YLE and SVT",
    "Suncor and Cenovus cut jobs in the oil sands.",
    "I spoke to Transparency International in those years.",
])
def test_public_by_form_or_list_is_kept(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[0] not in {"OCCUPATION", "DATE"}] == []


@pytest.mark.parametrize("text, found", [
    ("We asked the Municipalidad de San Isidro for help.", ("ORGANIZATION", "Municipalidad de San Isidro")),
    ("He was treated at Kapiri Provincial Hospital.", ("ORGANIZATION", "Kapiri Provincial Hospital")),
    ("He wrote anton.bykov on the form and left. Visit example.by today.", ("URL", "example.by")),
    ("My friend Anna Day came to the market.", ("PERSON", "Anna Day")),
    ("I called Nurlan on WhatsApp.", ("PERSON", "Nurlan")),            # the name, not the platform
    ("then gulnara on facebook wrote that the boss knew", ("PERSON", "gulnara")),
])
def test_near_misses_stay_found(redactor_default, text, found):
    assert found in _found(redactor_default, text)


def test_a_given_name_after_bank_of_is_no_countrys_bank():
    from redactor.detect.filters import SpanFilters

    filters = SpanFilters()
    assert filters.is_public_body("the Banque du Liban") and filters.is_public_body("Bank of Kigali")
    assert not filters.is_public_body("the Bank of Anna")


def test_a_union_acronym_is_public_only_beside_its_union_word():
    from redactor.detect.public_kinds import union_acronyms

    assert union_acronyms("The union, UATRE, sent a lawyer. UATRE won.") == frozenset({"uatre"})
    assert union_acronyms("We joined the SINTRAL union. C.CAWDU, the garment workers' union, too.") == \
        frozenset({"sintral", "c.cawdu"})
    assert union_acronyms("The company, MKTL, fired us all.") == frozenset()
    assert union_acronyms("The union met. Later MKTL fired us all.") == frozenset()


def test_a_bare_domain_is_an_outlet_only_said_as_one():
    from redactor.detect.filters import SpanFilters
    from redactor.model import Mention

    def domain(text, word):
        start = text.index(word)
        return SpanFilters.is_outlet_domain(text, Mention(start, start + len(word), "URL", 0.9, "UrlRecognizer", word))

    assert domain("I read it on Novosti.rs last week.", "Novosti.rs")
    assert domain("The story was published on kurir.rs first.", "kurir.rs")
    assert not domain("Visit example.by today.", "example.by")
    assert not domain("He sent it from anna.kowalska.pl yesterday.", "anna.kowalska.pl")   # a path of names
    assert not domain("My shop is on Anna.com now.", "Anna.com")                         # a person's name

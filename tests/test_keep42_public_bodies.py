"""Public facts kept in round 42.

- A public body named in its own language by the head word of the maintained list
  (``redactor/data/body_heads.txt``): ministries, inspectorates, state agencies and boards,
  rescue and civil protection services, a region's departments, police forces and China's
  bureaus in pinyin ("Tööinspektsioon", "Consellería do Mar", "Salvamento Marítimo", "the
  polsek", "huanbao ju"); a person's name, a title before a name and a small place's body stay
  found.
- A village the model ran on into its region after a comma ("Klesiv, Rivne Oblast"): the
  village stays found, the region is kept.
- Indonesia's state bodies by their short names and more mobile-money services are in the keep
  list ("kpai", "Bawaslu", "t-kash"); a person named like one stays found.
"""

from __future__ import annotations

import re

import pytest

from redactor.model import Mention
from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


# ---------------------------------------------------------------- bodies by their head word

@pytest.mark.parametrize("text", [
    # the forms of the design sets
    "The helicopter of Salvamento Marítimo found him after two hours. He lives.",
    "I wrote to the Consellería do Mar inspectors with photos. The file came back.",
    "The Päästeamet put it out after two days. Nobody from the Tööinspektsioon has been.",
    "huanbao ju comes, we close",
    "she went to the polsek, the report is not there",
    "In Hungary the Katasztrófavédelem came after the fire.",
    # forms no design set has: a Spanish region's department, civil protection in Spanish and
    # Italian, a harbour master's office, another of Russia's supervisors, China's police and
    # labour bureaus, Indonesia's regional police commands, an Estonian ministry
    "We complained to the Consejería de Sanidad and then to Protección Civil.",
    "I called the Protezione Civile and the Capitaneria di Porto.",
    "The Rostekhnadzor inspectors came in March.",
    "the gongan ju took his phone and the laodong ju said it was not their business",
    "he went to the polres and then to the polda",
    "the Sotsiaalministeerium did not answer",
    # a caption drops the accents
    "i wrote to the conselleria de sanidade and to salvamento maritimo, and the tooinspektsioon came",
])
def test_a_body_named_by_its_head_word_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    # a person whose name ends or holds a head's letters, or is a bureau's word alone
    ("I met Slamet Riyadi at the market.", ("PERSON", "Slamet Riyadi")),
    ("My cousin Ju Wei works at the port.", ("PERSON", "Ju Wei")),
    ("Her husband Ting Li drives the bus.", ("PERSON", "Ting Li")),
    # a town whose name ends as a body's word of another language does
    ("We stayed two weeks in Mazamet with my aunt.", ("LOCATION", "Mazamet")),
    ("My uncle Muhamet Krasniqi drove us.", ("PERSON", "uncle Muhamet Krasniqi")),
    # an inspector is a person with a title, not the inspectorate
    ("Inspektor Nowak wrote the report.", ("PERSON", "Inspektor Nowak")),
    # a region's department of a small town names the town
    ("The Consellería de Lalín sent a letter.", ("ORGANIZATION", "Consellería de Lalín")),
])
def test_a_person_or_a_small_places_body_stays_found(redactor_default, text, found):
    assert found in _names(redactor_default, text)


def test_the_heads_file_reads_compounds_and_accents():
    from redactor.detect.body_words import body_heads_pattern

    pattern = body_heads_pattern("# a comment\n-inspektsioon\nprotección civil\n")
    heads = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    assert [bool(heads.fullmatch(w)) for w in ("Tööinspektsioon", "Tooinspektsioon", "proteccion  civil", "Protección Civil")] == \
        [True, True, True, True]
    # a compound needs three letters before its end; a comment is no head
    assert [bool(heads.search(w)) for w in ("Töinspektsioon", "inspektsioon", "a comment", "protección")] == \
        [False, False, False, False]


# ---------------------------------------------------------------- a village, then its region

def _model(text, span, kind="ORGANIZATION"):
    at = text.index(span)
    return Mention(start=at, end=at + len(span), entity_type=kind, score=0.85, detector="SpacyRecognizer", text=span)


def _public(name):
    return name in {"Rivne Oblast", "Odesa Region", "Ukraine", "Paris", "Texas"}


@pytest.mark.parametrize("text, span, kind, left", [
    ("in the forest past Klesiv, Rivne Oblast.", "Klesiv, Rivne Oblast", "ORGANIZATION", "Klesiv"),
    ("a village past Bolhrad, Odesa Region, Ukraine.", "Bolhrad, Odesa Region, Ukraine", "LOCATION", "Bolhrad"),
    # left as found: the first part public too, the last part no public place, a person
    ("we drove to Paris, Texas.", "Paris, Texas", "LOCATION", "Paris, Texas"),
    ("the Ministry of Trade, Industry and Labour", "Ministry of Trade, Industry and Labour", "ORGANIZATION",
     "Ministry of Trade, Industry and Labour"),
    ("past Klesiv, Sarny", "Klesiv, Sarny", "LOCATION", "Klesiv, Sarny"),
    ("Bohdan, Ukraine", "Bohdan, Ukraine", "PERSON", "Bohdan, Ukraine"),
])
def test_a_models_name_ends_before_the_public_place_after_its_comma(text, span, kind, left):
    from redactor.detect.comma_edges import cut_before_public_places

    (cut,) = cut_before_public_places([_model(text, span, kind)], _public)
    assert (cut.text, text[cut.start:cut.end]) == (left, left)


@pytest.mark.parametrize("text, place", [
    ("DIGGER: Two men with a motor pump and a hose. You push the water into the sand and the amber floats up. "
     "I have done it since 2013, in the forest past Klesiv, Rivne Oblast.", "Klesiv"),
    ("We lived in a village past Bolhrad, Odesa Region, until the war.", "Bolhrad"),
])
def test_the_village_stays_found_and_its_region_is_kept(redactor_default, text, place):
    names = _names(redactor_default, text)
    assert [name for _, name in names] == [place]


# ---------------------------------------------------------------- the keep list's new names

@pytest.mark.parametrize("text", [
    "player: he said nobody went to kpai, nobody went to the komnas ham",
    "I also sent a report to the Ombudsman RI office and to Bawaslu.",
    "he pays us on t-kash from the client",
])
def test_indonesias_bodies_and_mobile_money_are_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


def test_a_person_named_like_a_service_stays_found(redactor_default):
    assert ("PERSON", "Kash Patel") in _names(redactor_default, "My friend Kash Patel sent it.")

"""Public facts kept by form (round 18): a news outlet said in a list with another outlet or as
where a journalist came from, a paper's word without its accents or in a German compound, a
masthead word after another language's article, a ministry's portfolios in a list or with a
word that is also a surname, a country of several words taken for a person, and a hospital by
its state tier in other languages ("People's Hospital", a faculty hospital, a Swedish
"lasarett").  Near misses stay found: a person or a firm in such a list, the speaker's own
outlet, a town after "a journalist from", the speaker's own hospital, a person named in a
court's name."""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


@pytest.mark.parametrize("text", [
    # an unknown name in one breath with a kept broadcaster or an outlet by its form
    "Maybe the BBC or Nordwacht will write about the mine.",
    "Maybe Nordwacht or the BBC will write about the mine.",
    "And do not tell Le Progressiste or Radio Sol anything.",
    "Nordwacht or the Bergener Wochenzeitung could look into the contracts.",
    # a journalist who came from an outlet
    "A journalist from Semana Abierta came to the market on Friday.",
    "Then the reporter from Vozdar came to the gate.",
])
def test_an_outlet_in_a_list_or_after_a_journalist_from_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    # a person in the list is still a person
    ("Maybe the BBC or Anna will write about the mine.", ("PERSON", "Anna")),
    # the speaker's own outlet is their employer
    ("I am a reporter from Semana Abierta and I saw it.", ("PERSON", "Semana Abierta")),
])
def test_a_person_or_the_speakers_outlet_stays_found(redactor_default, text, found):
    assert found in _names(redactor_default, text)


def test_a_firm_beside_a_kept_company_without_any_word_of_the_press_stays_found(redactor_default):
    names = _names(redactor_default, "We sew for Primark or Bellatex, the order was late.")
    assert any("Bellatex" in value for _, value in names)


@pytest.mark.parametrize("text", [
    # a paper's word written without its accents, a German compound of the daily's word, and a
    # masthead word after a German article
    "i want denik tydne to write about it",
    "Then the Bergische Tageszeitung wrote a short piece.",
    "Only La Nation wrote it, nobody else.",
])
def test_a_papers_word_without_accents_or_in_a_compound_is_an_outlet(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    # the rest of a ministry's name after its listed portfolios
    "I sent the letters to the Ministry of Fisheries, Forestry and Labour as well.",
])
def test_a_ministrys_name_the_model_cut_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


def test_a_person_after_a_courts_of_stays_found(redactor_default):
    names = _names(redactor_default, "She took it to the court of Anna Kowalska in the end.")
    assert any("Anna" in value for _, value in names)


@pytest.mark.parametrize("text", [
    "They brought the old man to Kaifeng People's Hospital by bus.",
    "My father was treated at Lindholm lasarett last spring.",
])
def test_a_hospital_by_its_state_tier_in_other_languages_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


def test_the_speakers_own_hospital_stays_found(redactor_default):
    names = _names(redactor_default, "I work as a cleaner at Lindholm lasarett since 2019.")
    assert any("Lindholm" in value for _, value in names)


def test_a_list_asked_to_publish_is_a_list_of_outlets(redactor_default):
    names = _names(redactor_default, "I want Tiempo Claro or Voz Libre to publish it. I want Anna or Maria to publish it.")
    assert names == [("PERSON", "Anna"), ("PERSON", "Maria")]


@pytest.mark.parametrize("text", [
    # a district's administration by its Tajik or Turkmen word, said alone
    "we asked the hukumat for a permit twice and waited.",
    "then the hakimlik sent a letter about the new road.",
    # a first-level region with its Turkmen region word
    "we drove to lebap welayaty and back.",
])
def test_a_local_administration_or_a_region_by_its_own_languages_word_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    # a testing and inspection major's auditor, and systemically important banks of more supervisors
    ">> the inspector was from intertek, a man with a tablet",
    "We bank with Swedbank and Handelsbanken.",
    # international humanitarian organisations of the documented list
    "The blankets came from Mercy Corps, and later Habitat for Humanity built the roofs.",
])
def test_companies_of_the_documented_lists_are_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    # a body whose name starts with a rank's word; a country's Red Cross in other languages; an
    # ombudsman office by its Spanish and Slovak words
    "Then I wrote to the General Inspectorate for Emergencies about the fire.",
    "Volunteers of the Cruz Roja brought water.",
    "We asked the Comisionada Parlamentaria for a visit next year.",
    "<v jana>we went to the verejny ochranca prav after that",
])
def test_more_public_bodies_by_their_words_are_kept(redactor_default, text):
    assert _names(redactor_default, text) == []

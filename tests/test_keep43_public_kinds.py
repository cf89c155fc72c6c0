"""Public facts kept in round 43.

- A public body by its head word in more languages (``redactor/data/body_heads.txt``):
  Vietnam's ministries and departments ("Sở Lao động", "Bộ Y tế"), Japan's and Korea's public
  offices romanised ("the hokenjo", "the zeimusho", "bogeonso"), a state's councils and its
  harbour master ("Consejo Regulador del Mezcal", "la Capitanía"), Turkey's presidencies and
  South Asia's courts and district councils ("shromo adalat", "zila parishad"); a name list's
  word inside such a head ("Lao" of "Bộ Lao động") is the head's.  A person and a workshop
  named with the same letters stay found.
- Latin America's ministries and services by their portmanteau names ("MINTRAB",
  "Sernapesca") are in the keep list; a person named "Sena" stays found.
- The Persian new year by its other spellings ("navruz", "newroz"), Bhutan's tshechu, and a
  holiday with the event held on it ("the navruz game", "the Eid prayers"); "Novruz" is a
  given name too.
- A public service's short number by its hotline's word ("the 1955 hotline", "the helpline
  1098"); a room's number, a phone or a year stays found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text", [
    # the forms of the design sets
    "The Sở Lao động sends letters. Nobody comes.",
    "The Consejo Regulador del Mezcal came in May, and the maestro showed them the other palenque.",
    "swimming. the Capitanía took that.",
    "the hokenjo asked the family where he had bathed",
    "the lawyer filed at the shromo adalat, the case is still open.",
    # forms no design set has: another Vietnamese ministry and department, captions without
    # the accents, Japan's tax office and labour ministry, Korea's health centre, Brazil's
    # harbour master, a national council, Turkey's migration presidency, India's courts and a
    # district council
    "we went to the Bộ Lao động and then the Sở Y tế",
    "the so lao dong sent nobody and the cong an came",
    "then the zeimusho wrote and the kosei rodosho did nothing",
    "the bogeonso checked the kitchen",
    "A Capitania dos Portos levou o barco.",
    "The Consejo Nacional de Salud sent a letter.",
    "The Göç İdaresi Başkanlığı took our papers.",
    "we went to the lok adalat and then the zila parishad office",
])
def test_a_body_named_by_its_head_word_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    # a person named with a head's word, a title before a name, a person named like an agency
    ("Bà Bộ told me about it.", ("PERSON", "Bà Bộ")),
    ("My cousin Ju Wei works at the port.", ("PERSON", "Ju Wei")),
    ("I called my cousin Sena Mensah yesterday.", ("PERSON", "Sena Mensah")),
    # a harbour master's office named with its small port names the port
    ("The Capitanía de Puerto de Tomé sent a man.", ("ORGANIZATION", "Capitanía de Puerto de Tomé")),
])
def test_a_person_or_a_small_places_body_stays_found(redactor_default, text, found):
    assert found in _names(redactor_default, text)


@pytest.mark.parametrize("text", [
    "**Cuadrillera:** The MINTRAB has an office in the capital but they drive to the big house.",
    "swimming. Sernapesca and the navy took that.",
    # forms no design set has
    "The SENASA inspectors closed the packing shed.",
    "we complained to the MINSA and to SERNAC",
    "Source: DIGEPESCA checks only the size of the lobster tails.",
])
def test_an_agency_by_its_portmanteau_name_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    "source: the eleventh of march, at the navruz game in the next valley.",
    "We cook sumalak for Newroz and for Nauryz.",
    "After the Eid prayers we went home.",
    "They sold the goats at the Diwali fair.",
    "he was paid to lose the tshechu final, the archers said",
])
def test_a_holiday_and_its_event_are_kept(redactor_default, text):
    found = _found(redactor_default, text)
    assert not any(word in value.lower() for _, value in found
                   for word in ("navruz", "newroz", "nauryz", "eid", "diwali", "tshechu"))


def test_a_given_name_like_a_holiday_stays_found(redactor_default):
    assert ("PERSON", "Novruz Aliyev") in _names(redactor_default, "We met Novruz Aliyev at the market on Newroz.")


@pytest.mark.parametrize("text", [
    "We called the 1955 hotline about the ID cards and nothing.",
    "I called the 12345 hotline and wrote to the health commission.",
    # forms no design set has
    "She rang the helpline 1098 twice and nobody came.",
    "I reported it on the 1919 help line.",
])
def test_a_public_hotlines_short_number_is_kept(redactor_default, text):
    found = _found(redactor_default, text)
    assert not any(any(c.isdigit() for c in value) for _, value in found)


@pytest.mark.parametrize("text, value", [
    ("Her number is 0917 555 4410, she lives in room 1955.", "0917 555 4410"),
    ("Her number is 0917 555 4410, she lives in room 1955.", "room 1955"),
])
def test_a_number_without_a_hotlines_word_stays_found(redactor_default, text, value):
    assert value in [v for _, v in _found(redactor_default, text)]


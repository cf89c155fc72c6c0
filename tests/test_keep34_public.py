"""Public facts kept in round 34.

- A name with a country's name last and no body's word ("Greyhound Racing Ireland", "Immigration
  New Zealand") is a national body, also when the model found one word of it ("Greyhound"); a
  person's name before a country's ("Michael Ireland"), a name with a given name in it ("Hope
  Bridge Uganda"), a firm's trade before the country ("Moyo Logistics Kenya") and the speaker's
  employer stay found.
- A body named by the state itself ("the National Museum", "the State Revenue Committee") is
  kept; a club, a hotel, a firm, a part of a body and the speaker's employer stay found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


def _mention(text, span, kind="ORGANIZATION"):
    from redactor.model import Mention

    at = text.index(span)
    return Mention(start=at, end=at + len(span), entity_type=kind, score=0.85, detector="SpacyRecognizer", text=span)


def _national(text, span):
    from redactor.detect.national_bodies import is_national_body

    return is_national_body(text, _mention(text, span))


# ---------------------------------------------------------------- a country's name last

@pytest.mark.parametrize("text", [
    "**Reporter:** Did anyone from Greyhound Racing Ireland look at it?\n\n**Source:** No. Never.",
    "I rang Immigration New Zealand about the visa and they said wait.",
])
def test_a_name_with_the_countrys_name_last_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, span, kept", [
    ("Did anyone from Greyhound Racing Ireland look at it?", "Greyhound", True),
    ("Did anyone from Greyhound Racing Ireland look at it?", "Greyhound Racing Ireland", True),
    ("I rang Immigration New Zealand twice.", "Immigration New Zealand", True),
    ("Two men from the Australian Border Force came on board.", "Australian Border Force", True),
    ("The Guyana Police Force never wrote back.", "Guyana Police Force", True),
    ("The Bweyale police post was closed that night.", "Bweyale police post", False),
    ("did anyone from greyhound racing ireland look at it", "greyhound racing ireland", True),
    # a person's name, a given name in the name, a firm's trade, the speaker's employer
    ("My neighbour Michael Ireland came round.", "Michael Ireland", False),
    ("Then Mr Jordan came to the depot.", "Jordan", False),
    ("I was born in Gulu Uganda, in the north.", "Gulu Uganda", False),
    ("I was born in Gulu Uganda, in the north.", "Gulu", False),
    ("President Chad Moyo spoke first.", "President Chad", False),
    ("Hope Bridge Uganda paid me for two months.", "Hope Bridge Uganda", False),
    ("We booked the trip with Moyo Logistics Kenya.", "Moyo Logistics Kenya", False),
    ("I have worked for Greyhound Racing Ireland since May.", "Greyhound Racing Ireland", False),
    # a country alone, or a body's branch
    ("She moved to New Zealand.", "New Zealand", False),
    ("The Immigration New Zealand office in Suva closed.", "Immigration New Zealand office", False),
])
def test_a_country_named_last(text, span, kept):
    assert _national(text, span) is kept


@pytest.mark.parametrize("text, found", [
    ("My neighbour Michael Ireland came round with the dog.", ("PERSON", "Michael Ireland")),
    ("Hope Bridge Uganda paid me for two months.", ("PERSON", "Hope Bridge Uganda")),
])
def test_near_misses_of_a_country_named_last_stay_found(redactor_default, text, found):
    assert found in _names(redactor_default, text)


# ---------------------------------------------------------------- a body named by the state

@pytest.mark.parametrize("text", [
    "The chalice went to the National Museum in the end, they have it in a case.",
    "The State Revenue Committee fined us twice that year.",
    "The National Center for Wildlife sent two vets on the Monday.",
    "so i wrote to the national privacy commission and nothing",
])
def test_a_body_named_by_the_state_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, span, kept", [
    ("He served twelve years in the Central Prison.", "Central Prison", True),
    ("I wrote to the National Society of Master Thatchers.", "National Society of Master Thatchers", True),
    # a club, a hotel, a firm, a part of a body, the speaker's employer
    ("We played for Royal Talents FC on Sundays.", "Royal Talents FC", False),
    ("We stayed at the Royal Hotel near the port.", "Royal Hotel", False),
    ("He works at National Tyres Ltd now.", "National Tyres Ltd", False),
    ("They held him at the State Police station overnight.", "State Police station", False),
    ("I have worked at the National Museum for six years.", "National Museum", False),
])
def test_a_body_named_by_the_state(text, span, kept):
    assert _national(text, span) is kept


@pytest.mark.parametrize("text, found", [
    ("We played for Royal Talents FC on Sundays.", ("ORGANIZATION", "Royal Talents FC")),
    ("He works at National Tyres Ltd now.", ("ORGANIZATION", "National Tyres Ltd")),
])
def test_near_misses_of_a_body_named_by_the_state_stay_found(redactor_default, text, found):
    assert found in _names(redactor_default, text)

"""Employers and work units said by what the sentence says of them (round 27): a firm named
right before its kind ("i haul for brenmoor trans cargo, a family firm"), a guessed name grown
over what the firm deals in and the word that closes its name ("brenvola snacks limited"), and the
part of a workplace said after one's job ("I'm a shift lead in the bottling room").  Exact spans
and near misses, through the finders, the organisation edges and a whole Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_appositions import find_firms_before_their_kind
from tests.mention_helpers import grown_mention


def _before_kind(text: str, caseless: bool) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_before_their_kind(text, flags)]


@pytest.mark.parametrize("text, caseless, expected", [
    ("i haul for brenmoor trans cargo, a family firm with nine vans.", True, ["brenmoor trans cargo"]),
    ("i clean for brenmoor home services, that's a cleaning agency, offices mostly", True,
     ["brenmoor home services"]),
    ("mostly at kelvane timber yards, the sawmill. i grade the logs", True, ["kelvane timber yards"]),
    ("Mostly at Kelvane Timber Yards, the sawmill.", False, ["Kelvane Timber Yards"]),
    ("We buy from Brenmoor Home Supplies, it's a wholesale business.", False, ["Brenmoor Home Supplies"]),
    # a name said as a clause of its own
    ("Kelvane Freight, a small firm, pays late.", False, ["Kelvane Freight"]),
    ("brenvola staffing, tiny agency, they pay weekly", True, ["brenvola staffing"]),
    # after a possessive, and a kind that says where it is
    ("we sell the wool of our brenmoorkunta, the sheep cooperative near the lake", True, ["brenmoorkunta"]),
])
def test_a_firm_named_before_its_kind_is_found_whole(text, caseless, expected):
    assert _before_kind(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("I was born in Dorby, a farm town.", False),               # "in": a place, not an employer
    ("I work at Leeds, a big hospital there.", False),          # a place the gazetteer knows
    ("I asked Maria, the company nurse.", False),               # a given name; the kind goes on
    ("they sold brenmoor, the company", True),                  # after a verb
    ("I know Kelvane, the company boss.", False),               # the kind says whose boss
    ("Yesterday, the company said no.", False),                 # a common word alone
    ("i met him at the market, the company was closed", True),  # a clause goes on after the kind
    ("Not Brenvola, the company.", False),                      # "not" before it
    ("we worked at big farm, a company", True),                 # common words only
    ("I was with Brenvola, the power company.", False),         # a utility is a public body
    ("the museum of kelvair, the heritage association", True),  # an association is as often public
])
def test_no_firm_before_a_kind_without_a_name_where_a_firm_is_said(text, caseless):
    assert _before_kind(text, caseless) == []


_grown = grown_mention


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("we pack crisps for brenvola snacks limited. nights only", "brenvola", "ORGANIZATION",
     ("ORGANIZATION", "brenvola snacks limited")),
    ("my agency is dorvalla ship services, near the port", "dorvalla", "ORGANIZATION",
     ("ORGANIZATION", "dorvalla ship services")),
    ("the mill is brenvik ostara rice company, near the river", "brenvik ostara", "PERSON",
     ("ORGANIZATION", "brenvik ostara rice company")),
    ("she rents vans from kelvori cargo service. cheap ones", "kelvori", "LOCATION",
     ("ORGANIZATION", "kelvori cargo service")),
    ("She signed with Dorvan Ship Services in May.", "Dorvan", "PERSON", ("ORGANIZATION", "Dorvan Ship Services")),
    # a small place before a firm's trade is the firm named after it
    ("his boat is licensed with kelmorra fisheries, out of the bay", "kelmorra", "LOCATION",
     ("ORGANIZATION", "kelmorra fisheries")),
])
def test_a_guessed_name_takes_what_the_firm_deals_in_and_its_closing_word(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type", [
    ("i told anna customer services would call", "anna", "PERSON"),    # a verb follows the closing word
    ("I told John and the company paid.", "John", "PERSON"),            # a function word between
    ("Dorvan Ship services, they said.", "Dorvan", "PERSON"),           # the closing word not in the name's case
])
def test_no_bridge_without_a_plain_word_and_a_closing_word_that_ends_the_name(text, found, entity_type):
    assert _grown(text, found, entity_type) == (entity_type, found)


def _units(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "WORK_UNIT"]


@pytest.mark.parametrize("text, expected", [
    ("I'm a shift lead in the bottling room at the plant.", ["bottling room"]),
    ("I am a lab technician in the soil sampling laboratory. Every bag is weighed.",
     ["soil sampling laboratory"]),
    ("she's a moderator on the appeals queue, nights.", ["appeals queue"]),
])
def test_the_part_of_a_workplace_said_after_one_s_job(redactor_default, text, expected):
    assert _units(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "i was a guest in the living room",          # a home's room
    "He is a nurse in the same ward.",           # which ward is not said
    "I'm a cook in the office.",                 # the part by its kind alone
    "I was a child in the big house.",           # no part of a workplace
])
def test_no_unit_after_a_job_without_a_named_part(redactor_default, text):
    assert _units(redactor_default, text) == []

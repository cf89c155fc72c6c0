"""A firm's or a temple's kind said before its name (round 33): a joiner right after the kind
("Pêcheries du Cap Vert"), the name ending at a full stop, and the kind right before a name a
detector found taking that name whole ("wat | pa sri mueang"); exact spans and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_kinds import find_firms_by_kind
from tests.mention_helpers import caption_spans, grown_mention


def _firms(text: str, caseless: bool) -> list[str]:
    return caption_spans(find_firms_by_kind, text, caseless)


@pytest.mark.parametrize("text, caseless, expected", [
    # a joiner right after the kind, then the name
    ("I'm a quality controller at the plant in Miquelon, for Pêcheries du Cap Vert. Snow crab in season.", False,
     ["Pêcheries du Cap Vert"]),
    ("He drove for Transportes de la Costa until 2019.", False, ["Transportes de la Costa"]),
    # the name ends at a full stop; an abbreviation's dot stays inside
    ("I was at Groupe Akwaba. Kofi said so.", False, ["Groupe Akwaba"]),
    ("i worked at groupe akwaba. kofi said", True, ["groupe akwaba"]),
    ("I was a clerk at Ets. Koné in Bouaké.", False, ["Ets. Koné"]),
])
def test_a_kind_then_a_joiner_then_the_name(text, caseless, expected):
    assert _firms(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("I sold phones at Comercial del.", False),           # a joiner alone is no name
    ("I sold phones at Comercial de la.", False),
    ("He works for Transportes de la costa.", False),     # a lower-case word on a line with capitals
])
def test_a_joiner_with_no_name_after_it_is_no_firm(text, caseless):
    assert _firms(text, caseless) == []


@pytest.mark.parametrize("text, found, entity_type, expected", [
    # the model's name right after a kind, whatever its words
    ("where are you now? i don't go to wat pa sri mueang anymore. i help my sister", "pa sri mueang", "PERSON",
     ("ORGANIZATION", "wat pa sri mueang")),
    ("yes. i am the lay steward at wat pa sri mueang, in ko kha", "pa sri mueang", "PERSON",
     ("ORGANIZATION", "wat pa sri mueang")),
    ("My father is a granthi at Gurdwara Singh Sabha in Southall.", "Singh Sabha", "PERSON",
     ("ORGANIZATION", "Gurdwara Singh Sabha")),
    ("He teaches at the masjid al-noor on weekends.", "al-noor", "LOCATION", ("ORGANIZATION", "masjid al-noor")),
])
def test_a_kind_right_before_the_model_s_name_is_the_firm(text, found, entity_type, expected):
    assert grown_mention(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type", [
    ("i went to wat with somchai", "somchai", "PERSON"),              # a word between the kind and the name
    ("we went to the masjid with Yusuf", "Yusuf", "PERSON"),
    ("the company transports amal to school", "amal", "PERSON"),     # a kind English says, no cue
    ("she said wat anna told her", "anna", "PERSON"),                  # no cue before "wat"; a given name
])
def test_no_firm_where_the_kind_does_not_open_the_name(text, found, entity_type):
    assert grown_mention(text, found, entity_type) == (entity_type, found)


def test_through_a_run(redactor_default):
    text = ("where are you now? i don't go to wat pa sri mueang anymore. i help my sister sell noodles\n"
            "I'm a quality controller for Pêcheries du Cap Vert. Snow crab in season.\n")
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("ORGANIZATION", "wat pa sri mueang") in found
    assert ("ORGANIZATION", "Pêcheries du Cap Vert") in found
    assert not any("Snow" in t for _, t in found)


def test_a_conjunction_after_the_kind_opens_no_name():
    # "y" joins two kinds of a public body's name, no firm's name starts with it
    assert _firms("I sent photos to the\nDirección Nacional de Farmacia y Drogas at MINSA.", False) == []


@pytest.mark.parametrize("text, found, entity_type, expected", [
    # where one works, plays or trains: the nouns after the name say what the place is
    ("2\n00:00:02,610 --> 00:00:08,430\nyeah i'm a phlebotomist at biovida plasma on saunders street, like four years now",
     "biovida", "LOCATION", ("ORGANIZATION", "biovida plasma")),
    ("speaker 2: yeah, steersman actually, for bayan lepas dragons, um, seven years.", "bayan lepas", "PERSON",
     ("ORGANIZATION", "bayan lepas dragons")),
    ("i'm a caddie at vilamoura, at the pinhal velho course, twelve years", "pinhal velho", "LOCATION",
     ("ORGANIZATION", "pinhal velho course")),
    ("i moved down to killorglin so at ardmore house it's three years and four months now", "ardmore", "LOCATION",
     ("ORGANIZATION", "ardmore house")),
    ("She coaches at Harbourside Rowing Club in the summer.", "Harbourside", "ORGANIZATION",
     ("ORGANIZATION", "Harbourside Rowing Club")),
])
def test_the_nouns_after_a_workplace_s_name(text, found, entity_type, expected):
    assert grown_mention(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type", [
    ("i was at kibera yesterday with the boys", "kibera", "LOCATION"),         # a noun of when
    ("we cooked for kibera people every friday", "kibera", "LOCATION"),         # a noun of who
    ("i used to cook for maria sister", "maria", "PERSON"),                      # one given name
    ("we stayed at kisumu for a week", "kisumu", "LOCATION"),                  # no noun after the name
    ("the bus from biovida plasma on saunders street", "biovida", "LOCATION"),  # no "at" or "for" before
    ("i work at biovida plasma donations are paid", "biovida", "LOCATION"),    # the clause goes on with a verb
    ("I work at Biovida plasma on Saunders Street.", "Biovida", "LOCATION"),   # a lower-case noun on a cased line
])
def test_no_tail_where_no_workplace_is_named(text, found, entity_type):
    assert grown_mention(text, found, entity_type) == (entity_type, found)


def test_no_tail_after_everyday_words_or_an_answer():
    text = "okay so you work at the sugar mill yes, at the mill on miyako"
    assert grown_mention(text, "sugar mill", "ORGANIZATION") == ("ORGANIZATION", "sugar mill")
    assert grown_mention("i'm a nurse at ardmore yes, three years", "ardmore", "LOCATION") == ("LOCATION", "ardmore")


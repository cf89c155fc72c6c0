"""A small firm's name a detector found, grown over what the firm deals in after it (round 41):
"recycling", "lumber", "gems", "pearls", "fishing" end a firm's name as its trade, also in a
caption's lower case ("ruposhi recycling", "lentekhi lumber", "nawmawng gems", "marsters
pearls", "namib deep fishing"); exact spans and near misses."""

from __future__ import annotations

import pytest

from tests.mention_helpers import grown_mention


@pytest.mark.parametrize("text, found, entity_type, expected", [
    # the model's organisation in lower case takes the trade after it
    ("reporter: which yard\ncutter: ruposhi recycling, in sitakunda, the yard by the beach",
     "ruposhi", "ORGANIZATION", "ruposhi recycling"),
    ("9\n00:00:58,100 --> 00:01:02,600\n>> i'm stacking boards now at a sawmill in chiatura\nlentekhi lumber\n\n10\n",
     "chiatura\nlentekhi", "ORGANIZATION", "chiatura\nlentekhi lumber"),
    ("q: and before the trawler? a: i came from namib deep fishing. then the cannery for two years",
     "namib deep", "ORGANIZATION", "namib deep fishing"),
    # a place's or a person's name the model guessed, before the trade, is the firm named after it
    ("we pick on the dump of nawmawng gems near the river, the trucks tip at night",
     "nawmawng", "LOCATION", "nawmawng gems"),
    ("my uncle runs the farm in the lagoon, marsters pearls. i'm the head diver there",
     "marsters", "PERSON", "marsters pearls"),
])
def test_a_firm_s_name_takes_what_it_deals_in(text, found, entity_type, expected):
    assert grown_mention(text, found, entity_type) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found, entity_type", [
    ("we took george fishing on sunday, him and the boys", "george", "PERSON"),   # a person goes fishing
    ("i gave maria the pearls from the lagoon", "maria", "PERSON"),              # no trade right after the name
    ("We sold the hulls to Ruposhi recycling yards in Chittagong.", "Ruposhi", "ORGANIZATION"),  # lower case on a cased line
    ("the price at nawmawng went up, gems are scarce", "nawmawng", "LOCATION"),  # the trade not right after it
])
def test_no_trade_where_none_follows_the_name(text, found, entity_type):
    assert grown_mention(text, found, entity_type) == (entity_type, found)

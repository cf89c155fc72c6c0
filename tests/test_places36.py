"""Round 36: small places no list has, said in a lower-case caption.

- A word spelt with a letter English never writes ("søby", "ærø", "karsibór"), after a place
  preposition or "off": a village or an island below GeoNames' smallest towns (fresh35, fresh34).
- A market named without an article ("at bodija market"), as a street's name is; "the plantain
  market" says what is sold there.
- A street named after a town, said without an article ("on jhang road", as "Oxford Street"),
  is a street; "the kabul road" (with its article) is the route to a city and stays.
"""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.named_ways import find_named_ways
from redactor.detect.recognizers.places import find_lower_case_places


def _places(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


def _ways(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_named_ways(text, caseless_lines(text))]


def test_a_village_spelt_with_a_nordic_letter_after_in():
    text = ("so it's been three weeks since the story. where are you now\n"
            "not at the loft. i'm gutting fish at the smokehouse in søby, nights\n")
    assert _places(text) == [(115, 119, "søby")]


def test_an_island_after_off_and_a_hamlet_after_at():
    text = ("on the ninth of august the main split off ærø with sixteen kids on deck\n"
            "then we were moored at karsibór for two nights, waiting on the pilot\n")
    assert _places(text) == [(42, 45, "ærø"), (95, 103, "karsibór")]


@pytest.mark.parametrize("text", [
    "then a letter from istván came and i gave the keys to józef\n",  # given names the lists know
    "we had a coffee in café nero and the señor paid for it\n",  # English enough
    "we bought the boat off dave and paid off the loan in march\n",  # "off" before ASCII words
    "The Smokehouse In Søby Was Closed That Week\n",  # a line with capitals: the model's
    "she wrote it in ñ and ç, the keyboard had them\n",  # single letters
    "i row at veslački klub dunavski since i was nine\n",  # a club's name goes on: the name rules'
])
def test_foreign_word_near_misses(text):
    assert _places(text) == []


def test_a_market_and_a_street_named_without_an_article():
    text = ("i'm a cobbler, shoe mending, under the flyover at bodija market, ibadan\n"
            "a van driver, he hit a cyclist on jhang road on the fourteenth of august\n")
    assert _ways(text) == [(50, 63, "bodija market"), (106, 116, "jhang road")]


@pytest.mark.parametrize("text", [
    "she sells at the plantain market and then at a cassava bazaar\n",  # what is sold there
    "the kabul road was closed for three days\n",  # a city's route, with its article
    "we took the jhang road north for an hour\n",
    "the fish market and the main market were closed\n",  # English words
])
def test_market_and_route_near_misses(text):
    assert _ways(text) == []

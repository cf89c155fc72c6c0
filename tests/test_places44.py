"""Places, round 44: a settlement's name set off after its word and a comma ("from my village,
Srae Veal, since 2016", "a small town, sidi yahya el gharb"), which no list may know; and a
verb's base form after "to" ("bringing young girls to wail") that GeoNames has as a village is
the verb of an infinitive, and a word no list knows after "in" is a feast's name before a word
for a time ("in kimjang season").  The sentences and places here are other ones than the design sets'
(Malawi, Mongolia, Slovakia, Madagascar, Paraguay)."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, text[start:end]) for start, end in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("She grew up in my village, Chingale, before the floods.", [(27, 35, "Chingale")]),
    ("We went back to our home village, Tsagaan Ovoo, in the spring.", [(34, 46, "Tsagaan Ovoo")]),
    ("I come from a small village, Zemplínska Teplica.", [(29, 47, "Zemplínska Teplica")]),
    ("i was born in a little town, ambohimanga rova, up north", [(29, 45, "ambohimanga rova")]),
    ("six others from my village, Nyamhara, came with us", [(28, 36, "Nyamhara")]),
    ("the cook is from our town, itá ybaté", [(27, 36, "itá ybaté")]),
    # a caption wraps after the comma
    ("He left his village,\nMakanjira, when he was twelve.", [(21, 30, "Makanjira")]),
])
def test_a_name_set_off_after_a_settlement_word(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "in my village, people are poor.",              # a clause goes on after the comma
    "in our village, Mariam, my sister, cooked.",  # a given name: a person named
    "in my town, Esther Lima, the chief, ruled.",  # a person's full name
    "in my village, Tuesday, they came",            # a weekday
    "in the town, everyone knew.",
    "the village, a quiet place.",                   # no determiner before the settlement word
    "my village, the old one, is gone",              # function words
    "in my village, Market Street, there is a shop",  # English words each
    "my village,\n\nTsagaan Ovoo was far",          # a blank line is a new turn
    "a boy from our village, Tuvshinbayar, fell off his horse",   # the boy's name
    "two nurses from my town, Nyarai Chikore, came",                # a job's word: the nurse's
    "the chief of the village, Dorjgotov, said no",                 # after "of": the chief's
])
def test_no_name_after_these(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "he started bringing young girls to wail at the funerals",
    "the boys learned to busk at the station",
    "the calves are too young to wean",
    "she taught me to strum on her old guitar",
])
def test_a_verb_after_to_is_no_village(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("we moved to wail in the spring", [(12, 16, "wail")]),   # a verb of living brings in a place
    ("the road to wail was mined", [(12, 16, "wail")]),       # and so does a way's
])
def test_the_same_word_after_a_verb_of_living_or_going_is_a_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "the market is full in songkran week",
    "we fasted in tsagaan sar holidays",
    "in kimjang season it is cabbage from the port",
])
def test_a_word_no_list_knows_before_a_time_is_a_feast(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("a baby in ghinda last year", [(10, 16, "ghinda")]),
    ("she lives in ghinda town now", [(13, 19, "ghinda")]),
    ("in ghinda the days are long", [(3, 9, "ghinda")]),
])
def test_a_place_before_other_words_stays(text, expected):
    assert _found(text) == expected

"""Employers named right after what they are (round 25): a firm in apposition to its kind ("our
wages come from a haulage company, brenmoor freight, since the spring") and a firm's name given as
the answer to a question of it ("What was the agency called? - Harbourlight Crewing.").  Exact spans
and near misses, through the finders and a whole Redactor (keep lists, filters, overlap policy)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.answers import find_answers
from redactor.detect.recognizers.firm_appositions import find_firms_in_apposition


def _in_apposition(text: str, caseless: bool) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_in_apposition(text, flags)]


def _firm_answers(text: str) -> list[str]:
    return [text[s:e] for kind, s, e, _ in find_answers(text) if kind == "ORGANIZATION"]


def _orgs(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ORGANIZATION"]


@pytest.mark.parametrize("text, caseless, expected", [
    ("our wages come from a haulage company, brenmoor freight, since the spring", True, ["brenmoor freight"]),
    ("I clean for a cleaning firm in the old town, brightway home care. Nine of us.", False, []),
    ("i clean for a cleaning firm in the old town, brightway home care. nine of us.", True,
     ["brightway home care"]),
    ("the supplier which feeds the canteen, ostrava meals, pays late", True, ["ostrava meals"]),
    ("she packs eggs for the cooperative, brenmoor dairy cooperative", True, ["brenmoor dairy cooperative"]),
    ("I drove for a removals company in Derby, Oakhollow Movers Direct, until May.", False,
     ["Oakhollow Movers Direct"]),
    ("It was a family firm, Pellow and Grant.", False, ["Pellow and Grant"]),
    # the name ends its line; the next cue goes on
    ("the supplier which feeds the canteen, ostrava meals\nthey pay late", True, ["ostrava meals"]),
    # a new clause's pronoun with its verb ends the name
    ("i got it from a small agency, kelvane staffing it's in the high street", True, ["kelvane staffing"]),
])
def test_a_firm_named_after_its_kind_is_found_whole(text, caseless, expected):
    assert _in_apposition(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("i sell to a small company, a good company, very big", True),       # an article: a description
    ("a big company, very big", True),                                     # common words only
    ("she keeps a small farm, two fields and some goats", True),           # a number
    ("we slept at the hotel, the one by the sea", True),                   # an article
    ("i clean for a firm, mostly offices", True),                          # an adverb
    ("he drove for a haulage company, ahmed told me", True),               # a given name, then a verb
    ("the contractor, halvorsen, never came back", True),                  # a contractor is also a person
    ("we had a union, unite, in the yard", True),                          # a union is a public body
    ("It was a family firm, but a good one.", False),                      # a clause goes on
    ("It was a family firm, really small.", False),                        # no capitals on a cased line
    ("a haulage company, brenmoor freight mostly", True),                  # an adverb goes on after it
])
def test_no_firm_after_its_kind_without_a_name_alone(text, caseless):
    assert _in_apposition(text, caseless) == []


@pytest.mark.parametrize("text, expected", [
    ("Q: What was the agency called?\nA: Harbourlight Crewing. They took a fee from each of us.", ["Harbourlight Crewing"]),
    (">> which factory\n>> brenmoor knitwear. my aunt got me in", ["brenmoor knitwear"]),
    ("Q: Who do you work for?\nA: Oakhollow Movers Direct, on Mill Street.", ["Oakhollow Movers Direct"]),
    ("Q: And the name of your agency?\nA: Kelvane Staffing.", ["Kelvane Staffing"]),
    ("- which hotel do you work at\n- um, the seaview halvane, by the beach", []),   # an article opens it
    ("- which hotel do you work at\n- um, seaview halvane, by the beach", ["seaview halvane"]),
])
def test_a_firm_s_name_given_as_an_answer(text, expected):
    assert _firm_answers(text) == expected


@pytest.mark.parametrize("text", [
    "Q: Which company?\nA: Construction. Mostly roads.",        # one common word at a sentence's start
    "Q: Which company?\nA: The big one by the port.",           # a description
    "Q: What's the name of your agency?\nA: I don't want to say.",
    "- which factory\n- the one near the river, the blue one",
    "Q: Is the company called Halvane?\nA: Yes, Halvane.",       # a yes-no question
    "Q: How old is the company?\nA: Forty years.",              # no question of its name
    "- which union\n- halvane workers, she says they are all in it",   # a union is a public body
])
def test_no_firm_answer_without_a_name_or_a_question_of_it(text):
    assert _firm_answers(text) == []


def test_a_firm_named_after_its_kind_is_redacted_and_a_big_one_stays(redactor_default):
    assert _orgs(redactor_default, "i clean for a cleaning firm in the old town, brightway home care. "
                                   "nine of us.") == ["brightway home care"]
    assert _orgs(redactor_default, "we sold to a company, amazon, and to a shop in town") == []
    assert _orgs(redactor_default, "the company, walmart, paid us late") == []


def test_a_firm_given_as_an_answer_is_redacted(redactor_default):
    text = "Q: What was the agency called?\nA: Harbourlight Crewing. They took a fee from each of us."
    assert _orgs(redactor_default, text) == ["Harbourlight Crewing"]
    assert _orgs(redactor_default, "Q: Who do you work for?\nA: Amazon, in the warehouse.") == []

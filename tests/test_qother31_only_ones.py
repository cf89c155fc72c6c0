"""Round 31: "the only ..." and "one of the two ..." said of a person, forms the rules left short.

- a contact clause, with its own subject and a verb of having or keeping someone, says whose only
  one the person is: "the only ice maker they ever had", "the only conservator the museum has",
  "the only apprentice they have in haderslev";
- a doer's word (-er, -or, -ist, -ian, -man) no list holds after "the only" or "our only" is a
  person of a trade: "the only herero tracker", "our only trick-string man";
- "one of the two" with the place of the group, as "one of two": "i was one of the two on the
  upper station".

Exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest


def unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("i'm sixty-one, i'm the only ice maker they ever had, so they'll know.", ["i'm the only ice maker they ever had"]),
    ("He is in the second year. He is the only apprentice they have. Interviewer: And the pay?",
     ["the only apprentice they have"]),
    ("It was renewed in December. I am the only conservator the museum has.",
     ["I am the only conservator the museum has"]),
    ("i'm the only apprentice they have in haderslev, so keep it out", ["i'm the only apprentice they have in haderslev"]),
    ("ETXEBERRIA: I am the only Basque falconer they have, and the rest are local",
     ["I am the only Basque falconer they have"]),
])
def test_a_contact_clause_says_whose_only_one(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the family knows, it's small, the only herero tracker.", ["the only herero tracker"]),
    ("ondra is our only trick-string man, everyone knows him", ["our only trick-string man"]),
])
def test_a_doers_word_after_the_only(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a thing with a doer's ending, a comparative, a relative, an adverb
    "our only computer broke in the storm.",
    "the only other thing i remember is the noise.",
    "that was the only major road, nothing else.",
    "our only daughter lives in leeds now.",
    "it was the only winter we had snow.",
    "the only number i have is the office one.",
])
def test_no_person_no_phrase(redactor_default, text):
    assert unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # no verb of having after the subject: a new clause, not whose only one
    ("she's the only nurse they know about it", ["the only nurse"]),
    ("he was the only driver, they said", ["the only driver"]),
])
def test_a_new_clause_is_not_a_contact_clause(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of the two" said with the place the group is at, as "one of two on the night shift"
    ("the lift was checked at six.\ni was one of the two on the upper station that morning.",
     ["one of the two on the upper station"]),
    ("we are one of the three on the night shift", ["one of the three on the night shift"]),
])
def test_one_of_the_few_at_a_place(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # no place of a group: a car, a part of a room
    "one of the two in the car was drunk.",
    "one of the three at the back said nothing.",
])
def test_one_of_the_few_without_a_group_place(redactor_default, text):
    assert unique(redactor_default, text) == []

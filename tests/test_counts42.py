"""Round 42: counts of what a source tends or is one of, said with their noun, and a uniqueness
clause said whole with the job inside it.

- A count after a verb of tending or keeping one's holding ("I tap forty-eight palms", "we milk
  sixty-two cows", "we raise crickets in sixty concrete pens"; rules/singling.yaml, holding_verb),
  with a round "-odd" count ("thirty-odd hives").
- "there are thirty-odd pumps", "there are thirty-four permits": the thirties and a round count
  of a kind.
- "we are twelve writers in one room": the speaker's crew counted, with any place after it.
- "the only one at the farm who was a microbiologist": the job said inside the relative clause
  is the clause's, not a finding that cuts it (redactor.detect.unique_edges).

Exact spans through a whole Redactor on transcript text, and near misses that find nothing of
the kind: a measure, a vague kind, someone else's holding, a particle after the verb."""

from __future__ import annotations

import pytest


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("TAPPER: Twenty-two years climbing. I tap forty-eight palms twice a day, on the coir ropes.",
     ["forty-eight palms"]),
    ("Five years. We raise crickets in sixty concrete pens and dry them for powder.", ["sixty concrete pens"]),
    ("I keep bees in thirty hives above the river.", ["thirty hives"]),
    ("we grew maize on twelve plots last year.", ["twelve plots"]),
    ("my wife and I, we milk thirty-odd cows, morning and night.", ["thirty-odd cows"]),
    ("i shear about four hundred sheep every spring.", ["four hundred sheep"]),
])
def test_a_count_of_what_one_tends(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we ran two kilometres every morning before work.",     # a distance, no holding
    "we raise money in forty towns for the appeal.",        # what is raised is no thing tended
    "we grew up in two villages near the border.",          # a particle, not what is grown
    "we have two problems with the roof.",                  # a vague kind
    "they tap forty palms on that estate.",                 # someone else's holding
    "we ran twelve tests on the new line before lunch.",    # a one-off act, not a holding
    "i picked three apples and ate them.",                  # the same
])
def test_no_count_of_what_one_tends(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("He owns the pumps and buys the stones. There are thirty-odd pumps on his plots.",
     ["thirty-odd pumps on his plots"]),
    ("There are thirty-four permits on this stretch, all with the guild.", ["There are thirty-four permits on this stretch"]),
    ("we are twelve writers in one room, all on the same account.", ["twelve writers in one room"]),
    ("we are nine cutters on that bank.", ["nine cutters on that bank"]),
])
def test_a_count_of_a_kind_or_a_crew_with_where(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "One of the two players paid him, I saw the transfer.",   # one of a few said without where
    "That is one of three reasons I left.",                    # a vague kind
    "There were thirty-odd minutes left on the clock.",        # a length of time
])
def test_no_count_of_a_kind_said_so(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("A: Zinaida, fifty-eight. The only one at the farm who was a microbiologist before. I live nearby.",
     ["The only one at the farm who was a microbiologist"]),
    ("I was the only one in the flat who had worked as a nurse, so they will know.",
     ["I was the only one in the flat who had worked as a nurse"]),
    ("She is the only woman at the counter who is not a pharmacist, and she left.",
     ["the only woman at the counter who is not a pharmacist"]),
    ("the only guy on the boat that used to be a welder", ["the only guy on the boat that used to be a welder"]),
])
def test_a_uniqueness_clause_with_its_job(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


def test_a_job_after_the_clause_keeps_its_own_finding(redactor_default):
    found = redactor_default.scan("I am the only nurse on the ward, and the welder came later.")
    assert [f.text for f in found if f.entity_type == "UNIQUE_DETAIL"] == ["I am the only nurse on the ward"]
    assert "welder" in [f.text for f in found if f.entity_type == "OCCUPATION"]

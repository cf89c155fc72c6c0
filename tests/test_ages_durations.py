"""Ages and durations said in speech (rules/ages.yaml, issue 13): an age given as an answer in
Markdown, an age as a predicate, "fifty-something", "a teenager", a time in a named employer and
a counted duration in words; exact spans at the default threshold and the near misses (times,
counts, speeds, a public spell) that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.packs import load_pack
from tests.test_rule_packs_quasi import check

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def ages():
    return load_pack(RULES / "ages.yaml").recognizers


@pytest.mark.parametrize("text, expected", [
    ("**Q:** How old are you, if you don't mind?\n\n**A:** Forty-four. I drive.", [("AGE", "Forty-four")]),
    ("The patient in bed 4 was eighty-one.", [("AGE", "eighty-one")]),
    ("the youngest was fifteen or so", [("AGE", "fifteen")]),
    ("She turned sixteen in May.", [("AGE", "sixteen")]),
    ("I left school at fifteen.", [("AGE", "fifteen")]),
    ("i was the youngest at twenty\nok", [("AGE", "twenty")]),
    ("the driver was fifty-something", [("AGE", "fifty-something")]),
    ("He is thirtyish, tall.", [("AGE", "thirtyish")]),
    ("he was a teenager when it started", [("AGE", "teenager")]),
    ("I was only a teen then.", [("AGE", "teen")]),
    ("I'm nearly forty now.", [("AGE", "forty")]),
    ("he's like twenty, a kid", [("AGE", "twenty")]),
    ("she must be about 60 now", [("AGE", "60")]),
    ("when I was nineteen I left home", [("AGE", "nineteen")]),
    ("nine years with FedEx before this job", [("DURATION", "nine years with FedEx")]),
    ("She did six years at Barclays Bank.", [("DURATION", "six years at Barclays Bank")]),
    ("ten years in the Met", [("DURATION", "ten years in the Met")]),
    ("my mother before me for a decade", [("DURATION", "a decade")]),
    ("he served eighteen months and then left", [("DURATION", "eighteen months")]),
    ("i spent two and a half years there", [("DURATION", "two and a half years")]),
])
def test_ages_and_durations_found(ages, text, expected):
    check(ages, text, expected)


@pytest.mark.parametrize("text", [
    "It was nine.",                          # a time: below thirteen after "was"
    "We met at seven.",
    "The score was 81.",                     # digits after "was" are not read as an age
    "I was doing sixty on the interstate",
    "two people saw it",
    "there were fifty something people there",  # a count before a noun
    "We stayed in the hotel for two nights.",
    "a teenage dream",
    "six years in Lagos",                    # a place, not an employer
    "The temperature turned twenty degrees.",
    "he is a teenager's father",
    "I'm about five minutes away",           # a hedge before a count of minutes
    "it was twenty I think",                 # no person as the subject
    "I was nineteen hours on the road",             # the age of someone else
])
def test_ages_and_durations_left(ages, text):
    check(ages, text, [])

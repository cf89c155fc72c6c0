"""Round 41, the few of a trade that no rule read.  Each case runs through
a whole Redactor and asserts the exact spans of its type; the near misses find none.

- A count of the crew of a dive boat, a stable or a sawmill ("The boat has twenty-two divers",
  "We're four grooms for sixty mares", "only three head sawyers"): the singling pack's trades
  (``trade_people`` in ``rules/singling.yaml``) hold their plurals, never their singulars (said
  as often of anyone on a dive, at a wedding, or as a surname).  Not a crowd ("forty divers"), a
  part of a group ("a group of five divers", "two of the divers"), nor the singular alone ("the
  groom said", "the diver who died")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("Source: And the name of the boat. The boat has twenty-two divers and eleven cayucos.",
     ["twenty-two divers"]),
    ("GRÁINNE: The manager has us on long shifts for weeks. We're four grooms for sixty mares.",
     ["four grooms"]),
    ("a worker in the zone. not the one at the saw. only three head sawyers. and not him.",
     ["only three head sawyers"]),
])
def test_a_few_of_a_crew_counted(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "UNIQUE_DETAIL")] == expected


@pytest.mark.parametrize("text", [
    "Forty divers came for the festival on the island.",
    "We had a group of five divers from Osaka on the boat.",
    "Two of the divers went home early.",
    "The groom said nothing. The diver who died was young.",
    "The sawyers have a union of their own.",
])
def test_no_few_of_a_crew_where_none_is_counted(redactor, text):
    assert of_type(redactor, text, "UNIQUE_DETAIL") == []

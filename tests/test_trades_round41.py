"""Round 41, the few of a trade and the posts of a trade that no rule read.  Each case runs through
a whole Redactor and asserts the exact spans of its type; the near misses find none.

- A count of the crew of a dive boat, a stable or a sawmill ("The boat has twenty-two divers",
  "We're four grooms for sixty mares", "only three head sawyers"): the singling pack's trades
  (``trade_people`` in ``rules/singling.yaml``) hold their plurals, never their singulars (said
  as often of anyone on a dive, at a wedding, or as a surname).  Not a crowd ("forty divers"), a
  part of a group ("a group of five divers", "two of the divers"), nor the singular alone ("the
  groom said", "the diver who died").
- The team one leads, counted ("fourteen advisers under me", "eighteen cutters under me",
  ``rules/singling.yaml``): from the count to the plural, whatever the trade's word.  Not a crowd
  ("two hundred men under him"), a measure, a work's things or a building's floors.
- A post said with no article before the named place it is held at ("I'm head night groom at
  Ballymoreen Stud", "I'm loadmaster for Antonov Airlines", ``rules/roles.yaml``): a grade word
  before a word no list holds, or a closed compound in "-master".  Not a state, an act or a knack
  ("I was alone with Bounmy", "I'm serving at Mass", "I'm better at French"), a grade word's own
  word of direction or rank ("I'm head down at Christmas", "I'm second best at Chess"), nor a
  compound with no named place after it ("I'm taskmaster for the kids").
- The second or third of a kitchen's or a ship's posts ("I'm the second itamae at Umi no Kaze",
  "I'm the second pizzaiolo on the evening oven"): the ordinal is the post's grade, as "senior"
  or "head" is, and the span takes it.  Not the second of a kind one is not by trade ("I was the
  second person at the scene", "I'm the second child in the family", "I'm the second in line")."""

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


@pytest.mark.parametrize("text, expected", [
    ("Q: What is your job?\nA: Team leader on the cardiology line, fourteen advisers under me. Five years there.",
     ["fourteen advisers"]),
    ("I run the cutting room, eighteen cutters under me, all from the same town.", ["eighteen cutters"]),
])
def test_the_team_one_leads_counted(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "UNIQUE_DETAIL")] == expected


@pytest.mark.parametrize("text", [
    "There were two hundred men under him in the war.",
    "We stayed three days under him at the camp.",
    "The two floors under me were empty.",
    "He kept twelve files under him on the desk.",
])
def test_no_team_where_none_is_led(redactor, text):
    assert of_type(redactor, text, "UNIQUE_DETAIL") == []


@pytest.mark.parametrize("text, expected", [
    ("REPORTER: What do you do at the stud?\nGRÁINNE: I'm head night groom at Ballymoreen Stud, outside town.",
     ["head night groom"]),
    ("INT: You run the jumps at the gorge?\nPASANG: I'm jumpmaster at Lamosangu Bungy, the bridge over the river.",
     ["jumpmaster"]),
    ("She is head groom for Coolmore Stud, the big one.", ["head groom"]),
    ("I'm loadmaster for Antonov Airlines on the cargo flights.", ["loadmaster"]),
    # the second of a kitchen's posts, after "I'm the"
    ("CHEF: Four years. I'm the second itamae at Umi no Kaze on\nBryggegata in Harstad.", ["second itamae"]),
    ("At Da Totonno, in the Sanità. I'm the second pizzaiolo on the evening oven, since March 2021.",
     ["second pizzaiolo"]),
])
def test_a_post_by_its_grade_or_before_where_it_is_held(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "OCCUPATION", "RANK")] == expected


@pytest.mark.parametrize("text", [
    "I was alone with Bounmy on the shift that night.",
    "My wife answers when I'm serving at Mass on Sunday.",
    "I'm better at French than at maths.",
    "I'm second best at Chess, my brother wins.",
    "I'm taskmaster for the kids at home.",
    "I'm head down at Christmas, all work.",
    "I was the second person at the scene.",
    "I'm the second child in the family.",
    "I'm the second in line at the bar.",
])
def test_no_post_where_none_is_said(redactor, text):
    assert of_type(redactor, text, "OCCUPATION", "RANK") == []

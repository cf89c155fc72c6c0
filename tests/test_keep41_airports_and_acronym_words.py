"""Round 41: an airport by its name is public (an international airport, or one named after a
person: "Velana International Airport", "George F. L. Charles Airport", in a caption "robert
l. bradshaw airport"), and a kept acronym said in small letters that is also an everyday verb
("ice" of ICE) is the word before a job that is no body's staff ("the ice maker", "an ice
carver"), so the job is found whole.  The sentences are the quality sets' own.  Near misses: an
airport named by a town alone ("Stanley airport", "the Gizo airport shuttle"), a street named
after an airport, the acronym before its staff ("the ice agents") or in capitals ("The ICE
officer"), and a kept acronym that is only a noun ("the dole inspector")."""

from __future__ import annotations

import pytest

from redactor.detect.airports import is_named_airport
from redactor.model import Mention


def _found(redactor, text):
    return [(f.text, f.entity_type) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, found", [
    ("i worked at Velana International Airport, in the fire crew", []),
    ("The tower at George F. L. Charles Airport called us twice that night.", []),
    ("so we drove to robert l. bradshaw airport and waited for the cargo", []),
    # near misses: an airport named by a town alone points at the town
    ("We flew out of Stanley airport on Tuesday.", [("Stanley", "PERSON"), ("Tuesday", "DATE")]),
    ("Then Marta took the Gizo airport shuttle.", [("Marta", "PERSON"), ("Gizo", "ORGANIZATION")]),
])
def test_named_airports_are_kept_and_near_misses(redactor_default, text, found):
    assert _found(redactor_default, text) == found


def _mention(text, span, kind):
    start = text.index(span)
    return Mention(start=start, end=start + len(span), entity_type=kind, score=0.85, text=span,
                   detector="SpacyRecognizer")


@pytest.mark.parametrize("text, span, kind, expected", [
    ("i worked at Velana International Airport, in the fire crew", "Velana International Airport", "ORGANIZATION", True),
    ("The tower at George F. L. Charles Airport called us", "George F. L. Charles Airport", "PERSON", True),
    ("so we drove to robert l. bradshaw airport and waited", "robert l. bradshaw", "PERSON", True),
    ("so we drove to robert l. bradshaw airport and waited", "robert l. bradshaw airport", "ORGANIZATION", True),
    # near misses: one name ("Stanley" may be the town's), a road, a shuttle, no airport word,
    # the words alone with no name, a date
    ("We flew out of Stanley airport on Tuesday.", "Stanley", "PERSON", False),
    ("my cousin drove us on Maria Lopes Airport Road", "Maria Lopes", "PERSON", False),
    ("Then we took the Maria Lopes airport shuttle.", "Maria Lopes", "PERSON", False),
    ("so we drove to robert l. bradshaw and waited", "robert l. bradshaw", "PERSON", False),
    ("I work at the International Airport now.", "International Airport", "ORGANIZATION", False),
    ("I work at the Airport now.", "Airport", "ORGANIZATION", False),
    ("on 4 March at George F. L. Charles Airport", "4 March", "DATE", False),
])
def test_is_named_airport(text, span, kind, expected):
    assert is_named_airport(text, _mention(text, span, kind)) is expected


@pytest.mark.parametrize("text, found", [
    ("i'm the ice maker at the gimli curling club, part-time, winters",
     [("ice maker", "OCCUPATION"), ("gimli curling club", "ORGANIZATION"), ("winters", "PERSON")]),
    ("yes, um, nine winters. i'm an ice carver, we come from harbin every year",
     [("nine winters", "DURATION"), ("ice carver", "OCCUPATION")]),
    # near misses: the acronym before the body's staff is the body, in capitals too, and a kept
    # acronym that is only a noun ("dole") keeps its body before any job
    ("the ice agents came to the plant in march", [("agents", "OCCUPATION")]),
    ("The ICE officer asked for papers.", [("officer", "OCCUPATION")]),
    ("the dole inspector came in march", [("inspector", "OCCUPATION")]),
])
def test_a_kept_acronym_that_is_an_everyday_word_before_a_job(redactor_default, text, found):
    assert _found(redactor_default, text) == found

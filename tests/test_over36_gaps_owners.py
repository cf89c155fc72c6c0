"""Round 36, over-redaction by form: what the writers of the design sets leave out, found no more.

- A count of time at a clause's head with "later" or "after" is the gap between two events told
  ("Two weeks later his contract was not renewed", "and then one week later the owner asked"):
  4 of 47 such gaps annotated over the design sets.  A time of someone's life or work stays
  ("I have been there nine years", "she was in the ICU for nineteen days"), and so does a gap said
  inside its clause ("she died in the hospital two days later" is what befell her).
- The owner of the place the story is about, said beside the owner's name ("the owner, Glenys
  Wynne-Hughes,"): the name is found, the word no more (4 of 65 annotated); the post of a named
  person stays ("the manager, Fermín Zurita,", "our shift foreman").
- A known person's relative said of someone already there, in apposition or after "is" ("Pau
  Casals Ferrer, the owner's son.", "he is the director's brother-in-law"): 4 of 22 annotated; said
  as the one who did something ("The mayor's nephew runs the depot") it stays.
Exact spans through the whole Redactor.
"""

from __future__ import annotations

import pytest

from redactor.detect.filters import is_gap_between_events


def _of(redactor, text: str, kinds: set[str]) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in kinds]


@pytest.mark.parametrize("text, expected", [
    ("Source: I wrote to the Ministerio de Cultura on 9 June. Two weeks later Dr. Oblitas called me in.",
     [("DATE", "9 June")]),
    ("<v s2>she gave me a number, five five seven one. then one week later the owner asked me who i talk to", []),
    ("Interviewer: and then?\nSource: Three days later she called me and said the papers were lost.", []),
    ("the story came out on the twentieth. two days after, on the twenty first, they called me.",
     [("DATE", "the twentieth"), ("DATE", "the twenty first")]),
    # near misses: a time of the speaker's work or of what befell someone stays
    ("I have been there nine years. Before that two years at the post in Kyzyl-Kiya.",
     [("DURATION", "nine years"), ("DURATION", "two years")]),
    ("Her liver was damaged. She was in the ICU for nineteen days.", [("DURATION", "nineteen days")]),
    ("he was just back from russia, three years on construction, he came home sick",
     [("DURATION", "three years")]),
])
def test_a_gap_between_events_at_a_clauses_head(redactor_default, text, expected):
    assert _of(redactor_default, text, {"DURATION", "DATE"}) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("He was moved. Two weeks later he was gone.", "Two weeks later", True),
    ("He was moved. Two weeks later he was gone.", "Two weeks", True),
    ('"text": " Two weeks later Salif cut his leg"', "Two weeks later", True),
    ("and then one week later the owner asked", "one week later", True),
    ("She died in the hospital two days later.", "two days", False),
    ("I have been there nine years later than him", "nine years", False),
    ("Two weeks on the boat, then home.", "Two weeks", False),
])
def test_is_gap_between_events(text, span, expected):
    start = text.index(span)
    assert is_gap_between_events(text, start, start + len(span)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Fitter: The safety certificates. The owner, Glenys Wynne-Hughes, had an examiner friend.", []),
    ("R: Craig is the owner? S: Craig Pickersgill, yes.", []),
    (">> so the studio owner, clifford thwaite, he pays two of the judges.", []),
    ("poul, uh, poul eskildsen, the owner, he says the old masters never had it either.", []),
    # near misses: the post of a named person stays
    ("The manager, Fermín Zurita, sprays the inside with a sweet cover.", [("OCCUPATION", "manager")]),
    ("Tendai Moyo, our shift foreman, was there", [("OCCUPATION", "shift foreman")]),
    ("The purser, Shalini, wrote a new one at Levuka.", [("OCCUPATION", "purser")]),
])
def test_the_owner_beside_a_name(redactor_default, text, expected):
    assert _of(redactor_default, text, {"OCCUPATION", "RANK"}) == expected


@pytest.mark.parametrize("text, expected", [
    # a known person's relative said of someone already there: in apposition or after "is"
    ("Source: The owner's son, Leong Ka-hou. We call him Siu Lou Baan.", []),
    ("ETXEBERRIA: Pau Casals Ferrer, the owner's son. He lives in Cambrils.", []),
    ("Everybody calls him Uncle Leong. He is also the director's brother-in-law.", []),
    ("one is the nephew of the director, mihai stoica. another is his driver", []),
    # near misses: said as who did something, and the place among siblings, stay
    ("The mayor's nephew runs the depot.", [("UNIQUE_DETAIL", "The mayor's nephew")]),
    ("Not the local police. The manager's brother is at the Seogwipo station.",
     [("UNIQUE_DETAIL", "The manager's brother")]),
    ("he is the eldest son of the imam", [("UNIQUE_DETAIL", "the eldest son of the imam")]),
])
def test_a_known_persons_relative_said_of_someone_there(redactor_default, text, expected):
    assert _of(redactor_default, text, {"UNIQUE_DETAIL"}) == expected

"""Jobs and ages as people say them in interviews (issue 13, round 7): lower-case automatic
captions with fillers and no commas, an interpreter's "she says she ...", relatives' and
colleagues' jobs and ages.  Every case runs through a whole Redactor (keep lists, filters and
overlap policy included) and asserts the exact spans of the type it is about; the near misses
assert that type finds nothing.

A decade of life ("a woman in her sixties") is found: it is the age generalised, and still
narrows who a person of the story is (the identity pack's "in one's decade")."""

from __future__ import annotations

import pytest

JOBS = frozenset({"OCCUPATION", "RANK"})


def _found(redactor, text: str, types: frozenset[str]) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    # a colleague's or a friend's job, a word no list knows
    ("my colleague is a trimmer", ["trimmer"]),
    ("my mate's a filleter on the salmon line", ["filleter on the salmon line"]),  # its line
    ("our supervisor, she's a former trimmer herself", ["supervisor", "trimmer"]),
    # one of the people of a trade
    ("i'm one of the porters here", ["porters"]),
    ("she was one of the cleaners at the school", ["cleaners"]),
    # a job one came to, was taken on as, qualified or was promoted to
    ("i was taken on as a trimmer", ["trimmer"]),
    ("i came over as a picker in 2019", ["picker"]),
    ("she qualified as a nurse", ["nurse"]),
    ("i got promoted to supervisor", ["supervisor"]),
    ("i'm what they call a trimmer", ["trimmer"]),
    ("they call me a filleter", ["filleter"]),
    # what one does for a living, the vehicle one drives for work
    ("he drives lorries for a living", ["drives lorries"]),
    ("my husband drives a tram", ["drives a tram"]),
    ("she drives the school bus", ["drives the school bus"]),
    # a trade's own activity
    ("i do the filleting", ["filleting"]),
    ("my job is trimming", ["trimming"]),
    ("i've been portering for eleven years", ["portering"]),
    # a labelled field of a header
    ("Occupation: fish trimmer\nAge: 53", ["fish trimmer"]),
    # no article, with a shift word or a level
    ("i'm agent level two", ["agent level two"]),
    ("she's night nurse on the ward", ["night nurse"]),
    # a shift before a job is no kept time word, a lower-case word in typed text no brand
    ("i'm a night porter", ["night porter"]),
    ("She's a night charge nurse.", ["night charge nurse"]),
    ("He's a signal maintainer.", ["signal maintainer"]),
    ("i'm a housewife", ["housewife"]),
    ("she's a domestic at the hospital", ["domestic"]),
])
def test_a_job_as_people_say_it(redactor_default, text, expected):
    assert _found(redactor_default, text, JOBS) == expected


@pytest.mark.parametrize("text", [
    "i'm a bit tired",
    "i'm a mother of three",       # a family role, not an occupation (the singling pack's)
    "she's a driver of change",
    "i'm one of the lucky ones",
    "i was one of the first to leave",
    "it came as a surprise",
    "when it comes to finding for them a safe place",   # "for" is no agent's ending
    "i came over as a teenager",
    "i came here as a refugee",
    "they call him a traitor",
    "what do you do for a living",
    "she drives a red car",
    "he drives a hard bargain",
    "he drives me mad",
    "i do the cooking at home",
    "i do the shopping",
    "he's been fishing all day",
    "she's been nursing a cold",
    "i was cleaner than him",
    "it was a domestic",
    "Role: Interviewer",
])
def test_no_job_said(redactor_default, text):
    assert _found(redactor_default, text, JOBS) == []


@pytest.mark.parametrize("text, expected", [
    # a filler between the subject and the age
    ("i'm uh fifty-three", ["fifty-three"]),
    ("i'm like fifty-three you know", ["fifty-three"]),
    ("she was um nineteen when she started here", ["nineteen"]),
    # a relative's age, then a new clause (captions have no commas)
    ("my son is eighteen he was called up in may", ["eighteen"]),
    ("my son is only nineteen you know", ["nineteen"]),
    ("my son, who's nineteen, was called up", ["nineteen"]),
    # an age to come
    ("i'll be sixty in june", ["sixty"]),
    ("she'll be eighteen in may", ["eighteen"]),
    ("she's going on seventy", ["seventy"]),
    # a range is one age
    ("he was twenty-two, twenty-three maybe", ["twenty-two, twenty-three"]),
    ("how old was he? twenty-two, twenty-three maybe", ["twenty-two, twenty-three"]),
    ("he's um twenty-two twenty-three", ["twenty-two twenty-three"]),
    # several people's ages
    ("my kids are seven and nine", ["seven and nine"]),
    ("my boys are twelve and fifteen", ["twelve and fifteen"]),
    ("i've got two kids, seven and nine", ["seven and nine"]),
    # the age of an event, a label, a person of an age
    ("i've worked from the age of twelve", ["from the age of twelve"]),
    ("Age: fifty-three", ["Age: fifty-three"]),
    ("a guy of about forty came in", ["forty"]),
    # a decade of life is found (see the module's note)
    ("a woman in her sixties", ["in her sixties"]),
])
def test_an_age_as_people_say_it(redactor_default, text, expected):
    assert _found(redactor_default, text, frozenset({"AGE"})) == expected


@pytest.mark.parametrize("text", [
    "he is seven minutes late",
    "twenty-two of them came",
    "i'm uh one of them",
    "my son is seven minutes away",
    "my son is twenty miles away",
    "i'll be twenty minutes",
    "my kids are seven and nine minutes away",
    "he's um two metres tall",
    "back in the sixties",
    "i'm fifteen minutes from work",
])
def test_no_age_said(redactor_default, text):
    assert _found(redactor_default, text, frozenset({"AGE"})) == []

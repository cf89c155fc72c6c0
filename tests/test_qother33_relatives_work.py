"""Round 33: where the speaker's own relative works, or what they sell or run, singles the speaker
out through them ("my mother works at the post office there", "my nephew works there too", "My
wife sells fish at ..."): from "my" to the clause's end, in small letters.  Not a third person's
relative, a name right after the verb (the body or the place is its own finding), "it" or "me"
after the verb, the relative's job said with "is a" (the roles' rules), a state's employer of
thousands ("the ministry of economy").

And the speaker's own age among those they work with, said alone: "we're nine caddies in the
hut, i'm the oldest", from "I" as in "i'm the only ...".  And the days one works said from the
first to the last ("Tuesday to Friday") or with what is done on them ("the Wednesday and Saturday
runs"), as one span; not "Monday to Friday"; a shift said by its day ("moved to the Saturday
morning shift").

Exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest


def _found(redactor, text: str, entity_type: str = "UNIQUE_DETAIL") -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == entity_type]


@pytest.mark.parametrize("text, expected", [
    ("i can never work in the valley again, you know. my mother works at the post office there, everybody knows her.",
     ["my mother works at the post office there"]),
    ("I saw the valve taken out, and my nephew works there too. So write it carefully.",
     ["my nephew works there too"]),
    ("They offered me money to keep quiet. My wife sells fish at Thiaroye-sur-Mer, people come and talk to her.",
     ["My wife sells fish"]),
    ("so it's easy. my wife runs the soba shop by hirara port, people come there to talk to me",
     ["my wife runs the soba shop by hirara port"]),
    ("everybody knows us, my older brother runs the kiosk near the mosque, so be careful",
     ["my older brother runs the kiosk near the mosque"]),
])
def test_where_the_speakers_relative_works(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a third person's relative: most annotators keep only the place
    "Her husband works in the mines, far from here.",
    # a name or "the" + a name right after the verb
    "My husband works at the Harbour Board wharf.",
    # no work: a pronoun, a manner, a time
    "My cousin owns it.",
    "my son drives me crazy with that",
    # a car, a thing owned, a job said by its verb
    "my husband drives a white pickup to the market",
    "my father owns two boats in the harbour",
    "my wife works hard, you know",
    "my dad works late most days.",
    # the job said with "is a" is the roles' rules', not this one's
    "my mother is a teacher in town.",
    # no verb of work
    "my wife sold the car last year.",
    # a past tie
    "My mother worked the same line before me.",
    # a state's employer of thousands is public
    "my cousin works in the ministry of economy and she said don't",
    "My brother works for the government.",
])
def test_what_is_no_relatives_work(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a place rule's finding inside ends the clause, and keeps its own type
    ("my sister works at the health centre in rusororo sector, near the lake",
     [("UNIQUE_DETAIL", "my sister works at the health centre"), ("LOCATION", "rusororo sector")]),
    # a job said by its verb, a unit right after the verb: nothing is left of the clause
    ("my husband drives a tram", [("OCCUPATION", "drives a tram")]),
    ("My cousin drives bus route 18 in the mornings.", [("WORK_UNIT", "bus route 18")]),
])
def test_a_finding_inside_ends_the_clause(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("we're nine caddies in the hut, i'm the oldest\n\n12\n00:00:54,120 --> 00:01:00,050\ni live in town",
     ["i'm the oldest"]),
    ("The Indian boys say Bhanwar-ji because I am the oldest, thirty-eight.", ["I am the oldest"]),
    ("first class, and i'm the oldest. so they would know", ["i'm the oldest"]),
    # near misses: a past, a clause that goes on (by how much), a sibling's place
    ("I was the oldest.", []),
    ("and i'm the youngest by like ten years", []),
    # a sibling's place, said of the speaker, takes the "I'm" as any superlative of theirs does
    # (round 45: the design gold takes it in fresh24, 30, 32, 33)
    ("I'm the oldest of three sisters.", ["I'm the oldest of three sisters"]),
])
def test_the_speakers_age_among_them_said_alone(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I work at a practice in Whakatāne now, Tuesday to Friday. Hollo told people.", ["Tuesday to Friday"]),
    ("I'm on the night shift of sector B, Tuesday to Saturday. Nobody else is.", ["Tuesday to Saturday"]),
    ("The round is Easterhouse, the Wednesday and Saturday runs. INT: What's going on?",
     ["Wednesday and Saturday runs"]),
    ("four till two, Monday to Thursday.", ["Monday to Thursday"]),
    # near misses: office hours anyone keeps, days said once
    ("I work Monday to Friday like everyone.", []),
    ("On Monday and Tuesday the office was shut.", []),
])
def test_the_days_one_works_said_as_their_span(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("And I got moved to the Saturday morning shift, which is the only shift where you work alone",
     ["the Saturday morning shift"]),
    ("ricky, richard he does the saturday shift\n\n26\n00:01:46,294 --> 00:01:50,311\nhe sees it",
     ["the saturday shift"]),
    ("I work the Sunday night shift at the depot.", ["the Sunday night shift"]),
    # near miss: the shift as a time of day, nobody put on it
    ("The Saturday shift was quiet.", []),
])
def test_a_shift_said_by_its_day(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected

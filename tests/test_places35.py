"""Places, round 35: "past" and "beyond" cue a place as "near" and "outside" do ("the block up
past sayward", "a kiwifruit place past te puke"), never a time ("half past ten", "past
midnight") or a word ("past security").  And a caption wraps its text where its width runs out,
so a place cue ends one line and the place starts the next ("she moved out to" / "bilohorivka
last year"); the small place is found there as on one line
(redactor.detect.recognizers.places._wrapped).  A blank line, a cue's timing or a speaker's mark
between the two is a new turn, not a wrap."""

from __future__ import annotations

import pytest

from tests.test_places33 import _lower_case_finder


# (text, the place found, or None for none)
WRAPPED = [
    ("4\n00:00:12,650 --> 00:00:15,000\nand my sister, she moved out to\nbilohorivka last year\n", "bilohorivka"),
    ("00:00:12.650 --> 00:00:15.000\n<v s2>we stayed with my aunt near\nsevare for a week\n", "sevare"),
    ("speaker 1: and the baby was born in\nghinda, in the clinic by the road\n", "ghinda"),
    ("we worked on the farm outside  \n  santa rosa do sul back then\n", "santa rosa do sul"),
    ("Interviewer: And then?\nSource: I grew up near\nBilohorivka, then we moved.\n", "Bilohorivka"),
    ("where are you from\n\n5\n00:00:12,650 --> 00:00:15,000\nkramatorsk\n", None),  # a new cue: an answer
    ("where did you go in\n>> kramatorsk, yes\n", None),                              # a speaker's mark
    ("where did you go in\n\nkramatorsk, yes\n", None),                               # a blank line
    ("we went there in\nmarch, after the thaw\n", None),                               # a month
    ("and we talked to\nmaria about it\n", None),                                      # a given name after "to"
    ("so the money went to\nreading glasses for the kids\n", None),                    # an English word
    ("they sent the boys from it\nkramatorsk said no\n", None),                        # no cue ends the line
]
PASSING = [
    ("i'm at a kiwifruit place past te puke, on the packhouse line\n", "te puke"),
    ("the camp is just past kramatorsk on the left\n", "kramatorsk"),
    ("we stayed well beyond kreminna that year\n", "kreminna"),
    ("we drove past cork and then on to the ferry\n", "cork"),              # a town of its size after "past"
    ("We drove past Castlemilk to the depot every night.\n", "Castlemilk"),  # a name no list knows
    ("it was half past ten when we left\n", None),
    ("we worked past midnight most days\n", None),
    ("they got us past customs and then the car\n", None),
    ("it was past lunchtime already\n", None),
    ("We worked past Christmas and past Ramadan.\n", None),
    ("that was past reading age for him\n", None),
    ("we walked past marina on the way home\n", None),                      # a given name
    ("he got past security with the bag\n", None),
    ("beyond that i can't say much\n", None),
]


@pytest.mark.parametrize(("text", "place"), WRAPPED + PASSING)
def test_a_place_after_a_wrapped_cue_or_past(text, place):
    expected = [] if place is None else [(text.index(place), text.index(place) + len(place), place)]
    assert _lower_case_finder(text) == expected


def test_a_wrapped_place_is_found_by_the_whole_redactor(redactor_default):
    text = "3\n00:00:10,000 --> 00:00:14,000\nmy cousin took a flat out near\nbilohorivka, by the old school\n"
    found = [(f.start, f.end, f.entity_type) for f in redactor_default.scan(text) if f.entity_type == "LOCATION"]
    start = text.index("bilohorivka")
    assert (start, start + len("bilohorivka"), "LOCATION") in found

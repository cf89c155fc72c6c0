"""The words an institution's record gave an event, quoted by a witness ('the log says "..."'):
they point at one event and at the few who wrote or read them.  Through the whole Redactor, with
the near misses that stay."""

from __future__ import annotations

import pytest


def texts(redactor, text: str, entity_type: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == entity_type]


@pytest.mark.parametrize("text, expected", [
    ('The ship\'s log says "deckhand bumped his head, resting shift". Nobody believed it.',
     "deckhand bumped his head, resting shift"),
    ('the accident book says \\"employee felt dizzy, sent home early\\". and then',
     "employee felt dizzy, sent home early"),
    # the record's words a few words after the verb, in the same sentence
    ('the report from the quarry says the man tripped on a cable, "operator lost footing, minor bruising", so',
     "operator lost footing, minor bruising"),
    ('On the ward chart the nurse put that he was "calm, eating, no complaints".',
     "calm, eating, no complaints"),
    ('the night chart, it says rounds every hour, "resident asleep, no distress".',
     "resident asleep, no distress"),
    # the record and a colon
    ("Instead there is a new entry from the night nurse: \"dressing changed, patient comfortable\".",
     "dressing changed, patient comfortable"),
    # the answer to what a record says, a subtitle's cue later
    ('Interviewer: And the logbook, what\ndoes it say?\n\n8\n00:02:14,100 --> 00:02:19,800\n'
     'Source: "Engine stopped near\nthe reef, all crew safe".',
     "Engine stopped near\nthe reef, all crew safe"),
    ('**Q:** So the safety file, what did it say?\n\n**A:** It said "minor slip, no lost time". Nobody checked.',
     "minor slip, no lost time"),
])
def test_the_words_a_record_gave_an_event(redactor_default, text, expected):
    assert expected in texts(redactor_default, text, "UNIQUE_DETAIL")


@pytest.mark.parametrize("text", [
    'He said "go home now, boy". Then he left.',          # a person's words, no record
    'The form says "unwell". That was all.',               # one word: a common term
    'The Labour Code says "no worker shall be dismissed". So we went to court.',  # a law
    'Q: What did he say?\nA: "Go home, boy." And I went.',
])
def test_no_record_no_wording(redactor_default, text):
    assert texts(redactor_default, text, "UNIQUE_DETAIL") == []

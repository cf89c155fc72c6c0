"""Round 30: what the source says not to call them, in the answer to how they should be described
("How should we describe you? - "A kitchen worker." Not cook.", "call me a port worker in sanma.
not luganville, not signal station", ``rules/singling.yaml``, AskedToLeaveOut): the job, the unit
or the place said after a "not" that opens a sentence, a line or a speaker's turn, or goes on such
a list, within a few lines after a word of describing, writing or calling.  Through the whole
Redactor, exact spans; the near misses find nothing: a "not" inside a clause, an adverb, a pronoun
or an article after it, a verb's form, a name in capitals, a "not" with no word of describing
before it."""

from __future__ import annotations

import pytest


def details(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ('JOURNALIST: How should we describe you?\nSOURCE: "A member of a church in Luanda." Not accountant. '
     "I am the only woman in finance.", ["accountant"]),
    ("interviewer: how do we describe you\n\nsource: say a journalist in honiara. not night editor. "
     "and don't say malaita.", ["night editor", "malaita"]),
    (">> what should we call you\n\n>> call me a port worker in sanma. not luganville, not signal station\n\n>> okay.",
     ["luganville", "signal station"]),
    ("Reporter: How should I describe you?\nSource: Not CSSD. Say a health worker in Belait.", ["CSSD"]),
    ("Q: How should I describe you?\nA: Say a woman from the Centre-Nord. Not a cook, not a washer. There are four of us.",
     ["cook", "washer"]),
    ("please, if you write it, write a crewman. not factory. they know us.", ["factory"]),
])
def test_what_one_says_not_to_be_called(redactor_default, text, expected):
    assert details(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # an adverb, a pronoun, an article or a name after "not"
    "Q: How should we describe you?\nA: Not yet. Not really. Not me. Not the same. Not Belle.",
    # a verb's form
    "Q: How should we describe you?\nA: A worker at the authority. Not transferred, not diving.",
    "<v interviewer>what about your gratuity, did they write to you\n\n<v joji>not paid. they owe me.",
    # "not" inside a clause, or opening a quotation
    "We write the reports at night. It is not cheap, it is not fair.",
    'He wrote it down. Mr. Karimi said my note was "not medical language" and left.',
    # no word of describing, writing or calling before it
    "The boss came at six.\nNot cook. Not washer. Nobody else was there.",
])
def test_no_detail_without_a_refusal_after_how_to_describe(redactor_default, text):
    assert details(redactor_default, text) == []

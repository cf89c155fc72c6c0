"""Ages, round 25: the age said after a person's name and one or two asides said of them ("Nell
Prowse, the cook, forty-one."), after a superlative person ("the youngest of the drivers,
nineteen.") or after what "she's" says one is ("she's the ticket clerk, thirty-one, and"),
between commas or ending the sentence.  Exact spans through the rules alone, and the near misses
that must not be an age."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(make_redactor):
    return make_redactor(ner=False)


def _ages(redactor, text: str) -> list[tuple[str, int]]:
    return [(f.text, f.start) for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nell Prowse, the cook, forty-one. She saw it.", [("forty-one", 23)]),
    ("The driver, Osric Fenn, a welder by trade, fifty-two, who drove the lorry.", [("fifty-two", 43)]),
    ("Our storeman, Maud Pellow, Cornish, thirty-seven. She kept the keys.", [("thirty-seven", 36)]),
    ("Ask Ivo, the youngest of the drivers, nineteen. He saw the crash.", [("nineteen", 38)]),
    ("Talk to Dorrit Tallow, she's the ticket clerk, thirty-one, and she knows.", [("thirty-one", 47)]),
    ("Pell Dorrit, the tallest of the porters, sixty two,\nhe carried it.", [("sixty two", 41)]),
])
def test_an_age_after_what_is_said_of_a_person(rules_only, text, expected):
    assert _ages(rules_only, text) == expected


@pytest.mark.parametrize("text", [
    "Nell Prowse, the cook, twenty people came.",               # a count
    "Ivo was the youngest of the drivers, twenty years ago.",  # a time
    "Nell Prowse, the cook, 2019.",                             # a year
    "Nell Prowse, the cook, seven.",                            # under thirteen: a time or a count as often
    "she's a friend of mine, twenty years now",                # a duration
])
def test_no_age_here(rules_only, text):
    assert _ages(rules_only, text) == []

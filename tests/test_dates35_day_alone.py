"""Round 35, dates: a day from the fourth on said with "the" and no preposition, ending its clause
("the eighteenth, air india express to kochi", "he flew the twentieth"), and a day ending its
clause before a quotation or a caption's speaker turn (">>", cues are joined with a space).
Exact spans through the whole Redactor, and the near misses (a floor, a time counted, a title, the
first three as ranks, a rank before its noun)."""

from __future__ import annotations

import pytest


def dates(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "DATE"]


@pytest.mark.parametrize("text, expected", [
    ("<v interviewer>and you, when do you fly\n<v joji>the eighteenth, air india express to kochi.",
     ["the eighteenth"]),
    ("<v b>on the carnival day, um, the nineteenth, we had engine fire on tender two, small",
     ["the nineteenth"]),
    ("lopeti vake went home early. his mother was sick in haapai. he flew the twentieth\nwhat about vita",
     ["the twentieth"]),
    ('kuka wrote in the group on the thirteenth "nobody talks to anyone, this is family".',
     ["the thirteenth"]),
    (">> patrick oarau is on leave. sick leave they say. since the twenty third >> and the people in the yard",
     ["the twenty third"]),
    # near misses: a floor, a count of times, a title, the first three, a rank before its noun
    ("he lives on the fifth floor and it was the tenth time he called.", []),
    ("Louis the Fourteenth built the palace.", []),
    ("he came the second, she came the third.", []),
    ("we are six porters on that trip, y luong was the seventh reporter: does the company know", []),
])
def test_a_day_said_alone(redactor_default, text, expected):
    assert dates(redactor_default, text) == expected

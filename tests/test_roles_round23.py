"""The one post the speaker holds, said by its form (round 23): "I am the <agent noun>" ending
the clause ("I am the assessor.", "i'm the timekeeper, ..."); not a relation, a stance or a part
("I'm the winner.", "I was the father."), nor a word more words follow ("I'm the cook book
author.")."""

from __future__ import annotations

import pytest


def _jobs(redactor_default, text: str) -> list[str]:
    return [f.text for f in redactor_default.scan(text) if f.entity_type == "OCCUPATION"]


@pytest.mark.parametrize("text, expected", [
    ("I am the assessor. I check the bales before they go.", ["assessor"]),
    ("i'm the timekeeper, i sign the sheets", ["timekeeper"]),
    ("We open at six and I am the scaler.", ["scaler"]),
])
def test_the_one_post_the_speaker_holds(redactor_default, text, expected):
    assert _jobs(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I'm the winner, they told me.",
    "I was the father.",
    "I am the speaker.",
    "I'm the cook book author.",
    "I am the other.",
])
def test_a_part_or_a_relation_is_no_post(redactor_default, text):
    assert _jobs(redactor_default, text) == []

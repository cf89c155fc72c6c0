"""A detail the source asks the reporter not to write ("don't write packing line") points at the
source: found there and wherever it is said again in the text.  Through the whole Redactor, with
the near misses that stay."""

from __future__ import annotations

import pytest


def texts(redactor, text: str, entity_type: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == entity_type]


@pytest.mark.parametrize("text, expected", [
    ("please don't say kiln two or nights. that's all.", ["kiln two", "nights"]),
    ("Do not say mixing bay, do not say the rest.", ["mixing bay"]),
])
def test_a_detail_the_source_asks_to_leave_out(redactor_default, text, expected):
    assert texts(redactor_default, text, "DETAIL") == expected


def test_a_detail_left_out_is_found_where_it_is_said_again(redactor_default):
    text = ("the mixing bay is where I work, nights mostly. the mixing bay has no fan.\n"
            "Do not say mixing bay, everybody would know.")
    assert texts(redactor_default, text, "DETAIL") == ["mixing bay"] * 3


@pytest.mark.parametrize("text", [
    "Do not write the kiln room. Do not write it anywhere.",
    "don't write that i'm driving home. don't use my name.",
    "Don't say Cape Town.",
])
def test_no_detail_in_a_pronoun_an_article_or_a_name(redactor_default, text):
    assert texts(redactor_default, text, "DETAIL") == []


def test_a_name_asked_to_be_left_out_is_the_persons(redactor_default):
    text = ("my cousin bilal ahmadzai drives the van. please don't write ahmadzai, everybody knows him.\n"
            "ahmadzai was there that night.")
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text) if "ahmadzai" in f.text]
    assert [t for t, _ in found] == ["PERSON"] * 3

"""A question asking where one lives with its purpose after a comma (round 26): "and your
address, should we write to you", "where do you live, so we can post the papers".  The answer is
read as an address as after "and your address?" ("the green house next to the church, ..."
placed by its landmark, the answer's first sentence or the next one)."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def addresses(redactor: Redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    (">> and where do you live, so we can post the papers\n"
     ">> in kiritown. the house behind the baptist church at kiritown, red roof, near the bus stop.\n",
     "the house behind the baptist church at kiritown, red roof"),
    ("- and your address, should we write to you\n- no road names. the green house next to the methodist church, utu, atiu.\n",
     "the green house next to the methodist church, utu, atiu"),
    ("- and your address, should we write to you\n- the green house next to the methodist church, utu, atiu.\n",
     "the green house next to the methodist church, utu, atiu"),
])
def test_an_answer_to_a_question_with_its_purpose(redactor: Redactor, text: str, address: str) -> None:
    assert addresses(redactor, text) == [address]


@pytest.mark.parametrize("text", [
    "- and your address, i know it already\n- fine. we can talk tomorrow about the church.\n",
    "- where do you live, so we can post the papers\n- i would rather not say. the church helps us.\n",
])
def test_no_address_in_an_answer_without_one(redactor: Redactor, text: str) -> None:
    assert addresses(redactor, text) == []

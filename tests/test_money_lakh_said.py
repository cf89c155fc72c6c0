"""A lakh or crore said with more after it ("one lakh twenty", "two crore fifty lakh"): the whole
sum is one, read as South Asian speech means it; exact spans and the near misses that stay."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer, spoken_value
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def recognizer() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("said, value", [
    ("one lakh twenty", 120_000.0),
    ("one lakh fifty thousand", 150_000.0),
    ("two crore fifty lakh", 25_000_000.0),
    ("two lakh", 200_000.0),
])
def test_a_lakh_with_more_after_it_reads_as_one_sum(said, value):
    assert spoken_value(said) == value


@pytest.mark.parametrize("text, expected", [
    ("he asked for one lakh twenty to let us pass", ["one lakh twenty"]),
    ("i paid one lakh fifty thousand for the visa", ["one lakh fifty thousand"]),
    ("the agent took two crore fifty lakh from us", ["two crore fifty lakh"]),
    # near misses: no pay word, or a count after the sum
    ("there were one lakh twenty people at the rally", []),
    ("the district has two crore fifty lakh voters", []),
    ("one lakh twenty", []),
    # near misses: prices of public goods and public works
    ("the new bridge cost two crore fifty lakh", []),
    ("a kilo of rice is two hundred and fifty", []),
])
def test_a_lakh_said_with_more_is_one_sum(recognizer, text, expected):
    assert sums(recognizer, text) == expected

"""A few people of one trade, counted (round 21): a count from two to thirty, at most two words
that say which, and the plural of a job the roles pack knows or of a rare doer's name.  The near
misses: a crowd, a count of things, a part of a group said elsewhere, what a few are "of", an
index, and the plurals the singling pack counts itself with its own conditions."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.trade_counts import find_trade_counts


def _counts(text: str) -> list[str]:
    return [text[s:e] for s, e in find_trade_counts(text)]


@pytest.mark.parametrize("text, expected", [
    ("the boss and the four riveters were there", ["four riveters"]),
    ("we are three upholsterers at the plant", ["three upholsterers"]),
    ("Seven assessors for the whole region.", ["Seven assessors"]),
    ("only nine Tamil tile setters on the site", ["nine Tamil tile setters"]),
    ("On that floor, two surveyors. Me and him.", ["two surveyors"]),
    ("we were twenty-two riveters on that yard", ["twenty-two riveters"]),
    ("eleven riveters and 3 polishers", ["eleven riveters", "3 polishers"]),
])
def test_a_few_of_a_trade_are_found(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    # a crowd, or more of the number
    "forty surveyors came from the capital",
    "two hundred riveters",
    "thousands of surveyors",
    # things
    "we bought three computers and two trailers",
    # a part of a group said elsewhere, what a few are of
    "two of the surveyors went home",
    "the three drivers of inflation",
    # an index or a share
    "see page three surveyors list",
    "one in three surveyors",
    # the singling pack's own plurals (its conditions decide)
    "two workers and three welders",
    # a ranking of doers, not a few of a workplace
    "the two most important exporters of grain",
    "the three biggest riveters in the trade",
    # a plural said of any crowd or force
    "two officers and three students",
    # an event, not a group
    "then two surveyors came to the site",
])
def test_no_few_of_a_trade(text):
    assert _counts(text) == []


def test_a_count_of_a_trade_is_a_finding(redactor_default):
    found = [(f.entity_type, f.text) for f in redactor_default.scan("It was me and the four riveters that night.")]
    assert ("UNIQUE_DETAIL", "four riveters") in found

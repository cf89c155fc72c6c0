"""Round 31: a platform named by what is done on it, said right before "on" and its name ("the
reviews on TripAdvisor", "they sell also on taobao and douyin", "the flat is listed on
Idealista", a caption's line break perhaps between "on" and the name), stays readable: a site of
millions of users points at nobody.  A person's name the lists know, a name with a possessive or
a market after it and a firm's name of two words stay found."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, platform", [
    ("9\n00:01:10,800 --> 00:01:15,800\nThe shop says \"sewn in our workshop\". The reviews on\nTripAdvisor all say this.\n",
     "TripAdvisor"),
    ("a: they send them to a shop in guangzhou, and they sell also on taobao and douyin live streaming\n", "taobao"),
    ("a: they send them to a shop in guangzhou, and they sell also on taobao and douyin live streaming\n", "douyin"),
    ("**A:** Jodie runs the office and answers the reviews on Trustpilot. The accounts say three staff.\n",
     "Trustpilot"),
    ("speaker 1: and the flat is listed on Idealista since march.\n", "Idealista"),
])
def test_a_platform_by_what_is_done_on_it_is_kept(redactor_default, text, platform):
    start = text.index(platform)
    assert [f for f in redactor_default.scan(text) if f.start < start + len(platform) and f.end > start] == []


@pytest.mark.parametrize("text, expected", [
    ("speaker 1: i posted it on Anna's page, and the reviews on Marta were bad.\n", ("PERSON", "Marta")),
    ("speaker 1: i posted it on Anna's page, and the reviews on Marta were bad.\n", ("PERSON", "Anna")),
    ("speaker 2: we sold on Kowalski market, and the ratings on Zorvik Traders are good.\n",
     ("ORGANIZATION", "Zorvik Traders")),
    ("speaker 2: we sold on Kowalski market, and the ratings on Zorvik Traders are good.\n",
     ("LOCATION", "Kowalski market")),
])
def test_people_markets_and_firms_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_the_rule_alone():
    from redactor.detect.public_kinds import is_platform_by_use
    from redactor.model import Mention

    def kept(text: str, span: str, kind: str = "ORGANIZATION") -> bool:
        at = text.index(span)
        return is_platform_by_use(text, Mention(at, at + len(span), kind, 0.85, "SpacyRecognizer", span))

    assert kept("the reviews on TripAdvisor all say this", "TripAdvisor")
    assert kept("they sell also on taobao and douyin live", "douyin", "PERSON")
    assert not kept("they sell also on taobao and douyin live", "taobao", "LOCATION")  # a place the model saw
    assert not kept("i went on Tuesday with Zorvik", "Zorvik")  # no use of a platform before "on"
    assert not kept("the reviews on Marta were bad", "Marta", "PERSON")
    assert not kept("she sold it on Zorvik's stall", "Zorvik")

"""A place a rule found by its form is not lost to the model's guess of the very same span.

Presidio keeps the higher score of two equal spans, the model's; the filters read the model's
place made of everyday words as vocabulary and drop it ("up hunker creek"), and the rule's
finding went with it.  Exact spans through the whole Redactor on caption lines; the helper's
near misses: another span, another type, or no rule's place keep the model's finding."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from redactor.detect.engine import _rule_places_over_the_models


def _places(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    ("yeah i'm a loader operator on a placer mine up hunker creek, outside the town\n", "hunker creek"),
    ("it was tendons, he needed surgery in sioux falls and you know, the bills\n", "sioux falls"),
])
def test_the_rules_place_stays_where_the_model_found_the_same_span(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


def _result(start: int, end: int, recognizer: str, entity: str = "LOCATION", score: float = 0.85) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})


def test_the_models_equal_place_gives_way_to_the_rules():
    rule = _result(40, 52, "NamedSettlement", score=0.55)
    assert _rule_places_over_the_models([_result(40, 52, "SpacyRecognizer"), rule]) == [rule]


@pytest.mark.parametrize("other", [
    _result(40, 58, "SpacyRecognizer"),                       # a longer span of the model's
    _result(40, 52, "SpacyRecognizer", entity="PERSON"),      # another type
])
def test_the_models_other_findings_stay(other):
    rule = _result(40, 52, "NamedSettlement", score=0.55)
    assert _rule_places_over_the_models([other, rule]) == [other, rule]


def test_without_a_rules_place_the_models_stays():
    model = _result(40, 52, "SpacyRecognizer")
    assert _rule_places_over_the_models([model, _result(40, 52, "Occupation", entity="OCCUPATION")])[0] is model

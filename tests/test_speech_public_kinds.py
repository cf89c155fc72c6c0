"""Public things of speeches and debates that the model takes for organisations and places: a
group of states named by its plural ("the Member States") and a policy or a paper by its name
("the Energy Strategy"); with the near misses that stay found (a firm whose name holds such a
word, a private name before the kind)."""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return of_type(redactor, text, *NAME_TYPES)


@pytest.mark.parametrize("text", [
    # a group of states by the plural of a state's word
    "We call on the Member States to act before the summer.",
    "The Baltic States asked for more help.",
    # a policy or a paper by its name
    "Under the Coastal Protection Framework the ports must report.",
    "We need the Lagos Development Plan to be funded.",
])
def test_public_things_of_speech_are_kept(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a firm whose name holds a plan's word, and a private name before the kind
    ("I worked for Green Plan Ltd in the port.", ("ORGANIZATION", "Green Plan Ltd")),
    ("I worked for Kowalski Nations Ltd in the port.", ("ORGANIZATION", "Kowalski Nations Ltd")),
])
def test_near_misses_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)

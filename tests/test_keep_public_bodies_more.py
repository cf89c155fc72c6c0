"""Public organisations kept (rules/public.yaml and the masthead form in
redactor/detect/filters.py): unions, national schemes and boards, EU bodies by acronym, large
contractors and newspapers by their masthead, through a whole Redactor; and the near misses
that stay found (a town's paper, a firm named like a paper, a person's name, an all-capitals line)."""

from __future__ import annotations

import pytest

ORG_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in ORG_TYPES]


@pytest.mark.parametrize("text", [
    "The union, Unison, backed us, and so did SEIU and Efling.",
    "I was a shop steward for ver.di and later for IG Metall.",
    "NUMSA and COSATU called the strike.",
    "I reported it to OLAF and then Europol; Frontex knew too.",
    "I was posted through NYSC and applied to the RRB.",
    "He sat the UPSC exam twice.",
    "Our canteen was run by Sodexo, security by Serco and G4S, cleaning by ISS and Aramark.",
    "The contract went to Compass Group in the end.",
    "The Manchester Evening News and the Kyiv Independent ran it, and the Times too.",
    "The Lagos Herald and the Daily Gazette wrote about it.",
    "the manchester evening news ran the story",
])
def test_public_organisations_are_kept(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a town's paper names the town
    ("I delivered papers for the Nuneaton Herald as a boy.", ("ORGANIZATION", "Nuneaton Herald")),
    # a firm named like a paper
    ("He worked at Sunrise Post for years.", ("ORGANIZATION", "Sunrise Post")),
    # a private firm with a contractor's word in its name
    ("She cleaned for Sodexa Brite Cleaning Ltd in Leeds.", ("ORGANIZATION", "Sodexa Brite Cleaning Ltd")),
])
def test_near_misses_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_olaf_as_a_persons_name_stays_found(redactor_default):
    assert ("PERSON", "Olaf") in _found(redactor_default, "My neighbour Olaf drove me to work.")


def test_an_acronym_in_a_line_of_capitals_is_no_body():
    from redactor.detect.filters import SpanFilters
    from redactor.model import Mention

    filters = SpanFilters(body_acronyms=frozenset({"OLAF"}))
    for text, expected in (("I reported it to OLAF today.", True), ("MY FRIEND OLAF CAME", False)):
        start = text.index("OLAF")
        m = Mention(start=start, end=start + 4, entity_type="PERSON", score=0.85, detector="SpacyRecognizer",
                    text="OLAF")
        assert filters.is_body_acronym_here(text, m) is expected


@pytest.mark.parametrize("name, expected", [
    ("the Manchester Evening News", True), ("The Lagos Herald", True), ("the Daily Gazette", True),
    ("Kyiv Post", True), ("the Nuneaton Herald", False), ("Sunrise Post", False), ("Anna Times", False),
    ("the Strumica News", False), ("Manchester United", False),
])
def test_a_newspaper_by_its_masthead(name, expected):
    from redactor.detect.filters import SpanFilters

    assert SpanFilters.is_news_outlet(name) is expected

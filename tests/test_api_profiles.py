"""A source profile through the whole pipeline: every variant of the name becomes the label,
the details are replaced or generalised, public facts stay (issue: source profiles)."""

from __future__ import annotations

import pytest

from redactor.project.config import Source

SOURCE = Source(label="Source A", names=("Łukasz Wierzbicki", "Anton Bykov"),
                details=("military unit 31135", "Zhytkavichy", "Hotel Ukraina"))

TRANSCRIPT = """ŁUKASZ WIERZBICKI: I served with military unit 31135 until February 22.
REPORTER: And your family?
ŁUKASZ WIERZBICKI: My mother still lives in Zhytkavichy. Wierzbicki's name is on the list.
Lukasz, they said, pack your things. Lt. Bykov met me at the Hotel Ukraina.
Later Быков wrote that Wierzbiki had left for Poland. Vladimir Putin spoke on CNN that night.
"""

VARIANTS = [
    ("any case", "ŁUKASZ WIERZBICKI:"),
    ("possessive", "Wierzbicki's"),
    ("first name alone, diacritics folded", "Lukasz,"),
    ("rank plus surname", "Lt. Bykov"),
    ("Cyrillic spelling", "Быков"),
    ("small typo", "Wierzbiki"),
]


@pytest.fixture(scope="module")
def redacted(make_redactor):
    redactor = make_redactor(sources=(SOURCE,), replacements={"DATE": "generalize"})
    return redactor.redact(TRANSCRIPT)


@pytest.mark.parametrize("kind, variant", VARIANTS, ids=[k for k, _ in VARIANTS])
def test_every_variant_of_the_name_is_gone(redacted, kind, variant):
    assert variant not in redacted


def test_variants_become_the_label(redacted):
    assert redacted.startswith("Source A: I served with")
    assert "Source A's name is on the list" in redacted
    assert "Source A, they said" in redacted
    assert "Later Source A wrote that Source A had left" in redacted


def test_details_replaced_or_generalised_public_facts_kept(redacted):
    for detail in ("31135", "Zhytkavichy", "Hotel Ukraina", "February 22"):
        assert detail not in redacted
    assert "I served with [DETAIL 1] until February." in redacted
    for public in ("Poland", "Vladimir Putin", "CNN", "REPORTER:"):
        assert public in redacted

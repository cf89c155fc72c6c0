"""Round 31: a state's authority named by the compound word of the Nordic languages or German
that says what it is ("the mattilsynet": an inspectorate, "Samgöngustofa": an authority,
"the arbeiterkammer": a statutory chamber, "Utlendingsdirektoratet", "Skatteetaten",
"Fødevarestyrelsen", "Ruokavirasto") and a Hungarian national body ("the Országos Vízimentő
Szolgálat") stay readable.  A firm with the word inside its name, a sawmill ("-verket") and the
people of the line stay found."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


def _touching(redactor, text: str, part: str) -> list[tuple[str, str]]:
    start = text.index(part)
    end = start + len(part)
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.start < end and f.end > start]


@pytest.mark.parametrize("text, body", [
    ("<v speaker_2>and his daughter does the papers for the mattilsynet, she is careful\n", "mattilsynet"),
    ("speaker 2: the arbeiterkammer, and the building authority, they know about the chimney.\n", "arbeiterkammer"),
    ("**A:** In the report that went to Samgöngustofa the call time is written as 22:50.\n", "Samgöngustofa"),
    ("**A:** The police closed it as an accident. Maybe the Országos Vízimentő Szolgálat will read it.\n",
     "Országos Vízimentő Szolgálat"),
])
def test_an_authority_by_its_compound_word_is_kept(redactor_default, text, body):
    assert _touching(redactor_default, text, body) == []


def test_the_words_alone():
    from redactor.detect.filters import SpanFilters

    filters = SpanFilters()
    for body in ("Mattilsynet", "Utlendingsdirektoratet", "Skatteetaten", "Fødevarestyrelsen", "Ruokavirasto",
                 "Samgöngustofa", "Útlendingastofnun", "Arbeiterkammer", "Országos Mentőszolgálat"):
        assert filters.is_public_body(body), body
    # a sawmill, a power plant, a word too short to be a compound, a firm named with the word
    for other in ("Sågverket", "Kraftverket", "Kammer", "Etaten", "Bjørnstad Kammer AS"):
        assert not filters.is_public_body(other), other


def test_a_firm_and_the_people_stay_found(redactor_default):
    text = "speaker 1: my brother works for Bjørnstad Kammer AS in Oslo, with per lindqvist.\n"
    found = _found(redactor_default, text)
    assert ("ORGANIZATION", "Bjørnstad Kammer AS") in found and ("PERSON", "per lindqvist") in found

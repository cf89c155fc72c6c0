"""The shipped lists of public bodies and companies (rules/public.yaml): systemically important
banks, national postal and parcel operators, international bodies and foundations, public
figures said by one name or in a lower-case caption, and public bodies' acronyms kept only
where the text reads as the body (``keep_acronyms``, redactor.detect.filters).  With the near
misses that must still be found: a local charity, an acronym that is a word or a name
elsewhere, a private person with a public figure's name."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.detect.packs import load_pack
from redactor.errors import RedactorError
from redactor.model import Mention


def _spans(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.entity_type) for f in redactor.scan(text)]


def _covered(redactor, text: str, word: str) -> bool:
    start = text.index(word)
    return any(f.start < start + len(word) and start < f.end for f in redactor.scan(text))


@pytest.mark.parametrize("text, kept", [
    ("I had an account at GTBank and later at Bank Pekao.", ["GTBank", "Bank Pekao"]),
    ("The parcel came by Nova Poshta and the refund by Royal Mail.", ["Nova Poshta", "Royal Mail"]),
    ("I drove for Trendyol Go for a year.", ["Trendyol Go"]),
    ("The Fair Labor Association audited the factory.", ["Fair Labor Association"]),
    ("The Gates Foundation paid for the clinic.", ["Gates Foundation"]),
    ("so i was working for jp morgan in the back office", ["jp morgan"]),
    ("and lula came to the plant once and kwasi kwarteng said something on the news", ["lula", "kwasi kwarteng"]),
])
def test_listed_banks_couriers_bodies_and_figures_are_kept(redactor_default, text, kept):
    for word in kept:
        assert not _covered(redactor_default, text, word)


def test_a_local_foundation_that_employs_the_source_is_found(redactor_default):
    text = "My brother works at Hope Foundation in the village. It is a small charity."
    assert ("Hope Foundation", "ORGANIZATION") in _spans(redactor_default, text)


def test_a_job_said_with_a_kept_body_finds_the_job_alone(redactor_default):
    text = "The DOLE inspector came in March. Then the ITF inspector came."
    found = _spans(redactor_default, text)
    assert found.count(("inspector", "OCCUPATION")) == 2
    assert not any("DOLE" in s or "ITF" in s for s, _ in found)


def test_acronyms_read_as_the_body_are_kept(redactor_default):
    text = "My son went to the DIF, and from the DIF they called me. The SEP already knows."
    assert not _covered(redactor_default, text, "DIF")
    assert not _covered(redactor_default, text, "SEP")


@pytest.fixture(scope="module")
def bodies() -> SpanFilters:
    return SpanFilters(body_acronyms=frozenset({"SEP", "DIF", "PIP"}))


def _at(text: str, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), "ORGANIZATION", 0.85, "SpacyRecognizer", word)


@pytest.mark.parametrize("text, word", [
    ("We complained to the SEP twice.", "SEP"),
    ("The SEP already knows about the school.", "The SEP"),
    ("the DIF officials came on Monday", "DIF"),
    ("two PIP inspectors visited the plant", "PIP"),
    ("the pip inspectors never came", "pip"),            # a caption: only before the staff word
    ("From the DIF's office they called me.", "DIF"),
])
def test_a_body_acronym_in_the_context_of_the_body(bodies, text, word):
    assert bodies.is_body_acronym_here(text, _at(text, word))


@pytest.mark.parametrize("text, word", [
    ("SEP 2021 was when it started.", "SEP"),            # a month, no "the"
    ("My friend Dif lent me the money.", "Dif"),         # a name
    ("I talked to the pip about it.", "pip"),            # lower-case after "the": a word
    ("We saw Sepúlveda at the SEPARATE gate.", "SEP"),   # part of a word is never the body
    ("The SEPTA trains were late.", "SEPTA"),            # another acronym
])
def test_a_body_acronym_elsewhere_is_not_kept(bodies, text, word):
    assert not bodies.is_body_acronym_here(text, _at(text, word))


def test_keep_acronyms_are_validated(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("keep_acronyms: [DIF, Hope]\n", encoding="utf-8")
    with pytest.raises(RedactorError, match="keep_acronyms"):
        load_pack(pack)
    pack.write_text("keep_acronyms: [DIF, SEP]\n", encoding="utf-8")
    assert load_pack(pack).keep_acronyms == ("DIF", "SEP")

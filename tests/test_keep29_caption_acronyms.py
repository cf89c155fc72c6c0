"""Round 29: a body's acronym said as a word right after "the" in a caption's small letters that
the model took for an organisation ("the ugtt is not in call centres", "on the wada list", "the
nafau man") is kept; the same shape without the article (a name the lists do not know: "so
tunde came"; a word of another language: "a haken"), a word the text writes with a capital, a
name of the lists, an everyday word and a longer word stay as they were."""

from __future__ import annotations

import pytest

from redactor.model import Mention

ORG_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in ORG_TYPES]


@pytest.mark.parametrize("text, word", [
    ("- have you contacted anyone\n- honestly the ugtt is not really in call centres\n", "ugtt"),
    (">> furosemide. it's a diuretic. it's on the wada list, it's forbidden, everybody knows it.\n", "wada"),
])
def test_a_bodys_acronym_said_as_a_word_in_a_caption_is_kept(redactor_default, text, word):
    assert [found for _, found in _found(redactor_default, text) if word in found] == []


def _org(text: str, word: str, kind: str = "ORGANIZATION") -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), kind, 0.85, "SpacyRecognizer", word)


@pytest.mark.parametrize("text, word, expected", [
    ("i thought about it but the ugtt is not really in call centres", "ugtt", True),
    ("it's on the wada list, it's forbidden", "wada", True),
    ("the nafau man, brother elago, he said he sends it", "nafau", True),
    # no article: a name the lists do not know, a word of another language, a place
    ("so hiqa came unannounced on the ninth", "hiqa", False),
    ("a park ranger with sinac, in the area", "sinac", False),
    ("- a haken, a, a temp worker from the agency", "haken", False),
    ("it's on the, um, on fale, the island where the village is", "fale", False),
    # the text writes it with a capital elsewhere: written as a name
    ("the ugtt came. Ugtt is my cousin", "ugtt", False),
    # a name of the lists, an everyday word, a longer word, two words, capitals
    ("and the maria came on monday", "maria", False),
    ("the honey went to the market", "honey", False),
    ("then the ruvubu bought the cherries", "ruvubu", False),
    ("then the golden lotus paid us", "golden lotus", False),
    ("so the HIQA came unannounced", "HIQA", False),
])
def test_is_caption_acronym_as_org(text, word, expected):
    from redactor.detect.caption_acronyms import is_caption_acronym_as_org
    assert is_caption_acronym_as_org(text, _org(text, word)) is expected


def test_only_the_models_organisation_is_read_so():
    from redactor.detect.caption_acronyms import is_caption_acronym_as_org
    text = "so the ugtt came"
    assert is_caption_acronym_as_org(text, _org(text, "ugtt", "LOCATION")) is False
    assert is_caption_acronym_as_org(text, _org(text, "ugtt", "PERSON")) is False


@pytest.mark.parametrize("text, expected", [
    # a word of another language and a place the model took for a body, without "the", stay found
    ("- who was working the press?\n- a haken, a, a temp worker from the agency, sunrise staff.\n",
     ("ORGANIZATION", "haken")),
    (">> the solar system, it's on the, um, on fale, the island where the village is\n",
     ("ORGANIZATION", "fale")),
])
def test_the_same_shape_without_the_article_stays_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_the_article_the_model_took_with_the_acronym():
    from redactor.detect.caption_acronyms import is_caption_acronym_as_org
    text = "honestly the ugtt is not really in call centres"
    start = text.index("the ugtt")
    assert is_caption_acronym_as_org(text, Mention(start, start + 8, "ORGANIZATION", 0.85, "SpacyRecognizer", "the ugtt"))


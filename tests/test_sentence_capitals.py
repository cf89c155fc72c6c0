"""A word the model took for a name only because it opens a sentence, where its own text
writes it in small letters (redactor.detect.sentence_capitals, through the filters)."""
from __future__ import annotations

import re

import pytest

from redactor.detect.filters import SpanFilters
from redactor.model import Mention


@pytest.fixture(scope="module")
def filters() -> SpanFilters:
    return SpanFilters(city_population=500_000)


def _model(text: str, word: str, entity_type: str, nth: int = 0) -> Mention:
    found = [m for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]
    return Mention(start=found.start(), end=found.end(), entity_type=entity_type, score=0.85,
                   detector="SpacyRecognizer", text=word)


@pytest.mark.parametrize("text, word, entity_type", [
    ("It was mixed with kerosene, maybe twenty percent. Kerosene is cheaper and has a subsidy.",
     "Kerosene", "PERSON"),
    ("Q: What did you see?\nA: Junket groups come from abroad.\nQ: Who brings them?\n"
     "A: The junket agent, a man everybody knows.", "Junket", "PERSON"),
    ("I'm a propellant handling technician,\nlevel 2. Hydrazine and MMH, on the pad.\n"
     "We had a leak. Small, but hydrazine.", "Hydrazine", "ORGANIZATION"),
    # forms no design text has: a plant, a tool, a place word opening a subtitle's line
    ("Mangrove roots hold the bank.\nThe company cut the mangrove for the new pier.", "Mangrove", "LOCATION"),
    ('"text": " Forklift drivers start at six. Nobody checks the forklift brakes."', "Forklift", "ORGANIZATION"),
    ("**A:** Tannery water goes straight to the river. My uncle worked at the tannery for years.",
     "Tannery", "ORGANIZATION"),
])
def test_a_word_that_only_opens_a_sentence_is_no_name_where_its_text_writes_it_small(filters, text, word, entity_type):
    assert filters.apply(text, [_model(text, word, entity_type)]) == []


@pytest.mark.parametrize("text, word, entity_type, nth", [
    # a name the lists know keeps its capital's reading ("Rose" the person, "rose" the verb)
    ("Rose came at six. The price rose again in May.", "Rose", "PERSON", 0),
    # a capital inside a sentence is a name's
    ("Then Kerosene came back. It was mixed with kerosene.", "Kerosene", "PERSON", 0),
    # the small letters are part of an e-mail address, not the word
    ("Source: Yaakov Fridman. Kobi at work. Write to kobi.fridman@mail.com.", "Kobi", "PERSON", 0),
    # only a caption's line writes it small: a caption has no capitals to tell
    ("We called him from the shop. Tamarind came late.\nand then tamarind said no to the boss again",
     "Tamarind", "PERSON", 0),
    # nowhere else in small letters
    ("Junket groups come from abroad. The casino pays them.", "Junket", "PERSON", 0),
])
def test_a_capital_at_a_sentence_start_stays_a_name_without_the_texts_small_letters(filters, text, word,
                                                                                     entity_type, nth):
    m = _model(text, word, entity_type, nth)
    assert filters.apply(text, [m]) == [m]

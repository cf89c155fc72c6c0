"""A given name only the name recognizer knows (nomquamgender's, round 43) said again beside the
full name it opens: the recognizer finds the word alone as a guess (a lone name, below the
threshold), and that guess must not stand in the way of the step that reads the word said right
beside the full name as that person ("berhane gebremedhin. berhane son of gebremedhin"); the word
is the person, keyed and scored as the full name.  A word beside a full name that is no word of
it, and a sure mention over the word, stay as they were.  (The whole run on the caption:
``test_persons36.test_name_word_said_beside_its_full_name``.)"""

from __future__ import annotations

from redactor.entities.variants import default_given_names
from redactor.model import Mention
from redactor.refine.nicknames import _with_variants_beside


def _at(text: str, word: str, score: float, nth: int = 0, key: str = "") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), "PERSON", score, "NameGazetteerRecognizer", word, key=key)


def test_the_guess_gives_way_to_the_full_name_it_echoes():
    text = "dilshod karimov. dilshod from the night shift"
    full = Mention(0, 15, "PERSON", 0.85, "SpacyRecognizer", "dilshod karimov")
    guess = _at(text, "dilshod", 0.3, nth=1)
    out = _with_variants_beside(text, [full, guess], default_given_names())
    assert [(m.start, m.end, m.score, m.key) for m in out] == [(0, 15, 0.85, ""), (17, 24, 0.85, "dilshod karimov")]


def test_a_word_that_is_no_word_of_the_full_name_stays_a_guess():
    # "habtamu" beside "tigist alemayehu" is someone else: not keyed as her, its guess kept as it was
    text = "tigist alemayehu. habtamu came later"
    full = Mention(0, 16, "PERSON", 0.85, "SpacyRecognizer", "tigist alemayehu")
    guess = _at(text, "habtamu", 0.3)
    assert _with_variants_beside(text, [full, guess], default_given_names()) == [full, guess]


def test_a_sure_mention_over_the_word_is_not_replaced():
    # a mention found with confidence (a nickname linked, a speaker's name) stays as found
    text = "dilshod karimov. dilshod from the night shift"
    full = Mention(0, 15, "PERSON", 0.85, "SpacyRecognizer", "dilshod karimov")
    sure = _at(text, "dilshod", 0.85, nth=1, key="dilshod")
    assert _with_variants_beside(text, [full, sure], default_given_names()) == [full, sure]



def test_the_guess_said_first_gives_way_to_the_full_name_after_it():
    # "habtamu. habtamu gebreyes, he drove": the word said first, the name restated in full
    text = "habtamu. habtamu gebreyes, he drove"
    guess = _at(text, "habtamu", 0.3)
    full = Mention(9, 25, "PERSON", 0.85, "SpacyRecognizer", "habtamu gebreyes")
    out = _with_variants_beside(text, [guess, full], default_given_names())
    assert [(m.start, m.end, m.score, m.key) for m in out] == [(0, 7, 0.85, "habtamu gebreyes"), (9, 25, 0.85, "")]

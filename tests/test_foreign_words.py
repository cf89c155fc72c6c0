"""An everyday word of Spanish, Portuguese, French or Italian left untranslated in an English
transcript, after an article or a possessive ("i made a denuncia", "his cédula", "the socios"),
is a thing, not a person, a place or an organisation; without the article a word of that kind may
be a name no list has ("doutor hélio"), and stays (redactor.detect.filters:
``_foreign_word_after_determiner``; redactor.lexicon.frequency: ``foreign_zipf``)."""

from __future__ import annotations

import pytest

from redactor.lexicon.frequency import foreign_zipf


def _found(redactor, tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = redactor.run([path]).files[0]
    return [(f.entity_type, f.text) for f in result.findings]


def test_foreign_frequencies_come_from_the_small_lists():
    assert foreign_zipf("denuncia") >= 4.0 and foreign_zipf("cédula") >= 3.5
    assert foreign_zipf("wantok") == 0.0  # in none of the four languages' lists


@pytest.mark.parametrize("text, word", [
    (">> did you go to the police\n>> yes i made a denuncia at the station because of the threat\n", "denuncia"),
    (">> they asked for his cédula at the gate and he gave it\n", "cédula"),
    (">> so i read the article out loud in front of all the socios\n", "socios"),
    (">> he showed them his carnet and they let him pass\n", "carnet"),
])
def test_a_foreign_word_after_an_article_is_no_name(redactor_default, tmp_path, text, word):
    assert all(found != word for _, found in _found(redactor_default, tmp_path, text))


def test_a_name_of_that_language_without_an_article_stays(redactor_default, tmp_path):
    # "hélio" is helium in Portuguese (Zipf 3.8) and a man's name no name list has
    text = "speaker 2: a man from the city, a businessman i think, his name is doutor hélio, he comes twice a year\n"
    assert any("hélio" in found for kind, found in _found(redactor_default, tmp_path, text) if kind == "PERSON")


def test_a_known_name_after_a_possessive_stays(redactor_default, tmp_path):
    # "flores" is a Spanish word (flowers) and a surname the name lists know
    text = ">> my neighbour flores and his wife came to the meeting\n"
    assert ("PERSON", "flores") in _found(redactor_default, tmp_path, text)

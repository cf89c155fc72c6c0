"""Public facts by what the sentence says of them, round 23.

- A state body's letters in a caption's small letters, in apposition to the body's word: after
  "the union, the ..." or "the police, the ..." (the article says a body, not a person, is
  named), before ", the human rights commission" with its own article, or without one where the
  apposition ends at the body's word ("and dvekas, the police unit, did ..."); a person beside a
  job of the force ("mbeki, the police officer,") stays found.
- A news outlet whose article of another language the model left out of its span: "La" +
  "Tribuna" is a paper's word after that language's article (a masthead, like "Der Standard"),
  and "a reporter from De Nieuwe Bode" names where a journalist came from; a surname with its
  particle ("De Souza"), a possessive and a name after everyday words stay found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return [value.casefold() for _, value in of_type(redactor, text, *NAME_TYPES)]


# ---------------------------------------------------------------- a body's letters in captions

@pytest.mark.parametrize("text, name", [
    ("speaker 2: i wrote to the zhrkc, the human rights commission, in the capital", "zhrkc"),
    ("speaker 2: the union, the ktwpu. they printed the leaflets for us", "ktwpu"),
    ("speaker 1: and dvekas, the police unit, did anything go to them", "dvekas"),
    ("speaker 2: the union, the ftsuk. the delegate is my cousin", "ftsuk"),
])
def test_a_bodys_letters_in_apposition_to_its_word_are_kept(redactor_default, text, name):
    assert all(name not in found for found in _names(redactor_default, text))


@pytest.mark.parametrize("text, expected", [
    ("i went to the pzkac, the anti graft commission, in the capital", {"pzkac"}),
    ("and the police, the kpsf, did nothing", {"kpsf"}),
    ("i called the union, the ntgw. they came", {"ntgw"}),
    ("and kvorn, the police unit, did anything go", {"kvorn"}),
    # a person beside a job of the force, and a place said before the force
    ("and mbeki, the police officer, came at night", set()),
    ("i went to the kiosk, the police were there", set()),
    # after a comma without an article a person may be named
    ("i told the union, chipo, everything", set()),
    # written text: its acronyms are in capitals
    ("The Police, Kpsf, came. The Report was long.", set()),
])
def test_union_acronyms_beside_a_commission_or_the_police(text, expected):
    from redactor.detect.public_kinds import union_acronyms

    assert union_acronyms(text) == frozenset(expected)


# ---------------------------------------------------------------- outlets with their article

@pytest.mark.parametrize("text, word", [
    ("The regional paper had nothing. Then La Tribuna ran the photos of the flooded clinic.", "tribuna"),
    ("The death notice was in La Tribuna and nowhere else.", "tribuna"),
    ("I gave the letter to a reporter. A reporter from De Nieuwe Bode rang the mayor in May.", "bode"),
    ("Petra Novak wrote about it and Het Dagblad ran one photo.", "dagblad"),
])
def test_an_outlet_with_its_article_is_kept(redactor_default, text, word):
    found = _names(redactor_default, text)
    assert all(word not in value for value in found)


def test_a_person_beside_such_an_outlet_stays_found(redactor_default):
    assert "petra novak" in _names(redactor_default, "Petra Novak wrote about it and Het Dagblad ran one photo.")


@pytest.mark.parametrize("text, name", [
    ("The week after, De Souza wrote about him and the cousin lost the job.", "de souza"),
    ("A journalist from De Souza's office rang the mayor in May.", "de souza"),
    ("then the de facto boss Mwangi wrote about it in the group", "mwangi"),
    ("Then Le Roux wrote about it on his page.", "le roux"),
    ("A reporter from De Bode rang the mayor in May.", "de bode"),
])
def test_a_name_after_an_article_like_word_stays_found(redactor_default, text, name):
    assert any(name in value for value in _names(redactor_default, text))


def test_masthead_alone_reads_a_papers_word_after_its_article():
    from redactor.detect.outlets import masthead_alone

    assert masthead_alone("La Tribuna") and masthead_alone("Het Dagblad") and masthead_alone("Der Standard")
    assert not masthead_alone("Tribuna")  # the word alone may be anything
    assert not masthead_alone("The Tribuna")  # an English article before another language's word
    assert not masthead_alone("La Kowalska")


def test_foreign_article_before_is_written_as_the_name_is():
    from redactor.detect.outlets import foreign_article_before

    text = "A reporter from De Nieuwe Bode rang"
    assert foreign_article_before(text, text.index("Nieuwe")) == text.index("De")
    text = "the week after that el nuevo sol wrote"
    assert foreign_article_before(text, text.index("sol")) == text.index("el nuevo")
    text = "then the de facto boss Mwangi wrote"
    assert foreign_article_before(text, text.index("Mwangi")) == text.index("Mwangi")

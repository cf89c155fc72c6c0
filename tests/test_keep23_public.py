"""Public facts by what the sentence says of them, round 23.

- A state body's letters in a caption's small letters, in apposition to the body's word: after
  "the union, the ..." or "the police, the ..." (the article says a body, not a person, is
  named), before ", the human rights commission" with its own article, or without one where the
  apposition ends at the body's word ("and dvekas, the police unit, did ..."); a person beside a
  job of the force ("mbeki, the police officer,") stays found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return [value.casefold() for _, value in of_type(redactor, text, *NAME_TYPES)]


# ---------------------------------------------------------------- a body's letters in captions

@pytest.mark.parametrize("text, name", [
    ("speaker 2: i wrote to the zhrkc, the human rights commission, in the capital", "zhrkc"),
    ("speaker 2: the union, the ktwpu. and i send the page to the paper", "ktwpu"),
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

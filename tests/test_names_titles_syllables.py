"""Names a rank or title shows, and East Asian given names of two syllables, in lower case.

- A rank before a lower-case word the name lists know as a surname, even an English word, is
  the officer's name ("sergeant park came", "captain stone ordered it"); a rank's word, a verb
  or a rank that is an everyday word is not ("sergeant major", "the captain said").  "mr."
  before one of the commonest English words no list knows is a figure of speech ("mr. right").
- Two romanised syllables joined by a hyphen after a family name are a given name ("choi
  seo-yeon", "park ji-woo"), found again alone once met in full ("ji-woo"); hyphenated English
  words are not ("follow-up", "co-op", "t-shirt")."""

from __future__ import annotations

import pytest

from redactor.lexicon.names import given_syllables
from tests.scan_helpers import found_in_file, people


def test_a_surname_that_is_a_word_after_a_rank(redactor_default, tmp_path):
    text = ("then sergeant park came to the gate. sergeant park said nothing.\n"
            "so captain stone ordered it. inspector brown wrote it down.\n")
    found = found_in_file(redactor_default, tmp_path, text)
    assert people(found) == [("park", text.index("park")), ("park", text.index("park said")),
                              ("stone", text.index("stone")), ("brown", text.index("brown"))]
    assert ("RANK", "sergeant", text.index("sergeant park said")) in found
    assert not any(kind == "LOCATION" for kind, _, _ in found)


def test_near_misses_after_ranks_and_titles(redactor_default, tmp_path):
    text = ("the captain said we had to leave. the sergeant major shouted at us.\n"
            "he thinks he is mr. right. we watched doctor who on tv. the attorney general spoke.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_a_title_before_a_surname_no_list_knows_stays(redactor_default, tmp_path):
    text = "mr. kowal signed it. then mr harbour came.\n"
    assert [t for t, _ in people(found_in_file(redactor_default, tmp_path, text))] == ["mr. kowal", "mr harbour"]


def test_given_names_of_two_syllables_after_a_family_name(redactor_default, tmp_path):
    text = ("my friend choi seo-yeon was arrested. seo-yeon's father called me.\n"
            "park ji-woo and lee hye-jin also came. we talked to ji-woo after.\n"
            "I did a follow-up, a part-time job, the so-called union, a t-shirt, the co-op, check-in at eight.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("choi seo-yeon", text.index("choi")), ("seo-yeon", text.index("seo-yeon's")),
        ("park ji-woo", text.index("park ji")), ("lee hye-jin", text.index("lee")), ("ji-woo", text.index("ji-woo after"))]


@pytest.mark.parametrize("word, said", [
    ("seo-yeon", True), ("ji-woo", True), ("min-jun", True), ("ji-hoon", True), ("xiao-ming", True),
    ("follow-up", False), ("part-time", False), ("so-called", False), ("t-shirt", False), ("co-op", False),
    ("check-in", False), ("hip-hop", False), ("so-so", False), ("x-ray", False), ("Seo-yeon", False),
])
def test_given_syllables(word, said):
    assert given_syllables(word) is said

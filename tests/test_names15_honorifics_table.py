"""Honorifics of many languages before a name, from the shipped table (round 15).

``redactor/data/honorifics.tsv`` lists, by language, the words written before a person's name
("zonja", "gospođa", "Encik", "Ramatoa", "Batono"); the honorific goes into the person's span
and is stripped when names are compared ("zonja Drita Hoxha" and "Drita Hoxha" are one person).
Those marked "cap" count only with their capital ("Tuan Hassan", not "Nguyen Tuan")."""

from __future__ import annotations

from importlib import resources

import pytest

from redactor.lexicon.titles import (FEMALE_WORDS, MALE_WORDS, NAME_HONORIFICS, TABLE_CASED_HONORIFICS,
                                     TABLE_HONORIFICS, TITLES_BEFORE_NAME, title_gender)
from tests.scan_helpers import found_in_file, people


def _rows() -> list[list[str]]:
    raw = resources.files("redactor.data").joinpath("honorifics.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def test_the_table_has_four_columns_a_gender_and_a_case_on_each_row():
    rows = _rows()
    assert len(rows) > 80
    for row in rows:
        assert len(row) in (4, 5), row  # round 16: a fifth column says "after" a name
        word, language, gender, case = row[:4]
        assert word == word.lower() and " " not in word and language, row
        assert gender in ("f", "m", "-") and case in ("any", "cap", "word", "teknonym"), row
    words = [row[0] for row in rows if len(row) == 4]
    assert len(words) == len(set(words))


def test_the_table_feeds_the_titles_the_genders_and_the_words_stripped_from_names():
    assert {"zonja", "gospođa", "encik", "ramatoa"} <= TABLE_HONORIFICS <= TITLES_BEFORE_NAME
    assert {"zonja", "gospoda", "encik"} <= NAME_HONORIFICS
    assert {"Tuan", "Mas"} <= TABLE_CASED_HONORIFICS and "tuan" not in NAME_HONORIFICS
    assert "zonja" in FEMALE_WORDS and "zoti" in MALE_WORDS
    assert title_gender(["ramatoa", "voahangy"]) == "f" and title_gender(["andriamatoa", "hery"]) == "m"


@pytest.mark.parametrize("text, name", [
    ("Source: Then gospođa Ana Kovač opened the door.\n", "gospođa Ana Kovač"),
    ("Source: I spoke to zonja Drita Hoxha about it.\n", "zonja Drita Hoxha"),
    ("Source: later zonja drita came back with the keys\n", "zonja drita"),
    ("Source: We waited for Tuan Hassan at the jetty.\n", "Tuan Hassan"),
    ("Source: Batono Giorgi signed the paper for us.\n", "Batono Giorgi"),
])
def test_an_honorific_of_the_table_joins_the_name_after_it(redactor_default, tmp_path, text, name):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(name, text.index(name))]


def test_the_name_with_its_honorific_is_the_name_without_it(redactor_default):
    text = "Source: I spoke to zonja Drita Hoxha about it. Later Drita Hoxha called me.\n"
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [t for t, _ in found] == ["zonja Drita Hoxha", "Drita Hoxha"]
    assert found[0][1] == found[1][1]


def test_a_cased_honorific_in_a_name_or_lower_case_is_no_title(redactor_default, tmp_path):
    text = "Source: The ferry went to Nguyen Tuan's village. He bought a puan and an oom there.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Nguyen Tuan", text.index("Nguyen"))]

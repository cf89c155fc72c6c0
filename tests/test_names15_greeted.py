"""A given name thanked or greeted in a caption, in lower case, is the one spoken to (round 15).

"okay thank you tony", "okay thanks mariela, take care", "bye sunny": a word right after
"thank you", "thanks" or a greeting that ends the sentence, the line or the clause, when the
name lists know it as a given name and as no English word.  Not "thank you all", "thank you
very much", "thank you sir", "thanks babe", nor a name that is a common word ("thanks will")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("okay so that was it\nokay thank you tony\n", "tony"),
    ("right okay thanks mariela, take care\n", "mariela"),
    ("and that is all for today bye sunny\n", "sunny"),
    ("well thank you dragana. we will call again\n", "dragana"),
])
def test_a_given_name_thanked_or_greeted_is_a_person(redactor_default, tmp_path, text, name):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(name, text.index(name))]


def test_thanks_to_all_or_to_a_word_of_address_is_nobody(redactor_default, tmp_path):
    text = ("okay thank you very much\nthank you all\nthank you sir\nthanks babe, see you\n"
            "thank you again, take care\nhi everyone\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_a_greeted_word_the_lists_know_as_a_word_is_no_name(redactor_default, tmp_path):
    text = "okay thanks will do\nthank you mark my words\nhi there\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == []

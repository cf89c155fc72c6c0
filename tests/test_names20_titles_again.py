"""A title before a name found again, and the Sotho title as Lesotho spells it (round 20).

Propagation finds a person's name again where the model and the lists missed it, but its span
is what the name's forms matched: the title said before it ("Mama", "uncle", a title of the
honorifics table) stayed outside, beside the pseudonym, although the first finding of the same
name took it (:func:`redactor.detect.filters.titles_before_names_again`).  Lesotho writes the
Sotho "mme" (mother, Mrs) with apostrophes, "'M'e": a row of the honorifics table now."""

from __future__ import annotations

import pytest

from redactor.detect.filters import titles_before_names_again
from redactor.lexicon.titles import TABLE_FEMALE, TABLE_HONORIFICS
from redactor.model import Mention
from tests.scan_helpers import found_in_file, people

_FIRST = "Speaker 1: The matron, Mama Bobo Kapinga, signed the roster.\nSpeaker 2: And after that?\n"


def test_a_name_found_again_takes_the_title_before_it(redactor_default, tmp_path):
    text = _FIRST + "Speaker 1: nobody argued with mama bobo after that.\n"
    found = people(found_in_file(redactor_default, tmp_path, text))
    assert ("mama bobo", text.index("mama bobo")) in found
    assert ("bobo", text.index("bobo")) not in found


def test_a_name_found_again_after_a_kinship_title_takes_it(redactor_default, tmp_path):
    text = _FIRST + "Speaker 1: nobody argued with uncle bobo after that, and my uncle said so.\n"
    found = people(found_in_file(redactor_default, tmp_path, text))
    assert ("uncle bobo", text.index("uncle bobo")) in found
    assert not any(name.startswith("uncle said") or name == "uncle" for name, _ in found)


def test_a_job_that_ends_with_the_title_keeps_it(redactor_default, tmp_path):
    text = _FIRST + "Speaker 1: nobody argued with the site chef bobo after that.\n"
    found = found_in_file(redactor_default, tmp_path, text)
    assert ("PERSON", "bobo", text.index("chef bobo") + 5) in found
    assert not any(kind == "PERSON" and "chef" in name for kind, name, _ in found)


def _found_again(at: int, name: str) -> Mention:
    return Mention(at, at + len(name), "PERSON", 0.7, "propagation", name)


def test_the_title_joins_only_where_no_other_finding_holds_it():
    text = "then aunty bobo came, and the cook aunty bobo too\n"
    first, second = _found_again(text.index("bobo"), "bobo"), _found_again(text.rindex("bobo"), "bobo")
    cook = text.index("cook aunty")
    job = Mention(cook, cook + len("cook aunty"), "OCCUPATION", 0.6, "Occupation", "cook aunty")
    assert [m.text for m in titles_before_names_again(text, [first, second], [job])] == ["aunty bobo", "bobo"]


@pytest.mark.parametrize("text", [
    "Speaker 1: my uncle said the road was closed.\n",
    "Speaker 1: the brother of the driver works there.\n",
    "Speaker 1: it is a sister company of the mine.\n",
    "Speaker 1: father time catches everyone.\n",
])
def test_no_person_in_a_kinship_word_used_as_a_word(redactor_default, tmp_path, text):
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_the_lesotho_spelling_of_the_sotho_title_is_in_the_table():
    assert {"'m'e", "’m’e"} <= TABLE_HONORIFICS and "'m'e" in TABLE_FEMALE


@pytest.mark.parametrize("text, name", [
    ("Respondent: The mother, 'M'e Palesa Ntsane, came to the gate.\n", "'M'e Palesa Ntsane"),
    ("Respondent: the mother, 'm'e palesa, she came to the gate\n", "'m'e palesa"),
])
def test_the_lesotho_spelling_goes_into_the_persons_span(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


def test_an_apostrophe_before_me_is_no_title(redactor_default, tmp_path):
    text = "Respondent: they said 'me too' and he told me to call me tomorrow\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == []

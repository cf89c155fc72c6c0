"""Round 35: letters said one by one are part of what they follow.

- A handle or an e-mail address dictated with letters said one by one ("jessa underscore m d",
  "at c w g s y dot net"): the letters are one word of it (the contact tokenizer's "letters"
  part), not the end of the address after its first letter.
- Initials after a person's name ("rajeevan k p", "mabiala p g,", "Mutinta C."): part of the
  name's span (``redactor.refine.people.initials_after_names``) and of the same person as the
  name said alone.

Exact spans through the whole Redactor, and near misses that must not be found: a letter that
is a word ("juan y maria", "rajeevan a day later", "i think"), the next turn's label."""

from __future__ import annotations

import pytest


def found(redactor, text: str, kind: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == kind]


@pytest.mark.parametrize("text, expected", [
    ("speaker 2: jessa, jessa dagohoy. on the app i'm jessa underscore m d [crosstalk] jessa underscore m d "
     "underscore ninety nine", ["jessa underscore m d", "jessa underscore m d underscore ninety nine"]),
    ("and the telegram is the same, beni underscore k u. and the mail now is a proton", ["beni underscore k u"]),
])
def test_letters_said_one_by_one_end_a_handle(redactor_default, text, expected):
    assert found(redactor_default, text, "HANDLE") == expected


def test_letters_said_one_by_one_are_a_domain_word(redactor_default):
    text = "same. t gallienne, g a l l i e n n e,\nat c w g s y dot net."
    assert found(redactor_default, text, "EMAIL") == ["g a l l i e n n e,\nat c w g s y dot net"]


@pytest.mark.parametrize("text", [
    "my handle is jan underscore k i think",
    "it's jan underscore k a new one",
])
def test_a_word_of_one_letter_after_a_handle_is_not_taken(redactor_default, text):
    assert found(redactor_default, text, "HANDLE") == ["jan underscore k"]


@pytest.mark.parametrize("text, expected", [
    ('the number is n four seven eight eight two one six. name rajeevan, rajeevan k p',
     ["rajeevan", "rajeevan k p"]),
    ("the boss signed as witness, jurick, jurick f., i won't say the surname.", ["jurick", "jurick f."]),
])
def test_initials_after_a_name_are_the_names(redactor_default, text, expected):
    assert found(redactor_default, text, "PERSON") == expected


def test_a_name_with_its_initials_is_the_person_of_the_name_alone(redactor_default):
    text = "name rajeevan, rajeevan k p\nthe tank was empty. Rajeevan came later. i saw rajeevan a day later."
    findings = [f for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [f.text for f in findings] == ["rajeevan", "rajeevan k p", "Rajeevan", "rajeevan"]
    assert len({f.replacement for f in findings}) == 1


@pytest.mark.parametrize("text, letter", [
    ("name rajeevan. i saw rajeevan a day later", "a"),
    ("name rajeevan. i called rajeevan y his brother came too", "y"),
    ("name rajeevan. the foreman was rajeevan i think, yes", "i"),
    ("name rajeevan. we went with rajeevan o the other one", "o"),
    ("Interviewer: and who told you?\nxiao yan\nq: do you trust her?", "q"),
    ("The applicant relied on the privilege against self-incrimination (see Saunders v. the United Kingdom, "
     "17 December 1996).", "v"),
])
def test_a_letter_that_is_a_word_is_no_initial(redactor_default, text, letter):
    persons = found(redactor_default, text, "PERSON")
    assert not any(p.split()[-1].strip(".") == letter for p in persons if len(p.split()) > 1)

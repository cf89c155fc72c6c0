"""A turn's label whose word the same transcript says as a common noun is the speaker's job (round 39).

"**Cook:** ... I'm the line cook on La Güerita", "**Pizzaiolo:** ... I'm the second pizzaiolo on
the evening oven": the transcriber labels the voice by the job it says it has, in a word no job
list needs to hold ("cook" is a surname of many countries, "pizzaiolo" in no list).  Said in small
letters after "the" or "a" it is a common noun there, which a surname never is; a given name
("Rose", "the rose bed") stays a name, and so does a label said nowhere in small letters.
"""

from __future__ import annotations

import pytest

from redactor.detect.person_roles import is_said_role_label, nouns_after_articles
from tests.scan_helpers import found_in_named_file

_COOK = """## Transcript - food truck, recorded in a parked car

**Interviewer:** How long have you worked there?

**Cook:** My name is Rosalba Quintanar. I'm the line cook on the taco truck by the tire shop. Since May 2022.

**Interviewer:** Who owns it?

**Cook:** Delfino Ibarra. He has two trucks, but the permit is only for the old one.
"""

_PIZZA = """**Interviewer:** Where do you work?

**Pizzaiolo:** In the Sanità, on Via Fontanelle. I'm the second pizzaiolo on the evening oven.

**Interviewer:** And your name?

**Pizzaiolo:** I'm Gaetano, twenty-nine.
"""


def test_a_job_label_said_as_a_noun_is_no_person(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "truck.md", _COOK, ("PERSON",))
    assert not any(text == "Cook" for _, text in found)
    assert ("PERSON", "Rosalba Quintanar") in found
    assert ("PERSON", "Delfino Ibarra") in found


def test_a_label_no_list_holds_said_after_the(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "pizza.md", _PIZZA, ("PERSON",))
    assert not any(text == "Pizzaiolo" for _, text in found)
    assert ("PERSON", "Gaetano") in found


def test_a_surname_label_never_said_in_small_letters_stays_a_person(redactor_default, tmp_path):
    # no "the cook" said in it: the label's word is only the speaker's surname, which the name
    # she gives holds (a full name without it would tell the label is no name of hers: round 44)
    text = _COOK.replace("**Cook:**", "**COOK:**").replace("I'm the line cook on", "I drive").replace(
        "Rosalba Quintanar", "Rosalba Cook")
    found = found_in_named_file(redactor_default, tmp_path, "truck.md", text, ("PERSON",))
    assert ("PERSON", "COOK") in found


@pytest.mark.parametrize("text, label, expected", [
    ("**Cook:** I'm the line cook.", "Cook", True),
    ("COOK: the cook's son drives.", "COOK", True),        # the possessive is the noun
    ("Pizzaiolo: a pizzaiolo", "Pizzaiolo", True),
    ("Cook: Mr Cook said so.", "Cook", False),              # capitalised: a name
    ("Cook: they cook at night.", "Cook", False),           # no article before it
    ("Rose: the rose bed.", "Rose", False),                 # a given name stays a name
    ("Ana: the ana", "Ana", False),                         # too short to be a job
    ("Cook: I'm the line cook. Ask Mr Cook.", "Cook", False),     # a surname too: a title before it
    ("COOK: the cook's van. thanks, Cook, go on", "COOK", False),  # said as a name mid-sentence
    ("Cook: the line cook.\nCook: Cook here.", "Cook", True),      # a sentence's first word says nothing
])
def test_is_said_role_label(text, label, expected):
    assert is_said_role_label(label, nouns_after_articles(text), text) is expected


def test_a_surname_label_said_as_a_name_too_stays_a_person(redactor_default, tmp_path):
    # "the line cook" is said, and so is "Mr Cook": the label is the speaker's surname
    text = _COOK.replace("Who owns it?", "Mr Cook, who owns it?")
    found = found_in_named_file(redactor_default, tmp_path, "truck.md", text, ("PERSON",))
    assert any(text == "Cook" for _, text in found)


def test_nouns_after_articles_stop_at_the_next_article():
    assert nouns_after_articles("the cook and the boss, a head cook's son, The Baker") == \
        frozenset({"cook", "and", "boss", "head", "son"})

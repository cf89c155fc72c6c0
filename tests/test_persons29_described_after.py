"""A known given name alone, followed by who that person is, is a person (round 29).

"Ayşe, the lab technician, saw the original files", "Kirk, one of the day operators, messaged
me", "Two more cough like me. Ibrahim, he is twenty-six", "the boy. tyrese. he is twelve.": the model missed the lone name and
the lists alone score it too low to keep; the phrase after the comma (a job or a person's word,
"one of", or "he"/"she" taking up a name that opens the clause) says it is someone.  Not a
place the lists know ("Victoria, the capital,"), not a day ("Sunday, he said")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("**Interviewer:** Anyone who can confirm?\n\n**Source:** Ayşe, the lab technician, saw the original files.\n",
     "Ayşe"),
    ("Source: Two more on the saws cough like me. Ibrahim, he is twenty-six, he started at sixteen.\n",
     "Ibrahim"),
    ("**Reporter:** Has anyone from the plant contacted you?\n\n**Boysie:** Kirk, one of the day operators, "
     "messaged me on the Friday.\n", "Kirk"),
    ("Source: On the other nights there is only Marjatta, the assistant, and she is afraid of him.\n",
     "Marjatta"),
])
def test_a_given_name_described_after_it_is_a_person(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


def test_a_given_name_said_alone_and_taken_up_is_a_person(redactor_default, tmp_path):
    text = ("speaker 1: and the boy?\nspeaker 2: yeah. the boy. tyrese. he is twelve. he does surf by the freights.\n"
            "speaker 1: and your daughter?\nspeaker 2: nila. she is at the university.\n")
    found = people(found_in_file(redactor_default, tmp_path, text))
    assert ("tyrese", text.index("tyrese")) in found and ("nila", text.index("nila")) in found


def test_no_person_described_after_a_place_or_a_day(redactor_default, tmp_path):
    text = ("Source: Victoria, the capital, was dark for two days.\n"
            "Source: Sunday, he said, the bus would come.\n"
            "Source: Jordan, he said, closed the border crossing.\n"
            "speaker 2: paris. she loved it there. sunday. he came back.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []

"""A size, age or affection word said before a name after a comma is part of that name (round 30).

"My family says Amina Yare, little Amina, because ...", "the guard, old Tomasz, sleeps in
the hut", "the driver, wee fergus, fergus mcbride": the detectors found the name and left the
adjective, so the mention was half covered.  Not a reply opening a turn ("okay, sorry Amina"),
a stop word ("Yes, only Tomasz knew"), an endearment ("Thanks, dear Tomasz") or a verb's form
("That evening, said Tomasz, the gate was open"), a preposition WordNet also calls an adjective
("Tomasz Nowak, like Tomasz Kowal")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("Interviewer: And at home?\nSource: My name is Amina Warsame. My family says Amina Yare, little Amina, "
     "because there are two of us.\n", "little Amina"),
    ("**Q:** And your name?\n\n**A:** My name is Amina Cabdi Warsame. At home they call me Amina Yare, "
     "little Amina, because my aunt is also Amina.\n", "little Amina"),
    ("**Q:** Who else was there?\n\n**A:** The night guard, old Tomasz, he sleeps in the hut by the gate.\n",
     "old Tomasz"),
    ("speaker 1: who saw the lorry\nspeaker 2: the manager, alistair flett. and the driver, wee fergus, "
     "fergus mcbride, he saw it.\n", "wee fergus"),
])
def test_an_adjective_said_before_a_name_is_part_of_it(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


def test_no_reply_stop_word_endearment_or_verb_taken_into_a_name(redactor_default, tmp_path):
    text = ("Interviewer: Okay, sorry Amina, one more question.\n"
            "Source: Yes, only Tomasz knew the code.\n"
            "Source: Thanks, dear Tomasz, for the tea.\n"
            "Source: That evening, said Tomasz, the gate was open. One little girl was hurt.\n"
            "Source: Tomasz Nowak, like Tomasz Kowal, came from the camp, near Tomasz Wolski.\n")
    found = [name for name, _ in people(found_in_file(redactor_default, tmp_path, text))]
    assert found and all(name.split()[0] in {"Amina", "Tomasz"} for name in found), found

"""Round 35: a given name clipped to its first three letters is the one person whose given name
it starts ("Des" of Desmond Penn, "Kez" of Kezia Browne), as four letters were before
(``redactor.entities.resolve._clipped``): in the design sets' gold such a name is that person 40
times of 41.  Not a three-letter name that is a given name of its own ("Ian" beside Ianthe), not
one that two people's names start, and not a name clipped to its end ("Ina" of Marina)."""

from __future__ import annotations


def people(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.replacement) for f in redactor.scan(text) if f.entity_type == "PERSON"]


def test_three_letters_of_a_given_name_are_its_person(redactor_default):
    text = ("I work with Desmond Penn on the charter boats. Des told me to keep quiet about the engine.\n"
            "Later Des phoned the owner. Kezia Browne came too, and Kez brought the papers.")
    found = people(redactor_default, text)
    assert [t for t, _ in found][:2] == ["Desmond Penn", "Des"] and [t for t, _ in found][-2:] == ["Kezia Browne", "Kez"]
    assert found[0][1] == found[1][1] != found[-2][1] == found[-1][1]


def test_a_given_name_of_its_own_is_not_clipped(redactor_default):
    text = "Ianthe Morgan runs the kitchen. Ian Pike does the night shift, and Ian said the fridge broke."
    found = dict(people(redactor_default, text))
    assert found["Ianthe Morgan"] != found["Ian Pike"]


def test_three_letters_two_names_start_are_nobody_s_clipped_name(redactor_default):
    text = ("I work with Desmond Penn and Desiree Clarke on the charter boats. Des told me to keep quiet "
            "about the engine.")
    reps = dict(people(redactor_default, text))
    assert reps.get("Des") not in {reps["Desmond Penn"], reps["Desiree Clarke"]}

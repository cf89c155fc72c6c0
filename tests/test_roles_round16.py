"""One person of the story named by a job noun (round 16): job nouns only such a form names
("the coroner wrote", "his bodyguard pushed me", the pack's one_person_job), said as the subject
of what one person did or thinks ("the owner believes I did it"), as the one told, warned or
taken to ("I warned the welder twice", "they sent me up to the director and"), asked about ("did
the prosecutor call you"), with the name of the one who holds it ("the investigator is Orhan
Kaya", "the director there, gospodin Petrov,"), of a kept place ("the prefect of Tillabéri
said") and after a possessive ("my helper Tendai", "his driver waited").  A whole Redactor
scans each sentence: the spans of jobs and ranks are exact, and a near miss has none."""

from __future__ import annotations

import pytest

from tests.scan_helpers import of_type

ROLES = ("OCCUPATION", "RANK")


def _found(redactor, text: str, *more: str) -> list[tuple[str, str]]:
    return of_type(redactor, text, *ROLES, *more)


@pytest.mark.parametrize("text, expected", [
    # a job word only such a form names, then a past tense
    ("The coroner wrote that it was an accident.", [("OCCUPATION", "coroner")]),
    ("The bodyguard pushed me away from the car.", [("OCCUPATION", "bodyguard")]),
    ("Our pastor preached about it on Sunday.", [("OCCUPATION", "pastor")]),
    ("the imam came", [("OCCUPATION", "imam")]),
    ("That old priest heard everything and said nothing.", [("OCCUPATION", "priest")]),
    ("The landlady threw our things into the street.", [("OCCUPATION", "landlady")]),
    # an irregular past no "-ed" shows, a known job word
    ("The technician reset the alarm twice.", [("OCCUPATION", "technician")]),
    ("the welder at the depot broke his arm", [("OCCUPATION", "welder")]),
    # where they come from between: a capitalised town
    ("Then the investigator from Bursa came with two policemen.", [("OCCUPATION", "investigator")]),
    # a present verb of saying or thinking
    ("The owner believes I took the money.", [("OCCUPATION", "owner")]),
    ("The dispenser at the clinic swears it was the right dose.", [("OCCUPATION", "dispenser")]),
    # the subject taken up again by "who" or, at a clause's head, by a pronoun
    ("The mechanic who fixed the bus was from Gulu.", [("OCCUPATION", "mechanic")]),
    ("The manager, who was drunk, fired me.", [("OCCUPATION", "manager")]),
    ("the owner he told us to leave", [("OCCUPATION", "owner")]),
    ("And the director, she is a cousin of the mayor.", [("OCCUPATION", "director")]),
    ("yes our cook he never paid for the rice", [("OCCUPATION", "cook")]),
    # their kin or their things
    ("Later the director's car was parked outside.", [("OCCUPATION", "director")]),
    ("We all knew the prefect's nephew.", [("OCCUPATION", "prefect")]),
    # after a possessive: one who works for or beside the person
    ("His driver waited outside the whole night.", [("OCCUPATION", "driver")]),
    ("My employer kept my passport in his safe.", [("OCCUPATION", "employer")]),
    ("Her interpreter translated everything wrong.", [("OCCUPATION", "interpreter")]),
    # an interview's word said with where the person works is the story's
    ("The interpreter at the police station was rude.", [("OCCUPATION", "interpreter at the police station")]),
])
def test_a_job_word_then_what_they_did(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # what any holder does, a thing of theirs, a compound noun
    "The owner is liable for any damage.",
    "The owner must pay the fee every year.",
    "The employer pays the levy each month.",
    "A director should know the rules.",
    "The driver seat was broken.",
    "The guard dogs barked all night.",
    "The pilot light went out.",
    "He wore the captain's armband last season.",
    "He sat in the driver's seat.",
    "Read the owner's manual first.",
    "The coroner's report came a month late.",
    # a job word as an object, then a relative clause: no clause starts before it
    "It had not been made available to her or to the doctor she had appointed.",
    # the interview's own people, an office in formal text
    "The reporter asked about the fire.",
    "The interpreter said it again in French.",
    "The Director decided to close the office.",
    # one whose service the speaker uses, after a possessive
    "my lawyer said no",
    "Her doctor told her to rest.",
    # a plural
    "The pastors met in Kumasi.",
])
def test_no_job_word_without_one_person(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I warned the welder twice about the gas.", [("OCCUPATION", "welder")]),
    ("They sent me up to the director and he shouted.", [("OCCUPATION", "director")]),
    ("The inspectors spoke just with the manager downstairs.", [("OCCUPATION", "manager")]),
    ("We complained straight to the pastor.", [("OCCUPATION", "pastor")]),
    ("He took me back to the owner.", [("OCCUPATION", "owner")]),
    ("Nobody told the chairwoman until Friday.", [("OCCUPATION", "chairwoman")]),
])
def test_a_job_word_for_one_person_told_or_taken_to(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Go to the doctor if it hurts.",
    "I went to the doctor yesterday.",
    "We need to see a nurse today.",
    "You should call a lawyer first.",
    "I told the reporter everything.",
    "They sent me to the back of the line.",
])
def test_no_job_word_without_telling_or_taking(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Did the prosecutor call you after that?", [("OCCUPATION", "prosecutor")]),
    ("has the owner paid you since March?", [("OCCUPATION", "owner")]),
    ("Didn't your supervisor ever tell you?", [("OCCUPATION", "supervisor")]),
])
def test_a_job_word_asked_about(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Did the doctors come?",
    "Can the owner be held liable?",
    "Does the owner have to pay the fine?",
])
def test_no_job_word_in_a_question_about_anyone(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # "is" or "was" and the holder's name
    ("The investigator is Orhan Kaya, he came twice.", [("OCCUPATION", "investigator"), ("PERSON", "Orhan Kaya")]),
    ("the manager there is called Hamid.", [("OCCUPATION", "manager"), ("PERSON", "Hamid")]),
    # "there," and the name
    ("The director there, gospodin Petrov, signed the paper.",
     [("OCCUPATION", "director"), ("PERSON", "gospodin Petrov")]),
    # a possessive and the name after it
    ("My helper Tendai was behind me on the ladder.", [("OCCUPATION", "helper"), ("PERSON", "Tendai")]),
])
def test_a_job_word_with_the_name_of_its_holder(redactor_default, text, expected):
    assert _found(redactor_default, text, "PERSON") == expected


@pytest.mark.parametrize("text", [
    # no job word before the name, an everyday noun after "is"
    "The problem is Orhan Kaya, he never pays.",
    "The reason there, Petrov said, was money.",
])
def test_no_job_word_before_a_name_without_one(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The prefect of Tillabéri said we must leave.", [("OCCUPATION", "prefect")]),
    ("The pastor of Nukualofa spoke at the funeral.", [("OCCUPATION", "pastor")]),
])
def test_a_job_word_of_a_kept_place(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The director of public prosecutions decided not to charge.",
    "The director of the IMF said growth is slow.",
    "The governor of Lagos spoke on television.",
])
def test_no_job_word_of_a_public_office_or_body(redactor_default, text):
    assert _found(redactor_default, text) == []

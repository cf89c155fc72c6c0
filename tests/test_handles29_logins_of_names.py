"""A user name made of the name of one person of the text is that person, whichever rule found
it (redactor.refine.nicknames): the contact pack's handles shaped by a digit, an underscore or an
@ ("her login is lheyliger2", "Telegram: @jmarek") as well as the login words' bare words.  The
handle takes the person's pseudonym, so one person reads as one.  A handle made of no one's name
keeps its own pseudonym, as does one two people's names could make."""

from __future__ import annotations

import pytest


def _kinds(redactor, text: str) -> dict[str, tuple[str, str]]:
    return {text[f.start:f.end]: (f.entity_type, f.replacement) for f in redactor.scan(text)}


@pytest.mark.parametrize("text, handle, name", [
    ("A: Shift supervisor Lorraine Heyliger. She has admin rights in the system, her login is lheyliger2. "
     "The audit trail will show it.\n", "lheyliger2", "Lorraine Heyliger"),
    ("The balcony report was closed under my user, yfridman2, on a day I was off. I am Yael Fridman, "
     "the engineer.\n", "yfridman2", "Yael Fridman"),
    ("Write to me on Telegram: @jmarek. Jan Marek is my name, the driver.\n", "@jmarek", "Jan Marek"),
])
def test_a_handle_made_of_a_persons_name_is_that_person(redactor_default, text, handle, name):
    kinds = _kinds(redactor_default, text)
    assert kinds[handle] == ("PERSON", kinds[name][1])


@pytest.mark.parametrize("text, handle, name", [
    ("Write to me on Telegram: @jmarek. Jan Marek is my name. Instagram is @bluefox_77.\n", "@bluefox_77",
     "Jan Marek"),
    ("A: Shift supervisor Lorraine Heyliger. Her login is qzorbel2, not hers at all.\n", "qzorbel2",
     "Lorraine Heyliger"),
])
def test_a_handle_made_of_no_ones_name_keeps_its_own_pseudonym(redactor_default, text, handle, name):
    kinds = _kinds(redactor_default, text)
    assert kinds[handle][0] == "HANDLE"
    assert kinds[handle][1] != kinds[name][1]


def test_a_handle_two_peoples_names_could_make_is_no_ones(redactor_default):
    text = "Jan Marek and Jana Marek share the desk. The file shows the user jmarek7 on Monday.\n"
    kinds = _kinds(redactor_default, text)
    assert kinds["jmarek7"][0] == "HANDLE"


def test_a_handle_with_a_name_said_alone_keeps_its_own_pseudonym(redactor_default):
    text = ("SOURCE: The scout is a man called Ryuji, I only know his first name and his LINE, ryuji_k777. "
            "Ryuji drives a white van.\n")
    kinds = _kinds(redactor_default, text)
    assert kinds["ryuji_k777"][0] == "HANDLE"
    assert kinds["ryuji_k777"][1] != kinds["Ryuji"][1]

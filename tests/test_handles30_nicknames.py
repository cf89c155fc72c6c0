"""A nickname of two words in small letters ending its clause (redactor.refine.nicknames): after
the words that call someone ("at the academy they call me small boat, because", "the men call
him big boy because"), or what people say right after the person is named ("his name is
alfred zubah but everybody say big boy", "wayne ellis dingess. most folks say pee wee"): a
describing word before a noun, or two words English hardly uses.  The person's pseudonym covers
it.  Near misses: a time ("called me last night"), a word for how ("they call me crazy"),
everyday words said after a name ("People say hello", "they say bad things").

And a nickname said first, then the words that say it is what someone is called ("el flaco,
that's what we call him, doctor iván negrón", "kyar gyi, sorry, that's what we call u kyaw min
htet", "for the baron, that's what we call him" with the name on the next line): the person named
right after the words (redactor.refine.nicknames._named_as_called_so); an article and a word no
detector found is found there.  Near misses: "that's what we call it", a thing ("for the money,
that's what they call me")."""

from __future__ import annotations

import pytest


def _run(redactor, tmp_path, text: str):
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return result


@pytest.mark.parametrize("text, name, nickname", [
    ("and you're\nkwadwo boateng. at the academy they call me small boat,\nbecause of boateng, and i'm short\n",
     "kwadwo boateng", "small boat"),
    ("speaker 1: and your full name, for me\nspeaker 2: jahmal clarke. everybody in cayon calls me tall boy\n",
     "jahmal clarke", "tall boy"),
    ("speaker 1: is that a nickname?\nspeaker 2: his name is alfred zubah but everybody say big boy\n"
     "speaker 1: okay. have you talked to anyone else\n", "alfred zubah", "big boy"),
    ("what's your name, for me\nwayne [inaudible] wayne ellis dingess. most folks say pee wee\n"
     "because i'm six foot four.\n", "wayne ellis dingess", "pee wee"),
    ("the ganger was tomas ruiz, the men call him big boy because of his size.\n", "tomas ruiz", "big boy"),
])
def test_a_two_word_nickname_is_the_person(redactor_default, tmp_path, text, name, nickname):
    _assert_one_person(_run(redactor_default, tmp_path, text), text, name, nickname)


def _assert_one_person(result, text: str, name: str, nickname: str) -> None:
    """The nickname found once, where it is said, with the person's pseudonym."""
    person = next(f for f in result.findings if f.text == name)
    nick = [f for f in result.findings if f.text == nickname]
    assert [f.start for f in nick] == [text.index(nickname)]
    assert nick[0].replacement == person.replacement


_NEAR_MISSES = (
    "my name is peter mwangi. she called me last night, and he called me next week.\n",
    "my name is peter mwangi. they called me back twice. i called her lawyer. they call me crazy.\n",
    "I met John Smith. People say hello to him. Maria Lopez, they say bad things.\n",
    "I met John Smith. We called her old number, nobody answered.\n",
)


def test_everyday_words_after_calling_words_are_no_nicknames(redactor_default, tmp_path):
    names = {"peter mwangi", "John Smith", "Maria Lopez"}
    found = {text: {f.text for f in _run(redactor_default, tmp_path, text).findings if f.entity_type == "PERSON"} - names
             for text in _NEAR_MISSES}
    assert found == {text: set() for text in _NEAR_MISSES}


@pytest.mark.parametrize("text, name, nickname", [
    ("and the owner, the doctor, el flaco, that's what we call him, doctor iván negrón,\n"
     "he has three clinics, this one and two in caguas\n", "doctor iván negrón", "el flaco"),
    (">> the maintenance man maung thet, on the order of kyar gyi, sorry, that's what we call u kyaw min htet, "
     "it means tiger.\n", "u kyaw min htet", "kyar gyi"),
    ("- and you were a loft manager for someone else\n- yes, for the baron, that's what we call him\n"
     "marc de smedt, the big one-loft race organiser\n", "marc de smedt", "the baron"),
    ("- yes, for the baron, that's what we call him marc de smedt, the big one-loft race organiser\n",
     "marc de smedt", "the baron"),
])
def test_a_nickname_before_thats_what_we_call_is_the_person(redactor_default, tmp_path, text, name, nickname):
    _assert_one_person(_run(redactor_default, tmp_path, text), text, name, nickname)


def test_a_thing_said_so_is_no_nickname(redactor_default, tmp_path):
    text = "- yes, that's what we call it, the big race. for the money, that's what they call me.\n"
    result = _run(redactor_default, tmp_path, text)
    assert [f.text for f in result.findings if f.entity_type in {"PERSON", "CALL_SIGN"}] == []

"""A nickname said of someone named before it (round 22, redactor.refine.nicknames._said_of).

"Mr. Ivan Petrov. Everybody calls him Zubr": the title's full stop ends no sentence, so the
name is in the sentence before the nickname.  The ones who call may be a noun phrase of their
own ("The women at the market call him ...", "the young lads call him ..."), not someone else
brought in.  Sentences that go on about the person ("He is the foreman.") may stand between.
Words the model took for a full name of their own right after the calling words ("they call him
Mao Tou") are that person.  Near misses: two people named, someone else brought in, a bare
"called" between two full names.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import person_tokens
from redactor.entities.variants import default_given_names
from redactor.model import Mention
from redactor.refine.nicknames import link_nicknames

P, C = "PERSON", "CALL_SIGN"


def spans(text: str, *found: tuple[str, str]) -> list[Mention]:
    """Mentions of ``(form, type)`` at the form's first occurrence in ``text``."""
    out = [Mention(text.index(form), text.index(form) + len(form), kind, 0.85, "SpacyRecognizer", form)
           for form, kind in found]
    return sorted(out, key=lambda m: m.start)


def keys(text: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in link_nicknames(text, spans(text, *found), default_given_names())]


@pytest.mark.parametrize("text, full, nick", [
    # a title's full stop inside the name
    ("A: Mr. Ramesh Adhikari. All of us call him Bhaiji since the flood.", "Mr. Ramesh Adhikari", "Bhaiji"),
    ("Source: That was Eng. Yossi Peretz. At home we call him Yossele.", "Eng. Yossi Peretz", "Yossele"),
    # the callers named by a noun phrase of their own
    ("A: Sipho Dlamini. The boys from the choir call him Bhubesi.", "Sipho Dlamini", "Bhubesi"),
    ("A: Sipho Dlamini. The old fishermen call him Bhubesi.", "Sipho Dlamini", "Bhubesi"),
    ("A: It is Sipho Dlamini. On the ferry the cooks call him Bhubesi.", "Sipho Dlamini", "Bhubesi"),
    # sentences that go on about him between
    ("A: My landlord, Conor Whelan. He owns four flats. His tenants call him Ledger.", "Conor Whelan", "Ledger"),
    ("speaker 2: the clerk was marta vella. she keeps the keys. on our street they call her kbira.", "marta vella",
     "kbira"),
    # "knew her as"
    ("A: Our cook was Tomasa Nchama; on the boats they knew her as Tornilla.", "Tomasa Nchama", "Tornilla"),
])
def test_a_nickname_is_said_of_the_one_named_before(text, full, nick):
    found = dict(keys(text, (full, P), (nick, C)))
    assert found[nick] == " ".join(person_tokens(full)) and found[full] == ""


# Near misses: someone else named or brought in, or the sentences between say nothing of him.
@pytest.mark.parametrize("text", [
    "A: Mr. Ivan Petrov came with Oleh Bondar. Everybody calls him Zubr.",
    "A: Ivan Petrov met the boy. The guards call him Zubr.",
    "A: Ivan Petrov, his brother the guards call him Zubr.",
    "A: Ivan Petrov met a boy there. He was tired. They called him Zubr.",
    "A: Ivan Petrov came. The rain stopped at noon. They called him Zubr.",
    "A: Ivan Petrov runs the mill, and the miller we call him Zubr.",
])
def test_a_nickname_is_not_said_of_one_where_others_may_be_meant(text):
    full = "Mr. Ivan Petrov" if "Mr." in text else "Ivan Petrov"
    others = [("Oleh Bondar", P)] if "Oleh" in text else []
    assert dict(keys(text, (full, P), ("Zubr", C), *others))["Zubr"] == ""


@pytest.mark.parametrize("text, full, nick, person", [
    ("SPEAKER_01|Our line leader, Wang Jianguo, they call him Mao Tou in the canteen.", "Wang Jianguo", "Mao Tou",
     "wang jianguo"),
    ("A: Karim Haddad, the whole street calls him Bou Zid, sold the car.", "Karim Haddad", "Bou Zid", "karim haddad"),
    ("Q: And the pilot?\nA: Ramiro Quispe,\nat the airstrip they call him el Gringo.", "Ramiro Quispe", "el Gringo",
     "ramiro quispe"),
    # near misses: a bare "called" between two full names, two people named before it, someone's
    ("A: Ivan Petrov called Oleh Bondar at night.", "Ivan Petrov", "Oleh Bondar", ""),
    ("A: Ivan Petrov met Taras Shevchuk. They call him Mao Tou.", "Ivan Petrov", "Mao Tou", ""),
    ("A: Wang Jianguo, they call him Mao Tou's brother.", "Wang Jianguo", "Mao Tou", ""),
])
def test_words_taken_for_a_full_name_after_the_calling_words_are_the_one_named_before(text, full, nick, person):
    found = dict(keys(text, (full, P), (nick, P), *([("Taras Shevchuk", P)] if "Taras" in text else [])))
    assert found[nick] == person and found[full] == ""


@pytest.mark.parametrize("text, lone, nick, person", [
    ("A: Our baker, Abdelgadir, we call him Abu Zaid since his son was born.", "Abdelgadir", "Abu Zaid",
     "abdelgadir"),
    (">> kestas, at the depot they call him kuprys. he drives the night bus.", "kestas", "kuprys", "kestas"),
    # near misses: a given name the lists know (resolution decides), someone else named before
    ("A: Ivan, we call him Vanya, came late.", "Ivan", "Vanya", ""),
    ("A: Then Oleh came. Ivan, they call him Mao Tou, was late.", "Ivan", "Mao Tou", ""),
])
def test_a_nickname_said_of_one_named_by_one_word_is_theirs(text, lone, nick, person):
    others = [("Oleh", P)] if "Oleh" in text else []
    assert dict(keys(text, (lone, P), (nick, P), *others))[nick] == person

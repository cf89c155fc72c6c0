"""Roles said the way a story names one person (round 12): a job word in apposition with a name,
either order ("the bookkeeper, zarina, kept the list", "Tomasi, our translator, came too", "the
deckhand Josefa"), job words the lists lacked ("the purser", "the concierge", "the sentry"), a
rank with its terms of service ("a contract corporal", "a conscript private"), the officer
commanding by its letters ("the OC"), a local word for a job said next to its gloss ("the water
man, the regador we say") and a guarded site's ring ("the outer fence post").  Every case runs
through a whole Redactor and asserts the exact spans; the near misses assert that nothing of the
kind is found."""

from __future__ import annotations

import pytest

ROLES = frozenset({"OCCUPATION", "RANK"})


def _found(redactor, text: str, kinds: frozenset[str] = ROLES) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in kinds]


@pytest.mark.parametrize("text, expected", [
    # the job, then the name between commas (either case, one word or a full name)
    ("the bookkeeper, zarina, kept the list", [("OCCUPATION", "bookkeeper")]),
    ("the paramedic, Ines, wrote it down", [("OCCUPATION", "paramedic")]),
    ("the steward, Litia, counted", [("OCCUPATION", "steward")]),
    ("the cashier, Mele, saw me", [("OCCUPATION", "cashier")]),
    ("the librarian, Anna, let us in", [("OCCUPATION", "librarian")]),
    ("our cook, Hassan Ali, knew everything", [("OCCUPATION", "cook")]),
    # a job word the lists lacked, in apposition
    ("the purser, Tevita, took the money", [("OCCUPATION", "purser")]),
    ("the concierge, Mario, saw us", [("OCCUPATION", "concierge")]),
    # the name, then the job between commas or at the clause's end
    ("Tomasi, our translator, came too", [("OCCUPATION", "translator")]),
    ("In Suva, our driver, Sione, waited", [("OCCUPATION", "driver")]),
    ("we asked Litia, the steward.", [("OCCUPATION", "steward")]),
    # a capitalised name right after the job
    ("the deckhand Josefa came back", [("OCCUPATION", "deckhand")]),
    ("the sentry Bakary let us pass", [("OCCUPATION", "sentry")]),
    # a capitalised name, then "a" and the job between commas
    ("Josefa, a deckhand, said nothing", [("OCCUPATION", "deckhand")]),
    # a name, then "the" and the job, inside a clause
    ("we called Ines the paramedic", [("OCCUPATION", "paramedic")]),
    ("we went with Josefa the deckhand to the boat", [("OCCUPATION", "deckhand")]),
    # a demonstrative and what one person did
    ("that guard hit me", [("OCCUPATION", "guard")]),
    ("this nurse told us to wait", [("OCCUPATION", "nurse")]),
])
def test_a_job_said_with_a_name(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the cook, however, said nothing",           # an aside between the commas
    "the driver, um, he left",                   # a filler
    "the nurse, apparently, knew",               # an adverb
    "the cook, as we say, was there",            # no local word before "we say"
    "Ask the nurse.",                            # an order at a sentence's start, no name
    "we met in Suva the driver and his wife",    # a place, then a job and no verb
    "that guard post is empty",                  # a post, not a person
    "we saw the doctor Monday",                  # a day, not a name
    "the director, Kristalina Georgieva, said",  # a public body's head: no list holds it
    "you should get a lawyer",                   # a generic job
    "the army came",
    "the ministry said no",
])
def test_no_job_said_with_a_name(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("he was a contract corporal", [("RANK", "contract corporal")]),
    ("i was a conscript private then", [("RANK", "conscript private")]),
    ("he is a reserve lieutenant", [("RANK", "reserve lieutenant")]),
    ("he was a mobilised rifleman", [("RANK", "mobilised rifleman")]),
    ("the OC said no", [("RANK", "OC")]),
    ("our OC, Inspector Ouma, refused", [("RANK", "OC")]),
    # the force or the post a rank is of
    ("the navy lieutenant wrote", [("RANK", "navy lieutenant")]),
    ("the camp commandant said", [("RANK", "camp commandant")]),
    ("a militia captain stopped us", [("RANK", "militia captain")]),
])
def test_a_rank_with_its_terms_or_letters(redactor_default, text, expected):
    assert [f for f in _found(redactor_default, text) if f[0] == "RANK"] == expected


@pytest.mark.parametrize("text", [
    "they signed a private contract",            # "private" an adjective
    "they hired a contract private security firm",  # a firm, not a rank
    "the conscript army came",                   # no rank
    "it went into a reserve fund",
    "a private clinic",
    "my private life",
    "we watched The OC Season two",              # a show's title
    "the oc was full of water",                  # lower case letters are no title
    "the post office was closed",
    "the base rate went up",
    "he left the base in march",
])
def test_no_rank_with_its_terms_or_letters(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("the headmaster's secretary told me", [("OCCUPATION", "headmaster's secretary")]),
    ("the foreman's deputy came", [("OCCUPATION", "foreman's deputy")]),
])
def test_one_who_works_for_a_workplaces_head(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the director's cut was long",               # a thing
    "the doctor's secretary called",             # a doctor is no workplace's head here
    "the headmaster's office was locked",
])
def test_no_one_who_works_for_a_head(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("the water man, the regador we say, came late",
     [("OCCUPATION", "water man"), ("OCCUPATION", "regador")]),
    ("our cook, the mpishi as they call him, left", [("OCCUPATION", "cook"), ("OCCUPATION", "mpishi")]),
    # in Markdown's italics the word alone is the span (the file was refused: the word stood
    # where a quoted "the tomero" was replaced)
    ("**A:** I'm the water man, the *regador* we say, at the farm.",
     [("OCCUPATION", "water man"), ("OCCUPATION", "regador")]),
])
def test_a_local_word_for_a_job_next_to_its_gloss(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the old man, the abuelo we say, slept",     # a relation or an age, no job before it
    "the cook, what we say, was there",
])
def test_no_local_word_without_a_job(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[1] not in ("cook",)] == []


@pytest.mark.parametrize("text, expected", [
    ("we were at the outer fence post", [("WORK_UNIT", "outer fence post")]),
    ("i stood at the inner checkpoint all night", [("WORK_UNIT", "inner checkpoint")]),
    ("they sent him to the rear gate", [("WORK_UNIT", "rear gate")]),
    # moved or posted to a unit, or running it
    ("after that i moved to the memory-care ward", [("WORK_UNIT", "memory-care ward")]),
    ("he transferred to the records section", [("WORK_UNIT", "records section")]),
    ("she was posted to the intake department", [("WORK_UNIT", "intake department")]),
    ("she ran the dementia ward", [("WORK_UNIT", "dementia ward")]),
])
def test_a_guarded_sites_ring(redactor_default, text, expected):
    assert _found(redactor_default, text, frozenset({"WORK_UNIT"})) == expected


@pytest.mark.parametrize("text", [
    "the outer wall of the city",
    "he hit the far post",
    "the forward pass",
    "the outer wing of the bird",
    "the papers are on my desk",
    "one unit of blood",
    "we went to the department store",
    "we moved to the same team",                 # a word that says nothing
    "she ran the whole department",
    "they ran the support group",                # a group, no unit
    "we moved to the city",
])
def test_no_guarded_sites_ring(redactor_default, text):
    assert _found(redactor_default, text, frozenset({"WORK_UNIT"})) == []

"""A job's level said before it (round 21): "senior", "chief", "deputy", "assistant", "acting",
"principal", "junior", "district", "regional", "provincial", and "head" or "lead" after a
determiner, join the job or rank a rule found, so the replacement does not leave the level beside
it ("the chief [OCCUPATION]" still says which of the trade's few it was).  The near misses: a
level word that is a verb ("they head north", "i lead trainees"), an adjective of no job ("the
chief reason"), and a level word another mention holds ("Velmora district").  On its right, a
job grows over the named part of its workplace ("in the pump repair unit"), not over a part by
its kind alone."""

from __future__ import annotations

import pytest

KINDS = frozenset({"OCCUPATION", "RANK"})


def _mention(text: str, said: str, entity_type: str):
    from redactor.model import Mention

    start = text.index(said)
    return Mention(start, start + len(said), entity_type, 0.5, "test", said)


@pytest.mark.parametrize("text, job, expected", [
    ("He became senior tram inspector last spring.", "tram inspector", "senior tram inspector"),
    ("the chief signal engineer refused", "signal engineer", "chief signal engineer"),
    ("a deputy chief clerk signed it", "clerk", "deputy chief clerk"),
    ("and assistant warden Boyle told me", "warden", "assistant warden"),
    ("i am the head welder there", "welder", "head welder"),
    ("our lead electrician quit", "electrician", "lead electrician"),
    ("the district veterinarian came", "veterinarian", "district veterinarian"),
])
def test_a_level_before_a_job_joins_it(text, job, expected):
    from redactor.detect.role_edges import extend_roles

    assert [m.text for m in extend_roles(text, [_mention(text, job, "OCCUPATION")])] == [expected]


@pytest.mark.parametrize("text, job, others", [
    # "head" and "lead" without a determiner may be verbs
    ("the drivers head trucks north", "trucks", []),
    ("i lead welders on the line", "welders", []),
    # a level word inside another mention keeps to it
    ("In Velmora district nurses are few", "nurses", [("Velmora district", "LOCATION")]),
    # a level word that is the end of another word
    ("the vice-chief-of-staff said", "staff", []),
])
def test_a_level_word_that_is_no_level_is_left(text, job, others):
    from redactor.detect.role_edges import extend_roles

    mentions = [_mention(text, job, "OCCUPATION"), *(_mention(text, s, t) for s, t in others)]
    assert extend_roles(text, mentions) == []


@pytest.mark.parametrize("text, expected", [
    ("These days I'm senior tram inspector, nine years.", [("OCCUPATION", "senior tram inspector")]),
    ("The deputy chief clerk signed the form.", [("OCCUPATION", "deputy chief clerk")]),
    ("Our lead electrician quit last week.", [("OCCUPATION", "lead electrician")]),
    ("She is a junior nurse in that home.", [("OCCUPATION", "junior nurse")]),
])
def test_a_level_is_found_with_its_job(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text) if f.entity_type in KINDS] == expected


@pytest.mark.parametrize("text", [
    "The chief reason was money.",
    "They head north every winter.",
    "The senior year was hard for him.",
])
def test_a_level_word_alone_is_nothing(redactor_default, text):
    assert [f for f in redactor_default.scan(text) if f.entity_type in KINDS] == []


@pytest.mark.parametrize("text, job, expected", [
    ("he is a fitter in the pump repair unit now", "fitter", "fitter in the pump repair unit"),
    ("i'm the shift lead for the north crew, four of us", "shift lead", "shift lead for the north crew"),
    ("She is a clerk in the land registry, third floor.", "clerk", "clerk in the land registry"),
])
def test_a_job_grows_over_the_named_part_of_its_workplace(text, job, expected):
    from redactor.detect.role_edges import extend_roles

    assert [m.text for m in extend_roles(text, [_mention(text, job, "OCCUPATION")])] == [expected]


@pytest.mark.parametrize("text, job", [
    # a part by its kind alone, or with a word that says nothing
    ("she is a nurse in the unit", "nurse"),
    ("he was a soldier in the same platoon", "soldier"),
    # no article: a field, not a part ("in sales team meetings")
    ("a fitter in repair unit meetings", "fitter"),
])
def test_a_part_that_says_nothing_is_left(text, job):
    from redactor.detect.role_edges import extend_roles

    assert extend_roles(text, [_mention(text, job, "OCCUPATION")]) == []

"""Jobs grown over what says which one (round 28): the small body one is of ("the treasurer of
the ski club", "the chief of the brigade"); and a word in small letters the model took for a name
after a level ("i'm the head diver", "the district hokim").  Exact spans and near misses: a body
by its kind alone or a public one's name, a name the lists know, a capital, "head" as a verb, no
level, no guess."""

from __future__ import annotations

import pytest


def _mention(text: str, said: str, entity_type: str):
    from redactor.model import Mention

    start = text.index(said)
    return Mention(start, start + len(said), entity_type, 0.5, "test", said)


def _grown(text: str, job: str, others: list[tuple[str, str]]) -> list[str]:
    from redactor.detect.role_edges import extend_roles

    mentions = [_mention(text, job, "OCCUPATION"), *(_mention(text, s, t) for s, t in others)]
    return [m.text for m in extend_roles(text, mentions)]


def _guess(text: str, said: str, detector: str = "SpacyRecognizer"):
    from redactor.model import Mention

    start = text.index(said)
    return Mention(start, start + len(said), "PERSON", 0.85, detector, said)


@pytest.mark.parametrize("text, said, expected", [
    ("the farm of papa tuaine. i'm the head diver and i clean the lines", "diver", "head diver"),
    ("so he asked me, the head diver, to sign the count sheet", "diver", "head diver"),
    ("a worker in the zone. not head sawyer. only three head sawyers", "sawyer", "head sawyer"),
    ("i'm head sawyer on the band saw line two", "sawyer", "head sawyer"),
    ("yes, the district hokim, he comes every evening in the season", "hokim", "district hokim"),
])
def test_a_job_word_taken_for_a_name_after_a_level_is_the_job(text, said, expected):
    from redactor.detect.role_edges import jobs_taken_for_names

    found = jobs_taken_for_names(text, [_guess(text, said)])
    assert [(m.text, m.entity_type) for m in found] == [(expected, "OCCUPATION")]


@pytest.mark.parametrize("text, said, detector", [
    ("the chief kamau said we should wait", "kamau", "SpacyRecognizer"),     # a name the lists know
    ("the head Diver said so", "Diver", "SpacyRecognizer"),                 # a capital: a name
    ("they head sawyer's way after lunch", "sawyer", "SpacyRecognizer"),    # "head" a verb
    ("i'm the head diver", "diver", "SpeakerLabel"),                        # no guess
    ("then the diver came up", "diver", "SpacyRecognizer"),                 # no level
    ("the senior mary ann", "mary ann", "SpacyRecognizer"),                 # two words
])
def test_no_job_made_of_a_name_without_a_level_in_small_letters(text, said, detector):
    from redactor.detect.role_edges import jobs_taken_for_names

    assert [m.entity_type for m in jobs_taken_for_names(text, [_guess(text, said, detector)])] == ["PERSON"]


@pytest.mark.parametrize("text, job, expected", [
    ("and i'm the treasurer of the ski club - how old are you", "treasurer", "treasurer of the ski club"),
    ("the chief of the brigade, monsieur sosefo, has the key", "chief", "chief of the brigade"),
    ("i wrote to the head of the customs service, in nouméa", "head", "head of the customs service"),
])
def test_a_job_grows_over_the_small_body_it_is_of(text, job, expected):
    assert _grown(text, job, []) == [expected]


@pytest.mark.parametrize("text, job", [
    ("he's the president of the club, everyone knows him", "president"),   # a club alone may be a public one's
    ("the secretary of the committee wrote back", "secretary"),
    ("the chief of the army said so", "chief"),                              # no small body
    ("the head of the National Health Service wrote", "head"),               # a public body's name
])
def test_no_job_grown_over_a_body_by_its_kind_alone(text, job):
    assert _grown(text, job, []) == []

"""Jobs grown over what says which one (round 28): a kind of workplace said alone, then the
private place it is in ("a nurse at the hospital in Klaksvík", "at a hospital in Thrissur"); the
small body one is of ("the treasurer of the ski club", "the chief of the brigade"); and a word
in small letters the model took for a name after a level ("i'm the head diver", "the district
hokim").  Exact spans and near misses: a kind alone with no place or a public place, a body by
its kind alone or a public one's name, a name the lists know, a capital, "head" as a verb."""

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


@pytest.mark.parametrize("text, job, others, expected", [
    ("My partner, Marjun, is a nurse at the hospital in Klaksvík, so at least we have her pay.",
     "nurse", [("Klaksvík", "LOCATION")], "nurse at the hospital in Klaksvík"),
    ("Her name is Mini, she is a nurse at a hospital in Thrissur. E-mail me.",
     "nurse", [("Thrissur", "LOCATION")], "nurse at a hospital in Thrissur"),
    ("i was a cook for the orphanage in Kalerwe for two years",
     "cook", [("Kalerwe", "LOCATION")], "cook for the orphanage in Kalerwe"),
])
def test_a_kind_of_workplace_alone_goes_with_the_private_place_after_it(text, job, others, expected):
    assert _grown(text, job, others) == [expected]


@pytest.mark.parametrize("text, job, others", [
    # a kind alone with no place after it is any one
    ("my mother is a nurse at the hospital, she works nights", "nurse", []),
    # a public place is no mention: nothing to take
    ("he is a teacher in London now", "teacher", []),
    ("she is a nurse at a hospital in London", "nurse", []),
    # a found place not right after the kind
    ("a nurse at the hospital near Zhur", "nurse", [("Zhur", "LOCATION")]),
    # a person after "in" keeps their own replacement
    ("a nurse at the hospital in Ahmed's team", "nurse", [("Ahmed", "PERSON")]),
    # one's own job and the body it is at are said apart
    ("Valon is a teacher at the primary school in Zhur, he has nothing to do with it.",
     "teacher", [("primary school in Zhur", "ORGANIZATION")]),
])
def test_no_kind_alone_taken_without_a_private_place(text, job, others):
    assert _grown(text, job, others) == []


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
])
def test_no_job_grown_over_a_body_by_its_kind_alone(text, job):
    assert _grown(text, job, []) == []

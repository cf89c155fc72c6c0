"""Employers named right after the job one does there (round 26): "so i'm a tour guide for
brenmoor treks, since last winter", "I worked as a welder for Drumcarrow Marine until May".
Exact spans and near misses, through the finder and a whole Redactor (keep lists, filters,
overlap policy)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_after_job import find_firms_after_a_job


def _after_job(text: str, caseless: bool) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_after_a_job(text, flags)]


def _orgs(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ORGANIZATION"]


@pytest.mark.parametrize("text, caseless, expected", [
    ("so i'm a tour guide for brenmoor treks, since last winter", True, ["brenmoor treks"]),
    ("right, i'm a cellarman at kelvane maltings, nine years", True, ["kelvane maltings"]),
    # a comma before the preposition; a joiner inside the name
    ("i'm a packer, at velmora fisk og tang, near the harbour", True, ["velmora fisk og tang"]),
    # a second job in apposition to the first
    ("i'm a scaffolder, a roofer too, for quorvane roofing, mostly schools", True, ["quorvane roofing"]),
    ("she was the head porter with um ardleigh lodge.", True, ["ardleigh lodge"]),
    # after "the", or with no clause's end after it, a caption's name ends at what the workplace is
    ("i am a ward orderly, at the kelvane cottage hospital near the river", True, ["kelvane cottage hospital"]),
    ("i'm a barman at the kelvane bay hotel by the pier", True, ["kelvane bay hotel"]),
    # a second job in apposition without its article
    ("i'm a carer, support worker, at brenvik lodge home near the park", True, ["brenvik lodge home"]),
    # no article before the job
    ("i am year six teacher at brenwick primary, on the hill", True, ["brenwick primary"]),
    # a firm named after a person: a word no name list knows follows the given name
    ("i'm a driver for marla brenmoor freight, four years", True, ["marla brenmoor freight"]),
    ("I'm a driver for Marla Brenmoor Freight in the north.", False, ["Marla Brenmoor Freight"]),
    # a typed line: the capitalised words, up to the first word in lower case
    ("I'm a packer at Oakhollow Fresh Produce in the spring.", False, ["Oakhollow Fresh Produce"]),
    ("I worked as a welder for Drumcarrow Marine until May.", False, ["Drumcarrow Marine"]),
    ("He's a mechanic at Pellow and Grant, the garage near the bridge.", False, ["Pellow and Grant"]),
])
def test_a_firm_named_after_one_s_job_is_found_whole(text, caseless, expected):
    assert _after_job(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    ("i'm a driver for my cousin", True),                     # a possessive: no name
    ("i'm a cleaner at the motel, weekends", True),           # an article: a kind of place
    ("i'm a nurse with thirty years behind me, you know", True),   # a number
    ("he was a big fan for ages", True),                      # no job
    ("i'm a mother for three kids", True),                    # a relation, not a job
    ("i'm a cook at brenmoor treks every night", True),       # the clause goes on: no end of a name
    ("i'm a driver for a big company, very big", True),       # an article
    ("i'm a guide for tourists, mostly", True),               # a common word only
    ("i'm a cook at the big hotel", True),                    # common words before the kind
    ("i'm a cook at the motel in town", True),                # no name before the kind
    ("i'm a cook at the kelvane, nights", True),              # after "the", no kind closes it
    ("i'm the sports editor at kbtv, the broadcaster", True), # one rare word: letters of a body
    ("i'm together with brenmoor treks", True),               # a function word, not a job
    ("i'm a carer for maria lopez, nights", True),            # a person's whole name
    ("i'm a nanny for anna and tom.", True),                  # two given names
    ("She was a cleaner for Mr Halloran for years.", False),  # a title: a person
    ("I'm a carer for Maria.", False),                        # a given name
    ("I'm a teacher at Leeds.", False),                       # a place
    ("I'm a driver for two years now.", False),               # no capitals
    ("I'm a clerk at the Kelvane Pension Fund.", False),      # "the": a public body's name
    ("I met a driver for Kelvane Freight.", False),           # no self-description
])
def test_no_firm_after_a_job_without_a_name(text, caseless):
    assert _after_job(text, caseless) == []


def test_a_firm_after_one_s_job_is_redacted_and_a_big_one_stays(redactor_default):
    assert _orgs(redactor_default, "so i'm a tour guide for brenmoor treks, since last winter") == ["brenmoor treks"]
    assert _orgs(redactor_default, "I'm a driver for Uber, mostly at night.") == []
    assert _orgs(redactor_default, "i'm a picker for amazon, nights") == []
    assert _orgs(redactor_default, "I'm a clerk at the Ministry of Finance.") == []

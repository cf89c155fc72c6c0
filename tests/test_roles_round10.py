"""Occupations and ranks as people say them (round 10): one's own job said bare ("I'm the
observer", "my job is checker"), trades the lists lacked (switchman, mine captain, canoe owner,
"the security guy"), a role that names one person of the story ("the owner told us", "the
secretary of the workers' committee", "the union president of our branch"), a doctor's training
post and a civil servant's grade ("third-year resident", "PGY-2", "golongan IV/a", "GS-12"),
another language's title of a post ("chef de service", "Kepala Bidang", "zamestitel
nachalnika"), and a job's tail "of the night shift" or "at Kharkiv station".  Every case runs
through a whole Redactor (keep lists, filters and overlap policy included) and asserts the exact
spans; the near misses assert that nothing of the kind is found.

Decided here: a job word said of anyone who holds it, wished for or consulted is no one's job
("when you're a nurse you learn", "being a nurse is hard", "he wants to be a doctor", "we need a
doctor", "a nurse earns very little"); a job held by the speaker or one person met still is."""

from __future__ import annotations

import pytest

KINDS = frozenset({"OCCUPATION", "RANK"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in KINDS]


@pytest.mark.parametrize("text, expected", [
    # one's own job said bare, and trades the lists lacked
    ("I'm the observer on this project.", [("OCCUPATION", "observer")]),
    ("my job is checker.", [("OCCUPATION", "checker")]),
    ("i was the switchman there for ten years.", [("OCCUPATION", "switchman")]),
    ("I was the dispenser at the estate hospital.", [("OCCUPATION", "dispenser at the estate hospital")]),
    ("I was a helper to the welder.", [("OCCUPATION", "helper to the welder")]),
    ("I was a welder's helper", [("OCCUPATION", "welder's helper")]),
    ("the plumber's mate came", [("OCCUPATION", "plumber's mate")]),
    ("As the observer, I saw it.", [("OCCUPATION", "observer")]),
    ("the shift chief of the packing line said", [("OCCUPATION", "shift chief of the packing line")]),
    ("my father was a canoe owner", [("OCCUPATION", "canoe owner")]),
    ("he is a boat owner in the village", [("OCCUPATION", "boat owner")]),
    ("I was section chief then.", [("OCCUPATION", "section chief")]),
    ("he was the mine captain", [("OCCUPATION", "mine captain")]),
    ("I was his aide for two years.", [("OCCUPATION", "aide")]),
    ("he was the adjutant of the battalion", [("OCCUPATION", "adjutant")]),
    ("the ajudan told me to wait", [("OCCUPATION", "ajudan")]),
    ("the msimamizi said no", [("OCCUPATION", "msimamizi")]),
    ("i was ajudan to the general", [("OCCUPATION", "ajudan to the general")]),
    ("the security guy stopped me", [("OCCUPATION", "security guy")]),
    ("i was the security guy at the mall", [("OCCUPATION", "security guy")]),
    ("the cleaning lady found it", [("OCCUPATION", "cleaning lady")]),
    ("I work security at the mall", [("OCCUPATION", "security")]),
    ("i worked as security for two years", [("OCCUPATION", "security")]),
    ("Im the dispatcher here", [("OCCUPATION", "dispatcher")]),
    # a role that names one person of the story
    ("the owner said we would be paid", [("OCCUPATION", "owner")]),
    ("our owner never paid us", [("OCCUPATION", "owner")]),
    ("I'm the owner of a small shop.", [("OCCUPATION", "owner")]),
    ("the union president came to the factory", [("OCCUPATION", "union president")]),
    ("the union president of our branch was fired", [("OCCUPATION", "union president of our branch")]),
    ("the secretary of the workers' committee called me",
     [("OCCUPATION", "secretary of the workers' committee")]),
    ("he was secretary of the village council", [("OCCUPATION", "secretary of the village council")]),
    ("the chairman of the cooperative refused", [("OCCUPATION", "chairman of the cooperative")]),
    ("he was head of the village", [("OCCUPATION", "head of the village")]),
    ("she is president of the farmers' association", [("OCCUPATION", "president of the farmers' association")]),
    ("the head nurse of the night shift said no", [("RANK", "head nurse of the night shift")]),
    ("the head nurse of the night refused", [("RANK", "head nurse of the night")]),
    ("the dispatcher at Kharkiv station told me", [("OCCUPATION", "dispatcher at Kharkiv station")]),
    ("the dispatcher at the central station said", [("OCCUPATION", "dispatcher at the central station")]),
    # a doctor's training post, a civil servant's grade
    ("I'm a first year resident", [("OCCUPATION", "first year resident")]),
    ("she was a resident in surgery at the time", [("OCCUPATION", "resident in surgery")]),
    ("he was a senior house officer in medicine", [("OCCUPATION", "senior house officer in medicine")]),
    ("I'm a junior registrar", [("OCCUPATION", "junior registrar")]),
    ("I was the senior registrar", [("OCCUPATION", "senior registrar")]),
    ("I'm PGY-2 now.", [("RANK", "PGY-2")]),
    ("I'm golongan IV/a.", [("RANK", "golongan IV/a")]),
    ("i was golongan three b", [("RANK", "golongan three b")]),
    ("he is GS-12", [("RANK", "GS-12")]),
    ("i am on salary grade 18", [("RANK", "salary grade 18")]),
    ("i was on grade level 12", [("RANK", "grade level 12")]),
    ("he is GL 08 now", [("RANK", "GL 08")]),
    ("I was SG-15 at the time", [("RANK", "SG-15")]),
    ("I was an FY1 at the time", [("RANK", "FY1")]),
    ("she's an ST3 in paediatrics", [("RANK", "ST3")]),
    ("i'm pgy two", [("RANK", "pgy two")]),
    ("he was a second year registrar", [("OCCUPATION", "second year registrar")]),
    ("I was echelon III official", [("RANK", "echelon III")]),
    ("I was echelon I/a", [("RANK", "echelon I/a")]),
    # another language's title of a post
    ("the Sekretaris Dinas signed it", [("OCCUPATION", "Sekretaris Dinas")]),
    ("I was Kepala Bidang at the office", [("OCCUPATION", "Kepala Bidang")]),
    ("the kepala desa came", [("OCCUPATION", "kepala desa")]),
    ("he was chef de service in the hospital", [("OCCUPATION", "chef de service")]),
    ("the Oberarzt told me", [("OCCUPATION", "Oberarzt")]),
    ("he was zamestitel nachalnika of the department", [("OCCUPATION", "zamestitel nachalnika")]),
    ("he was encargado de almacén for years", [("OCCUPATION", "encargado de almacén")]),
    ("she is infirmière-chef in the ward", [("OCCUPATION", "infirmière-chef")]),
])
def test_a_role_found(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # anyone who holds a job, a wish, someone consulted
    "when you're a nurse you learn fast",
    "if you are a teacher, you know this",
    "being a nurse is hard",
    "To be a miner is dangerous.",
    "a nurse earns very little here",
    "the life of a nurse is hard",
    "a nurse's salary is low",
    "when you become a supervisor you see",
    "he wants to be a doctor",
    "she dreams of becoming a pilot",
    "we need a doctor in every village",
    "we called a doctor",
    # plurals, public offices and bodies, things
    "the nurses went on strike",
    "the owners of the country are rich",
    "the owner of the house",
    "the owner is liable for the damage",
    "the owner must pay the tax",
    "the president said on TV",
    "the minister said",
    "the director of the IMF spoke",
    "the president of the European Council",
    "the chairman of the committee on budgets",
    "I am the chairman of the committee on fisheries",
    "the leader of the group said",
    "the treasurer of the union signed it",
    "he was the chairman of the board of the bank",
    "the president of the association of European regions",
    "the European Union president said",
    "union leaders met today",
    "write a helper function",
    "I was an observer at the elections.",
    "an observer of politics",
    "there is a dispenser in the kitchen",
    "we have a soap dispenser in the kitchen",
    "he's a nice guy",
    "security guys were everywhere",
    "first-year students were there",
    "a resident of Kyiv",
    "the Deputy Registrar of the Court",
    "the upper echelon of the party",
    "echelon I think was the word",
    "my job is over",
    "we worked on security issues",
    "the ST3 model is cheap",
    "the SG 5 phone is new",
    "he lost his driver's licence",
    "the farmer's hand was bleeding",
    "As the rapporteur, I thank you",
    "my job is harder now",
])
def test_no_role(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a job held by the speaker or one person met is still found beside the generic forms
    ("So you were a nurse then?", [("OCCUPATION", "nurse")]),
    ("I trained to become a nurse.", [("OCCUPATION", "nurse")]),
    ("a nurse came at night", [("OCCUPATION", "nurse")]),
    ("she works as a nurse in the city", [("OCCUPATION", "nurse")]),
    # a school or a firm said without "the" is a kind: it stays out of the tail
    ("he was a teacher at night school", [("OCCUPATION", "teacher")]),
])
def test_a_job_held_is_still_found(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected

"""Roles found by their slot (round 15): a job word before "of" a workplace or a kept person
("the director of the hospital", "the bodyguard of Ortega"), a word of another language said
where a job goes ("I am a fængselsbetjent, a prison officer", "the vagthavende on duty"), an
acronym before a job the rules found ("an HSE technician"), a rank written before a rank that
the person's span took ("Teniente Coronel Hugo Ríos"), and jobs no list held ("the producer").
Every case runs through a whole Redactor and asserts the exact spans; the near misses assert
that nothing of the kind is found."""

from __future__ import annotations

import pytest

ROLES = frozenset({"OCCUPATION", "RANK"})


def _found(redactor, text: str, kinds: frozenset[str] = ROLES) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in kinds]


@pytest.mark.parametrize("text, expected", [
    ("Later the director of the maternity clinic called me in.", [("OCCUPATION", "director of the maternity clinic")]),
    ("The janitor of the school opened the gate for us.", [("OCCUPATION", "janitor of the school")]),
    ("the owner of the sawmill paid us late every month", [("OCCUPATION", "owner of the sawmill")]),
    ("She was the producer of the morning bulletin then.", [("OCCUPATION", "producer of the morning bulletin")]),
    # a job the rules found is grown over the workplace too
    ("The medical officer of the garrison refused to sign.", [("OCCUPATION", "medical officer of the garrison")]),
    # a kept person after "of": the role is the word alone
    ("He is the bodyguard of Bekzod Rakhimov, everybody knows.", [("OCCUPATION", "bodyguard")]),
])
def test_a_job_of_a_workplace_or_a_person(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The rest of the team went home early.",
    "At the end of the shift we left together.",
    "The owner of the car is unknown.",
    "The director of the IMF spoke on the radio.",
    "The head of the army was on television.",
])
def test_no_job_before_of_without_a_workplace(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # glossed after it
    ("I am a fængselsbetjent, a prison officer, at the old jail.",
     [("OCCUPATION", "fængselsbetjent"), ("RANK", "prison officer")]),
    ("I am a sage-femme, a midwife, in the village.", [("OCCUPATION", "sage-femme"), ("OCCUPATION", "midwife")]),
    # glossed before it
    ("We went to the local shop steward, tillidsrepræsentant, about it.",
     [("OCCUPATION", "shop steward"), ("OCCUPATION", "tillidsrepræsentant")]),
    ("I'm a senior sergeant, strážmistr, at the town station.",
     [("RANK", "senior sergeant"), ("OCCUPATION", "strážmistr")]),
    # on duty, in charge
    ("The vakthavande on duty wrote it down.", [("OCCUPATION", "vakthavande")]),
    # after "working as"
    ("I was working as a perforista for two years.", [("OCCUPATION", "perforista")]),
    # in apposition with a kept person
    ("His abogado in Cuenca, Ana Ruiz, wrote to me.", [("OCCUPATION", "abogado")]),
    ("Then Mette Dahl, the vakthavande, locked the door.", [("OCCUPATION", "vakthavande")]),
])
def test_another_languages_word_in_a_jobs_slot(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # an English word in the slot, no job in the gloss, a kinship word before a name
    "I am a mother, a nurse in my heart.",
    "I am a bit tired, a little sad.",
    "I was working as a team for two years.",
    "His hermano, Juan Pérez, wrote to me.",
    "The others on duty said nothing.",
    "Then Mette Dahl, the poor thing, locked the door.",
])
def test_no_foreign_job_word_without_the_slot(redactor_default, text):
    assert [t for kind, t in _found(redactor_default, text) if kind == "OCCUPATION"
            and t in {"mother", "bit", "team", "hermano", "others", "poor thing", "thing"}] == []


def test_an_acronym_before_a_job_only_when_not_a_public_body():
    """The module alone: the letters join a job found without them, not a public body's."""
    from redactor.detect.role_slots import roles_in_slots
    from redactor.model import Mention

    text = "I am an HSE technician and she is the ILO technician."
    first, second = text.index("technician"), text.rindex("technician")
    kept = [Mention(first, first + 10, "OCCUPATION", 0.5, "Occupation", "technician"),
            Mention(second, second + 10, "OCCUPATION", 0.5, "Occupation", "technician")]
    found = roles_in_slots(text, kept, lambda acronym: acronym == "ILO")
    assert [m.text for m in found] == ["HSE technician"]


@pytest.mark.parametrize("text, expected", [
    ("Teniente Coronel Hugo Ríos gave the order.", [("RANK", "Teniente")]),
])
def test_a_rank_before_the_rank_a_persons_span_took(redactor_default, text, expected):
    found = _found(redactor_default, text, frozenset({"RANK", "PERSON"}))
    assert expected[0] in found and ("PERSON", "Coronel Hugo Ríos") in found


@pytest.mark.parametrize("text, expected", [
    ("The busboy told me everything.", [("OCCUPATION", "busboy")]),
    ("I worked as a florist in the market.", [("OCCUPATION", "florist")]),
    ("I was a fisheries observer on the trawler.", [("OCCUPATION", "fisheries observer")]),
])
def test_jobs_no_list_held(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The dishwasher, an older man we call Tiago, saw everything.", [("OCCUPATION", "dishwasher")]),
    ("our cook, a young woman from the coast, knew it", [("OCCUPATION", "cook")]),
])
def test_a_job_then_the_person_described(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The problem, an old man told me, was the water.",
    "the dishwashers, two young men, saw everything",
])
def test_no_job_before_a_description_without_a_job_word(redactor_default, text):
    assert _found(redactor_default, text) == []


def test_a_bases_chief(redactor_default):
    assert _found(redactor_default, "The base chief told us to stay inside.") == [("OCCUPATION", "base chief")]

import pytest

from redactor.entities.group import name_tokens, value_key
from redactor.entities.resolve import resolve_entities
from redactor.model import Mention


def group_mentions(mentions, known_people=()) -> list[str]:
    """Grouping keys as the run's resolution gives them (no place gazetteer needed here)."""
    resolution = resolve_entities(mentions, known_people, is_place=lambda form: False)
    return [a.key for a in resolution.assignments]


def person(text: str) -> Mention:
    return Mention(start=0, end=len(text), entity_type="PERSON", score=0.85, detector="t", text=text)


@pytest.mark.parametrize("text, tokens", [
    ("Marta Kowalczyk", ("marta", "kowalczyk")),
    ("MARTA KOWALCZYK", ("marta", "kowalczyk")),
    ("Ms Kowalczyk", ("kowalczyk",)),
    ("Kowalczyk's", ("kowalczyk",)),
    ("Lt. Bykov", ("bykov",)),
    ("Łukasz", ("lukasz",)),
    ("Быков", ("bykov",)),
    ("Dr. José García", ("jose", "garcia")),
])
def test_name_tokens_fold_titles_case_possessive_script(text, tokens):
    assert name_tokens(text) == tokens


def test_all_forms_of_one_person_share_a_key():
    forms = ["Marta Kowalczyk", "Kowalczyk", "Ms Kowalczyk", "Kowalczyk's", "MARTA KOWALCZYK", "Marta"]
    keys = group_mentions([person(f) for f in forms])
    assert len(set(keys)) == 1


def test_different_people_never_share_a_key():
    keys = group_mentions([person("Marta Kowalczyk"), person("Piotr Kowalczyk"), person("Kowalczyk"),
                           person("Marta")])
    # Two people named Kowalczyk: the lone surname must not be given to either of them.
    assert keys[0] != keys[1]
    assert keys[2] not in (keys[0], keys[1])
    # "Marta" belongs to one cluster only, so it joins it.
    assert keys[3] == keys[0]


def test_first_name_shared_by_two_clusters_stays_apart():
    keys = group_mentions([person("Anna Nowak"), person("Anna Lis"), person("Anna")])
    assert keys[2] not in (keys[0], keys[1])


def test_lone_surname_joins_full_name_known_from_vault():
    keys = group_mentions([person("Kowalczyk")], known_people=["marta kowalczyk"])
    assert keys == ["marta kowalczyk"]


@pytest.mark.parametrize("entity_type, a, b", [
    ("PHONE", "+48 601 234 567", "0048601234567"),
    ("EMAIL", "Marta.K@Proton.me", "marta.k@proton.me"),
    ("ORGANIZATION", "the 155th brigade", "155th Brigade"),
    ("LOCATION", "Łódź", "Lodz"),
    ("URL", "https://www.Example.org/", "example.org"),
    ("WORK_UNIT", "post number seven", "post seven"),
    ("WORK_UNIT", "Ward no. 4", "ward four"),
])
def test_value_keys_ignore_formatting(entity_type, a, b):
    ma = Mention(0, len(a), entity_type, 1.0, "t", a)
    mb = Mention(0, len(b), entity_type, 1.0, "t", b)
    assert value_key(ma) == value_key(mb)


def test_numbered_places_with_other_numbers_stay_apart():
    keys = [value_key(Mention(0, len(t), "WORK_UNIT", 0.5, "t", t)) for t in ("post seven", "post eight", "ward 7")]
    assert len(set(keys)) == 3


def test_person_keys_are_spellings_unless_namespaced():
    spelled = Mention(0, 9, "PERSON", 0.8, "spelled", "K-O-V-A-C", key="kovac")
    titled = Mention(0, 20, "PERSON", 0.75, "gazetteer", "Captain Marek Kovac", key="captain marek kovac")
    source = Mention(0, 5, "PERSON", 1.0, "SourceProfileRecognizer", "Marek", key="source:Source A")
    keys = group_mentions([spelled, titled, person("Kovac"), source])
    assert keys[0] == keys[1] == keys[2] == "marek kovac"
    # The source's lone "Marek" also fits Marek Kovac: not guessed either way (issue 14).
    assert keys[3] == "marek"
    assert group_mentions([spelled, source]) == ["kovac", "source:Source A"]


def test_detector_key_wins_over_text():
    m = Mention(0, 21, "EMAIL", 1.0, "spoken", "jan dot novak at proton dot me", key="jan.novak@proton.me")
    assert group_mentions([m]) == ["jan.novak@proton.me"]


def test_lone_first_name_tagged_as_place_joins_the_person():
    from redactor.refine.people import align_person_types, person_name_tokens

    full = person("Marta Kowalczyk")
    place = Mention(0, 5, "LOCATION", 0.85, "SpacyRecognizer", "Marta")
    city = Mention(0, 6, "LOCATION", 0.85, "SpacyRecognizer", "Gdynia")
    tokens = person_name_tokens([full, place, city], 0.4)
    aligned = align_person_types([place, city], tokens)
    assert [m.entity_type for m in aligned] == ["PERSON", "LOCATION"]


def test_lone_known_first_name_tagged_as_company_is_a_person():
    from redactor.refine.people import align_person_types

    irina = Mention(0, 5, "ORGANIZATION", 0.85, "SpacyRecognizer", "Irina")
    gazprom = Mention(0, 7, "ORGANIZATION", 0.85, "SpacyRecognizer", "Gazprom")
    aligned = align_person_types([irina, gazprom], set(), lambda tokens: tokens == ("irina",))
    assert [m.entity_type for m in aligned] == ["PERSON", "ORGANIZATION"]


@pytest.mark.parametrize("form", ["Staff Sergeant Bykov", "Warrant Officer Bykov", "капитан Быков",
                                  "старший лейтенант Быков"])
def test_ranks_in_many_forms_group_with_the_bare_surname(form):
    keys = group_mentions([person("Anton Bykov"), person(form)])
    assert keys[0] == keys[1]


def test_first_name_and_surname_found_apart_become_one_person():
    from redactor.refine.people import merge_adjacent_people

    text = "captain mykola garcía took it, then anna, piotr"
    first = Mention(8, 14, "PERSON", 0.6, "NameGazetteerRecognizer", "mykola")
    last = Mention(15, 21, "PERSON", 0.85, "SpacyRecognizer", "garcía")
    anna = Mention(36, 40, "PERSON", 0.6, "x", "anna")
    piotr = Mention(42, 47, "PERSON", 0.6, "x", "piotr")
    merged = merge_adjacent_people(text, [last, first, anna, piotr])
    assert [(m.start, m.end, m.text) for m in merged] == [(8, 21, "mykola garcía"), (36, 40, "anna"), (42, 47, "piotr")]
    assert merged[0].score == 0.85

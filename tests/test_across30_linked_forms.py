"""The very words a file leaves as a person of their own are the person a linked file settled them
on (round 30, ``redactor.entities.resolve._as_in_linked_files``): a follow-up's "tiraua", where the
first interview's "tiraua" is Tiraua Kaiea (keyed without her title "nei", a Gilbertese woman's
title in the honorifics table since round 42) beside an e-mail name "Tiraua Dot" the model took for a
person; a first interview's "Lao Chen", where the follow-up names Chen Guoqiang beside it.  One
person, one pseudonym across the run.  Near misses: files that share nothing but the name, linked
files that settle the words on two people, a title of the other gender, a file that names another
person of the name in full, and a name its own file joins to someone.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.entities.resolve import resolve_entities
from redactor.model import Mention
from tests.mention_helpers import in_order


def _run(*files: tuple[str, tuple[str, ...], str]):
    """Resolve files given as (text, person forms, place): the mentions and their resolution.  A
    form written "tiraua=nei tiraua kaiea" is keyed as the file's own step keys it (the full name
    the file says it beside, ``redactor.refine.people``)."""
    ms: list[Mention] = []
    documents: list[int] = []
    for doc, (text, names, place) in enumerate(files):
        found = in_order(text, *(name.partition("=")[0] for name in names))
        found = [replace(m, key=name.partition("=")[2]) for m, name in zip(found, names)]
        found += in_order(text, place, kind="LOCATION") if place else []
        ms += found
        documents += [doc] * len(found)
    return ms, resolve_entities(ms, is_place=lambda form: True, documents=documents)


FIRST = ("A: tiraua. nei tiraua kaiea. I work the count at Betio. write it tiraua dot k at gmail. "
         "yes, tiraua, you can use it.",
         ("tiraua=nei tiraua kaiea", "nei tiraua kaiea", "tiraua dot", "tiraua=nei tiraua kaiea"), "Betio")
FOLLOW_UP = ("Q: okay tiraua it's been three weeks since the story in Betio, how are you", ("tiraua",), "Betio")


def test_a_lone_name_in_a_follow_up_is_whom_its_first_interview_settled_it_on():
    ms, resolution = _run(FIRST, FOLLOW_UP)
    first = [a.key for m, a in zip(ms, resolution.assignments) if m.text == "tiraua"]
    assert first[0] == first[1] == "tiraua kaiea"
    assert first[2] == "tiraua kaiea"  # the follow-up's
    assert resolution.assignments[ms.index(next(m for m in ms if m.text == "tiraua dot"))].key == "tiraua dot"


def test_a_lone_name_in_a_file_that_shares_nothing_but_the_name_stays_its_own():
    other = ("Q: okay tiraua it's been three weeks since the market in Bikenibeu, how are you",
             ("tiraua",), "Bikenibeu")
    ms, resolution = _run(FIRST, other)
    assert [a.key for m, a in zip(ms, resolution.assignments) if m.text == "tiraua"][2] != "tiraua kaiea"


def test_a_lone_name_a_linked_file_names_someone_else_by_in_full_stays_its_own():
    # a third interview, linked to the follow-up by the place, names another Tiraua in full
    third = ("C: tiraua benete sold fish at Betio.", ("tiraua benete",), "Betio")
    ms, resolution = _run(FIRST, FOLLOW_UP, third)
    assert [a.key for m, a in zip(ms, resolution.assignments) if m.text == "tiraua"][2] != "tiraua kaiea"


def test_a_lone_name_two_linked_files_settle_on_two_people_stays_its_own():
    second = ("C: tiraua. tiraua benete. the count at Betio was mine. tiraua dot b at gmail. yes, tiraua.",
              ("tiraua=tiraua benete", "tiraua benete", "tiraua dot", "tiraua=tiraua benete"), "Betio")
    ms, resolution = _run(FIRST, second, FOLLOW_UP)
    keys = [a.key for m, a in zip(ms, resolution.assignments) if m.text == "tiraua"]
    assert keys[4] not in {"tiraua kaiea", "tiraua benete"}


LAO_CHEN_FIRST = ("A: Madame Zhou Lihua runs the salon on boulevard de Belleville. Lao Chen brings the "
                  "girls in his van.", ("Madame Zhou Lihua", "Lao Chen"), "Belleville")
LAO_CHEN_FOLLOW_UP = ("B: Madame Zhou again. Chen Guoqiang, Lao Chen we call him, still drives the van to "
                      "Belleville. Chen said nothing.", ("Madame Zhou", "Chen Guoqiang", "Lao Chen", "Chen"),
                      "Belleville")


def test_a_name_with_a_word_before_it_is_the_full_name_a_linked_file_joins_it_to():
    ms, resolution = _run(LAO_CHEN_FIRST, LAO_CHEN_FOLLOW_UP)
    keys = [a.key for m, a in zip(ms, resolution.assignments) if m.text in {"Lao Chen", "Chen Guoqiang", "Chen"}]
    assert len(set(keys)) == 1 and keys[0] == "chen guoqiang"
    zhou = [a.key for m, a in zip(ms, resolution.assignments) if m.text.startswith("Madame Zhou")]
    assert len(set(zhou)) == 1 and zhou[0] != "chen guoqiang"


def test_a_name_with_a_word_before_it_in_an_unlinked_file_stays_its_own():
    unlinked = ("A: Madame Wu Fang runs the shop at Aubervilliers. Lao Chen brings the boxes in his van.",
                ("Madame Wu Fang", "Lao Chen"), "Aubervilliers")
    ms, resolution = _run(unlinked, LAO_CHEN_FOLLOW_UP)
    keys = [a.key for m, a in zip(ms, resolution.assignments) if m.text == "Lao Chen"]
    assert keys[0] != "chen guoqiang" and keys[1] == "chen guoqiang"


def test_a_title_of_the_other_gender_is_not_moved():
    first = ("A: Mr Tomasi Fifita runs the packhouse at Nukualofa. mister tomasi, yes.",
             ("Mr Tomasi Fifita", "mister tomasi"), "Nukualofa")
    follow_up = ("B: missus tomasi came to the packhouse at Nukualofa again.", ("missus tomasi",), "Nukualofa")
    ms, resolution = _run(first, follow_up)
    keys = [a.key for m, a in zip(ms, resolution.assignments) if m.text in {"mister tomasi", "missus tomasi"}]
    assert keys[0] == "tomasi fifita" and keys[1] != "tomasi fifita"


def test_a_given_name_written_as_two_words_is_the_one_word_of_the_full_name():
    first = ("A: My neighbour Abdirahman Farah drives the van on Riverside Avenue. Mr. Farah, yes.",
             ("Abdirahman Farah", "Mr. Farah"), "Riverside Avenue")
    follow_up = ("B: abdi rahman farah still drives the van on Riverside Avenue.", ("abdi rahman farah",),
                 "Riverside Avenue")
    ms, resolution = _run(first, follow_up)
    keys = [a.key for m, a in zip(ms, resolution.assignments) if m.entity_type == "PERSON"]
    assert keys == ["abdirahman farah"] * 3


def test_a_given_name_written_whole_is_the_hyphenated_one():
    text = "A: Kim Min-su is the lasher. minsu hyung said the twistlocks were loose. Min-su, yes."
    ms = in_order(text, "Kim Min-su", "minsu hyung", "Min-su")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0, 0])
    assert len({a.key for a in resolution.assignments}) == 1


def test_two_words_joined_only_into_a_lone_name_or_one_sharing_another_word():
    text = "A: Tevita Lolohea picks on the north block. te vita room is where we sleep. tevita said so."
    ms = in_order(text, "Tevita Lolohea", "te vita room", "tevita")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0, 0])
    keys = [a.key for a in resolution.assignments]
    assert keys[2] == keys[0] == "tevita lolohea" and keys[1] != keys[0]
    # near miss: halves of one letter are never joined
    text = "A: Ana Maria Lopez works the line. a namaria is no one."
    ms = in_order(text, "Ana Maria Lopez")
    assert resolve_entities(ms, is_place=lambda form: False, documents=[0]).assignments[0].key == "ana lopez"


def test_a_surname_written_whole_is_not_the_hyphenated_surname_of_a_full_name():
    text = "A: Marie-Josée Sainte-Luce runs the stall. write marie dot sainteluce at wanadoo."
    ms = in_order(text, "Marie-Josée Sainte-Luce", "sainteluce")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0])
    assert resolution.assignments[1].key != resolution.assignments[0].key

"""A lone name that fits several people of the run, none named in full in its own file, said in
a file linked to the one that names one of them (round 25, ``redactor.entities.resolve``): a
follow-up interview says "Manaia" of the Manaia Utufua its first interview names, while an unrelated
interview names a Manaia Mataele.  A given name is settled; a surname after a title goes to the one
person of the title's gender and stays flagged for the editor.  Near misses: a file linked to
neither or to both, a title of a gender no one of that name has.  A particle inside a name is no word
of it said alone ("Dee" is not Maria de Souza).
"""

from __future__ import annotations

from redactor.entities.resolve import FAMILY, resolve_entities
from redactor.model import Mention
from tests.mention_helpers import in_order


def _run(*files: tuple[str, tuple[str, ...], str]):
    """Resolve files given as (text, person forms, place): the mentions and their resolution."""
    ms: list[Mention] = []
    documents: list[int] = []
    for doc, (text, names, place) in enumerate(files):
        found = in_order(text, *names) + (in_order(text, place, kind="LOCATION") if place else [])
        ms += found
        documents += [doc] * len(found)
    return ms, resolve_entities(ms, is_place=lambda form: True, documents=documents)


def _key(ms, resolution, text: str, nth: int = 0) -> str:
    return [a.key for m, a in zip(ms, resolution.assignments) if m.text == text][nth]


FIRST = ("A: Manaia Utufua ran the line at the wharf in Saleapaga.", ("Manaia Utufua",), "Saleapaga")
OTHER = ("C: Manaia Mataele drove the truck in Vaitogi.", ("Manaia Mataele",), "Vaitogi")


def test_a_given_name_in_a_follow_up_is_the_person_its_first_interview_names():
    ms, resolution = _run(FIRST, ("B: Manaia came back to Saleapaga.", ("Manaia",), "Saleapaga"), OTHER)
    assert _key(ms, resolution, "Manaia") == "manaia utufua"
    assert not {ms[i].text for i in resolution.ambiguous} & {"Manaia"}


def test_a_given_name_in_a_file_linked_to_neither_or_to_both_is_no_one():
    ms, resolution = _run(FIRST, ("B: Manaia came back to Aoloau.", ("Manaia",), "Aoloau"), OTHER)
    assert _key(ms, resolution, "Manaia") not in {"manaia utufua", "manaia mataele"}
    both = ("C: Manaia Mataele drove the truck in Saleapaga.", ("Manaia Mataele",), "Saleapaga")
    ms, resolution = _run(FIRST, ("B: Manaia came back to Saleapaga.", ("Manaia",), "Saleapaga"), both)
    assert _key(ms, resolution, "Manaia") not in {"manaia utufua", "manaia mataele"}


def test_a_surname_after_a_title_is_the_one_of_its_gender_and_stays_flagged():
    first = ("A: Mr Arnaud Quemener and Mrs Solenn Quemener ran the farm at Plouguerneau.",
             ("Mr Arnaud Quemener", "Mrs Solenn Quemener"), "Plouguerneau")
    other = ("C: Yann Quemener sold the boat at Roscoff.", ("Yann Quemener",), "Roscoff")
    ms, resolution = _run(first, ("B: mister quemener came back to Plouguerneau.", ("mister quemener",), "Plouguerneau"),
                          other)
    assert _key(ms, resolution, "mister quemener") == "arnaud quemener"
    assert "mister quemener" in {ms[i].text for i in resolution.ambiguous}
    # near miss: a title of a gender no one of that name has
    men = ("A: Mr Arnaud Quemener and Mr Loic Quemener ran the farm at Plouguerneau.",
           ("Mr Arnaud Quemener", "Mr Loic Quemener"), "Plouguerneau")
    ms, resolution = _run(men, ("B: missus quemener came back to Plouguerneau.", ("missus quemener",), "Plouguerneau"))
    assert _key(ms, resolution, "missus quemener") not in {"arnaud quemener", "loic quemener"}


def test_a_particle_inside_a_name_is_not_that_name_said_alone():
    text = "A: Dee Harlow and Maria de Souza Lima ran the kitchen. Dee paid."
    ms = in_order(text, "Dee Harlow", "Maria de Souza Lima", "Dee")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0, 0])
    assert resolution.assignments[2].key == "dee harlow"
    assert 2 not in resolution.ambiguous


def test_a_spoken_title_of_a_woman_is_a_title():
    first = ("A: Mrs Vaimoana Le Bihan ran the line at the wharf in Saleapaga.", ("Mrs Vaimoana Le Bihan",), "Saleapaga")
    ms, resolution = _run(first, ("B: missus le bihan came back to Saleapaga.", ("missus le bihan",), "Saleapaga"))
    assert _key(ms, resolution, "missus le bihan") == "vaimoana bihan"
    # near miss: a man of that name
    first = ("A: Mr Kerwin Le Bihan ran the line at the wharf in Saleapaga.", ("Mr Kerwin Le Bihan",), "Saleapaga")
    ms, resolution = _run(first, ("B: missus le bihan came back to Saleapaga.", ("missus le bihan",), "Saleapaga"))
    assert _key(ms, resolution, "missus le bihan") != "kerwin bihan"

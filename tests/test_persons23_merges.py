"""Two people of one name, a relative brought in by a title, lone names in files that share
nothing (round 23).

"Since my cousin is also Tariq": the text says a relative has the name of someone named before,
so the lone name is a person of their own (redactor.refine.people.key_namesakes), and "Tariq
senior" after it is that relative too.  "His mother, Mrs Chan" beside Chan Tai-wing: a surname
after a courtesy title, brought in as someone's relative, is not the person whose name starts
with that word, even when the file names no one else (redactor.entities.resolve).  Near
misses: "also" said of the same person in a second role, a possessive after the name, a name
said without "also", a relative named without a title.

A lone given name fits a person named in full only in another file only where the two files
share something (a person named in full, another name said alone, a place or an organisation):
two interviews that share nothing are about other people.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import NAMESAKE, resolve_entities
from redactor.refine.people import key_family_names, key_introduced_names, key_namesakes
from tests.mention_helpers import in_order, nth_persons


@pytest.mark.parametrize("text", [
    "A: I am Tariq Mansour. At school I was young Tariq, since my cousin is also Tariq.",
    "A: I am Tariq Mansour. At the depot I am the young one, because my uncle was also Tariq.",
    "A: I am Tariq Mansour. My grandfather was also called Tariq, he drove the ferry.",
    "A: I am Tariq Mansour. Her brother's also named Tariq.",
    "A: I am Tariq Mansour, and my late father was also Tariq.",
])
def test_a_relative_said_to_have_the_name_as_well_is_someone_else(text):
    keyed = key_namesakes(text, nth_persons(text, ("Tariq Mansour", 0), ("Tariq", 2 if "young Tariq" in text else 1)))
    assert [m.key for m in keyed] == ["", NAMESAKE + "tariq"]
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0])
    assert resolution.assignments[1].key != resolution.assignments[0].key
    assert resolution.ambiguous == ()


@pytest.mark.parametrize("text", [
    # the same person in a second role, someone's name in a possessive, no "also", a pronoun
    "A: I am Tariq Mansour. The manager is also Tariq, he bought the shop.",
    "A: I am Tariq Mansour. My cousin is also Tariq's driver.",
    "A: I am Tariq Mansour. My cousin is Tariq, the other one.",
    "A: I am Tariq Mansour. He is also Tariq to the old men.",
    "A: I am Tariq Mansour. My cousin also met Tariq at the port.",
])
def test_no_namesake_without_a_relative_said_to_have_it_too(text):
    keyed = key_namesakes(text, nth_persons(text, ("Tariq Mansour", 0), ("Tariq", 1)))
    assert [m.key for m in keyed] == ["", ""]


@pytest.mark.parametrize("elder, keyed_too", [
    ("Matteo senior", True),
    ("Matteo Sr.", True),
    ("Matteo snr", True),
    # near misses: another word after the name, the name alone
    ("Matteo Seniori", False),
    ("Matteo", False),
])
def test_senior_after_the_namesake_is_the_relative(elder, keyed_too):
    text = (f"A: The foreman was Matteo Ferri. Her grandfather is also Matteo. {elder} still walks to the gate. "
            "Matteo Ferri took over.")
    lone = elder.split()[0]
    keyed = key_namesakes(text, nth_persons(text, ("Matteo Ferri", 0), ("Matteo", 1), (lone, 2)))
    assert [m.key for m in keyed] == ["", NAMESAKE + "matteo", NAMESAKE + "matteo" if keyed_too else ""]


def test_no_senior_without_a_namesake():
    text = "A: The foreman was Matteo Ferri. Matteo senior still walks to the gate."
    keyed = key_namesakes(text, nth_persons(text, ("Matteo Ferri", 0), ("Matteo", 1)))
    assert [m.key for m in keyed] == ["", ""]


def _titled_relative(text: str, full: str, titled: str) -> tuple[str, str, tuple[int, ...]]:
    ms = nth_persons(text, (full, 0), (titled, 0))
    keyed = key_introduced_names(text, ms)
    resolution = resolve_entities(keyed, is_place=lambda form: False, documents=[0, 0])
    by_text = {m.text: a.key for m, a in zip(keyed, resolution.assignments)}
    return by_text[full], by_text[titled], resolution.ambiguous


@pytest.mark.parametrize("text, full, titled", [
    ("A: The rigger was Chan Tai-wing. He fell on Monday. His mother, Mrs Chan, phoned me.", "Chan Tai-wing", "Mrs Chan"),
    ("A: Her husband, Mr Tan, came later. I met Tan Wei Ming at the port.", "Tan Wei Ming", "Mr Tan"),
])
def test_a_relative_brought_in_by_a_title_is_not_the_one_named(text, full, titled):
    person, relative, ambiguous = _titled_relative(text, full, titled)
    assert relative != person and ambiguous


@pytest.mark.parametrize("text, full, titled", [
    # near misses: no kinship word before the title, a kinship word without one
    ("A: The rigger was Chan Tai-wing. He fell on Monday. Later Mr Chan phoned me.", "Chan Tai-wing", "Mr Chan"),
    ("A: The rigger was Chan Tai-wing. He fell on Monday. His mother, Chan, phoned me.", "Chan Tai-wing", "Chan"),
])
def test_the_name_joins_without_a_titled_relative(text, full, titled):
    person, said, _ = _titled_relative(text, full, titled)
    assert said == person


def test_the_namesake_keeps_a_pseudonym_of_its_own_in_a_run(redactor_default, tmp_path):
    path = tmp_path / "talk.txt"
    path.write_text("A: My name is Tariq Mansour. At school I was young Tariq, since my cousin is also Tariq.\n"
                    "A: Tariq Mansour signed the paper.\n", encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    found = {(f.text, f.start): f.replacement for f in result.findings if f.entity_type == "PERSON"}
    full = {r for (t, _), r in found.items() if t == "Tariq Mansour"}
    cousin = found[("Tariq", path.read_text().index("Tariq.\n"))]
    assert len(full) == 1 and cousin not in full


def _lone_in_other_file(first: str, second: str, shared: str = "") -> tuple[str, str]:
    """Keys of a full name in file 0 and of its given name alone in file 1, each file with a
    place of its own or ``shared`` in both."""
    a = in_order(first, "Maren Holt") + in_order(first, shared or "Tromso", kind="LOCATION")
    b = in_order(second, "Maren") + in_order(second, shared or "Bodo", kind="LOCATION")
    resolution = resolve_entities(a + b, is_place=lambda form: True, documents=[0, 0, 1, 1])
    return resolution.assignments[0].key, resolution.assignments[2].key


def test_a_lone_name_in_a_file_that_shares_nothing_is_not_joined():
    full, lone = _lone_in_other_file("A: Maren Holt ran the shift in Tromso.", "B: Maren drove us to Bodo.")
    assert full == "maren holt" and lone != full


@pytest.mark.parametrize("first, second, shared", [
    ("A: Maren Holt ran the shift in Lyngseidet.", "B: Maren drove us to Lyngseidet.", "Lyngseidet"),
])
def test_a_lone_name_in_a_file_that_shares_a_place_is_joined(first, second, shared):
    full, lone = _lone_in_other_file(first, second, shared)
    assert lone == full == "maren holt"


def test_a_lone_name_in_a_file_that_shares_another_lone_name_is_joined():
    first, second = "A: Maren Holt ran the shift with Oskar.", "B: Maren and Oskar drove."
    ms = in_order(first, "Maren Holt", "Oskar") + in_order(second, "Maren", "Oskar")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0, 1, 1])
    assert resolution.assignments[2].key == resolution.assignments[0].key == "maren holt"


def test_a_titled_relative_shares_no_pseudonym_with_a_family_of_that_name():
    first = "A: The rigger was Chan Tai-wing. He fell on Monday. His mother, Mrs Chan, phoned me."
    second = "B: The boat belongs to the Chan family. Chan Siu-ming runs it."
    a = key_introduced_names(first, nth_persons(first, ("Chan Tai-wing", 0), ("Mrs Chan", 0)))
    b = key_family_names(second, nth_persons(second, ("Chan", 0), ("Chan Siu-ming", 0)))
    resolution = resolve_entities(a + b, is_place=lambda form: False, documents=[0, 0, 1, 1])
    keys = [x.key for x in resolution.assignments]
    assert keys[1] not in {keys[0], keys[2], keys[3]} and keys[1].endswith("(f)")


def test_a_lone_name_in_a_file_that_names_the_person_otherwise_is_joined():
    first, second = "A: Maren Holt ran the shift.", "B: Maren drove. Holt paid for the fuel."
    ms = in_order(first, "Maren Holt") + in_order(second, "Maren", "Holt")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 1, 1])
    assert [a.key for a in resolution.assignments] == ["maren holt"] * 3
    # near miss: the other word fits someone else as well
    first = "A: Maren Holt ran the shift. Oskar Holt drove."
    ms = in_order(first, "Maren Holt", "Oskar Holt") + in_order(second, "Maren", "Holt")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0, 1, 1])
    assert resolution.assignments[2].key != "maren holt"


def test_a_namesake_in_the_vault_is_no_one_a_later_run_joins():
    text = "A: Tariq signed for the parcel."
    resolution = resolve_entities(nth_persons(text, ("Tariq", 0)), known_people=["~tariq"], is_place=lambda form: False)
    assert resolution.assignments[0].key == "tariq"

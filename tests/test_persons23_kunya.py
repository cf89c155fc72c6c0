"""A kunya after a full name (round 23).

"Samir Khalil, Abu Tariq, ...": a kunya (a name by one's child) right after a full name and a
comma is that person's, whatever stands around the two (redactor.refine.appositions); the word
after the kunya is the child's given name, so that name said alone is not the parent
(redactor.entities.resolve).  Near misses: a list of people, a possessive, a full stop between,
a longer name that starts with a kunya word.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import resolve_entities
from redactor.refine.appositions import link_appositions
from tests.mention_helpers import in_order


def _keys(text: str, *names: str) -> list[str]:
    return [m.key for m in link_appositions(text, in_order(text, *names))]


@pytest.mark.parametrize("text, names", [
    # others named later in the sentence, a verb before the name, words after the kunya
    ("A: The manager, Samir Khalil, Abu Tariq, told the driver Yusuf to wait.", ("Samir Khalil", "Abu Tariq", "Yusuf")),
    ("A: the manager is hajj samir khalil, abu tariq. he keeps the keys.", ("hajj samir khalil", "abu tariq")),
    ("A: The cook is Captain Samir Khalil, Abu Tariq we call him.", ("Captain Samir Khalil", "Abu Tariq")),
    ("A: My neighbour Leila Mansour, Umm Karim, brought bread.", ("Leila Mansour", "Umm Karim")),
])
def test_a_kunya_after_a_full_name_is_that_person(text, names):
    keys = _keys(text, *names)
    full = " ".join(w for w in names[0].lower().split() if w not in {"hajj", "captain"})
    assert keys[:2] == ["", full]
    assert all(k == "" for k in keys[2:])


@pytest.mark.parametrize("text, names", [
    # a list of people, a possessive, a full stop between, the kunya first, no kunya
    ("A: I met Samir Khalil, Abu Tariq, Yusuf Haddad and the driver.", ("Samir Khalil", "Abu Tariq", "Yusuf Haddad")),
    ("A: I met Samir Khalil, Abu Tariq and the driver.", ("Samir Khalil", "Abu Tariq")),
    ("A: Samir Khalil, Abu Tariq's brother, came.", ("Samir Khalil", "Abu Tariq")),
    ("A: Samir Khalil left. Abu Tariq came.", ("Samir Khalil", "Abu Tariq")),
    ("A: I met Samir Khalil, Yusuf Haddad, the driver and others.", ("Samir Khalil", "Yusuf Haddad")),
])
def test_no_kunya_link_in_a_list_or_apart(text, names):
    assert _keys(text, *names) == [""] * len(names)


def test_the_childs_name_alone_is_not_the_parent():
    text = "A: Abu Tariq owns the shop. Tariq works there on Fridays."
    ms = in_order(text, "Abu Tariq", "Tariq")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0])
    assert resolution.assignments[1].key != resolution.assignments[0].key
    # near miss: a surname after a given name is still that person's
    text = "A: Samir Tariq owns the shop. Tariq works there on Fridays."
    ms = in_order(text, "Samir Tariq", "Tariq")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0])
    assert resolution.assignments[1].key == resolution.assignments[0].key


def test_a_name_that_starts_with_a_kunya_word_keeps_its_surname():
    text = "A: Mr. Abu Talib Kamara signed it. Mr. Kamara left at noon."
    ms = in_order(text, "Mr. Abu Talib Kamara", "Mr. Kamara")
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=[0, 0])
    assert resolution.assignments[1].key == resolution.assignments[0].key

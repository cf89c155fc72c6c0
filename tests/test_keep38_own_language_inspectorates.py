"""Round 38: a state's inspectorate named in Lithuanian, Latvian or a South Slavic language
("valstybinė darbo inspekcija", "Inspekcija rada") is a public body, as "Inspekcja Pracy" is in
Polish; and a body's name in a language that capitalises only its first word ("Državni
inspektorat", "Państwowa inspekcja pracy") is kept when the model took the capitalised word
alone for a person.  A person named before an English body word in small letters, or a person
whose surname a name list knows, stays found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("speaker 2: his mother paid for a private test. and nobody called the valstybinė darbo inspekcija, "
     "nobody.\n", "valstybinė darbo inspekcija"),
    ("NEVA: The Državni inspektorat came on Tuesday 1 September and measured the guns. Three were "
     "over the limit.\n", "Državni inspektorat"),
    ("A: We wrote to the Państwowa inspekcja pracy in Gdańsk twice, nobody answered.\n",
     "Państwowa inspekcja pracy"),
])
def test_an_inspectorate_in_its_own_language_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_source_beside_it_is_still_found(redactor_default):
    text = "NEVA: The Državni inspektorat came on Tuesday. I'm Neva Jurić, I run the paintball field.\n"
    assert ("PERSON", "Neva Jurić", text.index("Neva Jurić")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    # a surname the name lists know before the word
    ("A: Then Kowalski inspekcja, that was his nickname at the depot, came in drunk.\n", "Kowalski"),
    # an English body word in small letters after a name: a sentence, not a body's name
    ("A: I told Dragan police would come, and he laughed at me.\n", "Dragan"),
])
def test_a_person_before_the_word_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []

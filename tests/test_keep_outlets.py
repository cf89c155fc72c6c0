"""News outlets known by what is said around them stay (redactor.detect.outlets): what publishes
or broadcasts, a medium's word after the name or in it, an article in it, whose reporter someone
is.  Near misses: a person or a firm that reports something, a story about a person, a blog of
a person's, an outlet someone works for (their employer)."""

from __future__ import annotations

import pytest

from redactor.detect.outlets import named_as_outlet


@pytest.mark.parametrize("text, name, organisation", [
    ("It was reported by Kompas yesterday.", "Kompas", True),
    ("Then Rappler published it.", "Rappler", True),
    ("There was an article in Tempo about it.", "Tempo", False),
    ("It was in the Nation newspaper.", "Nation", False),
    ("I saw it on the Mwananchi website.", "Mwananchi", True),
    ("It was on Citizen TV.", "Citizen TV", False),
    ("They played it on Radio Maisha.", "Radio Maisha", False),
    ("A Malaysiakini reporter called me.", "Malaysiakini", True),
    ("I read it in Kompas last week.", "Kompas", True),
    ("it was on radio maria that night", "radio maria", False),          # a caption's small letters
    ("we watched kaduna tv every night", "kaduna tv", False),
])
def test_outlets_by_context(text, name, organisation):
    start = text.index(name)
    assert named_as_outlet(text, start, start + len(name), organisation)


@pytest.mark.parametrize("text, name, organisation", [
    ("It was reported by Anna Kowalska.", "Anna Kowalska", False),       # a person reports too
    ("Then Maria published her poems.", "Maria", False),
    ("There was a story on Maria Petrova.", "Maria Petrova", False),      # about a person
    ("I read an article in Anna's blog.", "Anna", False),
    ("I work as a reporter for Radio Mwangaza in Kisii.", "Radio Mwangaza", True),  # an employer
    ("I was a journalist at Jambo Weekly.", "Jambo Weekly", True),
    ("We went to Kompas with the papers.", "Kompas", True),
    ("we listened to radio and anna sang", "anna sang", False),
    ("my cousin Radio came", "Radio", False),
])
def test_no_outlet_without_its_context(text, name, organisation):
    start = text.index(name)
    assert not named_as_outlet(text, start, start + len(name), organisation)


@pytest.mark.parametrize("text, found", [
    ("It was reported by Kompas and there was an article in Rappler. It was on Citizen TV.", []),
    ("A Malaysiakini reporter called me.", [("reporter", "OCCUPATION")]),
    ("The accident was reported by Kowalski Logistics.", [("Kowalski Logistics", "ORGANIZATION")]),
    ("I work as a reporter for Radio Mwangaza in Kisii.",
     [("reporter", "OCCUPATION"), ("Radio Mwangaza", "ORGANIZATION")]),
])
def test_outlets_in_the_scan(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)
            if f.entity_type in {"PERSON", "ORGANIZATION", "OCCUPATION"}] == found

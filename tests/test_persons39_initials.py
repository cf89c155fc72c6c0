"""A person said by initials alone is the one person the file names in full with those initials
(round 39).

"My initials, C.J." where the file names Claudette Marcia James (the first and last word), "doña
yelba writes her initials on the back, y m t" beside Yelba Mercedes Toruño (every word), "A.S."
of Ahmed bin Salman (no particle): one person, one pseudonym.  In the design sets' gold a
person's initials that fit one full name of their file are that person 14 times of 14; three of
them had a pseudonym of their own.  Not where two people of the file fit, nor across files."""

from __future__ import annotations

import pytest

from redactor.entities.resolve import resolve_entities
from redactor.model import Mention


def person(text: str, detector: str = "SpacyRecognizer") -> Mention:
    return Mention(0, len(text), "PERSON", 0.85, detector, text)


def keys(texts: list[str], documents: list[int]) -> list[str]:
    mentions = [person(t) for t in texts]
    resolution = resolve_entities(mentions, is_place=lambda form: False, documents=documents)
    return [a.key for a in resolution.assignments]


@pytest.mark.parametrize("full, initials", [
    ("Claudette Marcia James", "C.J."),      # first and last word
    ("Lachlan Nobbs", "L.N."),
    ("yelba mercedes toruño", "y m t"),      # every word, a caption's letters
    ("Ahmed bin Salman", "A.S."),            # no particle
    ("Marie-Kim Sørensen", "M. K. S."),      # each part of a hyphened name
])
def test_initials_are_the_one_person_of_the_file_they_fit(full, initials):
    named, said = keys([full, initials], [0, 0])
    assert said == named


def test_initials_that_fit_two_people_of_the_file_are_no_one_of_them():
    claudette, carl, said = keys(["Claudette James", "Carl Jones", "C.J."], [0, 0, 0])
    assert said not in {claudette, carl}


def test_initials_in_another_file_are_not_joined_by_this_rule():
    named, said = keys(["Lachlan Nobbs", "L.N."], [0, 1])
    assert said != named


@pytest.mark.parametrize("other", ["cj", "C.J.R.", "Cee Jay"])
def test_no_initials_or_other_letters_are_not_joined(other):
    named, said = keys(["Claudette James", other], [0, 0])
    assert said != named


_MEMO = ("**Q:** Who sent the memo to the CIU?\n\n"
         "**A:** Claudette Marcia James, the compliance officer, that is me. Ms. James on the letters. "
         "The checklist that went with it has my initials, C.J., ticked in a colour of ink I never use.\n")


def test_initials_share_the_pseudonym_of_the_name_in_a_transcript(redactor_default, tmp_path):
    path = tmp_path / "memo.md"
    path.write_text(_MEMO, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    by_text = {f.text: f.replacement for f in result.findings if f.entity_type == "PERSON"}
    assert "C.J." in by_text and "Claudette Marcia James" in by_text
    assert by_text["C.J."] == by_text["Claudette Marcia James"]

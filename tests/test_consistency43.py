"""One person, one pseudonym (round 43): a firm named after its owner's family is no second
person, and the name a speaker says they are called after giving their own name is theirs.

- A family firm ("Brennecke Holzbau" beside Ulrike Brennecke) the model took for a person has
  the family name as a given name: the owner's surname said alone went to the firm or to no
  one (``redactor.entities.resolve.family_firm_types``).
- "Halvard Moe, they call me Hallo": a comma between the speaker's name and the words that call
  them, the sayers after "but" ("but my brothers say Sole"), where they are ("people there
  say"), a WebVTT voice tag or a "yeah" before the name (``redactor.refine.nicknames``).
- An age or a date equal in two files is two values, not one (``redactor.pipeline._in_own_file``).

None of these forms is in a design set: each is the kind, said otherwise.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import family_firm_types, resolve_entities
from redactor.model import Mention


def person(text: str) -> Mention:
    return Mention(0, len(text), "PERSON", 0.85, "SpacyRecognizer", text)


FIRMS = [
    ("a trade compound after the family name",
     "Q: Who runs the yard? A: Ulrike Brennecke. She started Brennecke Holzbau in 2009 with her brother. "
     "Mrs. Brennecke signs every timesheet herself.",
     "Q: Who runs the yard? A: [PERSON 1]. She started [ORGANIZATION 1] in [DATE 1] with her brother. "
     "[PERSON 1] signs every timesheet herself."),
    ("a firm's word the owner's surname would otherwise absorb",
     "The owner is Arne Halvorsen. Halvorsen Båtbyggeri builds the hulls in the old shed, and Halvorsen "
     "pays us in cash.",
     "The owner is [PERSON 1]. [ORGANIZATION 1] builds the hulls in the old shed, and [PERSON 1] pays us "
     "in cash."),
    ("a firm's kind before the family name",
     "The glass is cut at Atelier Morvan. Yann Morvan owns it, and Morvan checks every pane.",
     "The glass is cut at [ORGANIZATION 1]. [PERSON 1] owns it, and [PERSON 1] checks every pane."),
]


@pytest.mark.parametrize("name,text,expected", FIRMS, ids=[c[0] for c in FIRMS])
def test_a_family_firm_is_no_second_person(make_redactor, name, text, expected):
    assert make_redactor().redact(text) == expected


def test_names_said_family_name_first_or_after_an_honorific_stay_people(make_redactor):
    # "Chen" starts other full names: a family name said first, so "Chen Guoqing" is a man.
    assert make_redactor().redact("Xiao Chen and Chen Lu run the line. Chen Guoqing signs the sheets.") == (
        "[PERSON 1] and [PERSON 2] run the line. [PERSON 3] signs the sheets.")
    # "Sia" is an honorific the lists hold as a rare given name: "Chatchai" is no family name.
    assert make_redactor().redact("My boss is Sia Chatchai. Chatchai Wongkhamsao owns the farm.") == (
        "My [OCCUPATION 1] is [PERSON 1]. [PERSON 2] owns the farm.")


def test_family_firm_types_reads_the_names_of_the_run():
    ms = [person("Kemal Tuncay"), person("Tuncay Fleischwaren"), person("Anvar Tursunov"),
          person("Tursunov Zabardast"), person("owen pennington"), person("pennington winced"),
          person("Abu Nimer"), person("Nimer Shakhshir"), person("Wong Chi-keung"), person("Peter Wong"),
          person("Wong Kaiyuen")]
    assert family_firm_types(ms, ["PERSON"] * len(ms)) == [
        "PERSON", "ORGANIZATION",  # a firm's word after the family name
        "PERSON", "PERSON",  # a byname after a surname made from a father's name
        "PERSON", "PERSON",  # a caption's verb the span took in
        "PERSON", "PERSON",  # "Abu" names a father by his child: "Nimer" is no family name
        "PERSON", "PERSON", "PERSON"]  # "Wong" starts another full name: a family name said first
    # The surname said alone is then the owner's, not the firm's.
    resolution = resolve_entities([person("Kemal Tuncay"), person("Tuncay Fleischwaren"), person("Mr. Tuncay")],
                                  is_place=lambda form: False, documents=[0, 0, 0])
    assert [(a.entity_type, a.key) for a in resolution.assignments] == [
        ("PERSON", "kemal tuncay"), ("ORGANIZATION", "tuncay fleischwaren"), ("PERSON", "kemal tuncay")]


CALLED = [
    ("a comma before the words that call the speaker",
     "A: Halvard Moe, they call me Hallo at the depot. Hallo is fine.",
     "A: [PERSON 1], they call me [PERSON 1] at the depot. [PERSON 1] is fine."),
    ("the sayers after but",
     "A: Marisol Quintana, but my brothers say Sole.",
     "A: [PERSON 1], but my brothers say [PERSON 1]."),
    ("where the sayers are",
     "speaker 2: sigrun haldorsdottir. people there say sissa\nspeaker 1: okay sissa",
     "speaker 2: [PERSON 1]. people there say [PERSON 1]\nspeaker 1: okay [PERSON 1]"),
    ("a WebVTT voice tag before the name",
     "<v Oumar>Oumar Diallo, but everybody at the garage call me Papus because I'm the oldest.",
     "<v [PERSON 1]>[PERSON 1], but everybody at the garage call me [PERSON 1] because [UNIQUE DETAIL 1]."),
    ("a yeah before the name",
     "- yeah ingrid solberg but my family calls me ninni, don't write it",
     "- yeah [PERSON 1] but my family calls me [PERSON 1], don't write it"),
]


@pytest.mark.parametrize("name,text,expected", CALLED, ids=[c[0] for c in CALLED])
def test_the_name_a_speaker_is_called_after_their_own_is_theirs(make_redactor, name, text, expected):
    assert make_redactor().redact(text) == expected


def test_what_someone_else_calls_the_speaker_stays_apart(make_redactor):
    # Another speaks ("his son said"); one person says it ("the manager here"), not people.
    assert make_redactor().redact("A: Ivan Petrov, his son said they call me Zubr.") == (
        "A: [PERSON 1], his son said they call me [CALL SIGN 1].")
    assert make_redactor().redact("- kristjan jonasson. the manager here says kiddi") == (
        "- [PERSON 1]. the manager here says [PERSON 2]")


def test_equal_ages_and_dates_of_two_files_are_two_values(make_redactor, tmp_path):
    # Two interviews that give the same age and date: two people's ages, two stories' days.
    # In its own file an age said again keeps its pseudonym.
    (tmp_path / "a-porter.txt").write_text(
        "Q: How old are you? A: Twenty seven. My son is four. On the ninth of March they fired me. "
        "I was twenty seven then.\n", encoding="utf-8")
    (tmp_path / "b-welder.txt").write_text(
        "Q: And your age? A: I am twenty seven. The ninth of March was my first day.\n", encoding="utf-8")
    run = make_redactor().run([tmp_path])
    found = {f.path.name: [(x.entity_type, x.replacement) for x in f.findings if x.entity_type in {"AGE", "DATE"}]
             for f in run.files}
    assert found == {"a-porter.txt": [("AGE", "[AGE 1]"), ("AGE", "[AGE 2]"), ("DATE", "[DATE 1]"), ("AGE", "[AGE 1]")],
                     "b-welder.txt": [("AGE", "[AGE 3]"), ("DATE", "[DATE 2]")]}

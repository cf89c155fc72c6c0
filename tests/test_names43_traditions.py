"""Names of more traditions (round 43): the gazetteer holds the given names that at least five of
nomquamgender's sources hold (Somali "Maxamed", Amharic "Mulugeta", Tamil "Rajasekaran", Turkish
"Nevzat", Uzbek "Dilshod", Marathi "Pravin"), seen by the name recognizer alone, so a name of
two of them is a person, but no English word some source lists too ("ravine", "sofa",
"garden"); the pronoun "I" ends no name ("since William Ruto I don't know" keeps the listed
head of state); a Tamil father's name
abbreviated to its first syllables after a title ("Mr. Pon. Rajasekaran") is part of the name;
the Tamil "Tmt." (Thirumathi, Mrs) goes with the name."""

from __future__ import annotations

import pytest

from redactor.lexicon.names import default_gazetteer, finder_gazetteer
from tests.scan_helpers import found_in_named_file


def _people(redactor, tmp_path, text: str) -> list[str]:
    return [found for _, found in found_in_named_file(redactor, tmp_path, "talk.txt", text, {"PERSON"})]


def _caption(line: str) -> str:
    return f"reporter: and after that?\nsource: {line}\n"


@pytest.mark.parametrize("name", [
    "maxamed", "faadumo", "mulugeta", "tigist", "habtamu", "rajasekaran", "senthil", "pravin",
    "nevzat", "tuncay", "dilshod", "shukri",
])
def test_the_gazetteer_knows_given_names_of_more_traditions(name):
    info = finder_gazetteer().lookup(name)
    assert info is not None and info.first and not info.is_word


@pytest.mark.parametrize("name", ["maxamed", "mulugeta", "rajasekaran", "nevzat", "dilshod"])
def test_only_the_name_recognizer_sees_the_second_source(name):
    assert default_gazetteer().lookup(name) is None  # a word no list knows, to filters and resolution


@pytest.mark.parametrize("word", ["ravine", "river", "garden", "sofa", "apple", "table", "water", "cookie", "anakin"])
def test_english_words_some_name_source_lists_are_no_names(word):
    info = finder_gazetteer().lookup(word)
    assert info is None or info.is_word


def test_a_full_name_of_another_tradition_opening_a_sentence(redactor_default, tmp_path):
    text = "Tigist Mulugeta keeps the list of who worked which night.\n"
    assert _people(redactor_default, tmp_path, text) == ["Tigist Mulugeta"]


@pytest.mark.parametrize("line", [
    "then we went down into the ravine, the water was high.",
    "the sofa was wet and the garden too, nobody came.",
])
def test_words_near_those_names_are_nobody(redactor_default, tmp_path, line):
    assert _people(redactor_default, tmp_path, _caption(line)) == []


@pytest.mark.parametrize("text", [
    _caption("honestly since william ruto i don't know who works there."),
    "Honestly, since William Ruto I don't know who works there.\n",
])
def test_the_pronoun_ends_a_listed_public_name(redactor_default, tmp_path, text):
    assert _people(redactor_default, tmp_path, text) == []


def test_the_pronoun_ends_a_private_name(redactor_default, tmp_path):
    text = "Since Olena Petrenko I don't trust anyone there.\n"
    assert _people(redactor_default, tmp_path, text) == ["Olena Petrenko"]


@pytest.mark.parametrize(("text", "name"), [
    ("The owner is Mr. Pon. Rajasekaran, he pays by the frame.\n", "Mr. Pon. Rajasekaran"),
    ("We wrote to Dr. Thol. Ilavarasan about the water.\n", "Dr. Thol. Ilavarasan"),
])
def test_a_tamil_abbreviated_name_after_a_title(redactor_default, tmp_path, text, name):
    assert name in _people(redactor_default, tmp_path, text)


@pytest.mark.parametrize(("text", "names"), [
    ("I saw Mr. Jones. Mary said nothing.\n", ["Mr. Jones", "Mary"]),
    ("I saw Mr. Okafor. Nobody said anything.\n", ["Mr. Okafor"]),
])
def test_a_sentence_after_a_titled_name_is_no_initial(redactor_default, tmp_path, text, names):
    assert _people(redactor_default, tmp_path, text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("We asked Tmt. Lakshmi Ammal about the wages.\n", "Tmt. Lakshmi Ammal"),
    (_caption("we asked tmt. lakshmi about the wages."), "tmt. lakshmi"),
])
def test_the_tamil_title_goes_with_the_name(redactor_default, tmp_path, text, name):
    assert _people(redactor_default, tmp_path, text) == [name]


def test_the_build_keeps_names_many_sources_hold(build_names):
    data = {
        "Pravin": [15, 222, 0.0, 3], "Maxamed": [5, 107, 0.087, 3], "Nevzat": [14, 525, 0.045, 3],
        "Quimet": [1, 1, 0.0, 3],  # one source: a name maybe, a slip as likely
        "ravine": [2, 5, 0.5, 2], "sofa": [5, 34, 1.0, 3], "garden": [7, 16, 0.187, 3],  # English words
        "Ankara": [6, 40, 0.9, 3],  # a capital city
        "nei": [9, 80, 0.5, 3], "anna-marie": [8, 90, 1.0, 3],  # a syllable; a hyphenated pair
    }
    assert build_names.nqg_kept(data) == ["maxamed", "nevzat", "pravin"]



def test_a_second_source_name_in_context_is_found_as_before(redactor_default, tmp_path):
    # read first as a word no list knows: the context makes it a person as surely as before
    assert _people(redactor_default, tmp_path, _caption("my cousin pravin came to the yard the next morning.")) == ["pravin"]


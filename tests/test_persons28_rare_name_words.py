"""Round 28: the words of a name no list knows, beside the part found (``redactor.refine.people``).

Propagation finds again the part of a name the run knows ("farishta", "Rudo") where the full
name is said once, alone, as an answer ("farishta rahimi. the tazkira is ...", "Rudo Kapfunde.
She is seventeen"); the model missed the whole and no list holds the other words.  A word right
beside a person's span (a space between, same piece) that is in no dictionary, rare in English,
no place, and written as the name is (capitalised or not), is a word of that name; never an
ordinary word, a known place, a word of another mention or one across a cue or speaker field."""

from __future__ import annotations

from redactor.lexicon.places import default_places
from redactor.entities.resolve import resolve_entities
from redactor.model import Mention
from redactor.refine.people import (generations_after_names, key_introduced_names, key_namesakes,
                                    rare_words_beside_names,
                                    short_names_typed_as_places)
from tests.mention_helpers import in_order


def _spans(text: str, mentions: list[Mention], starts: tuple[int, ...] = ()) -> list[str]:
    grown = rare_words_beside_names(text, mentions, starts, 0.5, default_places().is_place)
    return [text[m.start:m.end] for m in grown]


def test_a_name_said_in_full_takes_the_words_no_list_knows():
    text = ">> and your full name\n>> farishta rahimi. the tazkira is one four zero one."
    assert _spans(text, in_order(text, "farishta")) == ["farishta rahimi"]
    text = "Reporter: Who is she?\nTeacher: Rudo, one of the Form Fours. Rudo Kapfunde. She is seventeen."
    assert _spans(text, in_order(text, "Rudo", "Rudo")) == ["Rudo", "Rudo Kapfunde"]
    # the word before the part found, and two words at most on a side
    text = ">> berhane gebremedhin. berhane son of gebremedhin."
    assert _spans(text, in_order(text, "gebremedhin")) == ["berhane gebremedhin"]
    text = "Source: My name is Mahamat Abdelkerim Idriss. In the camp they call me Abou."
    assert _spans(text, in_order(text, "Mahamat")) == ["Mahamat Abdelkerim Idriss"]


def test_ordinary_words_places_other_mentions_and_other_casing_stay_out():
    # ordinary words beside a name
    text = ">> farishta said it to me yesterday, ask farishta tomorrow."
    assert _spans(text, in_order(text, "farishta", "farishta")) == ["farishta", "farishta"]
    # a common word of another language beside a "name" the model found in a phrase of it
    text = "they called the departamento de salud and the servicios legales de la isla"
    mentions = in_order(text, "de salud", "legales de")
    assert _spans(text, mentions) == ["de salud", "legales de"]
    # a name with a rare word some list knows, in running text, not said as a phrase of its own
    # (a word no list knows at all joins it there too: tests/test_persons34_name_words_beside.py)
    text = "speaker 2: the driver prince yalla was drinking since night"
    assert _spans(text, in_order(text, "prince")) == ["prince"]
    # a known place, however rare a word
    text = ">> farishta herat is where she lives"
    assert _spans(text, in_order(text, "farishta")) == ["farishta"]
    # a word already some other mention's
    text = ">> farishta rahimi told me"
    mentions = [*in_order(text, "farishta"), *in_order(text, "rahimi", kind="ORGANIZATION")]
    assert _spans(text, mentions) == ["farishta", "rahimi"]
    # a lower-case word beside a capitalised name (a caption's word of another language)
    text = "Source: Rudo kapfunde came later."
    assert _spans(text, in_order(text, "Rudo")) == ["Rudo"]
    # across a line break, or a cue's start
    text = "I told Rudo\nKapfunde came later."
    assert _spans(text, in_order(text, "Rudo")) == ["Rudo"]
    text = "I told farishta rahimi came later."
    at = text.index("rahimi")
    assert _spans(text, in_order(text, "farishta"), starts=(0, at)) == ["farishta"]


def _generations(text: str, *names: str) -> list[str]:
    return [m.text for m in generations_after_names(text, in_order(text, *names))]


def test_senior_or_junior_at_a_phrases_end_is_the_names():
    text = '"text": " his father, tavita senior, he is a fisherman on nukulaelae."'
    assert _generations(text, "tavita") == ["tavita senior"]
    text = "source: rémi senior, the father, he's eighty"
    assert _generations(text, "rémi") == ["rémi senior"]
    text = "and my grandfather, papa tangi senior he was the first pearl diver"
    assert _generations(text, "papa tangi") == ["papa tangi senior"]
    text = "The owner is John Okafor Jr. He lives in Lekki."
    assert _generations(text, "John Okafor") == ["John Okafor Jr."]


def test_senior_or_junior_before_a_noun_or_another_mention_stays_out():
    text = "I told Kofi senior staff were there."
    assert _generations(text, "Kofi") == ["Kofi"]
    text = "we asked Ama junior doctors on the ward"
    assert _generations(text, "Ama") == ["Ama"]
    text = "Kofi senior, the father"
    mentions = [*in_order(text, "Kofi"), *in_order(text, "senior", kind="RANK")]
    assert [m.text for m in generations_after_names(text, mentions)] == ["Kofi", "senior"]


def test_senior_after_a_name_the_document_says_alone_too_is_someone_else():
    text = "they call him ti-rémi, because his father is also rémi. rémi senior, the father, he's eighty"
    found = generations_after_names(text, in_order(text, "rémi", "rémi", "rémi"))
    assert [(m.text, m.key) for m in found] == [("rémi", ""), ("rémi", ""), ("rémi senior", "~remi")]
    # with the one "is also" names as the father: one person
    assert [m.key for m in key_namesakes(text, found)] == ["", "~remi", "~remi"]
    text = "tuaine said it. his grandson signed. tuaine junior. he's nineteen"
    assert [m.key for m in generations_after_names(text, in_order(text, "tuaine", "tuaine"))] == ["", "~tuaine junior"]
    text = "i'm tangi. and my grandfather, papa tangi senior, he was the first diver"
    found = generations_after_names(text, in_order(text, "tangi", "papa tangi"))
    assert [m.key for m in found] == ["", "~papa tangi"]
    # no one else of the name: the name's own
    text = "The owner is John Okafor Jr. He lives in Lekki."
    assert [m.key for m in generations_after_names(text, in_order(text, "John Okafor"))] == [""]


def test_a_namesake_told_apart_by_senior_is_no_name_brought_in_alone():
    # "his father, tavita senior": not a lone "tavita" the text brings in, so the bare
    # "tavita" of the son stays for resolution
    text = "what about tavita's family\nhis father, tavita senior, he is a fisherman"
    found = key_introduced_names(text, generations_after_names(text, in_order(text, "tavita", "tavita")))
    assert [(m.text, m.key) for m in found] == [("tavita", ""), ("tavita senior", "~tavita")]


def _typed(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_type) for m in short_names_typed_as_places(mentions, default_places().is_place)]


def test_a_place_or_company_that_is_a_persons_short_name_is_that_person():
    text = "<v s2>my co-worker kez, kezia browne, got bit"
    mentions = sorted([*in_order(text, "kezia browne"), *in_order(text, "kez", kind="LOCATION")], key=lambda m: m.start)
    assert _typed(text, mentions) == [("kez", "PERSON"), ("kezia browne", "PERSON")]
    text = "Ewa Kaczmarczyk. On the platform they just say Polen-Ewa, because"
    mentions = [*in_order(text, "Ewa Kaczmarczyk"), *in_order(text, "Polen-Ewa", kind="ORGANIZATION")]
    assert _typed(text, mentions) == [("Ewa Kaczmarczyk", "PERSON"), ("Polen-Ewa", "PERSON")]
    text = "speaker 1: thiru is the supervisor's name? speaker 2: thirunavukkarasu. thiru anna"
    mentions = [*in_order(text, "thiru"), *in_order(text, "thirunavukkarasu", kind="ORGANIZATION"),
                *in_order(text, "thiru anna")]
    assert [t for _, t in _typed(text, mentions)] == ["PERSON", "PERSON", "PERSON"]


def test_places_words_and_names_without_a_tie_stay_what_the_model_said():
    # a known place, a dictionary word, no name word it is tied to, a short word before a long one
    # a name with an ending is no name cut short
    text = "There are two Olenas in the story: Olena Kravets from the school."
    mentions = [*in_order(text, "Olenas", kind="ORGANIZATION"), *in_order(text, "Olena Kravets")]
    assert [t for _, t in _typed(text, mentions)] == ["ORGANIZATION", "PERSON"]
    text = "Kezia Browne went to Kenya, to the Kezi Mill and to Bosse, Bo Nilsson said. Ali works at Alibaba."
    mentions = sorted([*in_order(text, "Kezia Browne"), *in_order(text, "Kenya", kind="LOCATION"),
                       *in_order(text, "Mill", kind="ORGANIZATION"), *in_order(text, "Bosse", kind="LOCATION"),
                       *in_order(text, "Bo Nilsson"), *in_order(text, "Ali"),
                       *in_order(text, "Alibaba", kind="ORGANIZATION")], key=lambda m: m.start)
    assert [t for _, t in _typed(text, mentions)] == ["PERSON", "LOCATION", "ORGANIZATION", "LOCATION", "PERSON",
                                                     "PERSON", "ORGANIZATION"]


def test_a_surname_of_particles_and_one_word_said_alone_is_the_full_names():
    # ("Al Rashid" of Ahmed Al Rashid already was: one particle)
    def keys(*texts: str) -> list[str]:
        mentions = [Mention(0, len(t), "PERSON", 0.85, "SpacyRecognizer", t) for t in texts]
        return [a.key for a in resolve_entities(mentions, is_place=lambda form: False).assignments]

    assert keys("Mr. Pieter van der Walt", "Mr. van der Walt") == ["pieter walt"] * 2
    assert keys("Prof. Wouter Van den Broeck", "Van den Broeck") == ["wouter broeck"] * 2
    # two people of the surname: said alone it is neither's
    assert keys("Pieter van der Walt", "Anna van der Walt", "van der Walt") == ["pieter walt", "anna walt", "walt"]

"""Short forms of a name in the same file (redactor/refine/short_forms.py), family-name endings
(redactor/lexicon/names.py) and the lower-case surnames they let the name recognizer find.

A pet form made from a name's start ("Rosie" of Rosalind, "Mesi" of Meskerem, "Jojo" of
Josephina) or a surname cut short ("cris" of Cristea) is the one person of its file it can come
from; never when two could be, never a common word, never a given name of its own.  A word the
lists lack that ends as a family name does ("vasilescu", "kowalska") is a person, not a place
or a company, unless it is a place.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import resolve_entities
from redactor.entities.variants import default_given_names
from redactor.lexicon.names import clipped_surname_of, family_name_of, pet_form_of, surname_shaped
from redactor.model import Mention
from redactor.refine.short_forms import DETECTOR, link_short_forms


@pytest.mark.parametrize("short, full", [
    ("teo", "teodora"), ("kof", "kofi"), ("dawi", "dawit"),            # the start alone
    ("rosie", "rosalind"), ("mesi", "meskerem"), ("kwabs", "kwabena"),  # the start and an ending
    ("bernie", "bernadine"), ("jojo", "josephina"),                     # ... and a syllable twice
    ("rimas", "rimantas"), ("zulya", "zulfiya"), ("mesu", "mesfin"),   # Baltic, Central Asian, Amharic
])
def test_a_pet_form_is_made_from_the_start_of_a_name(short, full):
    assert pet_form_of(short, full)


@pytest.mark.parametrize("short, full", [
    ("ivan", "ivana"), ("paul", "paulina"), ("dan", "daniela"),  # a man's name a woman's is made from
    ("magomed", "magomedov"), ("davit", "davitashvili"),         # a family name made from a given name
    ("ro", "rosalind"), ("teodora", "teodora"), ("teodoras", "teodora"),  # too short, itself, longer
    ("mama", "maria"), ("papa", "pavel"),                       # reduplicated words, not names
    ("mesa", "meskerem"), ("mosi", "meskerem"),                 # no ending a pet form has; another start
])
def test_a_pet_form_near_misses(short, full):
    assert not pet_form_of(short, full)


def test_a_surname_cut_short_keeps_four_letters_and_leaves_out_two():
    assert clipped_surname_of("cris", "cristea") and clipped_surname_of("parvu", "parvulescu")
    assert not clipped_surname_of("cri", "cristea")       # three letters say too little
    assert not clipped_surname_of("cristea", "cristeaa")  # one letter left out: a spelling
    assert not clipped_surname_of("cost", "cristea")
    assert not clipped_surname_of("magomed", "magomedov")  # the given name the surname is made from


def test_a_family_name_made_from_a_given_name():
    assert family_name_of("magomed", "magomedov") and family_name_of("petr", "petrenko")
    assert not family_name_of("magomed", "magomedali") and not family_name_of("ivan", "ivana")


@pytest.mark.parametrize("word", ["ionescu", "Popescu", "pârvulescu", "petrović", "tkachenko", "gogoladze",
                                  "hovhannisyan", "yilmazoglu", "kowalska", "papadopoulos", "terzakis"])
def test_a_family_name_ending(word):
    assert surname_shaped(word)


@pytest.mark.parametrize("word", ["improv", "supernova", "whisky", "eleven", "seven", "clever", "ski", "yan",
                                  "Kowalski", "Libyan"])  # English words; too common in English
def test_a_family_name_ending_near_misses(word):
    assert not surname_shaped(word)


# -- linking in one file ------------------------------------------------------------------------

def person(text: str, start: int, detector: str = "SpacyRecognizer", score: float = 0.85) -> Mention:
    return Mention(start, start + len(text), "PERSON", score, detector, text)


def spans(mentions: list[Mention]) -> list[tuple[int, int, str, str, str]]:
    return [(m.start, m.end, m.text, m.key, m.detector) for m in mentions]


def test_a_short_form_a_detector_found_is_keyed_by_the_one_full_name():
    text = "Bernadine Okafor was the nurse. Bernie called me."
    found = link_short_forms(text, [person("Bernadine Okafor", 0), person("Bernie", 32)], default_given_names())
    assert spans(found) == [(0, 16, "Bernadine Okafor", "", "SpacyRecognizer"),
                            (32, 38, "Bernie", "bernadine okafor", "SpacyRecognizer")]


def test_a_short_form_no_detector_found_is_added_wherever_it_is_said():
    text = "Teodora Vasilescu taught us. Teo said no. Later Teo's sister came."
    found = link_short_forms(text, [person("Teodora Vasilescu", 0)], default_given_names())
    assert spans(found)[1:] == [(29, 32, "Teo", "teodora vasilescu", DETECTOR),
                                (48, 51, "Teo", "teodora vasilescu", DETECTOR)]


def test_a_weak_guess_that_is_a_short_form_is_raised_to_be_redacted():
    text = "Teodora Vasilescu taught us. Teo said no."
    found = link_short_forms(text, [person("Teodora Vasilescu", 0), person("Teo", 29, "NameGazetteerRecognizer", 0.3)],
                             default_given_names())
    assert (found[1].key, found[1].score) == ("teodora vasilescu", 0.6)


@pytest.mark.parametrize("text, names", [
    # two people of the file could be its source
    ("Teodora Vasilescu and Teodor Marin came. Teo said no.", ["Teodora Vasilescu", "Teodor Marin"]),
    ("Rosalind Achterberg and Rosamund Clarke came. Rosie said no.", ["Rosalind Achterberg", "Rosamund Clarke"]),
    # a given name of its own that many countries use; a man's name a woman's is made from
    ("Martin Kovac came. Marta said no.", ["Martin Kovac"]),
    ("Ivana Petrova came. Ivan said no.", ["Ivana Petrova"]),
    # common words; a lower-case word where the file writes names with capitals; after "the"
    ("Meskerem Tadesse came. A mob and a mess were outside.", ["Meskerem Tadesse"]),
    ("Teodora Vasilescu came. teo was written small.", ["Teodora Vasilescu"]),
    ("Teodora Vasilescu came. The Teo bar was shut.", ["Teodora Vasilescu"]),
    # a family name made from a given name is no short form of it, nor the name of it
    ("Rasul Magomedov came. Magomed said no.", ["Rasul Magomedov"]),
])
def test_a_short_form_near_misses(text, names):
    mentions = [person(n, text.index(n)) for n in names]
    assert link_short_forms(text, mentions, default_given_names()) == mentions


def test_a_name_said_alone_that_could_be_the_source_blocks_the_link():
    text = "Rosalind Achterberg came with Rosamund. Rosie said no."
    mentions = [person("Rosalind Achterberg", 0), person("Rosamund", 30), person("Rosie", 40)]
    assert link_short_forms(text, mentions, default_given_names()) == mentions


def test_a_given_name_is_not_taken_for_a_clipping_of_a_family_name_made_from_it():
    ms = [Mention(0, 7, "PERSON", 0.85, "SpacyRecognizer", "Magomed"),
          Mention(0, 9, "PERSON", 0.85, "SpacyRecognizer", "Magomedov")]
    assert [a.key for a in resolve_entities(ms, is_place=lambda form: False).assignments] == ["magomed", "magomedov"]


# -- through the pipeline -----------------------------------------------------------------------

SHORT_FORMS = [
    ("My neighbour Rosalind Achterberg ran the bakery. Rosie knew everyone on the street.",
     "My neighbour [PERSON 1] ran the bakery. [PERSON 1] knew everyone on the street."),
    ("Teodora Vasilescu was my teacher for years. Teo always said the school would close.",
     "[PERSON 1] was my [OCCUPATION 1] for years. [PERSON 1] always said the school would close."),
    ("I travelled with Meskerem Tadesse. Mesi carried the papers for both of us.",
     "I travelled with [PERSON 1]. [PERSON 1] carried the papers for both of us."),
    ("Kwabena Asante drove the truck that night. Kwabs never talked about it afterwards.",
     "[PERSON 1] drove the truck that night. [PERSON 1] never talked about it afterwards."),
    ("Josephina Marquez hid us in her basement. Jojo brought food every evening.",
     "[PERSON 1] hid us in her basement. [PERSON 1] brought food every evening."),
    ("Kofi Mensah drove. Kof was tired that day.", "[PERSON 1] drove. [PERSON 1] was tired that day."),
    ("Zulfiya Rakhimova teaches here. Zulya told me.", "[PERSON 1] teaches here. [PERSON 1] told me."),
    ("Mesfin Kebede drove the truck. Mesu never talked about it.",
     "[PERSON 1] drove the truck. [PERSON 1] never talked about it."),
    ("so i talked to ionela cristea at the market and nela told me that cris had left the town already",
     "so i talked to [PERSON 1] at the market and [PERSON 1] told me that [PERSON 1] had left the town already"),
    # near misses: two could be its source; a common word
    ("Teodora Vasilescu and Teodor Marin were both there. Teo always said the school would close.",
     "[PERSON 1] and [PERSON 2] were both there. Teo always said the school would close."),
    ("Meskerem Tadesse ran the shop. There was a mob outside and a big mess on the street.",
     "[PERSON 1] ran the shop. There was a mob outside and a big mess on the street."),
]
FAMILY_NAMES = [
    ("and then vasilescu came in and told us to leave the building right away",
     "and then [PERSON 1] came in and told us to leave the building right away"),
    ("and kowalska was the one who opened the door for us that night",
     "and [PERSON 1] was the one who opened the door for us that night"),
    ("we worked for yilmazoglu at the warehouse near the port",
     "we worked for [PERSON 1] at the warehouse near the port"),
    ("the lawyer was hovhannisyan and she took our case for free",
     # the lawyer who took the case is one the speaker consulted, no job of the story (consulted_roles)
     "the lawyer was [PERSON 1] and she took our case for free"),
    ("so i met pârvulescu andrei at the station and he said the train was late",
     "so i met [PERSON 1] at the station and he said the train was late"),
    # near misses: places with such an ending; English words
    ("we drove to rostov in the night and then on to saratov",
     "we drove to rostov in the night and then on to saratov"),
    ("The improv class was fun and the supernova show was better.",
     "The improv class was fun and the supernova show was better."),
]
# A name said of someone named by one word is that person.
SAID_OF_ONE_NAMED_ALONE = [
    ("His grandfather Terzakis came back from the islands. We call him Terzoglou in the village.",
     "His grandfather [PERSON 1] came back from the islands. We call him [PERSON 1] in the village."),
    # near misses: two people named before it; the speaker who says it; someone else of theirs
    ("Ivan came with Oleh. They called him Zubr.", "[PERSON 1] came with [PERSON 2]. They called him [CALL SIGN 1]."),
    ("**Gudrun:** My uncle owned it. Everyone calls him Bangsi.",
     "**[PERSON 1]:** My uncle owned it. Everyone calls him [CALL SIGN 1]."),
    ("Petrenko told me about his brother. We called him Malysh.",
     "[PERSON 1] told me about his brother. We called him [CALL SIGN 1]."),
]


@pytest.mark.parametrize("text, expected", [*SHORT_FORMS, *FAMILY_NAMES, *SAID_OF_ONE_NAMED_ALONE])
def test_through_the_pipeline(make_redactor, text, expected):
    assert make_redactor().redact(text) == expected

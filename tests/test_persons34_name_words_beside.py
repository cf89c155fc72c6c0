"""Round 34: the words of a name beside the part found, in running text (``redactor.refine.people``).

The model or propagation often finds one or two words of a name said in the middle of a sentence
and leaves the rest beside it: a given name that is also an English word before it ("joy ann
bacalso", "grace toke", "Gift Mwila Phiri"), a surname a name list has after it ("Karla Beatriz
Menjívar Alas"), or a word no list knows after it ("lopeti vake went home", "Brahim Id Lahcen was
burned"; before a name such a word is as often a title of another language, "shambel kidane").
Over the design sets' gold, a given name of the lists before a person's word, a given name or
surname after it, or a word in no list, English or foreign, is that person's 3,182 times in 3,216;
the rest are possessives and titles of other languages.  So such a word joins the name wherever it
is said; a merely rare word some list knows still only where the name is said as a phrase."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import default_places
from redactor.refine.people import rare_words_beside_names
from tests.mention_helpers import in_order

# (text, the parts found in order, the spans after growing)
GROWN = [
    # a listed given name before the part found, a word-name of several locales or a word the
    # lists lack as a given name
    (">> who else would back you up\n>> joy maybe joy ann bacalso but she's very scared",
     ("ann bacalso",), ["joy ann bacalso"]),
    ("interviewer: and grace toke, is she connected to the company", ("toke",), ["grace toke"]),
    ("S: Gift Mwila Phiri. At the gate they call me Ambassador as a joke", ("Mwila Phiri",), ["Gift Mwila Phiri"]),
    ("like six weeks the shift supervisor, murray, murray halvorson, he signs it off",
     ("halvorson",), ["murray halvorson"]),
    # a listed surname after it, or a word no list knows, in running text
    ("**A:** Karla Beatriz Menjívar Alas. At the office they call me la Chele",
     ("Karla Beatriz Menjívar",), ["Karla Beatriz Menjívar Alas"]),
    ("lopeti vake went home early. his mother was sick", ("lopeti",), ["lopeti vake"]),
    ("My friend Brahim had the gel too thin. Brahim Id Lahcen was burned on the neck and hands.",
     ("Brahim", "Brahim Id"), ["Brahim", "Brahim Id Lahcen"]),
    ("speaker 2: the driver prince tarnue was drinking since night", ("prince",), ["prince tarnue"]),
    # any capitalised word after a courtesy title and a given name
    ('"text": " But an antique dealer in Makati, Mr. Benjie Uy, posted one online for ₱2.8 million."',
     ("Mr. Benjie",), ["Mr. Benjie Uy"]),
    ("<v Interpreter>Mrs. Pamela Were. The Judiciary pays KSh 6,000 a day per interpreter.",
     ("Mrs. Pamela",), ["Mrs. Pamela Were"]),
]

KEPT = [
    # a speech verb, a kin word, a title, a month before the name; a particle of a phrase
    ("he came to the stall and said pui talks too much", ("pui",)),
    ("my son kieran drives the jeep, to maura mrs kennelly, since April Don Anselmo called",
     ("kieran", "kennelly", "Don Anselmo")),
    ("they called the servicios legales de la isla", ("legales de",)),
    # a name said twice, a word too common in English, another casing
    ("there's a guy in our team yassine yassine ben hmida he's the team leader", ("yassine ben hmida",)),
    ("Interpreter: Mrs. Pamela were there too, and Rudo joy came later", ("Mrs. Pamela", "Rudo")),
    # after a titled full name or a given name without a title, a capitalised word of English;
    # a place after a titled given name
    ("Source: Mr. Benjie Uy Monday and Mr. Benjie Uy Told me, Benjie Were there, Mrs. Pamela Nairobi",
     ("Mr. Benjie Uy", "Mr. Benjie Uy", "Benjie", "Mrs. Pamela")),
    # a thing's name after a determiner (a boat the model took for a person)
    ("a barge call on channel sixteen, the santo star. that barge belongs to north santo marine", ("santo",)),
    # a word no list knows before a name: as often a title of another language
    ("he went up himself, because shambel kidane told him the wall must be finished", ("kidane",)),
    # a phrase of another language: words English does not know in a row, or a gloss in parentheses
    ("civil servants employed in the Turkish Armed Forces (Türk Silahlı Kuvvetlerinde Görevli Devlet Memurları)",
     ("Türk",)),
    ("letters from the Penitentiary Association “Patronat” (Stowarzyszenie Penitencjarne “Patronat”), a body",
     ("Stowarzyszenie",)),
    # a name of one locale's list that is an English word, beside a model's "person" that is a
    # thing; a compound of kin words
    ("he drives a moto, a red genesis with a yellow box. i wrote breakage zero. saltfish brother-in-law run it",
     ("genesis", "breakage", "saltfish")),
    # a name that is too common an English word
    ("i was a teacher in the french lycée, and the young fella bought a german sim for me",
     ("lycée", "fella", "sim")),
]


def _grown(text: str, found: tuple[str, ...]) -> list[str]:
    grown = rare_words_beside_names(text, in_order(text, *found), (), 0.5, default_places().is_place)
    return [text[m.start:m.end] for m in grown]


@pytest.mark.parametrize(("text", "found", "spans"), GROWN)
def test_the_names_words_beside_the_part_found_join_it(text, found, spans):
    assert _grown(text, found) == spans


@pytest.mark.parametrize(("text", "found"), KEPT)
def test_words_of_the_sentence_titles_kin_things_and_other_casing_stay_out(text, found):
    assert _grown(text, found) == list(found)

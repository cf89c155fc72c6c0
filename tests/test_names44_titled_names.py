"""Round 44: a name said after an honorific of any tradition is one span (``redactor.refine.people``).

Where the model or the name lists find an honorific and the first words of a name ("Bwana Makame",
"Daw Khin Phyu"), the capitalised word said right after is the name's too, as after "Mr." ("Mr.
Benjie Uy"), whatever English or another language makes of it ("Faki", "Win", "Hope"); over the
design sets' gold, 61 times in 64 where a name follows such a title.  The model's one word of a
place there ("Mselem" of "Bwana Makame Faki Mselem") is that word of the name: the name takes it.
Not a place, a month, a role, a word after an untitled name or after a title said in small letters.
The honorifics table gains Quechua "tayta" and "mamay" and Thai "ajahn", which go into the span.
"""

from __future__ import annotations

import pytest

from redactor.lexicon.places import default_places
from redactor.model import MODEL_DETECTOR, Mention
from redactor.refine.people import rare_words_beside_names
from tests.mention_helpers import in_order
from tests.scan_helpers import found_in_file, people


def _model_place(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), "LOCATION", 0.85, MODEL_DETECTOR, word)


def _grown(text: str, found: tuple[str, ...], places: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    mentions = sorted([*in_order(text, *found), *(_model_place(text, p) for p in places)], key=lambda m: m.start)
    grown = rare_words_beside_names(text, mentions, (), 0.5, default_places().is_place)
    return [(m.entity_type, text[m.start:m.end]) for m in grown]


# (text, the persons found, the model's one-word places, what is left: (type, span))
GROWN = [
    # Swahili: the model's person, a word after it and the model's "place" after that
    ("**Mchumaji:** We pick on the shamba of Bwana Makame Faki Mselem at Wingwi.",
     ("Bwana Makame",), ("Mselem",), [("PERSON", "Bwana Makame Faki Mselem")]),
    # Burmese: a word English knows ("Win") after the honorific's name
    ("<v Artisan>Daw Khin Phyu Win, thirty-// three. I am the only engraver",
     ("Daw Khin Phyu",), (), [("PERSON", "Daw Khin Phyu Win")]),
    # forms of traditions no design set holds: Swahili "Mwalimu", Akan "Maame", Hindi "Shrimati",
    # Georgian "Kalbatono" with an English word or the model's place after the name
    ("The books were kept by Mwalimu Rehema Hope until the school closed.",
     ("Mwalimu Rehema",), (), [("PERSON", "Mwalimu Rehema Hope")]),
    ("We buy the smoked fish from Maame Efua Sweet, she sets the price.",
     ("Maame Efua",), (), [("PERSON", "Maame Efua Sweet")]),
    ("The form was signed by Shrimati Lakshmi Devi Kumari Bhatt, the sarpanch.",
     ("Shrimati Lakshmi Devi",), ("Kumari",), [("PERSON", "Shrimati Lakshmi Devi Kumari Bhatt")]),
    ("Kalbatono Nino Gogua came to the border post with us.",
     ("Kalbatono Nino",), ("Gogua",), [("PERSON", "Kalbatono Nino Gogua")]),
]

KEPT = [
    # a known place, a month or a role word after the titled name
    ("They sell to Bwana Makame Faki in Pemba, and Daw Khin Phyu Yangon buys the rest.",
     ("Bwana Makame Faki", "Daw Khin Phyu"), ("Yangon",)),
    ("We paid Senhor Albano Monday and Ustaz Jamal Imam signed it.", ("Senhor Albano", "Ustaz Jamal"), ()),
    # the model's one-word place after a name said without a title, or after a title in small
    # letters or a word that is no honorific of any tradition
    ("We pick on the shamba of Makame Faki Mselem at Wingwi.", ("Makame Faki",), ("Mselem",)),
    ("we pick for bwana Makame Faki Mselem at wingwi.", ("Makame Faki",), ("Mselem",)),
    ("The plot of Farmer Makame Mselem is by the road.", ("Makame",), ("Mselem",)),
    # four words of a name after the title already: no fifth
    ("It was Doña Carmen Rosa Elena Quispe Holiday who paid.", ("Doña Carmen Rosa Elena Quispe",), ()),
]


@pytest.mark.parametrize(("text", "found", "places", "spans"), GROWN)
def test_the_word_after_a_titled_name_is_the_names(text, found, places, spans):
    assert _grown(text, found, places) == spans


@pytest.mark.parametrize(("text", "found", "places"), KEPT)
def test_places_months_roles_and_untitled_names_stay_apart(text, found, places):
    expected = sorted([*(("PERSON", f) for f in found), *(("LOCATION", p) for p in places)],
                      key=lambda pair: text.index(pair[1]))
    assert _grown(text, found, places) == expected


# Quechua and Thai address words (rows of the honorifics table): the word goes into the person's
# span, in a caption's small letters too.
@pytest.mark.parametrize("text, name", [
    ("in the paper it says more, the difference tayta florencio keeps for himself\n", "tayta florencio"),
    ("Respondent: We sold the wool to Mamay Rosa Huarcaya at the fair.\n", "Mamay Rosa Huarcaya"),
    ("Respondent: Ajahn Somsak told the novices to leave.\n", "Ajahn Somsak"),
])
def test_an_address_word_of_more_traditions_goes_into_the_persons_span(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


@pytest.mark.parametrize("text", [
    "Respondent: tayta said the wool was poor this year, mamay said the same.\n",
])
def test_the_address_words_alone_are_nobody(redactor_default, tmp_path, text):
    assert people(found_in_file(redactor_default, tmp_path, text)) == []

"""An address given as the answer to a question that asks for it, in more of the ways a question
and its answer are written, and a landmark said as the address's last part.

- A Markdown transcript's bold label after a blank line ("\\n\\n**A:** ...") opens the answer.
- Why the address is asked may follow the question after a comma ("an address, if the lawyer
  has to write?").
- A form's field said alone as its own turn ("- address") asks for it.
- A name the house's number follows opens the answer (the model's person is no voice's name).
- A landmark placed by "behind", "opposite", "next to"... with its article and a short name is
  a part of the address, whatever the landmark is, also after the house's number in its part
  ("plot 9 behind the water tank"); by "near" only between two parts ("..., near the river" said
  last and "14 Mill Lane near the school" stay out: near is no place).

Exact spans through the whole Redactor; made-up names and places."""

from __future__ import annotations

import pytest


def _addresses(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # a Markdown transcript's bold labels, a blank line between question and answer
    ("**Q:** And a postal address?\n\n**A:** Dorfstraat 12 bus 3, 8500 Kortrijk. I get the mail on Fridays.\n",
     "Dorfstraat 12 bus 3, 8500 Kortrijk"),
    ("**Reporter:** Where do you live?\n\n"
     "**Guest:** With an aunt. Blk 77 Yew Tee Ave 2 #09-31, Singapore 680077. She sells noodles.\n",
     "Blk 77 Yew Tee Ave 2 #09-31, Singapore 680077"),
    # why it is asked, after a comma
    (">> and an address, if the office has to post the forms\n"
     ">> eastholm. the hut behind the grain store at eastholm, green roof, opposite the feed shed. ask anyone\n",
     "the hut behind the grain store at eastholm, green roof, opposite the feed shed"),
    # a form's field alone as its turn
    ("- phone\n- nine nine one two\n- address\n"
     "- dolni vrch fourteen, second floor, door two, kaprova. over the pharmacy\n- thanks\n",
     "dolni vrch fourteen, second floor, door two, kaprova"),
    # a name the house's number follows, the model's person, opens the answer
    ("Q: Your address?\nA: Morel 418, secteur Kalgo, Fadel. My brother answers the door.\n",
     "Morel 418, secteur Kalgo, Fadel"),
])
def test_the_answer_is_the_address(redactor_default, text, expected):
    assert _addresses(redactor_default, text)[0] == expected


def test_a_field_word_inside_a_sentence_asks_for_nothing(redactor_default):
    text = "- the address\n- no idea, my sister kept that card\n"
    assert _addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # "near" between two parts places the house
    ("we live in hay zimrat, lane number six, near the green water tower, first floor\n",
     ["hay zimrat, lane number six, near the green water tower, first floor"]),
    # any other placing word after the house's number in its part, or after a typed street
    ("we live in plot eighty one facing the cattle dip. my cousin too\n",
     ["plot eighty one facing the cattle dip"]),
    ("We live at 22 Hill Road opposite the school.\n", ["22 Hill Road opposite the school"]),
    # near misses: "near" after the number in its part or said last, a clause after the landmark's
    # word, "near" with no address before it
    ("we live in plot eighty one near the cattle dip. my cousin too\n", ["plot eighty one"]),
    ("we live at 14 Mill Lane, Eastholm, near the old quarry.\n", ["14 Mill Lane, Eastholm"]),
    ("i live at 14 mill lane, near the corner where the buses turn round\n", ["14 mill lane"]),
    ("We stayed near the old mill for two days.\n", []),
])
def test_a_landmark_that_places_the_house(redactor_default, text, expected):
    assert _addresses(redactor_default, text) == expected

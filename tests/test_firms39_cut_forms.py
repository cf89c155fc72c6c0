"""A firm's span that stops inside its legal form is grown to the form's end (round 39): the
model's tokens or a frame that ends the name at a full stop cut a dotted form at its first dot
("Hvězdná linka s" of "Hvězdná linka s.r.o.", fresh38); exact spans, and spans that stop inside
a word that is no legal form, or at a form's own end, stay as found."""

from __future__ import annotations

import pytest

from tests.mention_helpers import grown_mention
from tests.test_workplaces import _employer_finds


def _grown(text: str, found: str, entity_type: str = "ORGANIZATION") -> tuple[str, str]:
    return grown_mention(text, found, entity_type)


@pytest.mark.parametrize("text, found, expected", [
    # the model's span stops at the form's first dot
    ("<v Reader>An advert in 2022. The firm is Hvězdná linka s.r.o.,\nthe office is above a pharmacy.",
     "Hvězdná linka s", "Hvězdná linka s.r.o."),
    ("I taught English for Orion Edu s.r.o. before the planetarium.", "Orion Edu s", "Orion Edu s.r.o."),
    ("We loaded trucks for Ege Liman A.Ş. at night.", "Ege Liman A.", "Ege Liman A.Ş."),
    ("I drove for Kowalczyk Sp. z o.o. for six years.", "Kowalczyk Sp", "Kowalczyk Sp. z o.o."),
    ("She packs boxes at Textil Morelos S.A. de C.V. in Cuernavaca.", "Textil Morelos S",
     "Textil Morelos S.A. de C.V."),
    ("He sold the trucks to Vardar Trans DOOEL in Skopje.", "Vardar Trans DO", "Vardar Trans DOOEL"),
])
def test_a_span_that_stops_inside_a_legal_form_takes_it_whole(text, found, expected):
    assert _grown(text, found) == ("ORGANIZATION", expected)


def test_a_frame_that_ends_the_name_at_a_full_stop_takes_the_dotted_form():
    # "The firm is X" makes the model's person "Hvězdná" the firm, grown to the clause's end:
    # the dot after "s" is no clause's end
    text = "An advert in 2022. The firm is Hvězdná linka s.r.o.,\nthe office is above a pharmacy in Olomouc."
    assert _grown(text, "Hvězdná", entity_type="PERSON") == ("ORGANIZATION", "Hvězdná linka s.r.o.")


@pytest.mark.parametrize("text, found, expected", [
    # a word cut that is no legal form
    ("I worked at Ramos Hnos for a year.", "Ramos Hn", "Ramos Hn"),
    ("The firm is Hvězdná linka, the office is above a pharmacy.", "Hvězdná lin", "Hvězdná lin"),
    # a form already whole before the sentence's full stop
    ("I was a rigger for Nordmarine GmbH. Then I left.", "Nordmarine GmbH", "Nordmarine GmbH"),
    # "s" alone at a sentence's end is no form's start
    ("We bought the parts from Kasai Motors. Then we left.", "Kasai Motors", "Kasai Motors"),
])
def test_a_span_inside_another_word_or_at_a_form_s_end_stays(text, found, expected):
    assert _grown(text, found)[1] == expected


@pytest.mark.parametrize("text, found, expected", [
    # the dotted legal forms of more countries, after a capitalised name the model found
    ("I drove vans for Doprava Novák v.o.s. in Zlín for nine years.", "Doprava Novák", "Doprava Novák v.o.s."),
    ("She cleans the offices of Vuković i Sinovi s.n.c. in Trieste.", "Vuković i Sinovi",
     "Vuković i Sinovi s.n.c."),
    ("He packs crates for Frutas del Valle S.A.P.I. de C.V. near Zamora.", "Frutas del Valle",
     "Frutas del Valle S.A.P.I. de C.V."),
])
def test_the_dotted_forms_of_more_countries_end_a_firm_s_name(text, found, expected):
    assert _grown(text, found) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, expected", [
    # a name in any case before an unmistakable form: a caption's lower case
    ("later i baked for piekarnia kowalski sp.j. in radom, nights", ["piekarnia kowalski sp.j."]),
    ("my cousin drives for nordvik transport a.m.b.a. out of esbjerg", ["nordvik transport a.m.b.a."]),
])
def test_a_caption_s_name_before_a_dotted_form_is_a_firm(text, expected):
    assert _employer_finds(text) == expected


@pytest.mark.parametrize("text", [
    # no name before the form, or the letters are no form ("v.o." cut short, an initial)
    ("i was at the s.n.c. office, not a firm of anyone"),
    ("he signed it v.o. and left for the depot"),
])
def test_no_firm_without_a_name_before_a_whole_form(text):
    assert _employer_finds(text) == []

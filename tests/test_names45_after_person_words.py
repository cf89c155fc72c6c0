"""A name said right after a word for a person (round 45).

"my son ganesh", "his cousin okonkwo", "the boy tendai", "my wife's sister meera", "the guard
saeed said no": an owner or an article, a word for a person (a relation, a kinship word of
any language, a job or role noun of the roles pack, or a relative built of one: "stepson",
"brother-in-law") and then a word is where a name is said.  The word is a name when it is a
given name the lists know and no English word, or a word no dictionary holds that English
hardly uses, even above the rarity the restorer capitalises at ("saeed", "kiki"), and in a
line that has capitals too ("Yes, my son batbayar was there").  Not a word ("my son studies",
"the boy next door", "a girl selling"), a place, a filler, nor a firm after a firm's word."""

from __future__ import annotations

import pytest

from redactor.detect.casing import restore_case
from redactor.detect.recognizers.names import SCORE_NAME_IN_CONTEXT, NameFinder, finder_gazetteer


def _names(text: str) -> list[str]:
    """The names found in ``text`` as the recognizer reads it (a caseless line restored), with
    a score the scan keeps (a lone name's is not)."""
    restored = restore_case(text)
    return [text[span.start:span.end] for span in NameFinder(finder_gazetteer()).find(restored)
            if span.score >= SCORE_NAME_IN_CONTEXT]


@pytest.mark.parametrize("text, name", [
    # Mongolian, Quechua, Yoruba, Tamil, Sámi, Māori, Hmong: names no design set holds
    ("Respondent: Yes, my son batbayar was at the market that day.", "batbayar"),
    ("Respondent: Then his cousin oyunchimeg came with the cart.", "oyunchimeg"),
    ("Respondent: My helper aroha was behind me the whole time.", "aroha"),
    ("Respondent: We sold it to the trader tunde, and he paid late.", "tunde"),
    ("Respondent: I asked the guard saeed and he said no.", "saeed"),
    ("Respondent: Her brother-in-law murugan drove the van.", "murugan"),
    ("Respondent: The other inspectors kiki and mateus signed it.", "kiki"),
    ("speaker 2: we sold it to the trader tunde, and he paid late", "tunde"),
    ("speaker 2: i asked the guard saeed and he said no", "saeed"),
    ("speaker 2: and the girl yer brought the water from the well", "yer"),
    ("00:00:47,490 --> 00:00:55,945\n- a girl nomvula she is fifteen", "nomvula"),  # "A" opens the cue
])
def test_a_name_after_a_word_for_a_person(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, word", [
    ("Respondent: Yes, my son studies at the college in town.", "studies"),  # a word
    ("Respondent: The boy next door helped us carry it.", "next"),
    ("Respondent: I saw a girl selling bread at the gate.", "selling"),
    ("Respondent: My son dunno what he wants yet.", "dunno"),  # English, though no dictionary's
    ("Respondent: Our supplier nestlé raised the price.", "nestlé"),  # a firm after a firm's word
    ("Respondent: My cousin in kirkcaldy sent money.", "kirkcaldy"),  # a place, not after the noun
    ("speaker 2: my husband worked there for years", "worked"),
    ("Respondent: My wife's tuktuk broke down again.", "tuktuk"),  # what a person has
    ("speaker 2: a big man, emirati dress but no papers", "emirati"),  # a comma, but not set off
    ("Respondent: The batbayar road was closed.", "batbayar"),  # no word for a person before it
])
def test_no_name_where_no_person_word_stands_before_a_name_word(text, word):
    assert not any(word in found for found in _names(text))


@pytest.mark.parametrize("text, name", [
    ("Respondent: The nurse Xolelwa Baker came in.", "Xolelwa Baker"),  # a surname that is a word
    ("Respondent: My brother Oyelaran Hill-Wood said it.", "Oyelaran Hill-Wood"),
])
def test_the_name_after_a_person_word_runs_over_its_capitalised_words(text, name):
    assert name in _names(text)


def test_the_scan_masks_the_name_after_a_person_word_in_a_cased_line(redactor_default, tmp_path):
    from tests.scan_helpers import found_in_named_file

    text = ("Interviewer: And then?\n"
            "Respondent: Yes, my son batbayar was at the market and the trader tunde paid him.\n")
    found = [f for _, f in found_in_named_file(redactor_default, tmp_path, "talk.txt", text, {"PERSON"})]
    assert "batbayar" in found and "tunde" in found

"""Honorifics and kinship words of many languages, and the name after (or before) them (round 16).

The honorifics table (``redactor/data/honorifics.tsv``) now has kinship and respect words by
language, of four cases ("any", "cap", "word", "teknonym") and two positions ("before",
"after").  The word goes into the person's span ("tate Shikongo", "Avv. Bianchi", "Nasreen
bibi"), and a name the model and the lists missed is found after one where it is no English
word and no place (:mod:`redactor.detect.honorific_names`)."""

from __future__ import annotations

import pytest

from redactor.detect.honorific_names import (honorific_after, names_with_honorifics, title_alone,
                                             titles_left_to_roles, word_title_start)
from redactor.lexicon.titles import (HONORIFIC_ROWS, NAME_HONORIFICS, POSTPOSED_HONORIFICS, PREPOSED_HONORIFICS,
                                     TABLE_AFTER, TABLE_CASED_HONORIFICS, TABLE_HONORIFICS, TABLE_TEKNONYMS,
                                     TABLE_WORD_TITLES)
from redactor.model import Mention
from tests.scan_helpers import found_in_file, people
from tests.test_names15_honorifics_table import _rows


def test_each_row_has_a_language_a_gender_a_case_and_maybe_a_position():
    rows = _rows()
    assert len(rows) > 350
    for row in rows:
        assert len(row) in (4, 5), row
        word, language, gender, case, *position = row
        assert word == word.lower() and " " not in word and language, row
        assert gender in ("f", "m", "-") and case in ("any", "cap", "word", "teknonym"), row
        assert position in ([], ["after"]), row
        assert not (position and case in ("cap", "teknonym")), row
    keys = [(row[0], row[4] if len(row) == 5 else "before") for row in rows]
    assert len(keys) == len(set(keys))
    # several languages, each with several kinship or respect words
    languages = {lang.split(" (")[0] for _, lang, *_ in rows}
    assert {"Shona", "Oshiwambo", "Hungarian", "Korean", "Mandarin", "Italian", "Haitian Creole"} <= {
        part.strip() for lang in languages for part in lang.split(",")}


def test_the_cases_feed_their_own_word_sets():
    assert "sekuru" in TABLE_HONORIFICS and "sekuru" in NAME_HONORIFICS
    assert {"teacher", "attorney", "meme", "tate", "uncle"} <= TABLE_WORD_TITLES
    assert "teacher" in PREPOSED_HONORIFICS and "teacher" not in NAME_HONORIFICS  # stripped only first
    assert TABLE_TEKNONYMS == {"amai", "baba"} and "amai" not in NAME_HONORIFICS | PREPOSED_HONORIFICS
    assert {"Pa", "Mèt", "Ing.", "Barr."} <= TABLE_CASED_HONORIFICS and "pa" not in NAME_HONORIFICS
    assert {"bibi", "guai", "úr", "néni", "xiansheng", "ssi"} <= TABLE_AFTER
    assert {"bibi", "guai", "ur"} <= POSTPOSED_HONORIFICS
    assert all(row.position in ("before", "after") for row in HONORIFIC_ROWS)


@pytest.mark.parametrize("text, name", [
    ("Respondent: It was sekuru Tawanda who warned us first.\n", "sekuru Tawanda"),
    ("Respondent: tate Shikongo drove the truck that night.\n", "tate Shikongo"),
    ("Respondent: Pa Sorie Kamara called the meeting in the yard.\n", "Pa Sorie Kamara"),
    ("Respondent: Later Avv. Bianchi signed the statement.\n", "Avv. Bianchi"),
    ("Respondent: Then Dott. Mario Rossi examined the workers.\n", "Dott. Mario Rossi"),
    ("Respondent: Attorney Lin is handling the case now.\n", "Attorney Lin"),
    ("Respondent: Later teacher Kalisa explained the fees.\n", "teacher Kalisa"),
    ("Respondent: Nasreen bibi lives next door to the clinic.\n", "Nasreen bibi"),
    ("Respondent: Ganbold guai drives the water truck.\n", "Ganbold guai"),
    ("Respondent: We waited for Faifeau Tavita at the church.\n", "Faifeau Tavita"),
    ("Respondent: In Pécs we asked Erzsi néni to keep the papers.\n", "Erzsi néni"),
])
def test_the_honorific_goes_into_the_persons_span(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


@pytest.mark.parametrize("text, name", [
    ("Respondent: we stayed with sekuru munyaradzi after that\n", "sekuru munyaradzi"),
    ("Respondent: then attorney han is handling it for us\n", "attorney han"),
    ("Respondent: we went to meme ndapewa and she hid us\n", "meme ndapewa"),
    ("Respondent: tonight mjomba juma will come with the keys\n", "mjomba juma"),
])
def test_a_caption_name_after_a_title_of_the_table_is_a_person(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


@pytest.mark.parametrize("text", [
    "Respondent: Uncle said no, and my uncle came anyway.\n",
    "Respondent: Sir, yes sir. Brother, listen to me.\n",
    "Respondent: Pa said go home. Don't worry about it.\n",
    "Respondent: The doctor came. The chef cooks well. Mama said no.\n",
    "Respondent: Our sister company handled the teacher training.\n",
    "Respondent: our sister company handled the teacher training and uncle said no\n",
])
def test_titles_alone_or_as_words_are_nobody(redactor_default, tmp_path, text):
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_an_english_word_after_a_name_is_no_honorific(redactor_default, tmp_path):
    text = "Respondent: The soprano Kalthoum sang all night.\n"  # "sang", Cantonese "Mr", is not in the table
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Kalthoum", text.index("Kalthoum"))]


def test_the_name_with_a_word_title_is_the_name_without_it(redactor_default):
    text = "Respondent: Teacher Kalisa was there. Kalisa is kind. Nasreen bibi came; Nasreen brought food.\n"
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [t for t, _ in found] == ["Teacher Kalisa", "Kalisa", "Nasreen bibi", "Nasreen"]
    assert found[0][1] == found[1][1] and found[2][1] == found[3][1] and found[0][1] != found[2][1]


def test_a_job_title_that_ends_a_role_stays_the_roles(redactor_default):
    text = "Respondent: The site engineer Tendai Moyo agreed with us.\n"
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("OCCUPATION", "site engineer") in found and ("PERSON", "Tendai Moyo") in found


def test_word_title_start_joins_only_a_title_no_determiner_owns():
    text = "so teacher Kalisa came, my uncle Bakyt and Kofi's sister Mercy and the chef Moussa"
    assert word_title_start(text, text.index("Kalisa")) == text.index("teacher")
    assert word_title_start(text, text.index("Bakyt")) == text.index("Bakyt")
    assert word_title_start(text, text.index("Mercy")) == text.index("Mercy")
    assert word_title_start(text, text.index("Moussa")) == text.index("Moussa")


def test_an_honorific_after_a_name_of_case_word_joins_only_in_lower_case():
    text = "Lakshmi amma and Jaswant Amma"
    assert honorific_after(text, text.index(" amma")) is not None
    assert honorific_after(text, text.index(" Amma")) is None
    text = "Wang Xiansheng came, Kovács úr and Kovács Úr"  # "xiansheng" any case; "úr" only in lower case
    assert honorific_after(text, text.index(" Xiansheng")).group("title") == "Xiansheng"  # type: ignore[union-attr]
    assert honorific_after(text, text.index(" úr")) is not None and honorific_after(text, text.index(" Úr")) is None


def test_names_with_honorifics_leaves_places_words_and_found_names():
    text = "we met mama Africa, sekuru Harare, baba farai and aunty Tanzania; teacher training; amai rudo"
    found = [m.text for m in names_with_honorifics(text, [])]
    assert found == ["baba farai", "amai rudo"]
    # a finding on the name wins; a word of the text's places is no name anywhere
    rudo = Mention(text.index("rudo"), text.index("rudo") + 4, "LOCATION", 0.85, "SpacyRecognizer", "rudo")
    assert [m.text for m in names_with_honorifics(text, [rudo])] == ["baba farai"]
    farai = Mention(0, 2, "ORGANIZATION", 0.85, "SpacyRecognizer", "Farai Holdings")
    assert [m.text for m in names_with_honorifics(text, [farai])] == ["amai rudo"]


def test_a_cased_title_needs_its_capital_and_a_capitalised_name():
    assert [m.text for m in names_with_honorifics("then Pa Sorie came and pa sorie left", [])] == ["Pa Sorie"]
    assert names_with_honorifics("Ing. conti", []) == []


def test_titles_left_to_roles_cuts_only_a_title_another_finding_ends_with():
    text = "the site engineer Tendai Moyo and engineer Levon Avagyan"
    person = Mention(text.index("engineer Tendai"), text.index(" and"), "PERSON", 0.85, "SpacyRecognizer",
                     "engineer Tendai Moyo")
    role = Mention(text.index("site"), text.index(" Tendai"), "OCCUPATION", 0.45, "Occupation", "site engineer")
    other = Mention(text.index("engineer Levon"), len(text), "PERSON", 0.85, "SpacyRecognizer", "engineer Levon Avagyan")
    out = titles_left_to_roles(text, [person, role, other])
    assert [m.text for m in out] == ["Tendai Moyo", "site engineer", "engineer Levon Avagyan"]


def _alone(text: str, word: str) -> bool:
    at = text.index(word)
    return title_alone(text, Mention(at, at + len(word), "PERSON", 0.85, "SpacyRecognizer", word))


def test_a_title_alone_is_nobodys_name():
    assert all(_alone(f"then {w} said no", w) for w in ("Uncle", "Teacher", "Pa", "Sister"))
    assert not any(_alone(f"then {w} said no", w) for w in ("Lola", "Kalisa", "Uncle Bek", "Dede", "Mere"))
    # what someone is called is that person's name
    assert not _alone("the man you call Grandpa left", "Grandpa")
    assert not _alone("we called her Aunty and she laughed", "Aunty")


def test_a_titled_name_the_model_placed_is_a_person():
    from redactor.detect.honorific_names import titled_person_the_model_placed

    text = "we waited for Faifeau Tavita, then Dott.ssa Carta came, then the Ratu Sukuna Park"
    both = Mention(text.index("Faifeau"), text.index(","), "LOCATION", 0.85, "SpacyRecognizer", "Faifeau Tavita")
    name = Mention(text.index("Carta"), text.index(" came"), "ORGANIZATION", 0.85, "SpacyRecognizer", "Carta")
    park = Mention(text.index("Ratu"), len(text), "LOCATION", 0.85, "SpacyRecognizer", "Ratu Sukuna Park")
    assert titled_person_the_model_placed(text, both).entity_type == "PERSON"
    assert titled_person_the_model_placed(text, name).entity_type == "PERSON"
    assert titled_person_the_model_placed(text, park).entity_type == "LOCATION"  # "Park" is no name

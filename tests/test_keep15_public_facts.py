"""Public facts said beside what identifies a source stay in the clear (round 15): the public
body after a time in a job, a telephone operator right after a number, news outlets by their
paper's word, public bodies named in their own language, a range of months, a capital in a
caption's small letters, and a body's acronym in small letters no name could be spelt as."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, found", [
    # the time in a job dates the person; the national force or service after it is public
    ("Nine years in the Border Police. Then I quit.", [("Nine years", "DURATION")]),
    ("She did eleven years in the Guardia Civil before the transfer.", [("eleven years", "DURATION")]),
    ("twelve years with the Kenya Police, then private security", [("twelve years", "DURATION")]),
    # near misses: a unit of the body said with its "'s" stays inside the time, so does a firm
    ("six years in the Prison Service's escort unit", [("six years in the Prison Service", "DURATION")]),
    ("eight years with Novak Haulage in Brno", [("eight years with Novak Haulage", "DURATION")]),
    ("ten years in the Met", [("ten years in the Met", "DURATION")]),
    # cut after "was", the time would read as an age: it stays whole
    ("Before that I was four years in the Navy.", [("four years in the Navy", "DURATION")]),
])
def test_a_public_body_after_a_time_in_a_job_is_its_own(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, found", [
    # the network a number is on, said alone right after it, is the operator: even an everyday word
    ("Rosa Quispe: My number is 061 22 418 30, Orange. Evenings only.",
     [("Rosa Quispe", "PERSON"), ("061 22 418 30", "PHONE")]),
    ("Rosa Quispe: The work phone is 0781 443 902, Orange, the office pays for it.",
     [("Rosa Quispe", "PERSON"), ("0781 443 902", "PHONE")]),
    # near misses: a year is no number of a line, a name many people bear stays a person
    ("Rosa Quispe: We met in 2019, Orange was the colour of the door.",
     [("Rosa Quispe", "PERSON"), ("2019", "DATE"), ("Orange", "LOCATION")]),
    ("Rosa Quispe: Call 0977 554 210, Tim will answer.",
     [("Rosa Quispe", "PERSON"), ("0977 554 210", "PHONE"), ("Tim", "PERSON")]),
])
def test_an_operator_said_right_after_a_number_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, start, expected", [
    ("My number is 061 22 418 30, Orange.", 28, True),
    ("seven one two, four four nine eight, vodacom", 37, True),
    ("oh nine four one, two two three. That's airtel", 40, True),
    # too few digits for a line's number, or a word between
    ("I have two, Orange", 12, False),
    ("In 2019, Orange", 9, False),
    ("061 22 418 30 and my sister Orange", 28, False),
])
def test_said_after_a_number(text, start, expected):
    from redactor.detect.operators import said_after_a_number
    assert said_after_a_number(text, start) is expected


@pytest.mark.parametrize("text, found", [
    # a news outlet by a newspaper's or a broadcaster's word of its language in its name
    ("Jelena Kovač: It was in Dnevni Avaz, on the second page.", [("Jelena Kovač", "PERSON")]),
    ("Jelena Kovač: Then el nuevo diario called me from managua.", [("Jelena Kovač", "PERSON")]),
    # by what one says of an outlet: "they wrote about it in"
    ("Jelena Kovač: They wrote about it in Vreme last spring.", [("Jelena Kovač", "PERSON"), ("last spring", "DATE")]),
    # near miss: "it was in" says a place as often
    ("Jelena Kovač: It was in Vreme, a village near the border.",
     [("Jelena Kovač", "PERSON"), ("Vreme", "LOCATION")]),
    # near misses: the word inside a firm's name is its trade; a given name before it is a person's
    ("Jelena Kovač: My friend works at Kovač Transport Radio Repair.",
     [("Jelena Kovač", "PERSON"), ("Kovač Transport Radio Repair", "ORGANIZATION")]),
    ("Dariusz Gazeta came to see me.", [("Dariusz Gazeta", "PERSON")]),
    ("It was in Zenica Steel, the old plant.", [("Zenica Steel", "ORGANIZATION")]),
])
def test_an_outlet_by_a_paper_word_of_its_language_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("span, expected", [
    ("Dnevni Avaz", True), ("el nuevo diario", True), ("Gazeta Wyborcza", True),
    ("Frankfurter Allgemeine Zeitung", True), ("la Gazzetta dello Sport", True), ("Radio Santa María", True),
    # a word alone, or inside a firm's name
    ("Diario", False), ("el Diario", False), ("Kovač Radio Repair", False), ("Avaz", False),
])
def test_has_media_word(span, expected):
    from redactor.detect.outlets import has_media_word
    assert has_media_word(span) is expected


def test_the_media_words_are_a_documented_data_file():
    from importlib import resources

    from redactor.detect.outlets import MEDIA_WORDS_FILE, media_words
    raw = resources.files("redactor.data").joinpath(MEDIA_WORDS_FILE).read_text(encoding="utf-8")
    assert raw.startswith("#") and "zeitung" in media_words() and "dnevni" in media_words()
    # no everyday English word a firm's or a place's name is made of
    assert not {"post", "times", "star", "sun", "mirror", "standard"} & media_words()


@pytest.mark.parametrize("text, found", [
    # unions of a trade, ombudsman offices and services named in their own language are public
    ("Ana Horvat: The Sindikat rudara came, and Fagforbundet sent a letter.", [("Ana Horvat", "PERSON")]),
    ("Ana Horvat: I went to Folketingets Ombudsmand about it.", [("Ana Horvat", "PERSON")]),
    ("Ana Horvat: The Sindicato de Trabajadores Mineros called the Inspección del Trabajo.", [("Ana Horvat", "PERSON")]),
    ("Ana Horvat: Kriminalforsorgen moved him, and Służba Więzienna did the same in Poland.",
     [("Ana Horvat", "PERSON")]),
    # near miss: a company's union names the company
    ("Ana Horvat: The Sindicato de Trabajadores de Minera Kowalski called me twice.",
     [("Ana Horvat", "PERSON"), ("de Minera Kowalski", "PERSON")]),
])
def test_public_bodies_named_in_their_own_language_are_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("span, expected", [
    ("Sindikat rudara", True), ("the Syndicat des enseignants", True), ("Fagforbundet", True),
    ("The Sindicato de Trabajadores Mineros", True), ("the Union of Journalists", True),
    ("Metallarbetareförbundet", True),
    # a company's union, a union word alone, a word ending like a union's
    ("Sindicato de Trabajadores de Kowalski", False), ("Sindikat", False), ("Unión de Trabajadores de Tigre", False),
    ("forbundet", False),
])
def test_is_trade_union(span, expected):
    from redactor.detect.body_words import is_trade_union
    assert is_trade_union(span) is expected


@pytest.mark.parametrize("text, found", [
    # a prison or police service in its own language stays inside the time in a job
    ("Eleven years in the Kriminalforsorgen, then I retired.",
     [("Eleven years in the Kriminalforsorgen", "DURATION")]),
])
def test_a_force_in_its_own_language_stays_in_the_time(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, found", [
    # a range of months with no day or year dates nothing: a season of every year
    ("Lucía Mamani: From April to October I work on the island. The season runs May to September.",
     [("Lucía Mamani", "PERSON")]),
    # near misses: a year or days in it or beside it date the range
    ("Lucía Mamani: From April to October 2019 I worked in the mine.",
     [("Lucía Mamani", "PERSON"), ("April to October 2019", "DATE")]),
    ("Lucía Mamani: I was there from 3 April to 9 October, then they fired me.",
     [("Lucía Mamani", "PERSON"), ("3 April to 9 October", "DATE")]),
])
def test_a_month_range_alone_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, expected", [
    ("we harvest between June and August here", True),
    ("from March till May", True),
    ("from March till May, 2020", False),
    ("on 3 April to May", False),
])
def test_month_range_alone(text, expected):
    from redactor.detect.filters import _month_range_alone
    import re
    found = re.search(r"(?:between|from)?\s*[A-Z][a-z]+ (?:and|till|to) [A-Z][a-z]+", text)
    assert found is not None
    assert _month_range_alone(text, found.start(), found.end()) is expected



CAPTIONS = "he called me from santo domingo last week\nmy aunt moved to la paz with the kids\nrosa lópez went to the market {tail}\n"


@pytest.mark.parametrize("tail, found", [
    # a capital of several words, each a name, said where one goes or calls from, is the place
    ("again", [("rosa lópez", "PERSON")]),
    # near miss: the same words said of a person make them a name everywhere in the text
    ("with santo domingo, her uncle",
     [("santo domingo", "PERSON"), ("rosa lópez", "PERSON"), ("santo domingo", "PERSON")]),
])
def test_a_capital_in_small_letters_said_as_a_place_is_kept(redactor_default, tail, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(CAPTIONS.format(tail=tail))] == found


@pytest.mark.parametrize("word, expected", [
    ("dgsn", True), ("fnmb", True), ("rspo", True), ("felcc", True), ("unhcr", True),
    # names and words a name could be spelt as, however rare
    ("kamau", False), ("nkosi", False), ("sfiso", False), ("rhys", False), ("petr", False),
    ("ernst", False), ("fritz", False), ("osha", False), ("mkrtchyan", False),
])
def test_unspellable_as_a_name(word, expected):
    from redactor.detect.caption_acronyms import unspellable_as_a_name
    assert unspellable_as_a_name(word) is expected


@pytest.mark.parametrize("text, found", [
    # a body's acronym in a caption's small letters that the model took for a person is kept
    ("then felcc took him, and kamau said nothing", [("kamau", "PERSON")]),
    # near miss: written with a capital elsewhere, the word is written as a name
    ("then felcc took him, and kamau said nothing\nFelcc is my cousin's nickname",
     [("felcc", "PERSON"), ("kamau", "PERSON"), ("Felcc", "PERSON")]),
])
def test_a_caption_acronym_no_name_is_spelt_as_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found

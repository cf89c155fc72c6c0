"""A guessed person's span in lower-case speech made the name's words only (round 11): an
ordinary word glued on ("weeks okafor"), two mentions fused ("tariq osei si tariq")."""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.people import merge_adjacent_people
from redactor.refine.span_words import split_names_said_again, trim_ordinary_words


def _span(text: str, part: str, entity_type: str = "PERSON", detector: str = "SpacyRecognizer") -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), entity_type, 0.85, detector, part)


def _trim(text: str, part: str, detector: str = "SpacyRecognizer") -> str:
    return trim_ordinary_words(text, [_span(text, part, detector=detector)])[0].text


def test_an_ordinary_word_glued_before_a_name_is_cut_off():
    assert _trim("after two weeks okafor came back", "weeks okafor", "NameGazetteerRecognizer") == "okafor"
    assert _trim("the driver man baraka said we must go", "man baraka") == "baraka"
    assert _trim("so then baraka mwangi left", "so then baraka mwangi") == "baraka mwangi"
    assert _trim("i asked baraka said he", "baraka said") == "baraka"


def test_a_pronoun_with_its_verb_after_a_name_is_cut_off():
    assert _trim("yes ionel marinescu i'm the officer", "ionel marinescu i'm", "NameGazetteerRecognizer") \
        == "ionel marinescu"
    assert _trim("ask baraka mwangi he's there", "baraka mwangi he's") == "baraka mwangi"
    # an apostrophe inside a name is the name's ("o'neill"), not a pronoun's verb
    assert _trim("then sean o'neill came", "sean o'neill") == "sean o'neill"


def test_name_words_before_a_name_stay():
    for text, part in [("then rose okafor came", "rose okafor"), ("and then mr okafor came", "mr okafor"),
                       ("we knew precious okafor", "precious okafor"), ("it was mercy baraka", "mercy baraka"),
                       ("ask gift okafor", "gift okafor"),
                       ("my uncle baraka came", "uncle baraka"), ("we saw big jim there", "big jim"),
                       ("it was van dijk", "van dijk"), ("ask doamna elena", "doamna elena")]:
        assert _trim(text, part) == part


def test_a_span_not_in_lower_case_or_of_a_name_one_goes_by_is_left_whole():
    assert _trim("the driver man Baraka said", "man Baraka") == "man Baraka"
    assert _trim("her facebook is sweet mae", "sweet mae") == "sweet mae"
    # ... but the next clause's start is no part of a name said after "my name is".
    assert _trim("yeah so my name is ionut muresan i'm an agent", "ionut muresan i'm") == "ionut muresan"
    assert _trim("and your full name for our lawyer elie saad i live in ghadir", "elie saad i") == "elie saad"
    assert _trim("her facebook is sweet mae i think", "sweet mae i") == "sweet mae"
    assert _trim("they call him big man he's the boss", "big man he's") == "big man"


def test_a_titled_surname_is_cut_of_the_word_the_sentence_goes_on_with():
    assert _trim("the deputy director. mister butkus read it in front of me", "mister butkus read") == "mister butkus"
    # a given name after the title: the third word may be the surname
    assert _trim("then mister john brown came", "mister john brown") == "mister john brown"
    assert _trim("and mrs dobrescu smith said", "mrs dobrescu smith") == "mrs dobrescu smith"
    assert _trim("we call him small boy", "small boy") == "small boy"
    # not the speaker label or a rule: only the guesses of the model and the name lists
    assert _trim("after two weeks okafor came", "weeks okafor", "speaker") == "weeks okafor"



def _split(text: str, part: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in split_names_said_again([_span(text, part)])]


def test_two_mentions_fused_in_one_span_are_two_of_one_person():
    assert _split("he is tariq osei si tariq we say", "tariq osei si tariq") == [
        ("tariq osei si", "tariq osei"), ("tariq", "tariq osei")]
    assert _split("malik danso malik sahib sent the money", "malik danso malik sahib") == [
        ("malik danso", "malik danso"), ("malik sahib", "malik danso")]


def test_a_stammer_and_a_name_that_repeats_a_word_stay_one_mention():
    assert _split("it was lena lena moreau who", "lena lena moreau") == [("lena lena moreau", "")]
    assert _split("his name is abdi mohamed abdi", "abdi mohamed abdi") == [("abdi mohamed abdi", "")]
    assert _split("He is Tariq Osei si Tariq", "Tariq Osei si Tariq") == [("Tariq Osei si Tariq", "")]


def test_mentions_keyed_as_one_name_said_twice_are_not_joined_again():
    text = "he is tariq osei si tariq we say"
    parts = split_names_said_again([_span(text, "tariq osei si tariq")])
    assert [m.text for m in merge_adjacent_people(text, parts)] == ["tariq osei si", "tariq"]
    # two spans of one name with only a space between are still joined
    joined = merge_adjacent_people(text, [_span(text, "tariq"), _span(text, "osei")])
    assert [m.text for m in joined] == ["tariq osei"]



def test_lower_case_speech_end_to_end(redactor_default):
    text = ("so after two weeks okafor came back to the village. chidi okafor said nothing. "
            "we called okonkwo (crosstalk) okonkwo said wait. it was lena lena moreau who called. "
            "lena moreau is the nurse.")
    findings = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    texts = [t for t, _ in findings]
    assert "weeks okafor" not in texts and "okafor" in texts
    assert not any("crosstalk" in t for t in texts)
    by_text = dict(findings)
    assert by_text["okafor"] == by_text["chidi okafor"]
    assert by_text["lena lena moreau"] == by_text["lena moreau"]
    redacted = redactor_default.redact(text)
    assert "(crosstalk)" in redacted and "weeks [" in redacted

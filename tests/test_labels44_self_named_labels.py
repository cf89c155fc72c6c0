"""A turn's label that names the speaker by a role, decided by the text's structure (round 44).

Round 43's blind set labelled its speakers "Mchumaji:" (Swahili, a clove picker), "tenin:"
(Japanese, a shop clerk), "Pelotari:", "Berachka:", "Lustrabotas:"; none was in a list, each
was pseudonymised as a person in every turn (the English "<v Artisan>" and "DAILY LABOURER:":
``test_labels44_english_role_labels``).  In any language the speaker gives their own full
name under the label ("Your name?" - "Tatu Mbaraka Vuai. Thirty-eight."; "I'm Daniela
Treviño"), while the label is no word of that name, is said nowhere else in the text but as a
common noun and is no given name.  Such a label is a role
(:mod:`redactor.detect.self_named_labels`); a name label is part of the name given, or said
again in the text.
"""

from __future__ import annotations

import pytest
import regex

from redactor.detect.self_named_labels import self_named_role_labels
from redactor.model import Mention
from tests.scan_helpers import found_in_named_file


def _labels_and_names(text: str, names: tuple[str, ...]) -> tuple[list[Mention], list[Mention]]:
    """The label mentions of ``text``'s turns (every label but the interviewer's) and a PERSON
    mention of each of ``names`` where it is said, as the detectors give them."""
    labels = [Mention(start=m.start(1), end=m.end(1), entity_type="PERSON", score=1.0, detector="SpeakerLabel",
                      text=m.group(1))
              for m in regex.finditer(r"(?m)^(?:\*\*)?(?!Reporter|interviewer)([^\W\d_][\w ]*?)(?:\*\*)?:", text)]
    people = [Mention(start=m.start(), end=m.end(), entity_type="PERSON", score=0.85, detector="SpacyRecognizer",
                      text=m.group()) for name in names for m in regex.finditer(regex.escape(name), text)]
    return labels, people


_ANSWERED = """**Reporter:** Who takes you to the fields?

**{label}:** The broker, Asen Karamanov. He brings us in a van.

**Reporter:** Your name?

**{label}:** {name}. From Kirilovo. Phone 0887 314 562.
"""


@pytest.mark.parametrize("label", [
    "Berachka", "Mchumaji",
    # role words of languages no design set has
    "Tkachikha", "Krankenschwester", "Bauer", "Rybak", "Ouvrier", "Pescadora",
    # a job word that is a surname of many countries, where the speaker's own name is another
    "COOK",
])
def test_a_label_that_is_no_word_of_the_name_the_speaker_gives_is_a_role(label):
    text = _ANSWERED.format(label=label, name="Fatme Salieva")
    labels, people = _labels_and_names(text, ("Asen Karamanov", "Fatme Salieva"))
    assert self_named_role_labels(text, labels, people) == {label.casefold()}


@pytest.mark.parametrize("label, name", [
    # names of many traditions as labels, each a word of the name the speaker gives
    ("AMAKA", "Amaka Okafor"), ("Bilal", "Bilal Chaudhry"), ("Oyuna", "Oyuna Batbayar"), ("Tran Thi Lan", "Tran Thi Lan"),
    ("SAVCHUK", "Olena Savchuk"), ("Kwabena", "Kwabena Mensah Junior"),
    # a short form of the name given ("Rafa" of "Rafael")
    ("RAFA", "Rafael Ortiz"),
])
def test_a_label_that_is_a_word_of_the_name_given_stays_a_name(label, name):
    text = _ANSWERED.format(label=label, name=name)
    labels, people = _labels_and_names(text, ("Asen Karamanov", name))
    assert self_named_role_labels(text, labels, people) == frozenset()


def test_a_label_the_text_says_elsewhere_stays_a_name():
    text = _ANSWERED.format(label="Dzhemile", name="Fatme Salieva") + "\n**Reporter:** Thank you, Dzhemile.\n"
    labels, people = _labels_and_names(text, ("Asen Karamanov", "Fatme Salieva"))
    assert self_named_role_labels(text, labels, people) == frozenset()


@pytest.mark.parametrize("label", ["Blerta", "Xu", "S2"])
def test_a_given_name_or_a_short_label_stays_a_name(label):
    text = _ANSWERED.format(label=label, name="Fatme Salieva")
    labels, people = _labels_and_names(text, ("Asen Karamanov", "Fatme Salieva"))
    assert self_named_role_labels(text, labels, people) == frozenset()


@pytest.mark.parametrize("question, answer", [
    # someone else's name, at the turn's start but no answer to the speaker's own name
    ("What is your husband's name?", "Arben Krasniqi. He drives for them."),
    ("Who signed it?", "Arben Krasniqi signed it."),
    # someone else's name said with a name's words that are no speaker's own ("her name is")
    ("Who can I call?", "My sister. Her name is Arben Krasniqi, 31."),
    # a single word the speaker is called by or gives: a nickname, a given name the label may shorten
    ("Your name?", "Everyone calls me Dezzy."),
    ("Your name?", "Dezzy. Thirty-one."),
    ("How old are you?", "I'm Dezzy, 31."),
])
def test_a_name_that_is_not_the_speakers_own_decides_nothing(question, answer):
    text = f"interviewer: {question}\nnasima: {answer}\ninterviewer: thank you\nnasima: welcome\n"
    labels, people = _labels_and_names(text, ("Arben Krasniqi", "Dezzy"))
    assert self_named_role_labels(text, labels, people) == frozenset()


@pytest.mark.parametrize("turn", [
    "nakashima ayumi. um, twenty nine. i'm the only woman on days",  # an age after it, in small letters
    "Nakashima Ayumi, 29, from Kurume.",
    "Well, I'm Nakashima Ayumi and I work the counter.",  # "I'm ..." anywhere in the turn
    "It's been six years. My name is Nakashima Ayumi.",
])
def test_the_speakers_own_name_in_its_forms(turn):
    text = f"interviewer: can I have your details\ntenin: {turn}\ninterviewer: and a number\ntenin: no\n"
    labels, people = _labels_and_names(text, ("nakashima ayumi", "Nakashima Ayumi"))
    assert self_named_role_labels(text, labels, people) == {"tenin"}


_SHOESHINE = """## Interview at the plaza, early morning

**Reporter:** How long have you worked here?

**Lustrabotas:** Eleven years. A sargento, Freddy Yujra Ticona, collects ten a day from each of us.

**Reporter:** And you?

**Lustrabotas:** Rubén Mollinedo Limachi, 24, I live in Senkata. Cell 7154 2286.
"""


def test_a_role_label_of_a_transcript_is_no_person(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "plaza.md", _SHOESHINE, ("PERSON",))
    assert not any(text == "Lustrabotas" for _, text in found)
    assert any("Mollinedo" in text for _, text in found)


def test_a_name_label_of_the_same_transcript_stays_a_person(redactor_default, tmp_path):
    text = _SHOESHINE.replace("Lustrabotas", "Rubén")
    found = found_in_named_file(redactor_default, tmp_path, "plaza.md", text, ("PERSON",))
    assert found.count(("PERSON", "Rubén")) == 2


def test_a_name_found_in_overlapping_pieces_is_one_name():
    """The models find "Rubén Mollinedo" and "Mollinedo Limachi" of "Rubén Mollinedo Limachi, 24":
    the age follows the whole name."""
    text = "**Reporter:** And you?\n\n**Lustrabotas:** Rubén Mollinedo Limachi, 24, I live in Senkata.\n"
    labels, _ = _labels_and_names(text, ())
    start = text.index("Rubén")
    people = [Mention(start=start, end=start + 15, entity_type="PERSON", score=0.85, detector="NameGazetteerRecognizer",
                      text="Rubén Mollinedo"),
              Mention(start=start + 6, end=start + 23, entity_type="PERSON", score=0.85, detector="SpacyRecognizer",
                      text="Mollinedo Limachi")]
    assert self_named_role_labels(text, labels, people) == {"lustrabotas"}


def test_a_label_said_elsewhere_only_as_a_common_noun_is_a_role():
    text = ("**Reporter:** When did you start?\n\n**Comic:** In 2021. I'm Daniela Treviño, the other comics "
            "call me La Trevi.\n\n**Reporter:** And then?\n\n**Comic:** He cornered me.\n")
    labels, people = _labels_and_names(text, ("Daniela Treviño",))
    assert self_named_role_labels(text, labels, people) == {"comic"}


def test_a_capitalised_label_in_the_small_letters_of_the_name_given_stays_a_name():
    # the body is a speech recogniser's, in small letters; the labels the transcriber's
    text = "interviewer: your name\nKobby: kobby mensah, twenty nine\ninterviewer: thanks\nKobby: ok\n"
    labels, people = _labels_and_names(text, ("kobby mensah",))
    assert self_named_role_labels(text, labels, people) == frozenset()

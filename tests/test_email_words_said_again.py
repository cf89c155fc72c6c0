"""A word of a spoken e-mail address said again alone while it is spelled (round 14).

"the email is preacha morgan at yahoo dot com, morgan with an n at the end, m o r g a n": the
bare "morgan" is the address's local part again and is found, as the person the letters spell;
a word of an address that is common in English and not spelled ("info is the general box",
"sunny days are rare") is not."""

from __future__ import annotations

from redactor.detect.email_words import email_words_said_again
from redactor.model import Mention
from tests.scan_helpers import found_in_file


def test_the_local_part_said_again_while_spelled(redactor_default, tmp_path):
    text = "Source: the email is preacha morgan at yahoo dot com, morgan with an n at the end, m o r g a n.\n"
    assert found_in_file(redactor_default, tmp_path, text) == [
        ("EMAIL", "preacha morgan at yahoo dot com", text.index("preacha")),
        ("PERSON", "morgan", text.index("morgan with")),
        ("PERSON", "m o r g a n", text.index("m o r"))]


def test_spelled_letters_alone_confirm_the_word(redactor_default, tmp_path):
    text = "Source: write to okafor dot chidi at gmail dot com, okafor, o k a f o r.\n"
    people = [(t, s) for kind, t, s in found_in_file(redactor_default, tmp_path, text) if kind == "PERSON"]
    assert people == [("okafor", text.index("okafor,")), ("o k a f o r", text.index("o k a"))]


def test_a_common_word_of_an_address_not_spelled_stays(redactor_default, tmp_path):
    text = ("Source: it is info at acme dot com, info is the general box, and info matters.\n"
            "Source: my address is sunny underscore days at yahoo dot com and sunny days are rare.\n")
    assert [kind for kind, _, _ in found_in_file(redactor_default, tmp_path, text)] == ["EMAIL", "EMAIL"]


def test_a_rare_word_of_the_address_is_found_again_in_its_line_only():
    text = "the mail is wanjiku dot k at gmail dot com, wanjiku is me.\nwanjiku came later.\n"
    email = Mention(12, 42, "EMAIL", 0.65, "SpokenContactRecognizer", text[12:42])
    assert email.text == "wanjiku dot k at gmail dot com"
    found = email_words_said_again(text, [email])
    assert [(m.text, m.start, m.entity_type) for m in found] == [("wanjiku", text.index("wanjiku is"), "PERSON")]

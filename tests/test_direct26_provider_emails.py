"""E-mail addresses said with the provider's name alone (round 26): "carl dot brown at gmail",
"b lund sixty four at proton", "ana forty two at posteo de".  Found where the local part is said
as an address is (a spoken dot, underscore or dash before its last word, or a number ending it),
the provider's word is no everyday one, the address ends its clause (a mark, a line's or a cue's
end) and an e-mail is named a little before it (the line or the turn before)."""

from __future__ import annotations

import pytest

from redactor import Redactor
from redactor.detect.recognizers.spoken import SpokenContactRecognizer


@pytest.fixture(scope="module")
def contact() -> SpokenContactRecognizer:
    recognizer = SpokenContactRecognizer()
    recognizer.load()
    return recognizer


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _emails(recognizer: SpokenContactRecognizer, text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.recognition_metadata["redactor_key"])
            for r in recognizer.analyze(text, ["EMAIL"])]


@pytest.mark.parametrize("text, span, key", [
    ("sure, write to my email, carl dot brown at gmail\n", "carl dot brown at gmail", "carl.brown@gmail"),
    ("- and the email?\n- it's still b lund sixty four at proton.\n", "b lund sixty four at proton", "blund64@proton"),
    ("and your email?\n ravi runner ninety at gmail. ravi, like my uncle.",
     "ravi runner ninety at gmail", "ravirunner90@gmail"),
    ("or the email as before, anu k r dot menon at outlook\n", "anu k r dot menon at outlook",
     "anukr.menon@outlook"),
    ("<v ana>the email, ana forty two at posteo de. a n a\n", "ana forty two at posteo de", "ana42@posteo.de"),
    ("the e-mail is the old one, ines underscore vaz at posteo, yes\n", "ines underscore vaz at posteo", "ines_vaz@posteo"),
])
def test_an_email_said_with_its_provider_alone(contact: SpokenContactRecognizer, text: str, span: str,
                                               key: str) -> None:
    assert _emails(contact, text) == [(span, key)]


@pytest.mark.parametrize("text", [
    "email me later, i'll be at home\n",                      # an everyday word after "at"
    "i sent an email. tom dot smith at reuters said no.\n",    # the clause goes on after it
    "no email. he was at ward seven\n",                        # no local part said as an address
    "she wrote an email, then met ana twenty at paris.\n",     # a common word (a capital)
    "we met jan dot kowalski at gmail\n",                      # no e-mail named before it
    "my email is jan dot kowalski at gmail dot com\n",         # a whole address: found as ever
])
def test_no_provider_only_email_without_its_signs(contact: SpokenContactRecognizer, text: str) -> None:
    found = _emails(contact, text)
    assert all("dot com" in span for span, _ in found)


def _cues(*texts: str) -> str:
    return "".join(f"{i}\n00:01:0{i},000 --> 00:01:0{i + 1},000\n{said}\n\n" for i, said in enumerate(texts, 1))


def test_said_in_a_cue_after_the_question(redactor: Redactor, tmp_path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(_cues("and the email", "that one is t dot river dot stone at kabelnet", "stone, s t o n e"),
                    encoding="utf-8")
    (result,) = redactor.run([path]).files
    assert [f.text for f in result.findings if f.entity_type == "EMAIL"] == ["t dot river dot stone at kabelnet"]


def test_a_word_said_after_it_in_the_same_cue_ends_nothing(redactor: Redactor, tmp_path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(_cues("and the email", "that one is t dot river dot stone at kabelnet town"), encoding="utf-8")
    (result,) = redactor.run([path]).files
    assert not [f for f in result.findings if f.entity_type == "EMAIL"]


def test_a_meeting_at_noon_is_no_email(redactor: Redactor) -> None:
    text = "the email said to meet at the bar at noon.\n"
    assert not [f for f in redactor.scan(text) if f.entity_type == "EMAIL"]

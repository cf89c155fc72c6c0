"""A nickname said with its own language's article or a family title after a calling frame is
the call sign the project types nicknames as (CALL_SIGN), whole and to the clause's end:
"people call him el gordo because ...", "everybody calls her la jefa, ...", "his nickname was
el chino", "known as la flaca".  An English description after the frame is none ("they call
him the boss"), nor is an article alone or a call ("i called him at home")."""

from __future__ import annotations

import pytest


def _found(redactor, tmp_path, text: str) -> list[tuple[str, str, int]]:
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, f.text, f.start) for f in result.findings]


@pytest.mark.parametrize("text, name", [
    ("people call him el gordo because he eats a lot.", "el gordo"),
    ("everybody calls her la jefa, she runs the place.", "la jefa"),
    ("his nickname was el chino.", "el chino"),
    ("in the market she is known as la flaca.", "la flaca"),
    ("they call her mama africa because she feeds everyone.", "mama africa"),
    ("everyone calls him le vieux, even his kids.", "le vieux"),
])
def test_a_nickname_with_its_article_is_a_call_sign(redactor_default, tmp_path, text, name):
    assert ("CALL_SIGN", name, text.index(name)) in _found(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text", [
    "they call him the boss at the depot.",
    "i called him at home yesterday.",
    "call her la policía if you want.",
])
def test_no_nickname_with_an_article(redactor_default, tmp_path, text):
    assert not any(kind == "CALL_SIGN" for kind, _, _ in _found(redactor_default, tmp_path, text))


def test_the_nickname_said_again_is_one_call_sign(redactor_default, tmp_path):
    text = "people call him el gordo because he eats a lot. later el gordo came back with the others.\n"
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    signs = [f for f in result.findings if f.entity_type == "CALL_SIGN"]
    assert [(f.text, f.start) for f in signs] == [("el gordo", 16), ("el gordo", text.rindex("el gordo"))]
    assert len({f.replacement for f in signs}) == 1


def test_a_nickname_said_of_him_is_not_the_speakers(make_redactor, tmp_path):
    # The speaker (voice tag "wilson", thanked by name) says "they call him el patojo" of the
    # leader: "him" is never the one speaking, so the nickname is no name of the speaker's.
    path = tmp_path / "prison.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v interviewer>tell me about the weapons\n\n"
                    "00:00:06.000 --> 00:00:12.000\n<v wilson>the leader inside they call him el patojo. he has a phone\n\n"
                    "00:00:13.000 --> 00:00:15.000\n<v interviewer>thank you wilson\n", encoding="utf-8")
    (result,) = make_redactor().run([path]).files
    by_text = {f.text: f for f in result.findings}
    assert by_text["el patojo"].replacement != by_text["wilson"].replacement

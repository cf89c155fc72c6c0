"""A nickname that is an ordinary word, said in small letters after the words that call someone
by it ("they call him hammer", "at the workshop they call me magnet"), is a name of that document:
the person named just before (or the speaker who named themselves), one pseudonym; its later
mentions are found where they stand as a name ("hammer told me", "thank you, hammer", "I asked
hammer"), not where the word is the word ("the hammer", "a hammer").  A rarer word the leak
audit looks for everywhere ("bulldozer") is replaced wherever it is said, so the file is
written.  A call on the phone or a description is no nickname ("they called me back", "I
called her lawyer", "they call me crazy")."""

from __future__ import annotations

import pytest
import regex

def _run(redactor, tmp_path, text: str):
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return result


def test_a_word_nickname_is_the_person_named_before_it(redactor_default, tmp_path):
    text = ("the foreman was piet van der merwe, they call him hammer. hammer told me to sign the paper.\n"
            "i said no, hammer, i won't. he left the hammer on the bench. then i asked hammer why.\n")
    result = _run(redactor_default, tmp_path, text)
    by_start = {f.start: f for f in result.findings}
    name = next(f for f in result.findings if f.text == "piet van der merwe")
    said_as_name = [i for i in range(len(text)) if text.startswith("hammer", i)
                    and text[i - 4:i] != "the "]
    assert len(said_as_name) == 4
    for start in said_as_name:
        assert start in by_start and by_start[start].replacement == name.replacement
    assert text.index("the hammer") + 4 not in by_start


def test_a_word_the_speaker_is_called_is_the_speaker(redactor_default, tmp_path):
    text = ("my name is peter mwangi. at the workshop they call me magnet, because the tools stick to me.\n"
            "later the manager said magnet, you saw nothing. thank you, magnet.\n")
    result = _run(redactor_default, tmp_path, text)
    name = next(f for f in result.findings if f.text == "peter mwangi")
    nick = [f for f in result.findings if f.text == "magnet"]
    assert len(nick) == 3
    assert {f.replacement for f in nick} == {name.replacement}


def test_a_rare_word_nickname_is_replaced_everywhere_and_the_file_is_written(redactor_default, tmp_path):
    text = ("the driver was john okoro. everyone calls him bulldozer.\n"
            "a bulldozer came to the site that day and bulldozer was driving it.\n")
    src = tmp_path / "src"
    src.mkdir()
    (src / "talk.txt").write_text(text, encoding="utf-8")
    run = redactor_default.redact_files([src], tmp_path / "out")
    assert run.exit_code == 0
    written = (tmp_path / "out" / "talk.txt").read_text(encoding="utf-8")
    assert "bulldozer" not in written
    name = regex.search(r"was (\[PERSON \d+\])\.", written).group(1)
    assert written.count(name) == 4


@pytest.mark.parametrize("text, name, nickname", [
    # the turn opens with the speaker's name; two sentences call the speaker, the second a word
    ("speaker 2: peter mwangi. at home everybody calls me pete. in the yard they call me magnet because i fix the "
     "cranes\n", "peter mwangi", "magnet"),
    # what they say where the speaker works
    ("i'm peter mwangi, in the yard they say magnet, because i fix the cranes\n", "peter mwangi", "magnet"),
    # a title and a word, one nickname (not a job, "professor", and a word left in the clear)
    ("- my name is peter mwangi. the kids call me professor owl, because i am strict.\n", "peter mwangi",
     "professor owl"),
    # "the yard" is where they call him so, not someone brought in
    ("Our foreman is Piet Botha. In the yard they call him Hammer, because he never stops.\n", "Piet Botha", "Hammer"),
])
def test_a_nickname_is_the_one_named_before_it(redactor_default, tmp_path, text, name, nickname):
    result = _run(redactor_default, tmp_path, text)
    named = next(f for f in result.findings if f.text == name)
    assert [(f.text, f.replacement) for f in result.findings if f.text.endswith(nickname.split()[-1])] == [
        (nickname, named.replacement)]


def test_someone_brought_in_before_the_calling_words_is_who_is_called(redactor_default, tmp_path):
    # "the driver" is someone else than the foreman named before: his nickname is his own.
    text = "the foreman is peter mwangi, and the driver we call him owl. i saw owl sign it.\n"
    result = _run(redactor_default, tmp_path, text)
    foreman = next(f for f in result.findings if f.text == "peter mwangi")
    nick = [f for f in result.findings if f.text == "owl"]
    assert len(nick) == 2 and len({f.replacement for f in nick}) == 1
    assert nick[0].replacement != foreman.replacement


@pytest.mark.parametrize("text", [
    "they called me crying at night.\n",
    "i called her lawyer yesterday.\n",
    "they call me crazy because i stayed.\n",
    "the supervisor called me back twice.\n",
    "they called me nothing, just the new one.\n",
    "maria lopez. at the market they say she sold the car.\n",
])
def test_no_word_nickname(redactor_default, tmp_path, text):
    result = _run(redactor_default, tmp_path, text)
    assert not any(f.entity_type in {"PERSON", "CALL_SIGN"} and f.text != "maria lopez" for f in result.findings)

"""A nickname in the language of its place opens with its article ("everybody calls him O Lobo",
'we call him "o kapitanos"', 'the skipper calls me "de Stier"'): the article is part of the
nickname, found with it where it is introduced and wherever the same article and word are said
again (redactor.refine.nicknames).  Near misses: an English article ("they call him the boss"
describes him), an article before a word no one is called ("I read Le Monde"), the word said
later without its article."""

from __future__ import annotations

import pytest

from redactor.refine.nicknames import with_nickname_articles
from redactor.model import Mention


def _findings(redactor, tmp_path, text: str):
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.text, f.start) for f in result.findings]


@pytest.mark.parametrize("text, nickname", [
    ("The night porter is Tomas Ferreira Lima. Everybody calls him O Lobo, the wolf.\n", "O Lobo"),
    ('Our driver is Piet Maas, we call him "o kapitanos". He never waits.\n', "o kapitanos"),
    ('I am Ana Kovacs. On board they call me Anni, and the skipper calls me "de Stier", because I lift.\n',
     "de Stier"),
])
def test_the_article_opens_the_nickname(redactor_default, tmp_path, text, nickname):
    assert (nickname, text.index(nickname)) in _findings(redactor_default, tmp_path, text)


def test_the_nickname_said_again_takes_its_article(redactor_default, tmp_path):
    text = ("The night porter is Tomas Ferreira Lima. Everybody calls him O Lobo.\n"
            "If this comes out, O Lobo finds something against me.\n")
    found = _findings(redactor_default, tmp_path, text)
    second = text.index("O Lobo", text.index("\n"))
    assert ("O Lobo", text.index("O Lobo")) in found and ("O Lobo", second) in found


def test_a_found_word_after_the_calling_words_takes_its_article():
    text = "Everybody calls him O Lobo. Later O Lobo came back, and Lobo left.\n"
    first, again, alone = text.index("Lobo"), text.index("Lobo", 20), text.rindex("Lobo")
    mentions = [Mention(s, s + 4, "LOCATION", 0.3, "SpacyRecognizer", "Lobo") for s in (first, again, alone)]
    out = with_nickname_articles(text, mentions)
    assert [(m.text, m.start, m.entity_type) for m in out] == [
        ("O Lobo", first - 2, "PERSON"), ("O Lobo", again - 2, "PERSON"), ("Lobo", alone, "LOCATION")]


@pytest.mark.parametrize("text, phrase", [
    ("I read Le Monde on the train every morning.\n", "Le Monde"),
    ("She called him a liar and left the room.\n", "a liar"),
    ("They called me the next day about the shift.\n", "the next day"),
])
def test_no_article_nickname_where_none_is_said(redactor_default, tmp_path, text, phrase):
    start = text.index(phrase)
    assert not any(s == start for _, s in _findings(redactor_default, tmp_path, text))


def test_an_article_before_an_unrelated_mention_is_left():
    text = "Everybody calls him O Lobo. She flew to La Paz.\n"
    paz = text.index("Paz")
    mentions = [Mention(paz, paz + 3, "LOCATION", 0.85, "SpacyRecognizer", "Paz")]
    assert with_nickname_articles(text, mentions) == mentions

"""A nickname said alone after "calls him" or "know me as" (round 32).

"everyone calls him bully.", "everybody in cayon know me as tall boy":
one or two words said right after a naming clause, up to the clause's end, are the nickname
whatever their case, when they are words a nickname is made of - the last a noun (WordNet's) or
a word English hardly uses - and no adverb, time, function word, title, family word, word of
address or common adjective ("call me back", "call him tomorrow", "called him names", "call
him sir", "we call her mum", "call me crazy").
"""

from __future__ import annotations

from tests.scan_helpers import found_in_file


def _found(redactor, tmp_path, text: str) -> set[str]:
    return {t for _, t, _ in found_in_file(redactor, tmp_path, text)}


def test_a_bare_word_after_a_naming_clause_is_the_nickname(redactor_default, tmp_path):
    text = ("a: rangi owns it, and the ganger is wiremu karaka. everyone calls him bully. um, he's my mum's cousin.\n"
            "a: jahmal clarke. everybody in cayon know me as tall boy\n"
            "a: my social security is one two zero\n")
    found = _found(redactor_default, tmp_path, text)
    assert {"bully", "tall boy"} <= found


def test_adverbs_times_titles_and_family_words_are_no_nickname(redactor_default, tmp_path):
    text = ("a: call me back tomorrow. i called him twice. they called him names. call him sir.\n"
            "a: we call her mum. call me crazy. they called him stupid. call me later.\n")
    found = _found(redactor_default, tmp_path, text)
    assert not found & {"back", "back tomorrow", "twice", "names", "sir", "mum", "crazy", "stupid", "later"}, found

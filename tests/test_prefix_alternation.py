"""Long word lists written as prefix trees for Python's ``re`` (``lexicon.prefix_alternation``),
and the office words near a name read from one search of the text (``refine.figures``): each
finds what the flat alternation, or the search per name, found, only with fewer tries."""

from __future__ import annotations

import re

import pytest

from redactor.detect import honorific_names
from redactor.lexicon import longest_first, prefix_alternation
from redactor.refine import figures

SENTENCES = [
    "Dr. Okafor met the doctor and Dr Banda at noon.",
    "We asked DR. MENSAH, then dr mensah again, and the drummer left.",
    "The abbess spoke to the abbot; an abb is no title.",
    "Ask Doctorow, not the doctoral student.",
    "dr.\nokafor on the next line",
]


def _flat(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in longest_first(words)) + ")"


def _spans(pattern: str, text: str, flags: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("w")) for m in re.finditer(pattern, text, flags)]


def test_a_list_becomes_a_prefix_tree() -> None:
    assert prefix_alternation(["dr", "dr.", "doctor"]) == r"(?:d(?:octor|r(?:\.)?))"
    assert prefix_alternation(["a", "ab", "abc", "b"]) == "(?:(?:a(?:b(?:c)?)?|b))"
    assert prefix_alternation(["mr"]) == "(?:mr)"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("after", ["", r"(?=[^\S\n]+\w)", r"(?![\w.])", r"[^\S\n]+$"])
def test_the_tree_finds_what_the_flat_list_finds(flags: int, after: str) -> None:
    words = ["dr", "dr.", "doctor", "abbess", "abbot", "abb", "ab", "the", "then"]
    tree = rf"(?<![\w.])(?P<w>{prefix_alternation(words)}){after}"
    flat = rf"(?<![\w.])(?P<w>{_flat(words)}){after}"
    for text in SENTENCES:
        assert _spans(tree, text, flags) == _spans(flat, text, flags)
        for end in range(len(text) + 1):  # a search of a window, as the title look-ups make
            one = re.compile(tree, flags).search(text, max(0, end - 12), end)
            other = re.compile(flat, flags).search(text, max(0, end - 12), end)
            assert (one and (one.span(), one.span("w"))) == (other and (other.span(), other.span("w")))


def test_the_longest_word_that_lets_the_rest_match_wins() -> None:
    tree = re.compile(rf"(?P<w>{prefix_alternation(['dr', 'dr.'])})(?=\s)", re.IGNORECASE)
    assert tree.match("Dr. Okafor").group("w") == "Dr."
    assert tree.match("Dr Okafor").group("w") == "Dr"
    assert tree.match("Drs Okafor") is None


def test_words_re_may_read_as_one_another_stay_a_flat_list() -> None:
    # "ı" and "i" both match "I" under IGNORECASE, so both branches could be followed.
    assert prefix_alternation(["hanim", "hanım"]) == _flat(["hanim", "hanım"])
    assert prefix_alternation(["k", "\u212a"]) == _flat(["k", "\u212a"])
    assert prefix_alternation(["sa", "ſab"]) == _flat(["sa", "ſab"])


def test_the_honorific_titles_are_a_tree_and_find_what_the_list_found() -> None:
    words = honorific_names._BEFORE_WORDS
    assert honorific_names._BEFORE_ALTERNATION != _flat(words)  # a tree, not the fallback
    flat = re.compile(
        rf"(?<![\w.'’-])(?P<title>{'|'.join(re.escape(w) for w in words)})"
        rf"(?=[^\S\n]+(?P<name>{honorific_names._WORD}))", re.IGNORECASE)
    text = ("Then Signorina Rossi and MADEMOISELLE Dubois met evangelist Moyo, Dipl.-Ing. Weber "
            "and señorita Ruiz; the evangelists sang.")
    found = [(m.span(), m.group("title"), m.group("name")) for m in honorific_names._TITLE_AND_NAME.finditer(text)]
    assert found == [(m.span(), m.group("title"), m.group("name")) for m in flat.finditer(text)]
    assert [(title, name) for _, title, name in found] == [
        ("Signorina", "Rossi"), ("MADEMOISELLE", "Dubois"), ("evangelist", "Moyo"), ("Dipl.-Ing.", "Weber"),
        ("señorita", "Ruiz")]


def test_no_office_word_starts_another() -> None:
    words = figures._OFFICE_NEAR.pattern.split("|")
    assert all(not b.startswith(a) for a in words for b in words if a != b)


SAMPLE = ("The President, Anna Moyo, met the kingmaker and Governor-General Tau. "
               "Later the chairman said the generals and the Queen Mother had left. presidentialminister")


def test_an_office_word_near_is_what_a_search_of_the_window_finds() -> None:
    words = figures._office_words(SAMPLE)
    for start in range(len(SAMPLE)):
        for end in range(start, min(len(SAMPLE), start + 30) + 1):
            expected = figures._OFFICE_NEAR.search(SAMPLE, start, end) is not None
            assert figures._office_near(words, start, end) is expected, (start, end)


def test_public_figures_still_reads_office_holders() -> None:
    def holds(text: str, start: int, end: int) -> bool:
        return text[max(0, start - 15):start].lower().endswith("the president, ")

    assert figures.public_figures(SAMPLE, holds) == {("anna", "moyo")}
    assert figures.public_figures("Anna Moyo and Tau Banda went home.", holds) == set()

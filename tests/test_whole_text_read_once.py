"""Tests of a mention that read the whole text read it once per text, not once per mention (issue 15).

A namesake region's test reads the whole text once per text and name; a listed person's surname
folds the text once per text.

A first-level region named as its seat ("Kasserine", "Ordu") is the region wherever a text says
it, once the text places a smaller place before it ("near Sidi Ali, in Kasserine"): whether it
does is read over the whole text.  Every mention of the name asked it again, so a long transcript
that says the name often read the text as many times as it says it (issue 15: a long file's
time grows with its length squared).  The answer is kept for the text being filtered, by name
as written, and made anew for the next text; what is found does not change."""

from __future__ import annotations

from dataclasses import replace

from redactor.detect.filters import SpanFilters
from redactor.model import Mention

_TEXT = ("We buy the rosemary near Sidi Ali, in Kasserine. Every shop in Kasserine sells it in bags, "
         "and the lorries from Kasserine come on Mondays. I was never in Sbeitla, only Kasserine.")
_PLAIN = ("I was born in Morogoro and moved to the coast at twenty. Morogoro was hot; "
          "in Morogoro we sold charcoal.")


def _said(text: str, name: str) -> list[Mention]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append(Mention(at, at + len(name), "LOCATION", 0.85, "spacy", name))
        at = text.find(name, at + 1)
    return out


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    smaller = SpanFilters._smaller_place
    monkeypatch.setattr(SpanFilters, "_smaller_place", lambda self, words: calls.append(words) or smaller(self, words))
    return calls


def test_every_mention_of_the_region_is_the_region_read_once(monkeypatch):
    calls = _counting(monkeypatch)
    filters = replace(SpanFilters(), document=_TEXT)
    mentions = _said(_TEXT, "Kasserine")
    assert len(mentions) == 4
    assert all(filters._region_after_its_place(_TEXT, m) for m in mentions)
    assert calls == ["Sidi Ali"]  # the first place said before it, once for the four mentions


def test_a_town_said_often_without_a_smaller_place_stays_the_town_read_once(monkeypatch):
    calls = _counting(monkeypatch)
    filters = replace(SpanFilters(), document=_PLAIN)
    assert not any(filters._region_after_its_place(_PLAIN, m) for m in _said(_PLAIN, "Morogoro"))
    # "in Morogoro" of the third mention has no comma: no place is tested at all
    assert calls == []


def test_the_answer_is_kept_for_one_text_only(monkeypatch):
    calls = _counting(monkeypatch)
    filters = replace(SpanFilters(), document=_TEXT)
    assert filters._region_after_its_place(_TEXT, _said(_TEXT, "Kasserine")[1])
    other = "The bus to Kasserine leaves at six."
    assert not filters._region_after_its_place(other, _said(other, "Kasserine")[0])  # another text
    again = replace(filters, document=other)  # ``apply`` of the next text
    assert again._said_after_a_place == {}
    assert not again._region_after_its_place(other, _said(other, "Kasserine")[0])
    assert calls == ["Sidi Ali"]


def test_a_town_word_after_one_mention_leaves_that_mention_the_town():
    text = "We camp outside cicekli, in kirsehir, and the boss stays in kirsehir town."
    filters = replace(SpanFilters(), document=text)
    first, second = _said(text, "kirsehir")
    assert filters._region_after_its_place(text, first)
    assert not filters._region_after_its_place(text, second)


# A listed person's surname after a courtesy title ("Mr Macron") is theirs only where the text
# names them in full: the test folded the whole text for every such mention.

_MACRON = ("Emmanuel Macron came to the port in May. Mr Macron shook hands with the dockers, and "
           "later Mr Macron ate with them. My neighbour says Mr Macron promised a new crane.")
_PRIVATE = "Our landlord, Mr Macron, wants the rent on Friday. Mr Macron never fixes the boiler."


def _folding(monkeypatch) -> list[str]:
    import redactor.detect.filters as filters

    calls: list[str] = []
    fold = filters._fold_words
    monkeypatch.setattr(filters, "_fold_words", lambda text: calls.append(text) or fold(text))
    cached = getattr(filters, "_folded_words_of", None)
    if cached is not None:
        cached.cache_clear()  # a text an earlier test folded
    return calls


def _surnames(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in _said(text, name)]


def test_a_listed_surname_said_often_folds_the_text_once(monkeypatch):
    from redactor.detect.filters import PublicFigures

    figures = PublicFigures.from_terms(["Emmanuel Macron"])
    calls = _folding(monkeypatch)
    spans = _surnames(_MACRON, "Macron")[1:]  # the three after "Mr"
    assert all(figures.is_public_figure(_MACRON, start, end) for start, end in spans)
    assert calls.count(_MACRON) == 1


def test_a_private_namesake_stays_private_folding_each_text_once(monkeypatch):
    from redactor.detect.filters import PublicFigures

    figures = PublicFigures.from_terms(["Emmanuel Macron"])
    calls = _folding(monkeypatch)
    assert not any(figures.is_public_figure(_PRIVATE, start, end) for start, end in _surnames(_PRIVATE, "Macron"))
    assert all(figures.is_public_figure(_MACRON, start, end) for start, end in _surnames(_MACRON, "Macron")[1:])
    assert calls.count(_PRIVATE) == 1 and calls.count(_MACRON) == 1

"""What of a text the NER reads (redactor.detect.ner_focus) and how its entities map back
(redactor.detect.nlp.EntitiesOnlyNlpEngine.process_focused)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redactor.detect.ner_focus import CONTEXT_TOKENS, Focus, may_hold_entity, ner_focus, sentences
from redactor.detect.nlp import _entities_read


def test_sentences_tile_the_text_and_never_cross_a_line():
    text = "REPORTER: Where are you now?\nOLENA: Somewhere safe. Nobody told us why.\n\nEnd"
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "REPORTER: Where are you now?\n", "OLENA: Somewhere safe. ", "Nobody told us why.\n", "\n", "End"]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("sentence, holds", [
    # Nothing a kept entity could be: no capital past a sentence's first function word, no
    # digit, no date word.
    ("Nobody told us why.", False),
    ("REPORTER: Where are you now?", False),  # a role's label names no one
    ("I did not sign up for this.", False),
    ("So I'm told they left in a hurry.", False),
    ("um, well, we just kept walking", False),
    # A capital that may be a name, a place or a body.
    ("OLENA BYKOV: Somewhere safe.", True),  # a speaker's name as label
    ("REPORTER: Where is Olena now?", True),  # a name after a role's label
    ("and then we met Olena.", True),
    ("We drove to Gdynia.", True),
    ("They called him Апельсин.", True),
    ("Then the iPhone rang.", True),
    ("She said 王伟 was there.", True),  # no case in the script: capitals tell nothing
    # What the date filters keep: a digit, a number word, a month, a weekday, a time of day.
    ("I am 39.", True),
    ("It could cost me two years.", True),
    ("the students could apply for four-year degrees.", True),  # a number word in a compound
    ("he turned forty-eight that spring.", True),
    ("we met at five o'clock.", True),
    ("not before o’clock tea.", True),
    ("on new year's eve we left.", True),
    ("We met on a tuesday.", True),
    ("come back at noon.", True),
    ("it was the fifth time.", True),
    ("Near midnight we left.", True),
])
def test_may_hold_entity(sentence, holds):
    assert may_hold_entity(sentence, 0, len(sentence)) is holds


def test_a_sentence_start_is_also_after_a_generic_label_only():
    assert may_hold_entity("Q: The car was gone.", 0, 20) is False
    # Mid-line, "REPORTER:" is no label at a line's start: its capitals count.
    text = "and then REPORTER: said so."
    assert may_hold_entity(text, 0, len(text)) is True


def _starts(text: str) -> list[int]:
    return [t.idx for t in spacy.blank("en").make_doc(text)]


def test_focus_reads_the_sentences_kept_with_their_context():
    quiet = "Nobody told us anything at all about where we were going or why we went there.\n"
    text = quiet * 3 + "My friend Piotr kept a diary.\n" + quiet * 3
    starts = _starts(text)
    focus = ner_focus(text, starts)
    assert focus is not None
    per_line = len(_starts(quiet))
    first = 3 * per_line
    last = first + len(_starts("My friend Piotr kept a diary.\n"))
    assert focus.kept == ((first, last),)
    assert focus.read == ((first - CONTEXT_TOKENS, last + CONTEXT_TOKENS),)
    assert focus.tokens() == list(range(first - CONTEXT_TOKENS, last + CONTEXT_TOKENS))


def test_caseless_lines_are_read_whole():
    quiet = "Nobody told us anything at all about where we were going or why we went there.\n"
    text = quiet * 3 + "we went to the european commission in the end.\n" + quiet * 3
    lines = len(text.split("\n"))
    caseless = tuple(i == 3 for i in range(lines))  # the fourth line: restored case, read whole
    per_line = len(_starts(quiet))
    focus = ner_focus(text, _starts(text), caseless)
    assert focus is not None
    assert focus.kept == ((3 * per_line, 3 * per_line + len(_starts(text.split("\n")[3] + "\n"))),)
    assert ner_focus(text, _starts(text)) == Focus((), ())  # nothing could hold an entity


def test_a_text_with_nothing_to_read_has_no_entities(redactor_default):
    engine = redactor_default.detector.engine.nlp_engine
    (_, artifacts), = engine.process_focused([QUIET * 4], [()], "en", 8)
    assert list(artifacts.entities) == [] and artifacts.tokens.text == QUIET * 4


def test_a_text_with_little_to_skip_is_read_whole():
    text = "Marta met Piotr in Gdynia. Nobody saw.\n" * 4
    assert ner_focus(text, _starts(text)) is None
    assert ner_focus("", []) is None


def test_entities_map_back_to_the_whole_text_and_stop_at_a_cut():
    vocab = spacy.blank("en").vocab
    whole = Doc(vocab, words=[f"w{i}" for i in range(12)])
    # Read: whole tokens 0-3 and 6-10; kept sentences: 0-2 and 8-10 (the rest is context).
    focus = Focus(read=((0, 4), (6, 11)), kept=((0, 3), (8, 11)))
    read = Doc(vocab, words=[whole[i].text for i in focus.tokens()])
    read.set_ents([read.char_span(*_chars(read, 0, 2), label="PERSON"),  # whole 0-1: kept
                   read.char_span(*_chars(read, 3, 5), label="ORG"),  # whole 3 | 6: cut at 3, context
                   read.char_span(*_chars(read, 6, 8), label="GPE")])  # whole 8-9: kept
    found = [(e.start, e.end, e.label_) for e in _entities_read(whole, focus, read)]
    assert found == [(0, 2, "PERSON"), (8, 10, "GPE")]
    # An entity from the context into a kept sentence stays, from where it starts.
    read.set_ents([read.char_span(*_chars(read, 4, 7), label="GPE")])  # whole 6, 7, 8
    assert [(e.start, e.end) for e in _entities_read(whole, focus, read)] == [(6, 9)]


def _chars(doc: Doc, first: int, end: int) -> tuple[int, int]:
    return doc[first].idx, doc[end - 1].idx + len(doc[end - 1])


def _whole_entities(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


QUIET = ("Nobody told us anything at all about where we were going or why we went there.\n"
         "REPORTER: And what did you do after that, when you got there?\n")


@pytest.mark.parametrize("middle", [
    "My friend Piotr Markova kept a diary in Gdynia.\n",
    "REPORTER: And did Olena go with you to the Novozybkov base?\n",  # a name in a reporter's line
    "So we went to Kharkiv, and Olena stayed behind.\n",
])
def test_focused_entities_are_the_whole_texts(redactor_default, middle):
    engine = redactor_default.detector.engine.nlp_engine
    nlp = engine.get_nlp("en")
    text = QUIET * 3 + middle + QUIET * 3
    assert ner_focus(text, _starts(text)) is not None  # most of it is not read
    (_, artifacts), = engine.process_focused([text], [()], "en", 8)
    focused = [(e.start_char, e.end_char, e.label_) for e in artifacts.entities]
    expected = [(s, e, engine.ner_model_configuration.model_to_presidio_entity_mapping.get(label, label))
                for s, e, label in _whole_entities(nlp, text)
                if label not in engine.ner_model_configuration.labels_to_ignore]
    assert focused == expected and focused  # the same spans, offsets into the whole text
    assert [text[s:e] for s, e, _ in focused if text[s:e] in middle]
    # The context words are the whole text's: every token, not only those read.
    assert artifacts.tokens.text == text
    assert artifacts.tokens_indices == _starts(text)


def test_a_caseless_text_is_read_whole(redactor_default):
    engine = redactor_default.detector.engine.nlp_engine
    text = QUIET * 3 + "My friend Piotr Markova kept a diary.\n" + QUIET * 3
    (_, whole), = engine.process_batch([text], "en")
    (_, unfocused), = engine.process_focused([text], [(True,) * 8], "en", 8)
    assert [(e.start_char, e.end_char) for e in unfocused.entities] == \
        [(e.start_char, e.end_char) for e in whole.entities]


def test_the_part_read_keeps_each_tokens_text_norm_and_space():
    from redactor.detect.nlp import _read_part

    nlp = spacy.blank("en")
    doc = nlp.make_doc("We don't know.  REPORTER: Why not?\nShe'd said Kyiv, twice.")
    focus = Focus(read=((1, 5), (9, 14)), kept=((1, 5), (9, 14)))
    part = _read_part(doc, focus)
    assert [(t.text, t.norm_, t.whitespace_) for t in part] == \
        [(doc[k].text, doc[k].norm_, doc[k].whitespace_) for k in focus.tokens()]
    assert [t.norm_ for t in part][:2] == ["do", "not"]
    assert len(_read_part(doc, Focus((), ()))) == 0

"""Long texts in windows (redactor.detect.pieces): tiling, cuts at breaks, names at the cuts."""

from __future__ import annotations

import random
import re

import pytest

from redactor.detect import pieces
from redactor.detect.engine import DetectInput
from redactor.detect.pieces import windows

SPACY_LIMIT = 1_000_000


def _transcript(lines: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    said = ["We waited by the road for most of the day.", "Nobody told us anything at all.",
            "The trucks came back empty in the evening.", "I do not remember the weather."]
    out = []
    for i in range(lines):
        out.append(f"{'REPORTER' if i % 2 else 'SOLDIER'}: {' '.join(rng.choice(said) for _ in range(rng.randint(1, 6)))}")
        if rng.random() < 0.1:
            out.append("")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("text", [
    _transcript(3000),
    "word " * 5000,  # no line breaks: cut at spaces
    "x" * 23_456,  # no break at all: hard cuts
])
def test_owned_stretches_tile_the_text_and_windows_stay_small(text):
    found = windows(text, size=4000, overlap=600)
    assert len(found) > 1
    assert found[0].own_start == 0 and found[-1].own_end == len(text)
    for w, nxt in zip(found, found[1:]):
        assert w.own_end == nxt.own_start  # no gap, no overlap between owners
    for w in found:
        assert w.end - w.start <= 4000
        assert w.start <= w.own_start - 300 or w.start == 0  # context before the owned stretch
        assert w.own_end + 300 <= w.end or w.end == len(text)  # and after it


def test_cuts_fall_at_line_breaks_when_there_are_some():
    text = _transcript(3000)
    for w in windows(text, size=4000, overlap=600)[:-1]:
        assert text[w.own_end - 1] == "\n"
        assert w.start == 0 or text[w.start - 1] == "\n"


def test_a_text_of_any_size_stays_under_spacys_limit():
    text = _transcript(100_000)  # about 8 MB
    assert len(text) > 5 * SPACY_LIMIT
    found = windows(text)
    assert max(w.end - w.start for w in found) < SPACY_LIMIT
    assert sum(w.own_end - w.own_start for w in found) == len(text)


NAMES = ["Marta Kowalczyk", "Oleg Pankratov", "Irina Sorokina", "Piotr Wierzbicki", "Olena Shevchenko",
         "Dmitri Volkov", "Katarzyna Nowak", "Svetlana Markova", "Mykola Bondar", "Giorgi Beridze"]


def _named_text(lines: bool) -> str:
    """Sentences dense with full names; one long caption-like paragraph, or one line each."""
    rng = random.Random(11)
    sentences = []
    for _ in range(1000):
        a, b = rng.sample(NAMES, 2)
        sentences.append(rng.choice([f"Then {a} and {b} came back.", f"I asked {a} about it.",
                                     f"{a} told {b} to wait.", "Nobody said anything."]))
    if lines:
        return "\n".join(f"{rng.choice(NAMES)}: {s}" for s in sentences) + "\n"  # named speakers
    return " ".join(sentences) + "\n"


def _occurrences(text: str) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for name in NAMES for m in re.finditer(re.escape(name), text))


@pytest.mark.parametrize("lines", [False, True])
def test_names_at_piece_boundaries_are_found_once(redactor_default, monkeypatch, lines):
    size, overlap = 3000, 600
    text = _named_text(lines)
    names = _occurrences(text)
    cuts = [w.own_end for w in windows(text, size, overlap)[:-1]]
    assert len(cuts) > 10
    straddled = [(s, e) for s, e in names if any(s < c < e or c in (s, e) for c in cuts)]
    assert len(straddled) >= 5  # names cut in two (long paragraph) or starting/ending a piece

    monkeypatch.setattr(pieces, "PIECE_CHARS", size)
    monkeypatch.setattr(pieces, "OVERLAP_CHARS", overlap)
    detector = redactor_default.detector
    analysed = []
    whole_pass = detector._detect_whole
    monkeypatch.setattr(detector, "_detect_whole", lambda items: analysed.extend(items) or whole_pass(items))
    [split] = detector.detect([DetectInput(text)])
    assert len(analysed) == len(cuts) + 1 and max(len(i.text) for i in analysed) <= size
    monkeypatch.setattr(pieces, "PIECE_CHARS", 10 * len(text))
    [whole] = detector.detect([DetectInput(text)])

    people = [(m.start, m.end) for m in split if m.entity_type == "PERSON"]
    assert len(people) == len(set(people))  # nothing doubled at a cut
    assert set(straddled) <= set(people)  # nothing lost or cut short there
    key = lambda ms: [(m.start, m.end, m.entity_type, m.score) for m in ms]  # noqa: E731
    assert key(split) == key(whole)

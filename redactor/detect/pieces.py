"""Long texts in pieces: windows that respect spaCy's length limit, and one owner per mention.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters) and Presidio's analysis of a
very long text is slow and holds the whole parse at once.  A text longer than ``PIECE_CHARS`` is
analysed as overlapping windows cut at paragraph or line breaks.  Each window owns a stretch of
the text (the owned stretches tile it exactly) and a mention is kept only from the window that
owns its start; the overlap gives every owned mention at least ``OVERLAP_CHARS / 2`` characters
of context on each side, so a name at a cut is found once, whole, and never twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence, TypeVar

# spaCy's NER holds about a kilobyte per character of a batch while it runs, so windows and the
# texts handed to ``detect`` in one call are kept small: far under spaCy's limit, and memory flat.
PIECE_CHARS = 20_000
OVERLAP_CHARS = 2_000
CALL_CHARS = 60_000


@dataclass(frozen=True)
class Window:
    """The slice [start, end) analysed, and the stretch [own_start, own_end) it answers for."""

    start: int
    end: int
    own_start: int
    own_end: int


def _break_before(text: str, lo: int, hi: int) -> int:
    """The last good place to cut in [lo, hi): after a blank line, a line, a space; else ``hi``."""
    for mark in ("\n\n", "\n", " "):
        at = text.rfind(mark, lo, hi)
        if at != -1:
            return at + len(mark)
    return hi


def windows(text: str, size: int = PIECE_CHARS, overlap: int = OVERLAP_CHARS) -> list[Window]:
    """Windows of at most ``size`` characters whose owned stretches tile ``text``."""
    if len(text) <= size:
        return [Window(0, len(text), 0, len(text))]
    half = overlap // 2
    found: list[Window] = []
    start = own_start = 0
    while True:
        end = min(start + size, len(text))
        if end == len(text):
            found.append(Window(start, end, own_start, end))
            return found
        # Cut in the window's later half, leaving at least ``half`` characters after the cut.
        cut = _break_before(text, max(own_start + 1, start + size // 2), end - half)
        found.append(Window(start, end, own_start, cut))
        start = max(_break_before(text, max(start + 1, cut - overlap), cut - half), start + 1)
        own_start = cut


S = TypeVar("S")


def _batches(items: list[S], text_of: Callable[[S], str]):
    """``items`` in runs of at most ``CALL_CHARS`` characters (or one item, if longer)."""
    batch: list[S] = []
    chars = 0
    for item in items:
        if batch and chars + len(text_of(item)) > CALL_CHARS:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(text_of(item))
    if batch:
        yield batch


def detect_in_pieces(detect: Callable[[list[S]], list], items: Sequence[S], *,
                     text_of: Callable[[S], str], cut: Callable[[S, Window], S],
                     size: int | None = None, overlap: int | None = None) -> list:
    """``detect`` over ``items``, any longer than ``size`` split into windows and joined back.

    ``cut(item, window)`` makes the item for one window (offsets relative to it); ``detect``
    returns per item a list of mentions (with ``start``/``end``) or an error object, which for a
    split item stands for the whole of it.
    """
    size = size or PIECE_CHARS
    overlap = overlap or OVERLAP_CHARS
    plans = [windows(text_of(item), size, overlap) for item in items]
    flat = [cut(item, w) if len(plan) > 1 else item for item, plan in zip(items, plans) for w in plan]
    found = (f for batch in _batches(flat, text_of) for f in detect(batch))
    results = []
    for plan in plans:
        parts = [next(found) for _ in plan]
        if len(plan) == 1:
            results.append(parts[0])
            continue
        failed = next((p for p in parts if not isinstance(p, list)), None)
        if failed is not None:
            results.append(failed)
            continue
        joined = []
        for w, mentions in zip(plan, parts):
            for m in mentions:
                if w.own_start <= m.start + w.start < w.own_end:
                    joined.append(replace(m, start=m.start + w.start, end=m.end + w.start))
        results.append(joined)
    return results

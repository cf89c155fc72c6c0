"""Presidio's e-mail, web-address and phone recognizers, run on bounded stretches of text.

Presidio's e-mail pattern has an unbounded run (``[...\\w]{0,}``) that makes a long word
without an at sign quadratic, and its web-address pattern tries a thousand top-level domains at
every one of up to 253 positions, so a run of "x.x.x." costs seconds per kilobyte.  Both are
kept as Presidio wrote them; they are just not run over text where they cannot match: an e-mail
needs an "@", a web address a dot followed by two letters.  Each such anchor opens a window of
the longest address either could match around it; overlapping windows merge, and results are
shifted back to the text's offsets.  The phone recognizer (python-phonenumbers) gives up after
a fixed number of tries per text, so a number after a long run of digits was never looked at:
it runs on overlapping chunks, each with its own tries.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer, UrlRecognizer

# An address is at most 254 characters (RFC 5321); a host name at most 253.
RADIUS = 260
EMAIL_ANCHOR = re.compile(r"@")
URL_ANCHOR = re.compile(r"\.[^\W\d_]{2}", re.IGNORECASE)


def windows(text: str, anchor: re.Pattern[str], radius: int = RADIUS) -> list[tuple[int, int]]:
    """Merged [start, end) windows of ``radius`` around each anchor match."""
    spans: list[tuple[int, int]] = []
    for match in anchor.finditer(text):
        start, end = max(0, match.start() - radius), min(len(text), match.end() + radius)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


# Phone chunks: a number is far shorter than the overlap, so each is whole in some chunk.
CHUNK = 2000
OVERLAP = 100


def chunks(text: str, size: int = CHUNK, overlap: int = OVERLAP) -> list[tuple[int, int]]:
    return [(start, min(len(text), start + size + overlap)) for start in range(0, max(len(text), 1), size)]


def analyze_in_windows(analyze: Callable[..., list[RecognizerResult]], text: str,
                       anchor: re.Pattern[str] | None, *args: Any) -> list[RecognizerResult]:
    """``analyze`` over each window of ``text``; results in ``text``'s offsets, each once.

    A window's edge can cut a word in two; a result that touches a cut edge is dropped, since
    the window that holds the whole word (every anchor is ``RADIUS`` from its edges) finds it.
    Without an ``anchor`` the windows are overlapping chunks of ``CHUNK`` characters.
    """
    found: dict[tuple[int, int, str], RecognizerResult] = {}
    for start, end in windows(text, anchor) if anchor is not None else chunks(text):
        for result in analyze(text[start:end], *args):
            if (result.start == 0 < start) or (result.end == end - start and end < len(text)):
                continue
            result.start += start
            result.end += start
            key = (result.start, result.end, result.entity_type)
            if key not in found or found[key].score < result.score:
                found[key] = result
    return sorted(found.values(), key=lambda r: (r.start, r.end))


class WindowedUrlRecognizer(UrlRecognizer):
    """Presidio's ``UrlRecognizer``, run only around a dot followed by letters."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(name="UrlRecognizer", **kwargs)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):
        return analyze_in_windows(super().analyze, text, URL_ANCHOR, entities, nlp_artifacts, regex_flags)


class ChunkedPhoneRecognizer(PhoneRecognizer):
    """Presidio's ``PhoneRecognizer`` on overlapping chunks (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(name="PhoneRecognizer", **kwargs)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        return analyze_in_windows(super().analyze, text, None, entities, nlp_artifacts)

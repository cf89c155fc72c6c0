"""Presidio's e-mail, web-address and phone recognizers, run on bounded stretches of text.

Presidio's e-mail pattern has an unbounded run (``[...\\w]{0,}``) that makes a long word
without an at sign quadratic, and its web-address pattern tries a thousand top-level domains at
every one of up to 253 positions, so a run of "x.x.x." costs seconds per kilobyte.  Both are
kept as Presidio wrote them; they are just not run over text where they cannot match: an e-mail
needs an "@", a web address a dot followed by two letters.  Each such anchor opens a window of
the longest address either could match around it; overlapping windows merge, and results are
shifted back to the text's offsets.  No web-address pattern can match white space, and none
looks at what is around its match (no look-around, anchor or word boundary), so in a window
they run only over the runs without white space that hold an anchor, and find there what they
find in the whole window.  The phone recognizer (python-phonenumbers) gives up after
a fixed number of tries per text, so a number after a long run of digits was never looked at;
and it costs a parse per digit group per region.  It runs only on windows around clusters of
digits (digit runs that a candidate number could join: a few punctuation marks, or an
extension word with spaces and commas, apart) that hold at least as many digits as the
shortest valid number of its regions has; windows longer than a chunk are cut into
overlapping chunks, each with its own tries.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import phonenumbers
import regex
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODES_FOR_NON_GEO_REGIONS, SUPPORTED_REGIONS
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer, UrlRecognizer

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.phone_tables import table_phone_cells
from redactor.detect.recognizers.results import explained_result
from redactor.lexicon.money import CURRENCY_SIGNS, ISO_CODES, SIGN_ABBREVIATIONS, currency_words
from redactor.project.files import keep_cached, read_cached, user_cache_file

# An address is at most 254 characters (RFC 5321); a host name at most 253.
RADIUS = 260
EMAIL_ANCHOR = re.compile(r"@")
URL_ANCHOR = re.compile(r"\.[^\W\d_]{2}", re.IGNORECASE)
# Runs of text without white space as the ``regex`` module, which runs Presidio's patterns,
# reads white space.
_RUN = own_compiled(r"\S+")


def runs_with(anchor: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each run without white space in ``text[start:end]`` that holds an anchor."""
    return [m.span() for m in _RUN.finditer(text, start, end) if anchor.search(m.group())]


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


# Digit clusters.  A candidate number (python-phonenumbers' matcher pattern) joins digit runs
# across at most four punctuation marks, or an extension word ("ext.", "x", "anexo") with any
# run of spaces, tabs, commas or hyphens either side; it starts at most ten characters (leading
# brackets and plus signs) before its first digit and its checks read one character on each side.
_DIGITS = re.compile(r"\d+")
_GAP_FILL = " \t\n\r\f\v\u00a0\u3000,-"
_BRIDGE = 24
_MARGIN = 16


def digit_clusters(text: str, min_digits: int) -> list[tuple[int, int]]:
    """[start, end) windows, ``_MARGIN`` characters wider than each cluster of digit runs holding
    at least ``min_digits`` digits; outside them no phone number can be matched."""
    spans: list[tuple[int, int]] = []
    first = last = count = 0
    for run in _DIGITS.finditer(text):
        if count and len(text[last:run.start()].strip(_GAP_FILL)) > _BRIDGE:
            if count >= min_digits:
                spans.append((max(0, first - _MARGIN), min(len(text), last + _MARGIN)))
            count = 0
        if not count:
            first = run.start()
        count += run.end() - run.start()
        last = run.end()
    if count >= min_digits:
        spans.append((max(0, first - _MARGIN), min(len(text), last + _MARGIN)))
    return spans


def shortest_number(regions: Any) -> int:
    """The fewest digits a valid number can have when matched for ``regions``: a national
    number of one of them, or a country code and a national number of any country.

    Kept in the user's cache folder for each phonenumbers version: finding it reads the
    metadata of every region (254 modules, a twentieth of a second of each start-up)."""
    path = user_cache_file("phone-lengths", __file__, phonenumbers.__version__)
    key = " ".join(sorted(regions))
    kept = read_cached(path)
    kept = kept if isinstance(kept, dict) else {}
    if isinstance(kept.get(key), int):
        return kept[key]
    fewest = _shortest_number(regions)
    keep_cached(path, {**kept, key: fewest})
    return fewest


def _shortest_number(regions: Any) -> int:
    national = [PhoneMetadata.metadata_for_region(region) for region in regions]
    everywhere = [PhoneMetadata.metadata_for_region(region) for region in SUPPORTED_REGIONS]
    everywhere += [PhoneMetadata.metadata_for_nongeo_region(code) for code in COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    fewest = [min(md.general_desc.possible_length) for md in national
              if md is not None and md.general_desc is not None]
    fewest += [min(md.general_desc.possible_length) + len(str(md.country_code))
               for md in everywhere if md is not None and md.general_desc is not None]
    return min(fewest)


def analyze_in_windows(analyze: Callable[..., list[RecognizerResult]], text: str,
                       anchor: re.Pattern[str] | None, *args: Any,
                       spans: list[tuple[int, int]] | None = None, in_runs: bool = False,
                       ) -> list[RecognizerResult]:
    """``analyze`` over each window of ``text``; results in ``text``'s offsets, each once.

    A window's edge can cut a word in two; a result that touches a cut edge is dropped, since
    the window that holds the whole word (every anchor is ``RADIUS`` from its edges) finds it.
    Without an ``anchor`` the windows are the given ``spans`` (merged where they overlap), each
    cut into overlapping chunks of ``CHUNK`` characters, or chunks of the whole text.
    ``in_runs``: ``analyze`` reads only the runs of a window without white space that hold an
    anchor (for patterns that match no white space and look nowhere outside their match).
    """
    if anchor is not None:
        cuts = windows(text, anchor)
    else:
        cuts = [(start + a, start + b) for start, end in _merged(spans or [(0, len(text))])
                for a, b in chunks(text[start:end])]
    pieces = [(start, end, start, end) for start, end in cuts]
    if in_runs and anchor is not None:
        pieces = [(a, b, start, end) for start, end in cuts for a, b in runs_with(anchor, text, start, end)]
    found: dict[tuple[int, int, str], RecognizerResult] = {}
    for piece_start, piece_end, start, end in pieces:
        for result in analyze(text[piece_start:piece_end], *args):
            result.start += piece_start
            result.end += piece_start
            if (result.start == start > 0) or (result.end == end < len(text)):
                continue
            key = (result.start, result.end, result.entity_type)
            if key not in found or found[key].score < result.score:
                found[key] = result
    return sorted(found.values(), key=lambda r: (r.start, r.end))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class WindowedUrlRecognizer(UrlRecognizer):
    """Presidio's ``UrlRecognizer``, run only around a dot followed by letters, in the runs
    without white space that hold one."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(name="UrlRecognizer", **kwargs)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):
        results = analyze_in_windows(super().analyze, text, URL_ANCHOR, entities, nlp_artifacts, regex_flags,
                                     in_runs=True)
        for result in results:
            result.end = _word_end(text, result.end)
        return [r for r in results
                if not _ABBREVIATION.fullmatch(text, r.start, r.end) and not _FILE_NAME.fullmatch(text, r.start, r.end)]


# A file's name read as a domain whose top-level part runs on ("final.do" + "cx"): its extension
# is none of the registry's top-level domains, and no address has it ("report_final.docx").
_FILE_NAME = re.compile(r"[\w.-]+\.(?:docx?|xlsx?|pptx?|pdf|txt|csv|odt|ods|rtf|jpe?g|png|gif|heic|tiff?"
                        r"|mp3|mp4|m4a|wav|avi|mkv|rar|7z|exe|apk|json|xml|yaml|log)", re.IGNORECASE)


# An abbreviation written like a domain: a capital, a dot, a capitalised "top-level domain"
# ("H.No" for house number, "S.No"): no address is written so.
_ABBREVIATION = re.compile(r"[A-Z]\.[A-Z][a-z]{1,2}")


# Presidio's address pattern can stop inside a word: "anton.bykov" gives "anton.by" (a Belarus
# domain), which would leave "kov" beside the replacement.  A match runs to the end of its word.
_WORD_TAIL = re.compile(r"[\w-]+(?:\.[\w-]+)*")


def _word_end(text: str, end: int) -> int:
    if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
        tail = _WORD_TAIL.match(text, end)
        if tail:
            return tail.end()
    return end


class ChunkedPhoneRecognizer(PhoneRecognizer):
    """Presidio's ``PhoneRecognizer`` around digit clusters, in chunks (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(name="PhoneRecognizer", **kwargs)
        self.min_digits = shortest_number(self.supported_regions)

    # A cell under a table's phone header (``phone_tables``): as sure as a number after its label.
    SCORE_TABLE_CELL = 0.75

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        spans = digit_clusters(text, self.min_digits)
        if not spans:
            return []
        found = analyze_in_windows(super().analyze, text, None, entities, nlp_artifacts, spans=spans)
        found = [r for r in found if not _in_a_code(text, r.start, r.end) and not _an_amount(text, r.start, r.end)]
        if entities and "PHONE_NUMBER" not in entities:
            return found
        held = {(r.start, r.end) for r in found}
        return found + [explained_result(self, "PHONE_NUMBER", start, end, self.SCORE_TABLE_CELL,
                                         "a number in a table column headed as phones")
                        for start, end in table_phone_cells(text) if (start, end) not in held]


# A number glued by a hyphen to a group of letters is part of a code, not a phone number:
# "C-2024-556120", "2291-4471-KA" (but "tel-0612 345 678" is one).
_CODE_BEFORE = own_compiled(r"(?<![\w-])(?!(?:tel|ph|mob|fax|cell)-)[^\W\d_]{1,4}-\Z", regex.IGNORECASE)
_CODE_AFTER = own_compiled(r"-[^\W\d_]{1,4}(?![\w-])")


# A sum: a currency's name or code after the figures, or its sign or code before them ("350 000
# naira", "KES 250 000", "₦350 000"), is money, not a phone number.
_WORD_AFTER = own_compiled(r"[^\S\n]*([^\W\d_]+)")
_MARK_BEFORE = own_compiled(r"(?:[%s]|\b[^\W\d_]{2,4}\.?)[^\S\n]?\Z" % regex.escape(CURRENCY_SIGNS))


def _an_amount(text: str, start: int, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    if after is not None and (after.group(1).lower() in currency_words() or after.group(1) in ISO_CODES):
        return True
    before = _MARK_BEFORE.search(text[max(0, start - 6):start])
    if before is None:
        return False
    mark = before.group().strip()
    return mark[0] in CURRENCY_SIGNS or mark in ISO_CODES or mark.lower() in SIGN_ABBREVIATIONS


def _in_a_code(text: str, start: int, end: int) -> bool:
    return bool(_CODE_BEFORE.search(text[max(0, start - 7):start]) or _CODE_AFTER.match(text, end))

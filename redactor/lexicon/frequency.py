"""English word frequencies: wordfreq's figures, without building wordfreq's dictionary.

wordfreq makes its 321,180-word English dictionary on the first lookup of a process (a tenth
of a second-long check's time).  Here the same words and frequencies are a ``FileTable`` kept
in the user's cache folder (built once per machine from wordfreq's own dictionary), and
``zipf_frequency`` reproduces ``wordfreq.zipf_frequency`` over it: wordfreq's tokenizer, its
combination of a compound's tokens and its rounding, so every answer is the same (tests compare
the two over the whole vocabulary).  Every module asks here, never wordfreq directly (a test
checks), or wordfreq's dictionary would be built after all.
"""

from __future__ import annotations

import functools
import math
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

import wordfreq
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

from redactor.lexicon.tables import FileTable, kept_table

_FREQUENCY = struct.Struct("=d")
# What ``wordfreq.zipf_frequency``'s default minimum (0 on the Zipf scale) is as a frequency.
_MINIMUM = wordfreq.zipf_to_freq(0.0)
_zipf: dict[str, float] = {}


def _frequency(row: bytes) -> float:
    return _FREQUENCY.unpack(row)[0]


@functools.cache
def english_frequencies() -> Mapping[str, float]:
    """wordfreq's English list ("best": its large list) as a read-only mapping, word ->
    frequency (the same floats as ``wordfreq.get_frequency_dict("en", "best")``)."""
    source = Path(wordfreq.available_languages("best")["en"])
    version = f"{source.name}:{zlib.crc32(source.read_bytes()):08x}"

    def rows() -> dict[str, bytes]:
        # As ``wordfreq.get_frequency_dict`` makes its dictionary: each bucket of words, in
        # order, at its frequency (a word in two buckets keeps the last).
        found: dict[str, bytes] = {}
        for index, bucket in enumerate(wordfreq.get_frequency_list("en", "best")):
            row = _FREQUENCY.pack(wordfreq.cB_to_freq(-index))
            for word in bucket:
                found[word] = row
        return found

    return kept_table("wordfreq-en", wordfreq.__file__, (version,), rows, _frequency,
                      "redactor.lexicon.frequency:english_frequencies")


def _word_frequency(word: str) -> float:
    """``wordfreq.word_frequency(word, "en", "best", _MINIMUM)``, step by step as wordfreq
    takes it (English has no inferred word breaks, so no Jieba factor)."""
    tokens = lossy_tokenize(word, "en")
    if not tokens:
        return _MINIMUM
    # The frequencies of several tokens combine as 1 / f = 1 / f1 + 1 / f2 + ...
    frequencies = english_frequencies()
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = frequencies.get(smashed)
        if freq is None:
            return _MINIMUM
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``: the same figure, English from the kept table."""
    if lang != "en":
        return wordfreq.zipf_frequency(word, lang)
    try:
        return _zipf[word]
    except KeyError:
        if len(_zipf) >= wordfreq.CACHE_SIZE:
            _zipf.clear()
        zipf = _zipf[word] = round(wordfreq.freq_to_zipf(_word_frequency(word)), 2)
        return zipf


# Languages whose everyday words are left untranslated in English transcripts ("a denuncia at
# the police", "his carnet", "the socios"); wordfreq's small list of each (a hundredth of a
# second to read, against a fifth for its large one).
OTHER_LANGUAGES = ("es", "pt", "fr", "it")


@functools.cache
def _small_list(lang: str) -> Mapping[str, float]:
    return wordfreq.get_frequency_dict(lang, "small")


def foreign_zipf(word: str) -> float:
    """The highest Zipf frequency of ``word`` (lower case) in the small word lists of
    ``OTHER_LANGUAGES``; 0 when none lists it."""
    best = max(_small_list(lang).get(word, 0.0) for lang in OTHER_LANGUAGES)
    return round(wordfreq.freq_to_zipf(best), 2) if best else 0.0

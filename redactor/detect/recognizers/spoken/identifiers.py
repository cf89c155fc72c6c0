"""Tokens that look like an identifier no other rule classified ("AX7734KQ", "novak@gmail")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redactor.detect.recognizers.spoken.base import SpokenRecognizer, wanted_entities

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

# --------------------------------------------------------------------------- unclassified ids

_UNCLASSIFIED_PATTERN = (
    r"(?P<at>(?<!\S)\S*@\S*(?!\S))"
    r"|(?P<digits>(?<![\w.,@/+\\-])\d{6,}(?![\w@/]|[.,]\d))"
    r"|(?P<code>(?<![\w@.\\-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*(?![\w@]|-\w))"
)
_VALID_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_UNIT_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|km|kg|mm|cm|gb|mb|tb|mhz|ghz|hz|x|p|h|"
                          r"min|mins|sec|kw|mw|v|w|l|ml)", re.IGNORECASE)
# A name with a model or version number ("SHA-256", "RFC5646", "MiG-29"), not an identifier.
_NAMED_NUMBER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-?\d{1,4}")
_EDGE_PUNCT = ".,;:!?)]}\"'’”"


class UnclassifiedIdRecognizer(SpokenRecognizer):
    """Tokens that look like an identifier that no other rule classified, at a low score.

    Long digit runs (6 or more digits, as no year has), words with "@" that are not valid
    e-mail addresses ("novak@gmail", "@@jan"), and long codes mixing letters and digits
    ("AX7734KQ", "FX-123456": 6 or more characters with at least 2 letters and 3 digits, so
    "covid-19", "su-25", "4k" and "2nd" stay).  The score stays under the usual threshold, so
    the core lists these as worth a second look; any detector that does classify the same
    span wins the overlap.
    """

    ENTITIES = ("UNKNOWN_ID",)
    SCORE_DIGITS = 0.25
    SCORE_CODE = 0.3
    SCORE_AT = 0.2
    MIN_CODE_CHARS = 6

    def load(self) -> None:
        super().load()
        self._pattern = re.compile(_UNCLASSIFIED_PATTERN)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not wanted_entities(entities, self.ENTITIES):
            return []
        results = []
        for m in self._pattern.finditer(text):
            start, end = m.start(), m.end()
            if m.lastgroup == "at":
                while end > start and text[end - 1] in _EDGE_PUNCT:
                    end -= 1
                while start < end and text[start] in "([{\"'‘“":
                    start += 1
                word = text[start:end]
                if _VALID_EMAIL.fullmatch(word) or sum(c.isalnum() for c in word) < 2:
                    continue
                score = self.SCORE_AT
            elif m.lastgroup == "digits":
                score = self.SCORE_DIGITS
            else:
                word = m.group()
                plain = word.replace("-", "")
                letters = sum(c.isalpha() for c in plain)
                if (len(plain) < self.MIN_CODE_CHARS or letters < 2 or len(plain) - letters < 3
                        or _UNIT_SUFFIX.fullmatch(plain) or _NAMED_NUMBER.fullmatch(word)):
                    continue
                score = self.SCORE_CODE
            results.append(self._make("UNKNOWN_ID", start, end, score, text[start:end].lower()))
        return results

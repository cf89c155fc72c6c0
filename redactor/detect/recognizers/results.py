"""The result one of redactor's own recognizers reports: a span, its type and score, why, and
which recognizer said so (the name and id Presidio's engine and the context step read)."""

from __future__ import annotations

from typing import Protocol

from presidio_analyzer import AnalysisExplanation, RecognizerResult


class _Named(Protocol):
    name: str

    @property
    def id(self) -> str: ...


def explained_result(recognizer: _Named, entity_type: str, start: int, end: int, score: float,
                     why: str) -> RecognizerResult:
    """A ``RecognizerResult`` of ``recognizer`` with its explanation and metadata."""
    return RecognizerResult(
        entity_type=entity_type, start=start, end=end, score=score,
        analysis_explanation=AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                                 textual_explanation=why),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id})

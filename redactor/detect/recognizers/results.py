"""The result one of redactor's own recognizers reports: a span, its type and score, why, and
which recognizer said so (the name and id Presidio's engine and the context step read)."""

from __future__ import annotations

from typing import Iterable, Protocol

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

# What a finder of redactor's own reports: (type, start, end, why).
Found = tuple[str, int, int, str]


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


class FinderRecognizer(LocalRecognizer):
    """A recognizer of redactor's own over a module's finder: the spans ``find`` reports of the
    wanted types, each with its type's ``score``.  A subclass names its ``entities`` and its
    ``default_name`` and defines ``find`` and ``score``."""

    name: str
    entities: tuple[str, ...] = ()
    default_name = ""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=list(self.entities), name=name or self.default_name,
                         supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the patterns and lists are read on first use."""

    def find(self, text: str) -> Iterable[Found]:
        raise NotImplementedError

    def score(self, entity_type: str) -> float:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts=None) -> list[RecognizerResult]:
        wanted = set(entities or self.supported_entities)
        return [explained_result(self, kind, start, end, self.score(kind), why)
                for kind, start, end, why in self.find(text) if kind in wanted]

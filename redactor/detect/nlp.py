"""The spaCy side of detection: a pipeline that runs only what detection reads, and the context step.

Detection reads three things from spaCy: the named entities (Presidio's ``SpacyRecognizer`` and the
name gazetteer's "not a person" spans), the token offsets, and one word per token for Presidio's
context words (``LemmaContextAwareEnhancer``).  The tagger, parser, attribute ruler and lemmatizer
of a stock pipeline cost about half of its time and feed none of these, so they are not loaded:
the pipeline keeps its NER, any entity ruler, and the shared embedding layer only when the NER
listens to it.  The context word of a token is its lower-cased text instead of its lemma: context
matching is by substring, so "phones", "called" or "lived" still contain "phone", "call", "live"
(and "lived", "moved", "posted" - context words a lemma never contained - now match).

Presidio's enhancer looks a result's token up by a walk over every token and its context words up
in a list, which is quadratic in a long text; ``IndexedContextEnhancer`` does the same lookups by
bisection and in a set.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import numpy
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, NORM, ORTH, SPACY
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from redactor.detect.ner_focus import Focus, ner_focus
from redactor.project.config import DEFAULT_MODEL
from redactor.project.kept_re import ImportWindow

# Factories whose output the entities depend on; everything else is left out of the pipeline.
_ENTITY_FACTORIES = frozenset({"ner", "beam_ner", "entity_ruler", "span_ruler"})
_EMBEDDING_FACTORIES = frozenset({"tok2vec", "transformer", "curated_transformer"})


def _config_path(model: str) -> Path | None:
    import spacy.util

    root = Path(model).expanduser()
    if not root.is_dir():
        root = spacy.util.get_package_path(model)
    if (root / "config.cfg").is_file():
        return root / "config.cfg"
    return next(iter(sorted(root.glob("*/config.cfg"))), None)


def components_not_needed(config: Any) -> list[str]:
    """Components of a pipeline config that detection does not need (none if it has no NER)."""
    pipeline = list(config["nlp"]["pipeline"])
    components = config["components"]
    factories = {name: components[name].get("factory", "") for name in pipeline}
    keep = {name for name, factory in factories.items() if factory in _ENTITY_FACTORIES}
    if not keep:
        return []
    for name in list(keep):
        embedding = components[name].get("model", {}).get("tok2vec", {})
        if "Listener" in str(embedding.get("@architectures", "")):
            upstream = embedding.get("upstream", "*")
            keep |= {n for n, f in factories.items()
                     if f in _EMBEDDING_FACTORIES and upstream in ("*", n)}
    return [name for name in pipeline if name not in keep]


# spaCy makes a pipeline's tokenizer twice: from the language's defaults (its ~2,700 special
# cases and affix patterns; a third of the model's load) and then again from the pipeline's saved
# tokenizer, whose loading first resets every setting the first one made (``Tokenizer.from_bytes``:
# rules, affix and match patterns; the vocabulary is reset by its own loading, which comes
# first).  A pipeline that saved its tokenizer and makes it with spaCy's own factory is given an
# empty one to fill instead: the same tokenizer after loading, made once.
_STOCK_TOKENIZER = "spacy.Tokenizer.v1"
_SAVED_TOKENIZER = "redactor.SavedTokenizer.v1"


def _empty_tokenizer() -> Callable[[Any], Tokenizer]:
    """The tokenizer factory of ``_SAVED_TOKENIZER``: a tokenizer with no settings, which the
    pipeline's saved one fills."""

    def make(nlp: Any) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def _tokenizer_overrides(config: Any, path: Path) -> dict[str, Any]:
    """The config overrides that make a pipeline's tokenizer once (see ``_SAVED_TOKENIZER``):
    none unless its config asks for spaCy's stock tokenizer and its folder holds a saved one."""
    from spacy.util import registry

    made_by = config.get("nlp", {}).get("tokenizer", {}).get("@tokenizers")
    if made_by != _STOCK_TOKENIZER or not (path.parent / "tokenizer").is_file():
        return {}
    registry.tokenizers.register(_SAVED_TOKENIZER, func=_empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": _SAVED_TOKENIZER}}}


def _model_patterns(model: str) -> contextlib.AbstractContextManager[Any]:
    """Where the default model's tokenizer compiles its affix and match patterns (a tenth of its
    load): rebuilt from the forms an earlier run kept (``kept_re``, a table of their own).  The
    default model is public; another model's patterns are compiled as ``re`` compiles them."""
    if model != DEFAULT_MODEL:
        return contextlib.nullcontext()
    return ImportWindow("re-model", churn=0)


class _Artifacts(NlpArtifacts):
    """Presidio's artifacts plus what makes the context lookups cheap: token ends and keyword set."""

    def __init__(self, token_ends: list[int], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token_ends = token_ends
        self.keyword_set = frozenset(self.keywords)

    @staticmethod
    def set_keywords(nlp_engine, lemmas: list[str], language: str) -> list[str]:
        """Presidio's keywords (each word not a stop word or punctuation, split at colons), with
        each distinct word judged once per engine instead of once per token."""
        if not isinstance(nlp_engine, EntitiesOnlyNlpEngine):
            return NlpArtifacts.set_keywords(nlp_engine, lemmas, language)
        return nlp_engine.keywords(lemmas, language)


# Distinct words whose keyword parts an engine remembers; past this the memory starts afresh.
_KEYWORDS_KEPT = 5_000


class EntitiesOnlyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over a pipeline cut down to its entity recognizer."""

    _keyword_parts: dict[str, dict[str, tuple[str, ...]]]  # language -> word -> its keywords

    def keywords(self, lemmas: list[str], language: str) -> list[str]:
        """What Presidio's ``NlpArtifacts.set_keywords`` gives for ``lemmas``: the lower-cased
        words that are neither stop words nor punctuation (nor "-PRON-", "be"), split at
        colons.  The test is the vocabulary's, so it depends on the word alone: it is made once
        per distinct word (a transcript's words repeat), not once per token."""
        parts_of = self.__dict__.setdefault("_keyword_parts", {}).setdefault(language, {})
        if len(parts_of) > _KEYWORDS_KEPT:
            parts_of.clear()
        found: list[str] = []
        for word in lemmas:
            parts = parts_of.get(word)
            if parts is None:
                keep = not (self.is_stopword(word, language) or self.is_punct(word, language)
                            or word in ("-PRON-", "be"))
                parts = parts_of[word] = tuple(word.lower().split(":")) if keep else ()
            found.extend(parts)
        return found

    def load(self) -> None:
        import spacy
        import spacy.util

        loaded = {}
        for model in self.models:
            self._validate_model_params(model)
            config = _config_path(model["model_name"])
            settings = spacy.util.load_config(config) if config else None
            exclude = components_not_needed(settings) if settings else []
            overrides = _tokenizer_overrides(settings, config) if settings and config else {}
            with _model_patterns(model["model_name"]):
                loaded[model["lang_code"]] = spacy.load(model["model_name"], exclude=exclude, config=overrides)
        self.nlp = loaded  # type: ignore[assignment]  # Presidio declares it None until loaded

    def process_focused(self, texts: Sequence[str], whole_lines: Sequence[Sequence[bool]], language: str,
                        batch_size: int) -> Iterator[tuple[str, NlpArtifacts]]:
        """``process_batch`` for texts in order, the NER reading of each only the sentences that
        could hold an entity detection keeps, with their context, and the lines marked in its
        ``whole_lines`` (``redactor.detect.ner_focus``); every text is tokenized whole, so the
        context words and token offsets are the whole text's."""
        nlp = self.nlp[language]  # type: ignore[index]
        wholes, inputs, foci = [], [], []
        for text, lines in zip(texts, whole_lines):
            doc = nlp.make_doc(text)
            focus = ner_focus(text, doc.to_array(IDX).tolist(), lines) if len(doc) else None
            wholes.append(doc)
            foci.append(focus)
            inputs.append(doc if focus is None else _read_part(doc, focus))
        for doc, focus, read in zip(wholes, foci, nlp.pipe(inputs, batch_size=batch_size)):
            if focus is not None:
                doc.set_ents(_entities_read(doc, focus, read))
            yield doc.text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc),
                                                      self._get_scores_for_entities(doc))
        starts, ends, lowered = [], [], []
        for token in doc:  # once: each step over a Doc makes a Python object per token
            starts.append(token.idx)
            ends.append(token.idx + len(token))
            lowered.append(token.lower_)
        return _Artifacts(entities=entities, tokens=doc, tokens_indices=starts, token_ends=ends,
                          lemmas=lowered, nlp_engine=self, language=language, scores=scores)


def _read_part(doc: Doc, focus: Focus) -> Doc:
    """The tokens of ``doc`` the NER reads, as one Doc: each token as the whole text's tokenizer
    made it (its text, its norm - "n't" is "not" - and the space after it).  Built from the
    token arrays: slicing each range into a Doc of its own and joining them costs as much as
    the NER saves."""
    if not focus.read:
        return Doc(doc.vocab, words=[])
    rows = doc.to_array([ORTH, NORM, SPACY])[numpy.concatenate([numpy.arange(i, j) for i, j in focus.read])]
    strings = doc.vocab.strings
    part = Doc(doc.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()],
               spaces=[bool(space) for space in rows[:, 2].tolist()])
    part.from_array([NORM], rows[:, 1:2].copy())
    return part


def _entities_read(doc: Doc, focus: Focus, read: Doc) -> list[Span]:
    """The entities the NER found in ``read`` (the focused text) as spans of the whole ``doc``;
    one wholly in the context around the sentences kept is dropped, and one that would run over
    a cut ends there."""
    index = focus.tokens()
    spans = []
    for entity in read.ents:
        first, end = index[entity.start], index[entity.start] + 1
        for k in range(entity.start + 1, entity.end):
            if index[k] != end:
                break
            end += 1
        if focus.holds(first, end):
            spans.append(Span(doc, first, end, label=entity.label))
    return spans


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer with its two lookups made logarithmic and constant.

    Presidio deep-copies every result (its explanation and metadata too) before it enhances
    any; only a result of a recognizer with context words, not yet enhanced by its recognizer,
    can change, and only its score and explanation, so only those results are copied, and only
    as deep as that; the others are passed on as they are, in the same order.
    """

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        with_context = {r.id: r for r in recognizers if r.context}
        key, done = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
        extra = [word.lower() for word in context or ()]
        results = []
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = with_context.get(metadata.get(key))
            if recognizer is None or metadata.get(done):
                results.append(result)
                continue
            # A copy is enhanced, as Presidio's does; only its score and explanation change.
            result = copy.copy(result)
            result.analysis_explanation = copy.copy(result.analysis_explanation)
            words = self._extract_surrounding_words(nlp_artifacts, text[result.start:result.end], result.start)
            words.extend(extra)
            supporting = self._find_supportive_word_in_context(words, recognizer.context, self.context_matching_mode)
            if supporting != "":
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation.set_supportive_context_word(supporting)
                result.analysis_explanation.set_improved_score(result.score)
            results.append(result)
        return results

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        if not isinstance(nlp_artifacts, _Artifacts) or not nlp_artifacts.tokens:
            return super()._extract_surrounding_words(nlp_artifacts, word, start)
        index = bisect.bisect_right(nlp_artifacts.token_ends, start)
        if index >= len(nlp_artifacts.token_ends):
            raise ValueError("a result starts after the last token")
        lemmas, keywords = nlp_artifacts.lemmas, nlp_artifacts.keyword_set
        # Presidio only tests membership in its keyword list, so a set does the same job.
        words = self._add_n_words(index, self.context_prefix_count, lemmas, keywords, True)  # type: ignore[arg-type]
        words += self._add_n_words(index, self.context_suffix_count, lemmas, keywords, False)  # type: ignore[arg-type]
        return list(set(words))

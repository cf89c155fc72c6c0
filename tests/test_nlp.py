"""The cut-down spaCy pipeline and the indexed context step (redactor.detect.nlp)."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.nlp import (
    _SAVED_TOKENIZER,
    IndexedContextEnhancer,
    _config_path,
    _tokenizer_overrides,
    components_not_needed,
)


def _config(pipeline, listener: bool) -> dict:
    embedding = ({"@architectures": "spacy.Tok2VecListener.v1", "upstream": "*"} if listener
                 else {"@architectures": "spacy.Tok2Vec.v2"})
    factories = {"tok2vec": "tok2vec", "tagger": "tagger", "parser": "parser", "ner": "ner",
                 "lemmatizer": "lemmatizer", "entity_ruler": "entity_ruler"}
    components = {name: {"factory": factories[name], "model": {}} for name in pipeline}
    if "ner" in components:
        components["ner"]["model"] = {"tok2vec": embedding}
    return {"nlp": {"pipeline": list(pipeline)}, "components": components}


@pytest.mark.parametrize("pipeline, listener, dropped", [
    # en_core_web_sm: the NER has its own embedding layer.
    (["tok2vec", "tagger", "parser", "lemmatizer", "ner"], False, ["tok2vec", "tagger", "parser", "lemmatizer"]),
    # A pipeline whose NER listens to the shared layer keeps that layer.
    (["tok2vec", "tagger", "parser", "ner"], True, ["tagger", "parser"]),
    # An entity ruler adds entities: kept.
    (["tok2vec", "entity_ruler", "ner", "lemmatizer"], False, ["tok2vec", "lemmatizer"]),
    # No entity recognizer at all: nothing is cut (the pipeline is the user's choice).
    (["tok2vec", "tagger"], False, []),
])
def test_components_not_needed(pipeline, listener, dropped):
    assert components_not_needed(_config(pipeline, listener)) == dropped


def test_the_run_loads_only_the_entity_recognizer(redactor_default):
    nlp = redactor_default.detector.engine.nlp_engine.get_nlp("en")
    assert nlp.pipe_names == ["ner"]
    doc = nlp("Marta Kowalczyk flew to Gdynia.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Marta Kowalczyk", "PERSON"), ("Gdynia", "GPE")]


def test_the_saved_tokenizer_is_made_once_and_tokenizes_as_spacys_own(redactor_default, tmp_path):
    """The run's tokenizer is made empty and filled from the pipeline's saved one, not made from
    the language's defaults first: the same settings, the same tokens as spaCy's stock load."""
    import spacy
    import spacy.util

    from redactor.project.config import DEFAULT_MODEL

    nlp = redactor_default.detector.engine.nlp_engine.get_nlp("en")
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": _SAVED_TOKENIZER}
    stock = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                               "lemmatizer", "ner"])
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    text = ("INTERVIEWER: So you'd call him Mr. O'Neill?\nSOURCE: Yeah, at 5:30am, e-mail j.doe@x.org "
            "or http://x.org/a-b, can't say. U.K. lads, £40k, 3rd-floor, (aged 42)...")
    assert [(t.text, t.idx, t.norm_) for t in nlp.make_doc(text)] == \
        [(t.text, t.idx, t.norm_) for t in stock.make_doc(text)]
    # a pipeline with another tokenizer, or none saved, keeps its own way
    config = spacy.util.load_config(_config_path(DEFAULT_MODEL))
    assert _tokenizer_overrides(config, _config_path(DEFAULT_MODEL)) == \
        {"nlp": {"tokenizer": {"@tokenizers": _SAVED_TOKENIZER}}}
    (tmp_path / "config.cfg").write_text("")
    assert _tokenizer_overrides(config, tmp_path / "config.cfg") == {}  # no saved tokenizer
    (tmp_path / "tokenizer").write_bytes(b"")
    config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.zh.ChineseTokenizer"}
    assert _tokenizer_overrides(config, tmp_path / "config.cfg") == {}


def test_the_default_models_tokenizer_patterns_are_kept_and_rebuilt_the_same(tmp_path, monkeypatch):
    """The default model's tokenizer patterns are kept in a table of their own (public: the
    shipped model's) and rebuilt from it in the next load; another model's never are."""
    import contextlib

    import spacy

    from redactor.detect.nlp import _model_patterns
    from redactor.project import kept_re
    from redactor.project.config import DEFAULT_MODEL
    from redactor.project.files import read_cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert isinstance(_model_patterns("en_core_web_lg"), contextlib.nullcontext)
    everything = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
    with _model_patterns(DEFAULT_MODEL):
        first = spacy.load(DEFAULT_MODEL, exclude=everything)
    kept = read_cached(kept_re._cache_file("re-model"))
    suffixes = first.tokenizer.suffix_search.__self__.pattern
    assert suffixes in {entry[0] for entry in kept}
    rebuilt = []
    monkeypatch.setattr(kept_re, "rebuilt", lambda entry, made=kept_re.rebuilt: rebuilt.append(entry[0]) or made(entry))
    with _model_patterns(DEFAULT_MODEL):
        again = spacy.load(DEFAULT_MODEL, exclude=everything)
    assert suffixes in rebuilt
    assert again.tokenizer.to_bytes(exclude=["vocab"]) == first.tokenizer.to_bytes(exclude=["vocab"])
    text = "SOURCE: He's at 5:30am (U.K.), e-mail j.doe@x.org; can't say... £40k."
    assert [t.text for t in again.make_doc(text)] == [t.text for t in first.make_doc(text)]


def _weak_codes(context: list[str]) -> PatternRecognizer:
    return PatternRecognizer(supported_entity="CODE", name="WeakCode", context=context,
                             patterns=[Pattern("code", r"\b\d{5}\b", 0.1)])


def _scores(enhancer, redactor, text: str, recognizer: PatternRecognizer) -> list[float]:
    artifacts = redactor.detector.engine.nlp_engine.process_text(text, "en")
    found = recognizer.analyze(text, ["CODE"], artifacts)
    return [round(r.score, 2) for r in enhancer.enhance_using_context(text, found, artifacts, [recognizer])]


@pytest.mark.parametrize("text, context, score", [
    ("Her phones were 55512.", "phone", 0.45),
    ("We lived at 10234.", "lived", 0.45),  # the lemma "live" never contained "lived"
    ("It cost 20000.", "phone", 0.1),
])
def test_an_inflected_context_word_raises_the_score(redactor_default, text, context, score):
    assert _scores(IndexedContextEnhancer(), redactor_default, text, _weak_codes([context])) == [score]


def test_indexed_lookups_agree_with_presidios_walk(redactor_default):
    # Many results in one text, some sharing a token with their context word ("phone:12345").
    words = ["phone", "the", "call", "number", "said", "phone:", "ring", "van", "was", "a"]
    text = " ".join(f"{words[i % len(words)]} {10000 + i * 37}" for i in range(400))
    recognizer = _weak_codes(["phone", "call", "ring", "van"])
    ours = _scores(IndexedContextEnhancer(), redactor_default, text, recognizer)
    presidio = _scores(LemmaContextAwareEnhancer(), redactor_default, text, recognizer)
    assert len(ours) == len(re.findall(r"\b\d{5}\b", text))
    assert ours == presidio
    assert 0.1 in ours and 0.45 in ours


def test_keywords_are_presidios_each_word_judged_once(redactor_default):
    engine = redactor_default.detector.engine.nlp_engine
    text = "The phone: 12345, the PHONE again; and mail:box - it was the van's plate. The van, the van."
    artifacts = engine.process_text(text, "en")
    assert artifacts.keywords == NlpArtifacts.set_keywords(engine, artifacts.lemmas, "en")
    assert artifacts.keywords.count("van") == 3 and artifacts.keywords.count("phone") == 2
    assert "plate" in artifacts.keywords and "mail" in artifacts.keywords and "box" in artifacts.keywords
    # Stop words ("the", "was", "it", "'s") and punctuation are not keywords.
    assert not {"the", "was", "it", "'s", ",", ":", "-"} & set(artifacts.keywords)
    assert engine.process_text(text, "en").keywords == artifacts.keywords  # asked again: the same


def test_only_the_enhanced_results_are_copies_and_the_raw_ones_stay_as_they_were(redactor_default):
    text = "Her phones were 55512. The market in the old town was quiet that winter and bread cost 20000."
    recognizer = _weak_codes(["phone"])
    artifacts = redactor_default.detector.engine.nlp_engine.process_text(text, "en")
    raw = recognizer.analyze(text, ["CODE"], artifacts)
    spoken = type(raw[0])(entity_type="CODE", start=0, end=3, score=0.3, recognition_metadata={
        "recognizer_identifier": recognizer.id, "recognizer_name": recognizer.name, "is_score_enhanced_by_context": True})
    ours = IndexedContextEnhancer().enhance_using_context(text, [*raw, spoken], artifacts, [recognizer])
    presidio = LemmaContextAwareEnhancer().enhance_using_context(text, [*raw, spoken], artifacts, [recognizer])
    assert [(r.start, r.end, round(r.score, 2)) for r in ours] == [(16, 21, 0.45), (87, 92, 0.1), (0, 3, 0.3)]
    assert [(r.start, r.end, r.score) for r in ours] == [(r.start, r.end, r.score) for r in presidio]
    assert ours[0].analysis_explanation.supportive_context_word == "phone"
    assert ours[0].analysis_explanation.score == presidio[0].analysis_explanation.score
    assert ours[1].analysis_explanation.supportive_context_word == ""
    assert [round(r.score, 2) for r in raw] == [0.1, 0.1]  # the recognizer's own results unchanged
    assert raw[0].analysis_explanation.supportive_context_word == ""
    assert ours[2] is spoken  # already weighed by its recognizer: passed on as it is

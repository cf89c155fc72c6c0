"""Presidio imported by the CLI without compiling its recognizers' patterns only to throw them away."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh process (Presidio is imported once per process): counts the patterns of
# Presidio's predefined recognizers that ``regex`` compiles while the CLI is imported, then
# whether a bad pattern made afterwards is still refused.
_PROBE = """
import json, regex
compiled = []
original = regex.compile
def counting(pattern, *args, **kwargs):
    compiled.append(pattern)
    return original(pattern, *args, **kwargs)
regex.compile = counting
import redactor.cli
regex.compile = original
import presidio_analyzer
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, EmailRecognizer, UrlRecognizer
own = [p.regex for r in (CreditCardRecognizer, EmailRecognizer, UrlRecognizer) for p in r.PATTERNS]
try:
    Pattern("broken", "(unclosed", 0.5)
    refused = False
except ValueError:
    refused = True
print(json.dumps({"own": len(own), "compiled": sum(p in compiled for p in own), "refused": refused,
                  "bound": presidio_analyzer.pattern.Pattern is Pattern}))
"""


def test_the_cli_imports_presidio_without_compiling_its_patterns_and_a_bad_pattern_is_still_refused():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True,
                          cwd=ROOT.parent)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["own"] > 0 and seen["compiled"] == 0
    assert seen["refused"] and seen["bound"]


def test_a_web_address_and_a_card_number_are_still_found_by_the_cli(tmp_path):
    # Presidio's recognizers run with the patterns redactor compiled for them (a fresh process,
    # as a user's: the tests' own process imported Presidio before any of this).
    text = "Send it to https://example.org/leaks/drop or pay with 4111 1111 1111 1111 today.\n"
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "redactor", "scan", "--format", "json", str(path)], env=env,
                          capture_output=True, text=True, check=True, cwd=ROOT.parent)
    findings = json.loads(done.stdout)["files"][0]["findings"]
    found = {(f["entity_type"], text[f["start"]:f["end"]]) for f in findings}
    assert ("URL", "https://example.org/leaks/drop") in found
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in found

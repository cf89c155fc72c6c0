"""The wheel carries the rule packs, the name list and the templates, and finds them without the repo."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_ships_rule_packs_and_data_found_at_run_time(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    [wheel] = tmp_path.glob("redactor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = {p.name for p in (ROOT / "rules").glob("*.yaml")}
    assert {f"redactor/rules/{p}" for p in packs} <= names
    assert {"redactor/data/names.tsv.gz", "redactor/data/international_words.txt.gz",
            "redactor/templates/redactor.yaml",
            "redactor/report/review_template.html"} <= names

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("from redactor.detect.packs import builtin_rules_dir, builtin_pack_names; "
            "from redactor.detect.recognizers.names import default_gazetteer; "
            "print(builtin_rules_dir()); print(','.join(builtin_pack_names())); print(len(default_gazetteer()))")
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, check=True,
                         capture_output=True, text=True).stdout.split("\n")
    assert Path(out[0]).is_relative_to(unpacked)
    assert set(out[1].split(",")) == {p[:-5] for p in packs}
    assert int(out[2]) > 50_000

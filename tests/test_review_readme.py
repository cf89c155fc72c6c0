"""The README's everyday commands, run as written in a fresh folder with no key set.

Every ``bash`` block under the everyday headings is run with ``python -m redactor`` for
``redactor``, in a temporary folder holding ``interviews/`` (the sample interview) and
``interview.txt``, with neither ``REDACTOR_KEY`` nor ``CI`` set: a journalist following the
README must get results, not errors.  The one file a person makes by hand on the way (the
decisions the review page exports) is written here as the page writes it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from redactor.project.keys import key_file, project_key
from redactor.refine.decisions import key_check

ROOT = Path(__file__).resolve().parent.parent
EVERYDAY = ("Everyday use", "Protect a named source", "The editor's review page")
_BLOCK = re.compile(r"```bash\n(.*?)```", re.S)


def everyday_blocks(readme: str) -> list[tuple[str, str]]:
    """(heading, block) for each bash block directly under an everyday ``##`` heading."""
    out = []
    for section in re.split(r"^(?=#{2,3} )", readme, flags=re.M):
        heading = section.splitlines()[0].lstrip("#").strip() if section.strip() else ""
        if section.startswith("## ") and heading in EVERYDAY:
            out += [(heading, block) for block in _BLOCK.findall(section)]
    return out


def as_module(block: str) -> str:
    return re.sub(r"^redactor ", f"{sys.executable} -m redactor ", block, flags=re.M)


def test_the_readme_has_everyday_blocks_to_run():
    blocks = everyday_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert [h for h, _ in blocks] == ["Everyday use", "Protect a named source",
                                      "The editor's review page", "The editor's review page"]


def test_everyday_readme_commands_work_as_written_without_a_key(tmp_path):
    shutil.copytree(ROOT / "examples", tmp_path / "interviews",
                    ignore=shutil.ignore_patterns("redactor.yaml"))
    sample = (tmp_path / "interviews" / "interview-officer.md").read_text(encoding="utf-8")
    (tmp_path / "interview.txt").write_text(sample, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("REDACTOR_KEY", "CI")}
    env["PYTHONPATH"] = str(ROOT)
    outputs = {}
    for heading, block in everyday_blocks((ROOT / "README.md").read_text(encoding="utf-8")):
        if "--decisions redactor-decisions.json" in block:
            # What "Export decisions" on the page writes when the editor changed nothing.
            key = project_key({}, home=tmp_path / "interviews", create=False)
            (tmp_path / "redactor-decisions.json").write_text(json.dumps(
                {"format": "redactor-decisions", "version": 2, "key_check": key_check(key),
                 "files": [], "decisions": []}), encoding="utf-8")
        done = subprocess.run(["bash", "-e", "-c", as_module(block)], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{heading}: exit {done.returncode}: {done.stderr[-2000:]}"
        outputs[block] = done

    scan_json = next(o.stdout for b, o in outputs.items() if "--format json" in b)
    # The first block prints the table, then the JSON, then the redacted file on screen.
    assert '"path": "interviews/interview-officer.md"' in scan_json
    assert '"replacement": "[PERSON 1]"' in scan_json
    report = json.loads((tmp_path / "scrubbed" / "redaction-report.json").read_text(encoding="utf-8"))
    assert report["states"]["scanned"] == 1 and report["decisions"]["issues"] == []
    redacted = (tmp_path / "scrubbed" / "interview-officer.md").read_text(encoding="utf-8")
    assert "Volkov" not in redacted and "[PERSON 1]" in redacted
    assert (tmp_path / "interviews" / "redactor.yaml").is_file()
    page = tmp_path / "review.html"
    assert stat.S_IMODE(page.stat().st_mode) == 0o600 and "review-data" in page.read_text(encoding="utf-8")
    key = key_file(tmp_path / "interviews")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    ignored = subprocess.run(["git", "check-ignore", "-q", str(key)], cwd=tmp_path)
    assert ignored.returncode in (0, 128)  # 128: not in a git repository here
    assert ".redactor/" in (tmp_path / "interviews" / ".gitignore").read_text(encoding="utf-8")

"""The pre-commit hook: a commit adding a watchlisted name is blocked, a clean commit passes.

The hook runs from this checkout (a `repo: local` hook built from our `.pre-commit-hooks.yaml`
with the entry pointed at this interpreter) through the pre-commit framework when it is
installed, else through a plain git hook script doing the same.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT_DIR = Path(__file__).resolve().parent.parent
MANIFEST = ROOT_DIR / ".pre-commit-hooks.yaml"
KEY = "precommit-test-key"
LEAKS = ("Anton Bykov", "Bykov", "anton")


def _hook() -> dict:
    (hook,) = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return hook


def test_manifest_declares_the_hook():
    hook = _hook()
    assert (hook["id"], hook["entry"], hook["language"]) == ("redactor-check", "redactor check", "python")
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    for name in ("a.txt", "b.md", "c.srt", "d.vtt", "e.json", "f.docx", "drafts/g.TXT".lower()):
        assert files.search(name) and not exclude.search(name)
    for name in ("setup.py", "photo.png", "notes.txt.bak"):
        assert not files.search(name)
    for name in (".redactor-baseline.json", "sub/.redactor-watchlist.json"):
        assert exclude.search(name)


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "REDACTOR_KEY": KEY,
        "CI": "true",
        "PYTHONPATH": str(ROOT_DIR) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }


def _run(args: list[str], cwd: Path, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=300)


def _install_hook(repo: Path, env: dict[str, str]) -> str:
    """Install the hook; return which mechanism runs it."""
    entry = f"{shlex.quote(sys.executable)} -m redactor check"
    if importlib.util.find_spec("pre_commit") is not None:
        manifest = _run([sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)], repo, env)
        assert manifest.returncode == 0, "the hook manifest does not validate"
        hook = {**_hook(), "entry": entry, "language": "system"}
        hook.pop("minimum_pre_commit_version", None)
        config = {"repos": [{"repo": "local", "hooks": [hook]}]}
        (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        installed = _run([sys.executable, "-m", "pre_commit", "install"], repo, env)
        assert installed.returncode == 0, "pre-commit install failed"
        return "pre-commit"
    suffixes = " ".join(f"'*{s}'" for s in (".txt", ".md", ".markdown", ".srt", ".vtt", ".json", ".docx"))
    script = repo / ".git" / "hooks" / "pre-commit"
    script.write_text(
        "#!/bin/sh\n"
        f"files=$(git diff --cached --name-only --diff-filter=ACMR -- {suffixes})\n"
        '[ -z "$files" ] && exit 0\n'
        f"exec {entry} $files\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return "git hook"


def test_commit_with_a_watchlisted_name_is_blocked_and_a_clean_one_passes(tmp_path):
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    env = _env(tmp_path)
    assert _run(["git", "init", "-q"], repo, env).returncode == 0
    (repo / "redactor.yaml").write_text("packs: [public]\nner: false\n", encoding="utf-8")
    (repo / "drafts" / "outline.md").write_text("# Outline\n\nThe source met us twice.\n", encoding="utf-8")
    added = _run([sys.executable, "-m", "redactor", "protect", "add", "-"], repo, env, stdin="Anton Bykov\n")
    assert added.returncode == 0
    mechanism = _install_hook(repo, env)

    assert _run(["git", "add", "-A"], repo, env).returncode == 0
    first = _run(["git", "commit", "-q", "-m", "outline"], repo, env)
    assert first.returncode == 0, f"clean first commit blocked ({mechanism})"

    draft = repo / "drafts" / "interview.txt"
    draft.write_text("Notes\nWe met Anton Bykov near the station.\n", encoding="utf-8")
    _run(["git", "add", "drafts/interview.txt"], repo, env)
    blocked = _run(["git", "commit", "-m", "interview"], repo, env)
    assert blocked.returncode != 0, f"commit with a watchlisted name went through ({mechanism})"
    shown = blocked.stdout + blocked.stderr
    assert "drafts/interview.txt:2:8: PERSON/watchlist: PERSON, 11 chars" in shown
    for value in LEAKS:
        for form in (value, value.lower(), value.upper()):
            assert form not in shown, f"the hook output shows a protected value ({mechanism})"
    log = _run(["git", "log", "--format=%s"], repo, env).stdout.split()
    assert log == ["outline"]

    draft.write_text("Notes\nWe met [PERSON 1] near the station.\n", encoding="utf-8")
    _run(["git", "add", "drafts/interview.txt"], repo, env)
    passed = _run(["git", "commit", "-q", "-m", "interview"], repo, env)
    assert passed.returncode == 0, f"clean commit blocked ({mechanism})"

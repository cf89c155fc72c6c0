"""A built-in rule pack is read from the form an earlier run kept (redactor.detect.packs): the
same recognizers without parsing its YAML again; a user's own pack is never kept."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from redactor.detect import packs
from redactor.project.yamlfile import load_yaml

USER_PACK = """
description: a newsroom's own words
vocabulary:
  units: [north depot, south depot]
recognizers:
  - name: a depot of ours
    supported_entity: ORGANIZATION
    patterns:
      - name: depot
        regex: "\\\\b{{units}}\\\\b"
        score: 0.6
"""


def _described(pack: packs.RulePack) -> list[tuple]:
    rows: list[tuple] = [(pack.name, pack.description, pack.keep, pack.keep_acronyms)]
    for rec in pack.recognizers:
        rows.append((packs.recognizer_name(rec), tuple(rec.supported_entities), tuple(rec.context or ())))
        rows.extend((p.name, p.regex, p.score, p.compiled_with_flags) for p in rec.patterns)
    return rows


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_builtin_pack_is_loaded_again_from_its_kept_form(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = packs.resolve_pack("roles", None)
    first = packs.load_pack(path)
    assert list(fresh_cache.glob("redactor/pack-roles-*"))

    def no_parse(_path: Path) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(packs, "load_yaml", no_parse)
    again = packs.load_pack(path)
    assert _described(again) == _described(first)


def test_a_changed_builtin_file_is_parsed_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = packs.resolve_pack("ages", None)
    packs.load_pack(path)
    assert len(list(fresh_cache.glob("redactor/pack-ages-*"))) == 1
    # the kept form is the file's, by its content: another content finds none
    made = packs._pack_file
    monkeypatch.setattr(packs, "_pack_file", lambda p, content: made(p, content + b"# another content"))
    parsed = []
    monkeypatch.setattr(packs, "load_yaml", lambda p: parsed.append(p) or load_yaml(p))
    packs.load_pack(path)
    assert parsed == [path] and len(list(fresh_cache.glob("redactor/pack-ages-*"))) == 2


def test_a_users_pack_is_never_kept(fresh_cache: Path, tmp_path: Path) -> None:
    own = tmp_path / "ours.yaml"
    own.write_text(USER_PACK, encoding="utf-8")
    pack = packs.load_pack(own)
    assert [p.name for rec in pack.recognizers for p in rec.patterns] == ["depot"]
    assert not list(fresh_cache.glob("redactor/pack-ours-*"))
    assert not any(b"depot" in kept.read_bytes() for kept in fresh_cache.glob("redactor/*"))


def test_each_content_is_kept_apart_and_only_the_files_own_is_read(fresh_cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Every content of a pack has a file of its own: a run reads its packs' current contents
    only, however many others copies and versions of redactor (or edits) kept; theirs stay."""
    path = packs.resolve_pack("ages", None)
    packs.load_pack(path)
    (kept_file,) = fresh_cache.glob("redactor/pack-ages-*")
    current = marshal.loads(kept_file.read_bytes())
    older = packs._pack_file(path, b"an earlier content of ages.yaml")
    older.write_bytes(marshal.dumps({"recognizers": [], "description": "x" * 1_000_000}))
    read = []
    real = packs.read_cached
    monkeypatch.setattr(packs, "read_cached", lambda p: read.append(p) or real(p))
    assert packs._kept_pack(path) == current
    assert read == [kept_file] and older.exists()  # left for the copy it is another's

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
    packs._kept_packs.cache_clear()
    yield tmp_path / "cache"
    packs._kept_packs.cache_clear()


def test_a_builtin_pack_is_loaded_again_from_its_kept_form(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = packs.resolve_pack("roles", None)
    first = packs.load_pack(path)
    assert list(fresh_cache.glob("redactor/packs-*"))

    def no_parse(_path: Path) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(packs, "load_yaml", no_parse)
    packs._kept_packs.cache_clear()
    again = packs.load_pack(path)
    assert _described(again) == _described(first)


def test_a_changed_builtin_file_is_parsed_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = packs.resolve_pack("ages", None)
    packs.load_pack(path)
    table = marshal.loads(next(fresh_cache.glob("redactor/packs-*")).read_bytes())
    # the kept form is the file's, by its content: another content finds none
    monkeypatch.setattr(packs, "_pack_key", lambda p: f"{p.name}:another content")
    parsed = []
    monkeypatch.setattr(packs, "load_yaml", lambda p: parsed.append(p) or load_yaml(p))
    packs._kept_packs.cache_clear()
    packs.load_pack(path)
    assert parsed == [path] and any(key.startswith("ages.yaml:") for key in table)


def test_a_users_pack_is_never_kept(fresh_cache: Path, tmp_path: Path) -> None:
    own = tmp_path / "ours.yaml"
    own.write_text(USER_PACK, encoding="utf-8")
    pack = packs.load_pack(own)
    assert [p.name for rec in pack.recognizers for p in rec.patterns] == ["depot"]
    kept = list(fresh_cache.glob("redactor/packs-*"))
    assert not kept or not any(key.startswith("ours.yaml") for key in marshal.loads(kept[0].read_bytes()))


def test_only_the_builtin_files_as_they_are_now_are_held(fresh_cache: Path) -> None:
    path = packs.resolve_pack("ages", None)
    packs.load_pack(path)
    (kept_file,) = fresh_cache.glob("redactor/packs-*")
    table = marshal.loads(kept_file.read_bytes())
    current = packs._pack_key(path)
    older = f"{path.name}:{'0' * 64}"  # the same file with an earlier content
    table[older] = table[current]
    kept_file.write_bytes(marshal.dumps(table))
    packs._kept_packs.cache_clear()
    held = packs._kept_packs()
    assert current in held and older not in held
    assert packs._kept_pack(path) == marshal.loads(table[current])
    assert older in marshal.loads(kept_file.read_bytes())  # left in the file for other copies

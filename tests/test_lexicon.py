"""The shared lexicon: one title list and one folding for every stage, and what it fixes.

Folding feeds keyed hashes in users' committed watchlists and baselines and the grouping keys in
their vaults, so the tests here compare today's functions with the code they replaced.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anyascii import anyascii

from redactor.lexicon.folding import fold, normalise
from redactor.lexicon.titles import TITLES, is_title
from redactor.pipeline import Redactor
from redactor.project.config import Settings
from redactor.project.keys import fingerprint
from redactor.replace.vault import Vault

VAULT_V1 = Path(__file__).parent / "data" / "vault_v1"
VAULT_V1_KEY = "fixture-key-not-secret"


def _normalise_before_lexicon(value: str) -> str:
    """``redactor.project.keys.normalise`` as it was before the lexicon (commit eca7065)."""
    folded = anyascii(value).casefold().strip()
    folded = re.sub(r"\s+", " ", folded)
    return re.sub(r"(?:['’]s|['’])$", "", folded)


def _varied_strings() -> list[str]:
    names = ["Łukasz Wierzbicki", "Быков", "капитан Быков", "Nguyễn Thị Hoa", "O'Brien",
             "İstanbul", "ısık", "Işık Yılmaz", "KOWALCZYK'S", "Kowalczyk’s", "Jones'",
             "Ørsted", "Straße", "ΣΊΣΥΦΟΣ", "Петров’s", "Марта", "Ґалина Їжак", "Zoë  Saldaña",
             "محمد", "李小龍", "al-Rashid", "de la Cruz", "Dmitriy\u00a0Sorokin", "a\tb\nc",
             "  padded  ", "", "'", "’s", "s'", "Ms. Kowalczyk's", "ﬁnn", "Ǆemal", "\u0301e",
             "1234 5678", "+48 601 234 567", "jan.novak@proton.me", "Ĳsselmeer", "Åsa-Lena",
             "Đorđe", "Ñandú", "ǅ", "K\u212a", "Þór", "x’S", "Uncle Ivan"]
    out = list(names)
    for a in names[:20]:
        for b in names[20:]:
            out.append(f"{a} {b}")
            out.append(f"{b}'s {a.upper()}")
    return out


def test_normalise_gives_what_fingerprints_were_taken_of_before():
    strings = _varied_strings()
    assert len(strings) > 300
    for value in strings:
        assert normalise(value) == _normalise_before_lexicon(value), strings.index(value)
    key = b"k"
    assert fingerprint(key, normalise("Łukasz's")) == fingerprint(key, "lukasz")


def test_fold_is_case_diacritics_and_whitespace():
    assert fold("  Łukasz \t WIERZBICKI ") == "lukasz wierzbicki"
    assert fold("Быков") == "bykov"


@pytest.mark.parametrize("word", ["uncle", "aunt", "doctor", "mister", "lt", "kapitan",
                                  "pidpolkovnyk", "herr", "sgt"])
def test_one_title_list_holds_every_title(word):
    assert word in TITLES


def test_a_declined_slavic_rank_is_a_title_but_not_an_english_name():
    assert is_title("kapitana") and is_title("polkovnikom")
    assert not is_title("cole") and not is_title("gena")


def test_uncle_and_full_name_and_surname_are_one_person(redactor_default):
    text = "Uncle Ivan Petrov drove the truck. Later Ivan Petrov called me. Petrov said nothing."
    out = redactor_default.redact(text)
    tags = re.findall(r"\[PERSON \d+\]", out)
    assert len(tags) == 3
    assert len(set(tags)) == 1
    assert "Ivan" not in out and "Petrov" not in out


def test_a_vault_written_before_the_lexicon_keeps_its_pseudonyms():
    table = Vault.open(VAULT_V1 / "vault", VAULT_V1_KEY).load()
    before = dict(table.entries)
    out = Redactor(Settings(), table=table).redact((VAULT_V1 / "interview.txt").read_text())
    lines = out.splitlines()
    # The courtesy title goes with the name (it tells the gender); the pseudonym is the vault's.
    assert lines[2] == "[PERSON 5] took our phones. [PERSON 6] saw it; [PERSON 6] wrote it down."
    assert lines[3] == "Write to [EMAIL 1] or ask [PERSON 7]."
    assert "[PHONE 1]" in lines[1]
    petrov = re.findall(r"\[PERSON \d+\](?= (?:drove|called|said))", out)
    assert len(petrov) == 3 and len(set(petrov)) == 1
    assert petrov[0] == "[PERSON 3]"
    assert before["PERSON\x1fivan petrov"].replacement == "[PERSON 3]"
    assert "Petrov" not in out and "Kowalczyk" not in out and "Sorokin" not in out

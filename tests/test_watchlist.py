"""The protect list: variants, keyed storage, the Presidio recognizer and `redactor protect`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.ci.watchlist import (
    DETECTOR,
    WatchlistRecognizer,
    load_watchlist,
    make_entry,
    name_variants,
    new_watchlist,
    save_watchlist,
    variant_hash,
    verify_key,
)
from redactor.cli import app
from redactor.errors import ExitCode, RedactorError
from redactor.project.config import Settings
from redactor.project.keys import fingerprint

KEY = b"watchlist-test-key"
NAME = "Anton Bykov"


def found(text: str, *names: str, key: bytes = KEY) -> list[str]:
    recognizer = WatchlistRecognizer([make_entry(KEY, n) for n in names], key)
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"], None)]


def test_variants_of_a_two_word_name():
    assert name_variants(NAME) == ("anton bykov", "bykov", "bykov anton")


def test_variants_with_a_middle_name_and_diacritics():
    assert name_variants("Łukasz Jan Żółć") == (
        "lukasz jan zolc", "lukasz zolc", "zolc", "zolc lukasz", "zolc lukasz jan",
    )


def test_variant_hash_is_the_shared_keyed_fingerprint():
    assert variant_hash(KEY, "anton bykov") == fingerprint(KEY, "watchlist", "PERSON", "anton bykov")
    assert variant_hash(b"other", "anton bykov") != variant_hash(KEY, "anton bykov")


def test_single_word_name_is_its_own_surname():
    assert name_variants("Bykov") == ("bykov",)


def test_entry_holds_hashes_not_the_name(tmp_path):
    path = tmp_path / "wl.json"
    listed, added = new_watchlist(KEY).with_entry(make_entry(KEY, NAME))
    save_watchlist(path, listed)
    stored = path.read_text(encoding="utf-8").casefold()
    assert added
    for variant in name_variants(NAME):
        for word in variant.split():
            assert word not in stored
    assert len(listed.entries[0].hashes) == 3
    assert load_watchlist(path) == listed


def test_same_name_twice_is_one_entry_and_keys_differ():
    first = make_entry(KEY, NAME)
    assert make_entry(KEY, "  anton   BYKOV ") == first
    listed, added = new_watchlist(KEY).with_entry(first)
    listed, added_again = listed.with_entry(make_entry(KEY, "ANTON BYKOV"))
    assert added and not added_again and len(listed.entries) == 1
    assert set(make_entry(b"another key", NAME).hashes).isdisjoint(first.hashes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met Anton Bykov at the cafe.", ["Anton Bykov"]),
        ("ANTON BYKOV called.", ["ANTON BYKOV"]),
        ("Then Bykov left.", ["Bykov"]),
        ("Bykov, Anton (driver)", ["Bykov, Anton"]),
        ("It was Bykov's car.", ["Bykov"]),
        ("Антон Быков пришёл.", ["Антон Быков"]),
        ("Mr. A. Bykov said", ["Bykov"]),
        ("Anton and Bykova are other people; Bykovsky too.", []),
    ],
)
def test_recognizer_finds_variants_with_exact_offsets(text, expected):
    assert found(text, NAME) == expected


def test_diacritics_fold_both_ways():
    assert found("Lukasz Zolc and Łukasz Żółć", "Łukasz Żółć") == ["Lukasz Zolc", "Łukasz Żółć"]
    assert found("Łukasz Żółć", "Lukasz Zolc") == ["Łukasz Żółć"]


def test_longest_run_wins_and_scan_resumes_after_it():
    # "Bykov Anton" would also match at "Bykov"; the full reversed form is reported once.
    assert found("Bykov Anton Bykov", NAME) == ["Bykov Anton", "Bykov"]


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("drafts/anton_bykov-notes.txt", "drafts/[PERSON]-notes.txt"),
        ("drafts/Bykov/a.txt", "drafts/[PERSON]/a.txt"),
        ("x/BYKOV.md", "x/[PERSON].md"),
        ("drafts/bykovsky.txt", "drafts/bykovsky.txt"),
    ],
)
def test_mask_path_hides_names_in_file_and_folder_names(path, shown):
    assert WatchlistRecognizer([make_entry(KEY, NAME)], KEY).mask_path(path) == shown


def test_wrong_key_matches_nothing_and_verify_key_stops():
    assert found("We met Anton Bykov.", NAME, key=b"wrong") == []
    listed = new_watchlist(KEY)
    with pytest.raises(RedactorError) as caught:
        verify_key(listed, b"wrong", Path("wl.json"))
    assert caught.value.exit_code == ExitCode.USAGE
    verify_key(listed, KEY, Path("wl.json"))


def test_results_metadata_and_entity_filter():
    recognizer = WatchlistRecognizer([make_entry(KEY, NAME)], KEY)
    results = recognizer.analyze("Anton Bykov, later just Bykov.", ["PERSON"], None)
    assert [r.entity_type for r in results] == ["PERSON", "PERSON"]
    assert {r.recognition_metadata["recognizer_name"] for r in results} == {DETECTOR}
    assert {r.recognition_metadata["recognizer_identifier"] for r in results} == {recognizer.id}
    assert len({r.recognition_metadata["redactor_key"] for r in results}) == 1
    assert recognizer.analyze("Anton Bykov", ["EMAIL"], None) == []


def test_through_the_redactor_full_name_and_surname_share_one_pseudonym():
    from redactor.pipeline import Redactor

    recognizer = WatchlistRecognizer([make_entry(KEY, NAME)], KEY)
    redactor = Redactor(Settings(ner=False, packs=("public",)), extra_recognizers=[recognizer])
    findings = redactor.scan("Anton Bykov met us. Later Bykov's wife came.")
    people = [f for f in findings if f.detector == DETECTOR]
    assert [(f.start, f.end) for f in people] == [(0, 11), (26, 31)]
    assert people[0].replacement == people[1].replacement != ""


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ('{"kind": "other"}', "not a redactor watchlist"), ("[]", "not a redactor watchlist")],
)
def test_damaged_watchlist_is_a_usage_error(tmp_path, content, message):
    path = tmp_path / "wl.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RedactorError) as caught:
        load_watchlist(path)
    assert caught.value.exit_code == ExitCode.USAGE
    assert message in caught.value.message and str(path) in caught.value.message


# -- `redactor protect` ------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text("packs: [public]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    return tmp_path


def _no_name(*texts: str) -> None:
    for text in texts:
        for word in ("anton", "bykov", "marta", "kowalczyk"):
            assert word not in text.casefold()


def test_protect_add_list_remove(project):
    added = runner.invoke(app, ["protect", "add", NAME])
    assert added.exit_code == 0
    entry_id = make_entry(KEY, NAME).id
    assert f"{entry_id}: added (3 variant hashes)" in added.stdout
    stored = json.loads((project / ".redactor-watchlist.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in stored["entries"]] == [entry_id]

    from_stdin = runner.invoke(app, ["protect", "add", "-"], input="Marta Kowalczyk\n\nAnton Bykov\n")
    assert from_stdin.exit_code == 0
    assert "already on the list" in from_stdin.stdout

    listed = runner.invoke(app, ["protect", "list"])
    assert listed.exit_code == 0
    assert "2 protected names, 6 hashes" in listed.stdout and entry_id in listed.stdout

    removed = runner.invoke(app, ["protect", "remove", entry_id])
    assert removed.exit_code == 0
    assert len(load_watchlist(project / ".redactor-watchlist.json").entries) == 1
    missing = runner.invoke(app, ["protect", "remove", entry_id])
    assert missing.exit_code == ExitCode.USAGE

    for result in (added, from_stdin, listed, removed, missing):
        _no_name(result.stdout, result.stderr)
    _no_name((project / ".redactor-watchlist.json").read_text(encoding="utf-8"))


def test_protect_needs_the_key(project, monkeypatch):
    monkeypatch.delenv("REDACTOR_KEY")
    result = runner.invoke(app, ["protect", "add", NAME])
    assert result.exit_code == ExitCode.USAGE
    assert "REDACTOR_KEY is not set" in result.stderr
    assert not (project / ".redactor-watchlist.json").exists()
    _no_name(result.stdout, result.stderr)


def test_protect_refuses_a_list_written_with_another_key(project, monkeypatch):
    assert runner.invoke(app, ["protect", "add", NAME]).exit_code == 0
    monkeypatch.setenv("REDACTOR_KEY", "a different key")
    result = runner.invoke(app, ["protect", "add", "Marta Kowalczyk"])
    assert result.exit_code == ExitCode.USAGE
    assert "not the key this watchlist was written with" in result.stderr


def test_protect_watchlist_option_and_subfolder_default(project, monkeypatch):
    elsewhere = project / "lists" / "team.json"
    assert runner.invoke(app, ["protect", "add", NAME, "--watchlist", str(elsewhere)]).exit_code == 0
    assert elsewhere.is_file() and not (project / ".redactor-watchlist.json").exists()
    # From a subfolder, the default is the project root's list.
    sub = project / "drafts"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert runner.invoke(app, ["protect", "add", NAME]).exit_code == 0
    assert (project / ".redactor-watchlist.json").is_file() and not (sub / ".redactor-watchlist.json").exists()


def test_redact_and_scan_apply_the_watchlist(project):
    # A name no detector would find on its own (lower case, no context): only the watchlist knows it.
    assert runner.invoke(app, ["protect", "add", "Oksana Hrytsenko"]).exit_code == 0
    (project / "notes.txt").write_text("the parcel went to oksana hrytsenko on tuesday.\n", encoding="utf-8")
    redacted = runner.invoke(app, ["redact", "notes.txt", "--no-ner"])
    assert redacted.exit_code == 0, redacted.output
    assert "hrytsenko" not in redacted.stdout and "[PERSON 1]" in redacted.stdout
    scanned = runner.invoke(app, ["scan", "notes.txt", "--no-ner", "-f", "json"])
    assert [f["detector"] for f in json.loads(scanned.stdout)["files"][0]["findings"]] == ["watchlist"]


def test_a_watchlist_without_its_key_stops_redact(project, monkeypatch):
    assert runner.invoke(app, ["protect", "add", "Oksana Hrytsenko"]).exit_code == 0
    (project / "notes.txt").write_text("hello\n", encoding="utf-8")
    monkeypatch.delenv("REDACTOR_KEY")
    result = runner.invoke(app, ["redact", "notes.txt", "--no-ner"])
    assert result.exit_code == ExitCode.USAGE and "watchlist is present" in result.output

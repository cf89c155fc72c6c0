"""The editor's entity decisions: merge two entities, split a form off one, across the files of a
run; a decision whose forms are gone is stale, not an error; the file holds keyed prints only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.entities.decisions import EntityDecision, regroup
from redactor.errors import RedactorError
from redactor.model import Entity, Mention
from redactor.refine.decisions import Decisions, form_print, key_check, page_key

KEY = b"entity-decisions-test-key"

ONE = ("INTERVIEWER: When did you first meet Ivan Petrov?\n"
       "ANNA: I met Ivan Petrov in Zhytkavichy in 2019. Petrov ran the depot.\n"
       "ANNA: His deputy, Taras Melnyk, handled the trucks. Melnyk was loyal to him.\n")
TWO = ("INTERVIEWER: Tell me about the man you call Grandpa.\n"
       "ANNA: Grandpa Vasyl Horbach is the one who warned me. Horbach knew Melnyk well.\n"
       "ANNA: Ivan Petrov never trusted Horbach.\n")


def prints(*forms: str) -> list[str]:
    return [form_print(page_key(KEY), f) for f in forms]


def decisions_file(entities: list[dict]) -> dict:
    return {"format": "redactor-decisions", "version": 2, "key_check": key_check(KEY),
            "files": [], "decisions": [], "entities": entities}


def merge(keep: list[str], other: list[str], entity_type: str = "PERSON") -> dict:
    return {"action": "merge", "entity_type": entity_type, "entity": prints(*keep), "forms": prints(*other)}


def split(entity: list[str], forms: list[str], entity_type: str = "PERSON") -> dict:
    return {"action": "split", "entity_type": entity_type, "entity": prints(*entity), "forms": prints(*forms)}


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    return [tmp_path / "one.txt", tmp_path / "two.txt"]


def redacted(make_redactor, paths: list[Path], entries: list[dict] | None) -> tuple[list[str], Decisions | None]:
    redactor = make_redactor()
    decisions = Decisions.from_json(decisions_file(entries), KEY) if entries is not None else None
    redactor.decisions = decisions
    run = redactor.run(paths)
    return [redactor.write_redacted(f).decode("utf-8") for f in run.files], decisions


def test_without_decisions_the_run_keeps_grandpa_apart_from_vasyl_horbach(make_redactor, files):
    (one, two), _ = redacted(make_redactor, files, None)
    assert two == ("INTERVIEWER: Tell me about the man you call [PERSON 4].\n"
                   "[PERSON 2]: [PERSON 5] is the one who warned me. [PERSON 5] knew [PERSON 3] well.\n"
                   "[PERSON 2]: [PERSON 1] never trusted [PERSON 5].\n")
    assert "[PERSON 1] ran the depot" in one


def test_a_merge_gives_two_entities_one_pseudonym_in_every_file(make_redactor, files):
    (one, two), decisions = redacted(make_redactor, files, [
        merge(["Grandpa Vasyl Horbach", "Horbach"], ["Grandpa"])])
    assert one == ("INTERVIEWER: When did you first meet [PERSON 1]?\n"
                   "[PERSON 2]: I met [PERSON 1] in [LOCATION 1] in [DATE 1]. [PERSON 1] ran the depot.\n"
                   "[PERSON 2]: His [OCCUPATION 1], [PERSON 3], handled the trucks. [PERSON 3] was loyal to him.\n")
    assert two == ("INTERVIEWER: Tell me about the man you call [PERSON 4].\n"
                   "[PERSON 2]: [PERSON 4] is the one who warned me. [PERSON 4] knew [PERSON 3] well.\n"
                   "[PERSON 2]: [PERSON 1] never trusted [PERSON 4].\n")
    assert decisions is not None and decisions.issues() == []
    assert decisions.counts() == {"accept": 0, "reject": 0, "add": 0, "merge": 1, "split": 0}


def test_a_merge_across_files_and_a_split_together(make_redactor, files):
    # Melnyk (file one) is the man called Grandpa (file two); the lone "Petrov" who ran the
    # depot is Ivan's father, not Ivan.
    (one, two), decisions = redacted(make_redactor, files, [
        merge(["Taras Melnyk", "Melnyk"], ["Grandpa"]),
        split(["Ivan Petrov", "Petrov"], ["Petrov"])])
    assert one == ("INTERVIEWER: When did you first meet [PERSON 1]?\n"
                   "[PERSON 2]: I met [PERSON 1] in [LOCATION 1] in [DATE 1]. [PERSON 3] ran the depot.\n"
                   "[PERSON 2]: His [OCCUPATION 1], [PERSON 4], handled the trucks. [PERSON 4] was loyal to him.\n")
    assert two == ("INTERVIEWER: Tell me about the man you call [PERSON 4].\n"
                   "[PERSON 2]: [PERSON 5] is the one who warned me. [PERSON 5] knew [PERSON 4] well.\n"
                   "[PERSON 2]: [PERSON 1] never trusted [PERSON 5].\n")
    assert decisions is not None and decisions.issues() == []


def test_a_decision_whose_forms_are_gone_is_stale_and_changes_nothing(make_redactor, files):
    plain, _ = redacted(make_redactor, files, None)
    out, decisions = redacted(make_redactor, files, [
        merge(["Mykola Shevchuk"], ["Grandpa"]),
        split(["Ivan Petrov"], ["Vanya Petrov"]),
        merge(["Ivan Petrov"], ["Petrov"])])  # one entity already: done, not stale
    assert out == plain
    assert decisions is not None
    issues = decisions.issues()
    assert [(i.kind, i.entity_type, i.line) for i in issues] == [
        ("stale-entity", "PERSON", None), ("stale-entity", "PERSON", None)]
    assert "entities[0]" in str(issues[0]) and "entities[1]" in str(issues[1])
    for issue in issues:
        assert "Shevchuk" not in str(issue) and "Vanya" not in str(issue)
    assert decisions.report()["counts"] == {"accept": 0, "reject": 0, "add": 0, "merge": 2, "split": 1}


def test_redact_honours_entity_decisions_and_warns_of_a_stale_one(files, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    path = tmp_path / "redactor-decisions.json"
    path.write_text(json.dumps(decisions_file([merge(["Taras Melnyk"], ["Grandpa"]),
                                               merge(["Mykola Shevchuk"], ["Horbach"])])), encoding="utf-8")
    raw = path.read_text(encoding="utf-8")
    for value in ("Melnyk", "melnyk", "Grandpa", "grandpa", "Shevchuk", "Horbach", "horbach"):
        assert value not in raw, "the decisions file holds keyed prints only"
    runner = CliRunner()
    result = runner.invoke(app, ["redact", "one.txt", "two.txt", "-o", "out", "--decisions", str(path)])
    assert result.exit_code == 0, result.output
    assert "man you call [PERSON 3]." in (tmp_path / "out" / "two.txt").read_text(encoding="utf-8")
    assert "warning: " in result.stderr and "stale merge decision" in result.stderr
    assert "Shevchuk" not in result.stderr and "Horbach" not in result.stderr
    report = json.loads((tmp_path / "out" / "redaction-report.json").read_text(encoding="utf-8"))
    assert [i["kind"] for i in report["decisions"]["issues"]] == ["stale-entity"]
    scanned = runner.invoke(app, ["scan", "two.txt", "one.txt", "--format", "json", "--decisions", str(path)])
    findings = json.loads(scanned.stdout)["files"][0]["findings"]
    grandpa = TWO.index("Grandpa")
    melnyk = TWO.index("Melnyk")
    by_start = {f["start"]: f["replacement"] for f in findings}
    assert by_start[grandpa] == by_start[melnyk]


def test_a_plain_name_is_no_entity_decision():
    bad = decisions_file([{"action": "merge", "entity_type": "PERSON", "entity": ["Ivan Petrov"],
                           "forms": prints("Grandpa")}])
    with pytest.raises(RedactorError, match=r"entities\[0\]\.entity\[0\]"):
        Decisions.from_json(bad, KEY)


# -- the step alone, on plain data -------------------------------------------------------------

def _mention(text: str, key: str = "") -> Mention:
    return Mention(start=0, end=len(text), entity_type="PERSON", score=0.9, detector="test", text=text, key=key)


def test_regroup_keeps_a_sources_label_and_a_split_form_gets_a_new_key_without_it():
    mentions = [_mention("Marta Kowalczyk"), _mention("Kowalczyk"), _mention("Pani Marta"), _mention("Marta")]
    entities = [Entity("PERSON", "marta kowalczyk", "Marta Kowalczyk", label="Source A", mentions=2,
                       forms=("Marta Kowalczyk", "Kowalczyk")),
                Entity("PERSON", "marta", "Pani Marta", mentions=2, forms=("Pani Marta", "Marta"), ambiguous=True)]
    fp = str.lower
    merged = regroup(mentions, entities, [0, 0, 1, 1],
                     [EntityDecision(0, "merge", "PERSON", frozenset({"pani marta"}), frozenset({"kowalczyk"}))], fp)
    # The source merged into another entity: the kept key is the other's, the label stays.
    assert [(e.key, e.label, e.mentions, e.ambiguous) for e in merged.entities] == [
        ("marta", "Source A", 4, False)]
    assert merged.entity_of == [0, 0, 0, 0] and merged.applied == (0,)
    split_off = regroup(mentions, entities, [0, 0, 1, 1],
                        [EntityDecision(0, "split", "PERSON", frozenset({"marta kowalczyk"}),
                                        frozenset({"kowalczyk"}))], fp)
    assert [(e.key, e.label, e.display, e.forms) for e in split_off.entities] == [
        ("marta kowalczyk", "Source A", "Marta Kowalczyk", ("Marta Kowalczyk",)),
        ("split:kowalczyk", "", "Kowalczyk", ("Kowalczyk",)),
        ("marta", "", "Pani Marta", ("Pani Marta", "Marta"))]
    assert split_off.entity_of == [0, 1, 2, 2]


def test_decide_asks_for_the_forms_and_writes_the_same_decisions_without_a_browser(files, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    runner = CliRunner()
    merged = runner.invoke(app, ["decide", "merge"], input="Taras Melnyk, Melnyk\nGrandpa\n")
    assert merged.exit_code == 0, merged.output
    split_off = runner.invoke(app, ["decide", "split"], input="Ivan Petrov, Petrov\nPetrov\n")
    assert split_off.exit_code == 0, split_off.output
    path = tmp_path / "redactor-decisions.json"
    assert json.loads(path.read_text(encoding="utf-8"))["entities"] == [
        merge(["Taras Melnyk", "Melnyk"], ["Grandpa"]), split(["Ivan Petrov", "Petrov"], ["Petrov"])]
    assert (path.stat().st_mode & 0o077) == 0
    result = runner.invoke(app, ["redact", "one.txt", "two.txt", "-o", "out", "--decisions", str(path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "one.txt").read_text(encoding="utf-8").splitlines()[1].endswith(
        "[PERSON 3] ran the depot.")
    assert (tmp_path / "out" / "two.txt").read_text(encoding="utf-8").splitlines()[0].endswith(
        "call [PERSON 4].")
    # Another key's file is refused, not appended to.
    monkeypatch.setenv("REDACTOR_KEY", "another-key")
    refused = runner.invoke(app, ["decide", "merge"], input="A\nB\n")
    assert refused.exit_code == 2 and "different project key" in refused.output

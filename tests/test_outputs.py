"""Writing a run's outputs: the Python API does what `redactor redact` does, and nothing is lost
(no input written over, in-place runs all or none, interrupted runs say so)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.errors import RedactorError
from redactor.outputs import JOURNAL_NAME, REPORT_NAME
from tests.conftest import ROOT
from tests.test_cli import INTERVIEW_1, INTERVIEW_2, config_file, interviews  # noqa: F401 - fixtures

runner = CliRunner()


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _report(folder: Path) -> dict:
    """The report with each output made relative to its folder (the two runs write elsewhere)."""
    data = json.loads((folder / REPORT_NAME).read_text(encoding="utf-8"))
    for entry in data["files"]:
        if "output" in entry:
            entry["output"] = str(Path(entry["output"]).relative_to(folder))
    return data


def test_the_api_redacts_a_folder_exactly_as_the_cli_does(interviews, tmp_path, config_file, make_redactor):
    result = runner.invoke(app, ["redact", str(interviews), "-o", str(tmp_path / "cli"), "--config", str(config_file)])
    assert result.exit_code == 0, result.output
    run = make_redactor(threshold=0.4).redact_files([interviews], tmp_path / "api")
    assert run.exit_code == 0
    assert run.report == tmp_path / "api" / REPORT_NAME
    assert set(run.outputs.values()) == {tmp_path / "api" / "one.txt", tmp_path / "api" / "march" / "two.md"}
    assert _tree(tmp_path / "api").keys() == _tree(tmp_path / "cli").keys()
    for name in ("one.txt", "march/two.md"):
        assert (tmp_path / "api" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    assert _report(tmp_path / "api") == _report(tmp_path / "cli")
    assert "Kowalczyk" not in (tmp_path / "api" / "one.txt").read_text(encoding="utf-8")


def test_an_output_folder_holding_an_input_file_is_refused(interviews, config_file, monkeypatch):
    monkeypatch.chdir(interviews)
    result = runner.invoke(app, ["redact", "one.txt", "-o", ".", "--config", str(config_file)])
    assert result.exit_code == 2
    assert "holds the input file" in result.stderr
    assert (interviews / "one.txt").read_text(encoding="utf-8") == INTERVIEW_1
    assert not (interviews / REPORT_NAME).exists()


def test_no_output_is_written_over_an_input_however_it_is_named(interviews, tmp_path, make_redactor):
    # The output folder is reached through a link: only resolving the paths shows it is the input's.
    link = tmp_path / "link"
    link.symlink_to(interviews / "march")
    with pytest.raises(RedactorError) as refused:
        make_redactor(ner=False).redact_files([link / "two.md"], interviews / "march")
    assert refused.value.exit_code == 2
    assert (interviews / "march" / "two.md").read_text(encoding="utf-8") == INTERVIEW_2


def _originals(folder: Path, count: int) -> dict[Path, str]:
    texts = {}
    for i in range(count):
        path = folder / f"interview-{i:03}.txt"
        texts[path] = f"Interview {i}. Call Anton Bykov on +48 601 234 {i:03}.\n"
        path.write_text(texts[path], encoding="utf-8")
    return texts


def _assert_untouched(folder: Path, texts: dict[Path, str]) -> None:
    assert {p: p.read_text(encoding="utf-8") for p in texts} == texts
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in texts)  # no backup, temp, journal


def test_in_place_puts_every_original_back_when_one_swap_fails(tmp_path, make_redactor, monkeypatch):
    texts = _originals(tmp_path, 6)
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len([c for c in calls if not str(c).endswith(".orig")]) == 4:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr("redactor.outputs.os.replace", failing_replace)
    with pytest.raises(OSError):
        make_redactor(ner=False).redact_files([tmp_path], in_place=True)
    _assert_untouched(tmp_path, texts)


def test_a_rerun_after_a_killed_in_place_run_restores_and_proceeds(tmp_path, make_redactor):
    texts = _originals(tmp_path, 3)
    # What a run killed outright (no chance to clean up) leaves: its journal, every backup, one
    # file already swapped, one redacted text waiting in a temporary file.
    first, second, _ = texts
    for path in texts:
        (path.parent / (path.name + ".orig")).write_text(texts[path], encoding="utf-8")
    first.write_text("Interview 0. Call [PERSON 1] on [PHONE 1].\n", encoding="utf-8")
    (tmp_path / f".{second.name}.0a1b2c3d4e5f.tmp").write_text("half", encoding="utf-8")
    (tmp_path / JOURNAL_NAME).write_text(json.dumps({"files": [str(p) for p in texts]}), encoding="utf-8")

    run = make_redactor(ner=False).redact_files([tmp_path], in_place=True)
    assert run.exit_code == 0
    for path, original in texts.items():
        assert (path.parent / (path.name + ".orig")).read_text(encoding="utf-8") == original
        assert "+48 601" not in path.read_text(encoding="utf-8")
    assert not (tmp_path / JOURNAL_NAME).exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_an_interrupted_output_run_leaves_a_report_that_says_so(interviews, tmp_path, make_redactor, monkeypatch):
    from redactor import outputs

    real_write = outputs.write_atomic
    written = []

    def interrupted_write(path, data, **kwargs):
        if path.name != REPORT_NAME and written:
            raise KeyboardInterrupt
        written.append(path)
        return real_write(path, data, **kwargs)

    monkeypatch.setattr(outputs, "write_atomic", interrupted_write)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        make_redactor(ner=False).redact_files([interviews], out)
    report = json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    [done] = [e for e in report["files"] if "output" in e]
    assert Path(done["output"]).exists()
    [not_done] = report["unwritten"]
    assert not_done != done["path"]
    assert not any(p.name == Path(not_done).name for p in out.rglob("*"))


def test_ctrl_c_during_an_in_place_run_leaves_all_or_nothing(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    texts = _originals(folder, 250)
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("REDACTOR_KEY", None)
    args = [sys.executable, "-m", "redactor", "redact", str(folder), "--in-place", "--no-ner",
            "--config", str(tmp_path / "redactor.yaml")]
    process = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Interrupt once the run has started writing (the first backup or temporary file appears).
    deadline = time.monotonic() + 240
    while process.poll() is None and time.monotonic() < deadline:
        if any(p.name.endswith((".orig", ".tmp", ".partial")) for p in folder.iterdir()):
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=240)

    now = {p: p.read_text(encoding="utf-8") for p in texts}
    redacted = [p for p in texts if now[p] != texts[p]]
    if redacted:  # the swap had begun: it finished, every original is kept as a backup
        assert len(redacted) == len(texts)
        assert all("+48 601" not in now[p] for p in texts)
        assert all((folder / (p.name + ".orig")).read_text(encoding="utf-8") == texts[p] for p in texts)
    else:
        _assert_untouched(folder, texts)
        # Nothing is left behind that would refuse the next run.
        done = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, timeout=240)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert all("+48 601" not in p.read_text(encoding="utf-8") for p in texts)


def test_the_report_beside_the_copies_names_inputs_by_their_redacted_paths(tmp_path, make_redactor):
    # A folder named after the village, a file after the source, a file it cannot read.
    interviews = tmp_path / "interviews"
    (interviews / "rossosh").mkdir(parents=True)
    (interviews / "rossosh" / "anton_bykov.txt").write_text(
        "My name is Anton Bykov. I served in unit 40512 near Rossosh.\n", encoding="utf-8")
    (interviews / "bykov_photo.png").write_bytes(b"\x89PNG")
    source = {"label": "Source A", "names": ["Anton Bykov"], "details": ["40512", "Rossosh"]}
    run = make_redactor(ner=False, sources=[source]).redact_files([interviews], tmp_path / "out")
    report = (tmp_path / "out" / REPORT_NAME).read_text(encoding="utf-8")
    assert "bykov" not in report.lower() and "rossosh" not in report.lower()
    paths = sorted(entry["path"] for entry in json.loads(report)["files"])
    assert paths == ["DETAIL-2/Source-A.txt", "Source-A_photo.png"]
    assert [p.relative_to(tmp_path / "out").as_posix() for p in run.outputs.values()] == [paths[0]]


def _redacted_folder(tmp_path, make_redactor, texts: dict[str, str]):
    """``redact_files`` of a folder holding ``texts`` (file name -> text) into tmp_path/out."""
    folder = tmp_path / "interviews"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return make_redactor().redact_files([folder], tmp_path / "out")


def test_ordinary_words_in_file_names_are_words_and_protected_values_are_replaced(tmp_path, make_redactor):
    # Real file-name shapes: a number, lower-case words joined by hyphens or underscores, a
    # place, a person.  The model took "port" and "followup" for places; they are words.
    run = _redacted_folder(tmp_path, make_redactor, {
        "02-army-brigade-followup.md": "We met at the brigade office in Izmir.\n",
        "14-port-izmir-followup.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nThe ship came into Izmir late.\n",
        "03-interview-anna-kowalska.txt": "My name is Anna Kowalska and I drive a forklift.\n",
        "07_rossosh_call.txt": "I grew up in Rossosh, near the rail yard.\n",
    })
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in run.outputs.values())
    assert [w for w in written if not w.startswith("07_")] == [
        "02-army-brigade-followup.md", "03-interview-PERSON-1.txt", "14-port-izmir-followup.vtt"]
    town = [w for w in written if w.startswith("07_")]
    assert len(town) == 1 and "rossosh" not in town[0].lower() and town[0].endswith("_call.txt")


def test_a_word_the_texts_protected_is_replaced_in_a_file_name(make_redactor):
    redactor = make_redactor()
    # the room by its landmark is found too (a home said by what stands beside it)
    assert [f.text for f in redactor.scan("We rented a room above the bakery in Rossosh.")] == [
        "a room above the bakery", "Rossosh"]
    assert redactor.redact_name(Path("rossosh-bakery-followup.md")) == Path("LOCATION-1-bakery-followup.md")
    # a word the model finds in a name and the run never protected takes no number: the next
    # place the texts protect is LOCATION-2, not LOCATION-3
    assert redactor.redact_name(Path("14-port-izmir-followup.vtt")) == Path("14-port-izmir-followup.vtt")
    assert redactor.table.counters["LOCATION"] == 1


def test_protected_values_the_model_misses_in_a_name_are_replaced(make_redactor):
    redactor = make_redactor()
    text = "Everyone calls him Hammer. I met Anna Kowalska in Rossosh."
    found = {f.text: f.replacement for f in redactor.scan(text)}
    assert found["Hammer"] == "[CALL SIGN 1]"
    # "hammer" is an English word the model leaves in a name; the run protected it
    named = redactor.redact_name(Path("hammer_notes/02-anna-kowalska-rossosh-bakery.md"))
    assert named == Path("CALL-SIGN-1_notes") / (
        f"02-{found['Anna Kowalska'].strip('[]').replace(' ', '-')}-"
        f"{found['Rossosh'].strip('[]').replace(' ', '-')}-bakery.md")


def test_a_name_written_as_one_word_or_half_found_in_a_file_name_takes_the_texts_pseudonym(tmp_path, make_redactor):
    # file names join a name's words ("jerzywrona") or the model reads half a protected place
    # with the next word ("ombre wrona" of "bel-ombre-wrona"): the value the texts protected goes
    # whole, with its pseudonym (before: "starawies" stood, "bel" stood, "jerzywrona" a place)
    run = _redacted_folder(tmp_path, make_redactor, {
        "starawies-zofialipka.txt": "I met Zofia Lipka at the depot in Stara Wies. Zofia Lipka told me.\n",
        "bel-ombre-wrona.txt": "We spoke in Bel Ombre with Jerzy Wrona.\n",
        "notes-jerzywrona.txt": "Jerzy Wrona called again about the depot.\n",
    })
    by_name = {p.stem: p.read_text(encoding="utf-8") for p in run.outputs.values()}
    assert by_name["notes-PERSON-1"] == "[PERSON 1] called again about the depot.\n"
    assert by_name["LOCATION-2-PERSON-2"] == "I met [PERSON 2] at the depot in [LOCATION 2]. [PERSON 2] told me.\n"
    # the surname alone is a name of its own here; the place is the texts' place
    (ombre,) = [name for name in by_name if name not in ("notes-PERSON-1", "LOCATION-2-PERSON-2")]
    assert ombre.startswith("LOCATION-1-PERSON-") and by_name[ombre] == "We spoke in [LOCATION 1] with [PERSON 1].\n"
    assert run.exit_code == 0


def test_a_value_with_a_sign_inside_written_as_one_word_in_a_file_name_is_replaced_not_withheld(tmp_path, make_redactor):
    # "St. Brenoc" of the text is "stbrenoc" in the file name: the leak audit joins a value's
    # words without their signs and would withhold the file; the name is redacted the same way
    # (before: the name kept "stbrenoc", the audit stopped it and the file was not written)
    run = _redacted_folder(tmp_path, make_redactor, {
        "03-dispatch-stbrenoc.txt": "I work nights at the dispatch desk in St. Brenoc, the small village.\n"
                                    "Everyone in St. Brenoc knows the desk.\n",
    })
    (written,) = run.outputs.values()
    text = written.read_text(encoding="utf-8")
    assert "Brenoc" not in text and "brenoc" not in written.name.lower()
    assert written.name.startswith("03-dispatch-") and written.suffix == ".txt"
    assert run.exit_code == 0


def test_public_places_and_short_tags_in_file_names_stay_and_a_role_the_texts_protected_goes(tmp_path, make_redactor):
    # "farm-brazil-asr", "manila-followup": a public place and a short tag are how people file
    # interviews; the model took them for a company and a person.  A role the texts replaced
    # that is no everyday phrase ("icu nurse") is replaced in the name, as the leak audit
    # expects; an everyday one ("prison officer") stays, as roles in names do.
    run = _redacted_folder(tmp_path, make_redactor, {
        "07-farm-brazil-asr.txt": "we sold the cattle at the market in the spring\n",
        "11-moderation-manila-followup.srt": "1\n00:00:01,000 --> 00:00:03,000\nWe spoke again in the spring.\n",
        "05-hospital-icu-nurse.txt": "I'm an ICU nurse, band 6. We had eleven patients.\n",
        "04-prison-officer.md": "I am a prison officer on the night shift.\n",
        "kedr-notes.txt": "we met at the depot at night\n",  # a longer unknown word is no tag
    })
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in run.outputs.values())
    assert written == ["04-prison-officer.md", "05-hospital-OCCUPATION-1.txt", "07-farm-brazil-asr.txt",
                       "11-moderation-manila-followup.srt", "PERSON-1-notes.txt"]
    assert run.exit_code == 0


def test_an_everyday_phrase_a_context_rule_replaced_may_stand_elsewhere_but_a_name_may_not(tmp_path, make_redactor):
    # "a month" is a duration in one file and a rate in another; "every Friday" a routine in one
    # and not found in the other: neither is a leak.  A name replaced in one file and missed
    # in another still stops that file.
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text("I was held for a month. They came every Friday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("They paid 40,000 rubles a month, every Friday night at the gate.\n", encoding="utf-8")
    run = make_redactor().redact_files([folder], tmp_path / "out")
    assert sorted(p.name for p in run.outputs.values()) == ["a.txt", "b.txt"]
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "I was held for [DURATION 1]. They came [DATE 1].\n"
    audit = make_redactor().leak_audit(run)
    assert audit.kinds("they paid 40,000 rubles a month, every friday night") == []
    assert audit.kinds("i was held for a month") == []
    from redactor.audit import LeakAudit

    strict = LeakAudit.for_values(["Oksana Hrytsenko"], ["[PERSON 1]"])
    assert strict.kinds("then oksana hrytsenko left") == ["replaced value"]


def test_spans_of_a_name_that_overlap_are_replaced_once_as_one():
    # a protected value of the whole name and a finding's own value inside it: each character
    # is replaced once, the union by the first one's pseudonym (never a half-written name)
    from redactor.pipeline import _joined_where_they_overlap

    assert _joined_where_they_overlap([(5, 18, "LOCATION-1"), (0, 4, "PERSON-1"), (10, 18, "PERSON-2")]) == [
        (0, 4, "PERSON-1"), (5, 18, "LOCATION-1")]
    assert _joined_where_they_overlap([(0, 9, "PERSON-1"), (6, 14, "LOCATION-2")]) == [(0, 14, "PERSON-1")]

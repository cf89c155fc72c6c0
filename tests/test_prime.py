"""The tables of compiled patterns, made in a child before a run that lacks them builds its
detector (``redactor.detect.prime``): a run compiling every pattern itself peaked 58 MiB over a
run that found them kept (a check of a 2,000-word file, 322 against 263 MiB)."""

from __future__ import annotations

import pickle

import regex

from redactor.detect import prefilter, prime
from redactor.project.config import Settings
from redactor.project.files import MAKING_CHILD, PRIMING_CHILD, made_in_child


def _asked(monkeypatch) -> list[tuple]:
    asked: list[tuple] = []
    monkeypatch.setattr(prime, "made_in_child", lambda path, maker, given=None, marker=MAKING_CHILD:
                        asked.append((path, maker, given, marker)) or False)
    return asked


def test_a_run_missing_the_pattern_tables_has_a_child_make_them_from_its_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    asked = _asked(monkeypatch)
    settings = Settings(threshold=0.55)
    prime.prime_pattern_tables(settings)
    known, _own = prefilter.pattern_tables()
    assert len(asked) == 1
    path, maker, given, marker = asked[0]
    assert path == known and str(path).startswith(str(tmp_path))
    assert maker == "redactor.detect.prime:compile_run_patterns" and marker == PRIMING_CHILD
    assert pickle.loads(given) == settings


def test_a_run_finding_both_tables_starts_no_child(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    asked = _asked(monkeypatch)
    known, own = prefilter.pattern_tables()
    known.parent.mkdir(parents=True)
    known.write_bytes(b"")
    prime.prime_pattern_tables(Settings())
    assert len(asked) == 1  # the own patterns' table is still missing
    own.write_bytes(b"")
    prime.prime_pattern_tables(Settings())
    assert len(asked) == 1


def test_the_child_compiles_every_pattern_held_for_first_use(monkeypatch):
    """A ``LazyRegex`` of an own pattern is compiled and learned for the own table; a gated own
    pattern that folds case fully gets its simple-case twin, as its first aligned text would;
    one whose literal folds wide ("ß") gets none."""
    learned: dict[str, bytes] = {}
    monkeypatch.setattr(prefilter, "_OWN_LEARNED", learned)
    lazy = prefilter.LazyRegex(r"\bqzvx(?:alpha|beta)\b", 0)
    flags = int(regex.VERSION1 | regex.IGNORECASE | regex.FULLCASE)
    facts = prefilter._Folded()
    folding = prefilter.GatedRegex(regex.compile(r"\bqzvx(?:gamma|delta)\b", flags), ((frozenset({"qzvx"}),)),
                                   facts, None, None, prefilter._UNMADE)
    wide = prefilter.GatedRegex(regex.compile(r"\bqzvxstra(?:ß|ss)e\b", flags), ((frozenset({"qzvx"}),)),
                                facts, None, None, prefilter._UNMADE)
    prime.compile_held_patterns()
    assert "compiled" in vars(lazy) and lazy.search("a qzvxbeta b")
    assert prefilter._key(r"\bqzvx(?:alpha|beta)\b", 0) in learned
    assert folding.simple is not prefilter._UNMADE and folding.simple is not None
    assert not folding.simple.flags & regex.FULLCASE and folding.simple.search("QZVXGAMMA")
    assert wide.simple is None
    learned.clear()


def test_the_child_starts_no_child_of_its_kind_but_its_tables_are_made_in_children_of_their_own(
        tmp_path, monkeypatch):
    """In the priming child (``PRIMING_CHILD`` set) no second priming child starts; a table it
    needs is still made in a child (only ``MAKING_CHILD`` stops that)."""
    import subprocess

    started: list[dict] = []

    def run(command, env, **kwargs):
        started.append(env)
        return subprocess.CompletedProcess(command, 1)

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.delenv(MAKING_CHILD, raising=False)
    monkeypatch.setenv(PRIMING_CHILD, "1")
    assert not made_in_child(tmp_path / "patterns-0.marshal", "redactor.detect.prime:compile_run_patterns",
                             given=b"", marker=PRIMING_CHILD)
    assert started == []
    assert not made_in_child(tmp_path / "places-0.marshal", "redactor.lexicon.places:default_places")
    assert len(started) == 1 and started[0][MAKING_CHILD] == "1" and started[0][PRIMING_CHILD] == "1"


def test_before_the_command_imports_a_run_missing_a_table_has_a_child_make_both_with_the_defaults(
        tmp_path, monkeypatch):
    """The command line's entry primes before its imports compile redactor's own patterns: the
    run's settings are not read yet, so the child builds the default settings' detector."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    asked = _asked(monkeypatch)
    prime.prime_before_imports()
    known, own = prefilter.pattern_tables()
    assert [(path, maker, marker) for path, maker, _given, marker in asked] == [
        (known, "redactor.detect.prime:compile_run_patterns", PRIMING_CHILD)]
    assert pickle.loads(asked[0][2]) == Settings()
    known.parent.mkdir(parents=True)
    known.write_bytes(b"")
    own.write_bytes(b"")
    prime.prime_before_imports()
    assert len(asked) == 1  # both kept: a second run starts none


def test_the_cli_primes_before_any_own_pattern_is_compiled_or_command_imported():
    """Where ``redactor.cli`` calls ``prime_before_imports``, nothing has compiled an own pattern
    or read the own table yet, and no command module is imported: what the child makes is what
    those imports then rebuild instead of parsing in the run's process."""
    import subprocess
    import sys
    from pathlib import Path

    probe = ("import sys; import redactor.detect.prime as prime; from redactor.detect import prefilter\n"
             "def seen():\n"
             "    print(len(prefilter._OWN_LEARNED), prefilter._own_forms.cache_info().currsize,\n"
             "          'redactor.cli.scan' in sys.modules, 'redactor.pipeline' in sys.modules)\n"
             "    raise SystemExit(0)\n"
             "prime.prime_before_imports = seen\n"
             "import redactor.cli\n")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "0", "False", "False"]


def test_a_table_is_made_in_a_child_when_the_working_folder_holds_a_file_named_like_a_standard_module(
        tmp_path, monkeypatch):
    """``python -m redactor`` puts the working folder on ``sys.path``; a ``types.py`` there must
    not reach the child's path before the standard library (the child then failed at start and
    the table was made in the asking process)."""
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "types.py").write_text("raise ImportError('a scratch file, not the standard module')\n")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delenv(MAKING_CHILD, raising=False)
    monkeypatch.delenv(PRIMING_CHILD, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from redactor.lexicon.frequency import english_frequencies
    from redactor.project import files

    answers: list[bool] = []
    real = files.made_in_child

    def asked(path, maker, given=None, marker=MAKING_CHILD):
        answers.append(real(path, maker, given, marker))
        return answers[-1]

    monkeypatch.setattr("redactor.lexicon.tables.made_in_child", asked)
    english_frequencies.cache_clear()
    try:
        table = english_frequencies()
        assert answers == [True]  # the child made it; the asking process only mapped it
        assert table.get("the") is not None and table.get("the") > table.get("kiln", 0.0)
    finally:
        english_frequencies.cache_clear()

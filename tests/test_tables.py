"""Tables kept in the user's cache folder and read on demand: the same answers as the data
they are made from, for every name it holds (the word-frequency list, the name gazetteer),
and a damaged file is made anew, never trusted."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import wordfreq

from redactor.lexicon import frequency, names
from redactor.lexicon.tables import FileTable, kept_table

PACKAGE = Path(__file__).resolve().parent.parent / "redactor"


def _text_row(row: bytes) -> str:
    return row.decode("utf-8")


def test_a_file_table_answers_as_the_rows_it_was_made_from():
    rows = {"olena": b"F\t3", "bondarenko": b"L\t1", "lwów": b"city", "": b"empty name",
            "\ud800x": b"lone surrogate", "zero": b""}
    table = FileTable(FileTable.encode(rows), _text_row)
    assert len(table) == len(rows) and sorted(table) == sorted(rows)
    assert {name: table[name] for name in rows} == {k: v.decode() for k, v in rows.items()}
    assert table.get("lwów") == "city" and table.get("zero") == ""
    # Near misses: another case, a prefix, a longer key, not a string.
    for absent in ("Olena", "olen", "olenaa", "lwow", " ", None, 3, ("olena",)):
        assert absent not in table and table.get(absent, "none") == "none"  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        table["olen"]
    assert table.get("olena") is table.get("olena")  # made once


def test_a_file_table_forgets_its_lookups_beyond_a_bound(monkeypatch):
    monkeypatch.setattr(FileTable, "REMEMBERED", 3)
    table = FileTable(FileTable.encode({f"w{i}": b"x" for i in range(10)}), _text_row)
    assert [table.get(f"w{i}") for i in range(10)] == ["x"] * 10
    assert len(table._made) <= 3 and table.get("w0") == "x" and "w11" not in table


def test_only_a_whole_table_is_read():
    data = FileTable.encode({"olena": b"F"})
    for damaged in (b"", b"RTB1", data[:-1], data + b"\0", b"XXXX" + data[4:]):
        with pytest.raises(ValueError):
            FileTable(damaged, _text_row)


def test_a_kept_table_is_made_once_and_a_damaged_one_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = []

    def rows() -> dict[str, bytes]:
        made.append(1)
        return {"kyiv": b"city"}

    first = kept_table("test-table", __file__, ("1",), rows, _text_row)
    kept = list((tmp_path / "redactor").glob("test-table-*.marshal"))
    assert len(kept) == 1 and first.get("kyiv") == "city"
    assert kept_table("test-table", __file__, ("1",), rows, _text_row).get("kyiv") == "city"
    assert len(made) == 1  # read from the folder the second time
    kept[0].write_bytes(kept[0].read_bytes()[:-2])
    assert kept_table("test-table", __file__, ("1",), rows, _text_row).get("kyiv") == "city"
    assert len(made) == 2  # a damaged file is made anew
    assert kept_table("test-table", __file__, ("2",), rows, _text_row).get("kyiv") == "city"
    assert len(made) == 3  # another version of the rows: another file


def test_a_table_just_made_is_read_from_the_file_it_was_kept_in_not_held_in_the_heap(tmp_path, monkeypatch):
    """Made on a first run, the table's bytes are freed once kept: what the run then reads is the
    kept file, mapped, as on the next run (the small places' 4 MiB stayed in the heap of each
    detecting process that made them); where the folder cannot be written, the bytes made are used."""
    import mmap

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = kept_table("test-table", __file__, ("1",), lambda: {"kyiv": b"city", "lviv": b"city"}, _text_row)
    assert isinstance(made._data, mmap.mmap) and made.get("kyiv") == "city" and made.get("kiev") is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")
    unkept = kept_table("test-table", __file__, ("1",), lambda: {"kyiv": b"city"}, _text_row)
    assert isinstance(unkept._data, bytes) and unkept.get("kyiv") == "city"


def test_a_table_whose_child_process_fails_is_made_in_the_process_that_asks(tmp_path, monkeypatch):
    """A maker the child cannot call (no such function; outside redactor's package) leaves no
    kept file: the table is made here, as before, and kept."""
    from redactor.project.files import MAKING_CHILD

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(MAKING_CHILD, raising=False)
    made = []

    def rows() -> dict[str, bytes]:
        made.append(1)
        return {"kyiv": b"city"}

    for version, maker in (("1", "redactor.lexicon.tables:no_such_table"), ("2", "os:getcwd")):
        assert kept_table("test-table", __file__, (version,), rows, _text_row, maker).get("kyiv") == "city"
    assert len(made) == 2 and len(list((tmp_path / "redactor").glob("test-table-*.marshal"))) == 2


def test_a_frozen_program_never_starts_its_executable_as_a_table_maker(tmp_path, monkeypatch):
    """A frozen program's executable is the program, not an interpreter: no child is started."""
    import subprocess
    import sys

    from redactor.project.files import MAKING_CHILD, made_in_child

    monkeypatch.delenv(MAKING_CHILD, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: pytest.fail("a child started"))
    assert not made_in_child(tmp_path / "redactor" / "places-0.marshal", "redactor.lexicon.places:default_places")


def test_the_word_frequencies_are_wordfreqs_for_every_word_of_its_english_list():
    table = frequency.english_frequencies()
    expected = wordfreq.get_frequency_dict("en", "best")
    assert len(table) == len(expected) == 321_180
    assert [w for w, f in expected.items() if table.get(w) != f] == []
    assert table.get("the") == expected["the"] and table.get("zzxqj") is None


# Words wordfreq tokenizes or treats specially: several tokens, digits (its digit
# distribution), punctuation, apostrophes, other scripts, case, nothing at all.
_SPECIAL_WORDS = ["New York", "don't", "COVID-19", "abc123", "1984", "3.14", "Zürich", "hello,world",
                  "", "   ", "!!!", "e-mail", "O'Neill", "naïve", "İstanbul", "ﬁsh", "Київ", "東京",
                  "x" * 60, "the the", "rock'n'roll", "U.S.", "2nd", "£5", "@handle", "\ud800"]


def test_zipf_frequency_is_wordfreqs_for_words_and_what_it_tokenizes():
    # Every word's frequency is compared above; the Zipf figure adds wordfreq's tokenizing,
    # combining and rounding, compared here over every 16th word and the special cases.
    words = list(wordfreq.get_frequency_dict("en", "best"))[::16] + _SPECIAL_WORDS
    words += [w.upper() for w in words[:2000]] + [w + "s" for w in words[:2000]]
    assert [w for w in words if frequency.zipf_frequency(w, "en") != wordfreq.zipf_frequency(w, "en")] == []
    assert frequency.zipf_frequency("Kyiv", "uk") == wordfreq.zipf_frequency("Kyiv", "uk")  # other languages: wordfreq's


def test_every_module_asks_the_kept_frequencies_not_wordfreqs_dictionary():
    """``zipf_frequency`` or the dictionary taken from wordfreq itself would build its 321,180-word
    dictionary after all (a tenth of a second of every start-up)."""
    direct = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "frequency.py" and path.parent.name == "lexicon":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "wordfreq":
                direct += [f"{path.name}: {a.name}" for a in node.names]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "wordfreq":
                direct.append(f"{path.name}: wordfreq.{node.attr}")
    assert direct == []


def test_the_kept_name_gazetteer_is_the_packaged_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    names.default_gazetteer.cache_clear()
    names._packaged_table.cache_clear()  # the table both gazetteers read (round 43)
    try:
        built = names.NameGazetteer.load()
        assert names.default_gazetteer().get("olena") == built.get("olena")  # made and kept
        assert list((tmp_path / "redactor").glob("names-*.marshal"))
        names.default_gazetteer.cache_clear()
        names._packaged_table.cache_clear()
        kept = names.default_gazetteer()  # read from the folder
        assert len(kept) == len(built) > 50_000
        assert [n for n in built._entries if kept.get(n) != built.get(n)] == []
        assert kept.get("olena").first and kept.get("Olena") is None and kept.lookup("al-Rashid") == built.lookup("al-Rashid")
    finally:
        names.default_gazetteer.cache_clear()
        names._packaged_table.cache_clear()


def _resident_kib(path: Path) -> int:
    """The resident KiB of this process's mappings of ``path`` (Linux's ``/proc/self/smaps``)."""
    resident, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            inside = len(head) >= 6 and head[-1] == str(path)
        elif inside and head[0] == "Rss:":
            resident += int(head[1])
    return resident


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="reads Linux's /proc/self/smaps")
def test_a_mapped_tables_pages_are_released_and_read_again_with_the_same_answers(tmp_path, monkeypatch):
    """``release_mapped`` drops the pages a mapped table's lookups made resident (a long run's
    driver held ~26 MiB of them when spaCy's pass over a batch came on top); a lookup after it
    reads the same rows from the file again.  A table closed (damaged) is left alone."""
    from redactor.project.files import map_cached, release_mapped

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rows = {f"name{i}": f"row {i}".encode() * 40 for i in range(4000)}  # ~1 MiB: many pages
    table = kept_table("test-table", __file__, ("1",), lambda: rows, _text_row)
    path = next((tmp_path / "redactor").glob("test-table-*.marshal"))
    before = {name: table.get(name) for name in rows}
    table._made.clear()  # looked up again below from the file's bytes, not from the made values
    assert [table.get(name) for name in rows] == list(before.values())
    assert _resident_kib(path) >= 512  # every page read
    closed = map_cached(path)
    assert closed is not None
    closed.close()  # as a damaged table's mapping is
    release_mapped()
    assert _resident_kib(path) == 0
    table._made.clear()
    assert {name: table.get(name) for name in rows} == before and table.get("name4000") is None
    assert _resident_kib(path) >= 512

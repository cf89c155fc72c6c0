"""One decision per public figure (redactor.refine.figures): an office holder named by the
office ("The minister, Anna Lindqvist, said", "President Halvorsen", "the governor of the central
bank, Karim Haddad") is kept at every mention of the run, also where the office is not said
("Lindqvist said later"), so the file is written with the figure whole.  Near misses stay found:
a job that is no public office ("the manager, Karim Haddad"), a deputy's, an office of a body
that is no public one, and a relative of the same name ("my cousin Halvorsen")."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.detect.filters import SpanFilters
from redactor.detect.offices import holds_public_office
from redactor.refine.figures import public_figures


@pytest.fixture(scope="module")
def filters():
    return SpanFilters()


def _holds(filters):
    return lambda text, start, end: holds_public_office(text, start, end, filters.is_public_place, False,
                                                        filters.is_public_body)


@pytest.mark.parametrize("text, name", [
    ("The minister, Anna Lindqvist, said the port would stay open.", "Anna Lindqvist"),
    ("and the prime minister, Ana Brnabić, came", "Ana Brnabić"),
    ("the interior minister, Ivan Sokolov, agreed", "Ivan Sokolov"),
    ("the governor of the central bank, Karim Haddad, spoke", "Karim Haddad"),
    ("Karim Haddad, the governor of the central bank, spoke", "Karim Haddad"),
    ("the chairman of the National Electoral Commission, Paul Mwangi, said", "Paul Mwangi"),
])
def test_an_office_in_apposition_makes_a_public_figure(filters, text, name):
    start = text.index(name)
    assert _holds(filters)(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("The manager, Karim Haddad, shouted at us.", "Karim Haddad"),           # a job, no office
    ("the deputy governor of the central bank, Karim Haddad, spoke", "Karim Haddad"),
    ("the chairman of the Hotel Miramar, Paul Mwangi, said", "Paul Mwangi"),  # a firm's
    ("the governor of the prison, Paul Mwangi, said", "Paul Mwangi"),        # a workplace's
    ("our minister, John Banda, read the gospel", "John Banda"),             # the speaker's own
    ("the governor, Mr Pop, locked the wing", "Mr Pop"),                     # a prison's, say
    ("the president, Ana Ruiz, opened the meeting", "Ana Ruiz"),             # a club's, say
    ("the minister, john banda, came", "john banda"),                        # lower case: a caption's
])
def test_other_offices_stay_found(filters, text, name):
    start = text.index(name)
    assert not _holds(filters)(text, start, start + len(name))


def test_the_figures_a_text_names_by_their_office(filters):
    text = ("President Halvorsen came with guards. The manager, Karim Haddad, did not. "
            "The governor of the central bank, Lena Moreau, agreed. Ruth Obi is my aunt.")
    assert public_figures(text, _holds(filters)) == {("halvorsen",), ("lena", "moreau")}


def _redact(tmp_path: Path, files: dict[str, str], *args: str) -> tuple[int, str, Path]:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for name, text in files.items():
        (inputs / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(inputs), "-o", str(out), "-q", *args])
    return result.exit_code, result.output, out


def test_a_figure_kept_at_one_mention_is_kept_at_all_so_the_file_is_written(tmp_path):
    # start: "President Halvorsen" was kept and "Halvorsen said" replaced; the leak audit then
    # found the surname standing and refused the whole transcript
    text = ("Q: Who came to the market?\n"
            "A: President Halvorsen came with guards. My neighbour Tomasz Wrona sells fish there.\n"
            "Q: And then?\n"
            "A: Halvorsen said the market would close. The governor of the central bank, Karim Haddad, "
            "agreed. Haddad never came back.\n")
    code, output, out = _redact(tmp_path, {"market.txt": text})
    assert code == 0, output
    written = (out / "market.txt").read_text(encoding="utf-8")
    assert "President Halvorsen came" in written and "A: Halvorsen said" in written
    assert "Karim Haddad, agreed. Haddad never" in written
    assert "Tomasz" not in written and "Wrona" not in written


def test_a_figure_named_by_the_office_in_one_file_is_kept_in_the_other(tmp_path):
    files = {"a.txt": "The minister, Anna Lindqvist, said the port would stay open.\n",
             "b.txt": "Lindqvist said later it was a mistake, and my cousin Jonas Berglund laughed.\n"}
    code, output, out = _redact(tmp_path, files)
    assert code == 0, output
    assert "The minister, Anna Lindqvist, said" in (out / "a.txt").read_text(encoding="utf-8")
    second = (out / "b.txt").read_text(encoding="utf-8")
    assert second.startswith("Lindqvist said later") and "Berglund" not in second


def test_a_relative_of_the_figures_name_stays_found(redactor_default):
    # The cousin's surname is replaced, so the same word after the office is too: left there,
    # it would say the cousin's name (the leak audit refused such a file before; now it is
    # written, both with one replacement).
    text = "President Halvorsen came with guards. Later my cousin Halvorsen was arrested."
    found = [(f.entity_type, f.start, f.replacement) for f in redactor_default.scan(text)]
    assert [(t, start) for t, start, _ in found] == [("PERSON", text.index("Halvorsen")),
                                                     ("PERSON", text.rindex("Halvorsen"))]
    assert found[0][2] == found[1][2]


def test_a_source_of_the_figures_name_stays_found(tmp_path):
    config = tmp_path / "redactor.yaml"
    config.write_text("sources:\n  - label: Source A\n    names: [Ingrid Halvorsen]\n", encoding="utf-8")
    text = "President Halvorsen came. Ingrid Halvorsen told me everything.\n"
    code, output, out = _redact(tmp_path, {"a.txt": text}, "-c", str(config))
    assert code == 0, output
    assert (out / "a.txt").read_text(encoding="utf-8") == "Source A came. Source A told me everything.\n"

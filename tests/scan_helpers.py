"""What a Redactor finds in a line or a file, and subtitle files of two cues, for the tests of
codes and plates."""

from __future__ import annotations

# The types of a code: what a test of codes compares, whatever else the line holds.
CODE_TYPES = ("ID_NUMBER", "PHONE", "VEHICLE_PLATE", "IBAN")
# The types of a name: what a test of public names compares.
NAME_TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
# The types of a count of people: what a test of counts compares, whichever rule found it.
COUNT_TYPES = ("COUNT", "UNIQUE_DETAIL")


def of_type(redactor, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


def counts_found(redactor, text: str) -> list[str]:
    """The text of each count of ``COUNT_TYPES`` found in ``text``, in order."""
    return [f.text for f in redactor.scan(text) if f.entity_type in COUNT_TYPES]


def findings(redactor, path):
    (result,) = redactor.run([path]).files
    return result, [(f.entity_type, f.text) for f in result.findings]


def srt(first: str, second: str) -> str:
    return f"1\n00:00:01,000 --> 00:00:03,000\n{first}\n\n2\n00:00:03,000 --> 00:00:05,000\n{second}\n"


def srt_cues(*cues: str) -> str:
    """A subtitle file of one cue per string, a second each."""
    return "".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{cue}\n\n" for i, cue in enumerate(cues, 1))


def found_in_named_file(redactor, tmp_path, name: str, text: str, types) -> list[tuple[str, str]]:
    """(type, text) of each finding of ``types`` in ``text`` written to a file ``name`` (its
    suffix picks the format)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, text[f.start:f.end]) for f in result.findings if f.entity_type in types]


def vtt(first: str, second: str, voice: str = "Ana Silva") -> str:
    return (f"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v {voice}>{first}\n\n"
            f"00:00:03.000 --> 00:00:05.000\n<v {voice}>{second}\n")


def found_in_file(redactor, tmp_path, text: str) -> list[tuple[str, str, int]]:
    """(type, text, start) of each finding in ``text`` written to a file of its own."""
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, f.text, f.start) for f in result.findings]


def people(found) -> list[tuple[str, int]]:
    """(text, start) of the PERSON findings among ``found_in_file``'s."""
    return [(text, start) for kind, text, start in found if kind == "PERSON"]


def spoken_sums(recognizer, text: str) -> list[str]:
    """The sums a money recognizer finds in ``text``, in their order."""
    return [text[r.start:r.end] for r in sorted(recognizer.analyze(text, ["MONEY"]), key=lambda r: r.start)]


def names_found(redactor, text: str) -> list[tuple[str, str, int]]:
    """(type, text, start) of each name found in ``text`` (:data:`NAME_TYPES`)."""
    return [(f.entity_type, f.text, f.start) for f in redactor.scan(text) if f.entity_type in NAME_TYPES]


def names_touching(redactor, text: str, name: str) -> list[tuple[str, str, int]]:
    """The names found that overlap the first ``name`` of ``text``: none when it stays readable."""
    start = text.index(name)
    return [f for f in names_found(redactor, text) if f[2] < start + len(name) and f[2] + len(f[1]) > start]


def touching(redactor, text: str, span: str) -> list:
    """The findings that touch the first ``span`` of ``text``: none where a public name is kept."""
    start = text.index(span)
    return [f for f in redactor.scan(text) if f.start < start + len(span) and f.end > start]

"""The pattern gates: the conditions read from a pattern, and that a gate never hides a match."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from redactor.detect.engine import DetectInput, Detector
from redactor.detect.packs import builtin_rules_dir, load_pack, vocabulary_pattern
from redactor.detect import prefilter
from redactor.detect.prefilter import (
    DIGIT,
    GatedRegex,
    Gates,
    LazyRegex,
    _cache_file,
    is_known,
    known_patterns,
    own_compiled,
    pickled,
    rebuilt,
    requirement,
)
from redactor.project.config import Settings


@pytest.mark.parametrize("pattern, expected", [
    (r"\bmilitary\s+unit\s+\d{4,6}", [{"military"}, {"unit"}, {DIGIT}]),
    (r"(?<=\bborn\s)(?:in|on)\s+\w+", [{"born"}, {"in", "on"}]),
    (r"(?x) (?: call | radio ) [^\S\n]+ sign", [{"sign"}, {"call", "radio"}]),
    (r"(?-i:\p{Lu}\p{Ll}+)\s+(?:Street|Road)", [{"street", "road"}]),
    (r"[0-9]{3}-[0-9]{4}", [{DIGIT}]),
])
def test_a_patterns_requirement(pattern, expected):
    req = requirement(pattern, re.IGNORECASE)
    assert req is not None
    assert sorted(map(set, req), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("pattern", [
    r"\w+@\w+",                       # "@" alone is too short to test for
    r"(?:street|\w+)\s+\w+",          # one branch requires nothing
    r"(?:road)?\s*\w+",               # optional
    r"(?!street)\w+",                 # a negative look-ahead requires nothing
    r"(?:harbour){e<=1}",             # regex's fuzzy match: "harbor" matches too
    r"[[:alpha:]]+ street",           # a POSIX class; Python's parser reads it otherwise
    r"(?|(a)|(b))street",             # branch reset: not Python syntax
])
def test_no_requirement_where_none_can_be_trusted(pattern):
    assert requirement(pattern, re.IGNORECASE) is None


def test_a_word_list_built_as_a_prefix_tree_requires_one_of_its_words():
    """A vocabulary's alternation is factored ("f(?:aw|iat|o(?:rd|ton))"): its literal runs
    ("f", "o") are too short to test for, its whole words are not; a word with a space stops at
    the space ("land cruiser" -> "land"; "land-" with a hyphen is left out, as "land" says it),
    and an optional ending at what is always there ("nurse")."""
    words = ["Faw", "Fiat", "Ford", "Foton", "Land Cruiser", "Nurse", "Nursery", "Nurses"]
    pattern = rf"\b{vocabulary_pattern(words)}\b"
    assert pattern.startswith(r"\b(?:(?:f(?:aw|iat|o(?:rd|ton))|")
    assert set(requirement(pattern, re.IGNORECASE)) == {
        frozenset({"faw", "fiat", "ford", "foton", "land", "nurse"}),     # how each word starts
        frozenset({"faw", "fiat", "ford", "foton", "cruiser", "nurse"}),  # a literal run of each
    }
    assert requirement(r"(?:call|radio)[^\S\n]+sign", re.IGNORECASE) == (
        frozenset({"sign"}), frozenset({"call", "radio"}))


@pytest.mark.parametrize("words", [
    ["Fiat", "C"],                   # a word too short to test for
    ["Fiat", "Ford", "5"],           # another
])
def test_a_word_list_with_a_short_word_requires_nothing(words):
    assert requirement(rf"\b{vocabulary_pattern(words)}\b", re.IGNORECASE) is None


def test_a_word_list_gate_skips_a_text_with_only_pieces_of_its_words():
    """"fi", "ord" and "aw" are in the text, no whole word of the list is: skipped.  With one
    of the words, in any case, the gated pattern finds what the plain one finds."""
    pattern = rf"\b{vocabulary_pattern(['Faw', 'Fiat', 'Ford', 'Foton'])}\b"
    gate = _gated(pattern)
    plain = regex.compile(pattern, regex.IGNORECASE)
    assert list(gate.finditer("I saw the fifth order of the firm")) == []
    text = "He drove a FIAT, then a Ford and a fordable foton"
    assert [m.group() for m in gate.finditer(text)] == [m.group() for m in plain.finditer(text)] == [
        "FIAT", "Ford", "foton"]


def _gated(pattern: str) -> GatedRegex:
    from redactor.detect.prefilter import _Folded

    req = requirement(pattern, re.IGNORECASE)
    assert req is not None
    return GatedRegex(regex.compile(pattern, regex.IGNORECASE), req, _Folded())


@pytest.mark.parametrize("pattern, text", [
    (r"military\s+unit\s+\d+", "He served in MİLİTARY UNIT 40274."),  # dotted capital I (Turkish)
    (r"MILITARY\s+UNIT\s+\d+", "He served in mılıtary unıt 40274."),  # dotless i
    (r"kitchen\s+unit\s+\d+", "He ran the \u212aITCHEN UNIT 4 there"),  # the Kelvin sign for K
])
def test_a_case_insensitive_match_is_never_skipped(pattern, text):
    gate = _gated(pattern)
    plain = regex.compile(pattern, regex.IGNORECASE)
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


def test_a_text_without_the_words_is_skipped():
    gate = _gated(r"military\s+unit\s+\d+")
    assert list(gate.finditer("He served in unit 40274 of the army.")) == []
    assert [m.group() for m in gate.finditer("My military unit 40274 moved.")] == ["military unit 40274"]


def test_gates_sharing_one_reading_of_the_text_each_see_their_words():
    """One reading of a text answers every gate: words inside other words ("unit" in
    "units", "number" in "numbers"), and a gate added after the text was first read."""
    from redactor.detect.prefilter import _Folded

    facts = _Folded()
    units = GatedRegex(regex.compile(r"\bunits?\s+\d+", regex.IGNORECASE),
                       requirement(r"\bunits?\s+\d+", re.IGNORECASE), facts)
    text = "Both UNITS 40 and 41 moved; their numbers were secret."
    assert [m.group() for m in units.finditer(text)] == ["UNITS 40"]
    numbers = GatedRegex(regex.compile(r"\bnumbers?\b", regex.IGNORECASE),
                         requirement(r"\bnumbers?\b", re.IGNORECASE), facts)
    assert [m.group() for m in numbers.finditer(text)] == ["numbers"]
    assert [m.group() for m in units.finditer(text)] == ["UNITS 40"]
    assert list(numbers.finditer("Both units 40 and 41 moved.")) == []
    assert list(units.finditer("The unit moved at dawn.")) == []  # no digit


_TRANSCRIPTS = [
    """INTERVIEWER: Where were you stationed?
MARTA OKONJO: Military unit 51873, outside Yelets. Call sign "Grach". My brother's plate was
AB 1234 CE and his Telegram is @okonjo_m. Born on 4 March 1991 in Kursk.
MARTA OKONJO: Write to marta.okonjo@posteo.de or call +44 7700 900 461, flat 12, 7 Rue de Lille.""",
    """Q: What did you do there?
A: I was the only female mechanic in the 3rd Battalion, 155th Brigade. Lieutenant Colonel
Dmitri Sova signed the order on the twenty-second of May. Case number KR-2291/17.
A: I drove a rusty white Lada Niva. Post code 02-495 Warszawa. Badge 4471 0093.""",
    """[00:01:12] HOST: Ms. Çelik, İstanbul'dan mı geldiniz?
[00:01:15] AYŞE ÇELİK: Evet. ULICA KOSZYKOWA 61, Warszawa. I worked for Orlen as a crane operator,
team Bravo, shift C. ıt was 2019. Seven four one, double five, nine oh two.""",
]


def test_gated_patterns_find_what_ungated_ones_find(redactor_default):
    """Every pattern of every recognizer the detector runs, gated or not, on new transcripts."""
    detector = redactor_default.detector
    detector.detect([DetectInput(text) for text in _TRANSCRIPTS])  # the gates survive analysis
    checked = 0
    for name, compiled, plain in _gated_patterns(detector):
        for text in _TRANSCRIPTS:
            assert ([m.span() for m in compiled.finditer(text)]
                    == [m.span() for m in plain.finditer(text)]), name
        checked += 1
    assert checked >= 100


def _gated_patterns(detector: Detector):
    """(name, gated, compiled without gate) of each gated pattern the detector runs."""
    for recognizer in detector.recognizers():
        for pattern in getattr(recognizer, "patterns", None) or []:
            if isinstance(pattern.compiled_regex, GatedRegex):
                yield pattern.name, pattern.compiled_regex, regex.compile(pattern.regex,
                                                                          flags=pattern.compiled_with_flags)


@pytest.fixture
def pattern_cache(tmp_path, monkeypatch):
    """An empty per-user cache folder, read afresh by this test and by the ones after it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    known_patterns.cache_clear()
    yield tmp_path
    known_patterns.cache_clear()


def _rule() -> PatternRecognizer:
    return PatternRecognizer(supported_entity="UNIT", name="unit", patterns=[
        Pattern("unit", r"\bmilitary\s+unit\s+\d{4,6}", 0.6)])


_UNIT_TEXT = "He served in Military Unit 40274 until 2019, then in military unit 3057."


def test_a_pattern_compiled_once_is_known_to_the_next_run_and_compiled_on_first_use(pattern_cache):
    first = _rule()
    gates = Gates()
    gates.install(first)
    compiled = first.patterns[0].compiled_regex
    assert isinstance(compiled, GatedRegex) and not isinstance(compiled.compiled, LazyRegex)
    gates.keep()
    assert [p.name for p in (pattern_cache / "redactor").iterdir()] == [_cache_file().name]

    known_patterns.cache_clear()  # the next run
    assert is_known(first.patterns[0].regex, first.global_regex_flags)
    second = _rule()
    Gates().install(second)
    gated = second.patterns[0].compiled_regex
    assert isinstance(gated, GatedRegex) and isinstance(gated.compiled, LazyRegex)
    assert gated.requirement == compiled.requirement == (frozenset({"military"}), frozenset({"unit"}),
                                                         frozenset({DIGIT}))
    assert list(gated.finditer("He served in the army until 2019.")) == []
    assert "compiled" not in vars(gated.compiled)  # the gate said no: never compiled
    assert ([m.span() for m in gated.finditer(_UNIT_TEXT)]
            == [m.span() for m in compiled.finditer(_UNIT_TEXT)] == [(13, 32), (53, 71)])
    assert "compiled" in vars(gated.compiled)


def test_what_gated_learns_while_a_detector_is_built_is_kept_with_what_its_gates_learn(pattern_cache):
    """A first run's build: its gates read the (empty) table, ``gated`` learns the own patterns
    and keeps them, then the gates keep theirs.  Each used to write the table read when the build
    began plus its own, dropping the other's: the second run derived the own patterns' gates
    again (33 patterns, a second of a check)."""
    gates = Gates()
    rule = _rule()
    gates.install(rule)  # the table is read (and held) here, as a detector's build holds it
    own = {"stop": regex.compile(r"\bcheckpoint\s+(?:number\s+)?\d{1,3}\b", regex.IGNORECASE)}
    prefilter.gated(own)
    gates.keep()
    known_patterns.cache_clear()  # the next run
    assert is_known(rule.patterns[0].regex, rule.global_regex_flags)
    assert is_known(own["stop"].pattern, int(own["stop"].flags) & ~int(regex.VERSION0 | regex.VERSION1 | regex.FULLCASE))
    assert not is_known(r"\bcheckpoint\s+\d{1,3}\b", regex.IGNORECASE)


def test_a_damaged_pattern_cache_counts_as_empty_and_is_written_anew(pattern_cache):
    path = _cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    assert dict(known_patterns()) == {}
    rule = _rule()
    gates = Gates()
    gates.install(rule)
    gates.keep()
    known_patterns.cache_clear()
    assert is_known(rule.patterns[0].regex, rule.global_regex_flags)
    assert not is_known(r"\bmilitary\s+unit\s+\d{4,7}", rule.global_regex_flags)
    assert not is_known(rule.patterns[0].regex, 0)


@pytest.mark.parametrize("atom", [7, b"military", None])
def test_a_kept_table_with_an_atom_that_is_no_string_counts_as_empty(pattern_cache, atom):
    # Every atom of every requirement is checked when the table is read (``_valid_requirement``).
    from redactor.project.files import keep_cached

    good = (frozenset({"military", "unit"}),)
    bad = (frozenset({"unit"}), frozenset({"military", atom}))
    compiled = pickle.dumps(regex.compile(r"\bunit\b"))
    keep_cached(_cache_file(), {"0\0\\bunit\\b": (good, None, compiled, None)})
    known_patterns.cache_clear()
    assert len(known_patterns()) == 1
    keep_cached(_cache_file(), {"0\0\\bunit\\b": (good, None, compiled, None), "0\0x": (bad, None, compiled, None)})
    known_patterns.cache_clear()
    assert dict(known_patterns()) == {}


def test_only_shipped_patterns_are_remembered_never_a_users_names(pattern_cache, tmp_path):
    # A newsroom's own pack and an added deny list hold the names they protect: the per-user
    # cache outside the project must never get a copy of them; the built-in packs' patterns may.
    own = tmp_path / "our-sources.yaml"
    own.write_text("recognizers:\n  - name: OurSources\n    supported_language: en\n"
                   "    supported_entity: PERSON\n    deny_list: [Oksana Hrytsenko, Taras Bulba]\n",
                   encoding="utf-8")
    added = PatternRecognizer(supported_entity="PERSON", name="added", deny_list=["Marta Kowalczyk"])
    packs = [load_pack(own), load_pack(builtin_rules_dir() / "military.yaml")]
    detector = Detector(Settings(ner=False), packs, extra_recognizers=[added], predefined=False)
    found = detector.detect([DetectInput("Oksana Hrytsenko and Marta Kowalczyk of military unit 40274.")])[0]
    assert {m.text for m in found} >= {"Oksana Hrytsenko", "Marta Kowalczyk"}
    cached = _cache_file().read_bytes()
    assert b"Hrytsenko" not in cached and b"Bulba" not in cached and b"Kowalczyk" not in cached
    known_patterns.cache_clear()
    military = packs[1].recognizers[0]
    assert all(is_known(p.regex, military.global_regex_flags) for p in military.patterns)
    assert not is_known(packs[0].recognizers[0].patterns[0].regex, packs[0].recognizers[0].global_regex_flags)


def _known_rule_next_run() -> tuple[PatternRecognizer, LazyRegex]:
    """The rule as the run after the one that compiled it installs it: its pattern rebuilt on
    first use from the kept form."""
    gates = Gates()
    gates.install(_rule())
    gates.keep()
    known_patterns.cache_clear()  # the next run
    second = _rule()
    Gates().install(second)
    lazy = second.patterns[0].compiled_regex.compiled
    assert isinstance(lazy, LazyRegex) and lazy.kept
    return second, lazy


def _no_parsing(monkeypatch) -> None:
    """From here on, any pattern parsed from its source fails the test."""
    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex, "compile", no_parse)


def _as_the_next_process() -> None:
    """Keep the own patterns as a process does when it ends, then forget them as the next one starts."""
    prefilter._keep_own()
    prefilter._own_forms.cache_clear()


def test_a_known_pattern_is_rebuilt_from_its_kept_compiled_form_not_parsed_again(pattern_cache, monkeypatch):
    second, lazy = _known_rule_next_run()
    _no_parsing(monkeypatch)
    assert [m.span() for m in second.patterns[0].compiled_regex.finditer(_UNIT_TEXT)] == [(13, 32), (53, 71)]
    assert lazy.compiled.flags & regex.IGNORECASE  # Presidio's flags, as compiled the first time


def test_an_own_pattern_compiled_once_is_rebuilt_by_the_next_process_not_parsed_again(pattern_cache, monkeypatch):
    pattern = r"(?<![\w-])(?:north|south)[^\S\n]+gate[^\S\n]+(?P<number>\d{1,3})(?!\d)"
    text = "We met at the North  Gate 12, not at south gate 7 or the east gate 9."
    prefilter._own_forms.cache_clear()
    first = own_compiled(pattern, regex.IGNORECASE)
    found = [(m.span(), m.group("number")) for m in first.finditer(text)]  # compiled on first use
    assert found == [((14, 28), "12"), ((37, 49), "7")]
    _as_the_next_process()
    _no_parsing(monkeypatch)
    again = own_compiled(pattern, regex.IGNORECASE)
    assert [(m.span(), m.group("number")) for m in again.finditer(text)] == found
    prefilter._own_forms.cache_clear()


def test_an_own_pattern_is_made_only_when_first_used(pattern_cache, monkeypatch):
    """A module's own pattern costs nothing until a text is searched with it: a short check
    uses fewer than half of the hundreds its modules hold.  Made then, it finds what the pattern
    compiled at once finds, its flags are the compiled pattern's (``regex`` adds its version
    and full case-folding), and its methods are the compiled pattern's own after the first call."""
    pattern = r"(?<![\w-])(?:upper|lower)[^\S\n]+deck[^\S\n]+(?P<cabin>\d{1,3})(?!\d)"
    text = "Cabin on the Upper  Deck 21, not the lower deck 4 or the upper deck."
    prefilter._own_forms.cache_clear()
    made: list[str] = []
    real_compile = regex.compile

    def compile_seen(source, *args, **kwargs):
        made.append(source)
        return real_compile(source, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", compile_seen)
    lazy = own_compiled(pattern, regex.IGNORECASE | regex.V1)
    assert lazy.pattern == pattern and made == []  # nothing parsed or rebuilt yet
    at_once = real_compile(pattern, regex.IGNORECASE | regex.V1)
    assert [(m.span(), m.group("cabin")) for m in lazy.finditer(text)] == [((13, 27), "21"), ((37, 49), "4")]
    assert made == [pattern]
    assert lazy.flags == at_once.flags and lazy.flags & regex.FULLCASE
    assert lazy.search(text).span() == at_once.search(text).span() == (13, 27)
    assert vars(lazy)["search"] == lazy.compiled.search  # kept: the next call goes straight to it
    assert lazy.sub("#", "upper deck 7") == "#" and lazy.match("lower deck 9123") is None  # four digits: no cabin
    assert made == [pattern]  # made once
    prefilter._own_forms.cache_clear()


def test_an_unused_own_pattern_can_be_copied_and_pickled_without_being_made():
    """Copying or unpickling asks an object for special names before its fields are set; an own
    pattern not made yet answers them as any object does, never by making itself."""
    import copy

    pattern = r"\bquayside[^\S\n]+berth[^\S\n]+\d{1,2}\b"
    lazy = own_compiled(pattern, regex.IGNORECASE)
    for twin in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert "compiled" not in vars(twin) and twin.pattern == pattern
        assert twin.search("the Quayside berth 12 and berth 3").span() == (4, 21)
    assert "compiled" not in vars(lazy)
    with pytest.raises(AttributeError):
        lazy._no_such_name  # noqa: B018 - a private name is never passed on


def test_a_modules_lazy_pattern_is_rebuilt_by_the_next_process_not_parsed_again(pattern_cache, monkeypatch):
    """A ``LazyRegex`` made without a kept form (a module's own constant) is compiled once and
    kept with the own patterns; the next process rebuilds it on first use and finds the same."""
    pattern = r"(?<![\w-])(?:east|west)[^\S\n]+wing[^\S\n]+(?P<room>\d{1,3})(?!\d)"
    text = "Her office is in the East Wing 14, not in west  wing 3 or the north wing 5."
    prefilter._own_forms.cache_clear()
    first = LazyRegex(pattern, regex.IGNORECASE)
    found = [(m.span(), m.group("room")) for m in first.finditer(text)]
    assert found == [((21, 33), "14"), ((42, 54), "3")]
    _as_the_next_process()
    _no_parsing(monkeypatch)
    again = LazyRegex(pattern, regex.IGNORECASE)
    assert [(m.span(), m.group("room")) for m in again.finditer(text)] == found
    assert list(again.finditer("the east wing, room 14")) == []
    prefilter._own_forms.cache_clear()


def test_the_job_word_patterns_are_spelt_the_same_in_every_process():
    # Their compiled forms are found again by their spelling: a word list ordered by a set's
    # order (which changes with each process's hash seed) would be parsed anew in every run.
    probe = ("import hashlib; from redactor.detect import person_roles as p; "
             "print(hashlib.sha256(''.join(c.pattern for c in p._patterns()).encode()).hexdigest())")
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        seen.add(done.stdout)
    assert len(seen) == 1


def test_a_rebuilt_pattern_lets_go_of_its_kept_form(pattern_cache):
    # The kept bytes are read once; holding them beside the compiled pattern for the whole run
    # is memory for nothing (471 patterns in the default detector).
    second, lazy = _known_rule_next_run()
    assert [m.span() for m in second.patterns[0].compiled_regex.finditer(_UNIT_TEXT)] == [(13, 32), (53, 71)]
    assert lazy.kept is None
    assert [m.span() for m in lazy.finditer(_UNIT_TEXT)] == [(13, 32), (53, 71)]  # compiled once, kept


def test_a_built_detector_holds_no_table_of_earlier_runs_patterns(pattern_cache):
    # The table holds every pattern any earlier run compiled (other settings, a folder's own
    # packs); a detector needs only its own, which its patterns hold.
    Detector(Settings(ner=False), [load_pack(builtin_rules_dir() / "military.yaml")], predefined=False)
    known_patterns.cache_clear()
    assert known_patterns()  # the next detector's run finds the patterns kept ...
    detector = Detector(Settings(ner=False), [load_pack(builtin_rules_dir() / "military.yaml")], predefined=False)
    assert known_patterns.cache_info().currsize == 0  # ... and lets go of the table once built
    found = detector.detect([DetectInput("He served in military unit 40274 until 2019.")])[0]
    assert any(m.entity_type == "MILITARY_UNIT" and "40274" in m.text for m in found)


class _Tampered:
    """Pickles as a call of ``os.system``: a cache file someone wrote to run code."""

    def __reduce__(self):
        import os

        return os.system, ("echo tampered > tampered.txt",)


@pytest.mark.parametrize("kept", [b"\x80\x04not a pickle", pickle.dumps(_Tampered()),
                                  pickled(regex.compile(r"\bnavy\s+unit\s+\d{4,6}", regex.IGNORECASE))])
def test_a_damaged_or_foreign_kept_form_is_never_run_and_the_pattern_is_compiled_anew(kept, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    flags = int(regex.IGNORECASE | regex.MULTILINE)
    compiled = rebuilt(kept, r"\bmilitary\s+unit\s+\d{4,6}", flags)
    assert [m.group() for m in compiled.finditer(_UNIT_TEXT)] == ["Military Unit 40274", "military unit 3057"]
    assert compiled.flags & flags == flags
    assert not (tmp_path / "tampered.txt").exists()


def test_redactors_own_date_patterns_and_built_in_keep_terms_are_remembered_a_users_keep_terms_never(
        pattern_cache):
    from redactor.detect.recognizers.dates import SpokenDateRecognizer

    dates = SpokenDateRecognizer()
    public = [load_pack(builtin_rules_dir() / "public.yaml")]
    detector = Detector(Settings(ner=False), public, extra_recognizers=[dates], predefined=False)
    known_patterns.cache_clear()
    assert all(is_known(p.regex, dates.global_regex_flags) for p in dates.patterns)
    assert is_known(detector.allow_list[0], regex.IGNORECASE)

    # A term of the user's config joins the keep pattern: that pattern is never remembered, and
    # it keeps what it names as Presidio's own allow list did.
    named = PatternRecognizer(supported_entity="ORGANIZATION", name="named",
                              deny_list=["Kowalczyk Family Bakery", "Family Bakery", "Olena Petrenko"])
    detector = Detector(Settings(ner=False, keep=["Kowalczyk Family Bakery"]), public,
                        extra_recognizers=[named], predefined=False)
    known_patterns.cache_clear()
    assert b"Kowalczyk" not in _cache_file().read_bytes()
    assert not is_known(detector.allow_list[0], regex.IGNORECASE)
    assert detector.engine.keep_regex is not None
    found = detector.detect([DetectInput("Olena Petrenko of the Kowalczyk Family Bakery met the Family Bakery.")])[0]
    assert sorted(m.text for m in found) == ["Family Bakery", "Olena Petrenko"]


# --- windows: a gated pattern whose matches take in few line breaks runs only near its words ---

_FILLER = "INTERVIEWER: And then what happened after that?\n"


def _windowed(pattern: str) -> tuple[GatedRegex, regex.Pattern]:
    from redactor.detect.prefilter import _Folded, line_reach

    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    req = requirement(pattern, flags)
    assert req is not None
    return GatedRegex(regex.compile(pattern, flags), req, _Folded(), line_reach(pattern, flags)), \
        regex.compile(pattern, flags)


def _spans(compiled, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in compiled.finditer(text, timeout=1.0)]


@pytest.mark.parametrize("pattern, reach", [
    (r"\bunit[^\S\n]+\d+", 0),               # spaces on one line, however many
    (r"(?x) \b unit \s? \d+ ", 1),           # one white-space character: perhaps a line break
    (r"(?<=born[^\S\n]in\n)\p{Lu}\p{L}+", 1),  # a look-behind's line break counts
    (r"\bunit\s+\d+", None),                 # any number of line breaks
    (r"(?s)unit.{0,3}\d", 3),                # any character, three times at most
    (r"\bunit(?:\n\d){2}", 2),
    (r"\bunit\d*", 0),                       # digits never are one
    (r"\bunit\D?", 1),                       # a non-digit may be
    (r"\bunit\p{Zl}", 1),                    # a property not known to hold no line break
    (r"\bunit\p{Lu}\p{L}+", 0),              # letters
    (r"(a)\1unit", None),                    # a back-reference: no bound known
])
def test_the_line_breaks_a_match_can_take_in(pattern, reach):
    from redactor.detect.prefilter import line_reach

    assert line_reach(pattern, regex.IGNORECASE | regex.MULTILINE | regex.DOTALL) == reach


def test_a_pattern_that_can_match_nothing_has_no_line_reach():
    from redactor.detect.prefilter import line_reach

    assert line_reach(r"(?:unit)?", regex.IGNORECASE) is None
    assert line_reach(r"(?=unit)", regex.IGNORECASE) is None


def test_matches_at_the_edges_of_a_window_are_found():
    """A match from the first character of its line to the line break ending it (a "$" reads
    that line break), and one at the very end of the text, with the lines around them outside
    every window."""
    gate, plain = _windowed(r"^unit[^\S\n]+\d+$")
    text = _FILLER * 8 + "unit 40274\n" + _FILLER * 8 + "unit 7"
    windows = gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert windows is not None and len(windows) == 2 and windows[0][0] > 0  # windows, not the whole
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 40274", "unit 7"]
    assert _spans(gate, text) == _spans(plain, text)
    near_miss = _FILLER * 8 + "unit 40274x\n" + _FILLER * 8 + "subunit 7"
    assert _spans(gate, near_miss) == _spans(plain, near_miss) == []


def test_two_words_whose_windows_overlap_are_searched_once_in_order():
    """A pattern that may take in one line break: "unit" on two neighbouring lines opens two
    windows that overlap and are merged; a match running over the line break is found whole,
    and the next starts where it ended, as in a search of the whole text."""
    gate, plain = _windowed(r"(?x) \b unit \s? \d+ ")
    text = _FILLER * 6 + "the unit\n4 and unit 5\nunit\n6 unit7" + "\n" + _FILLER * 6
    windows = gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert windows is not None and len(windows) == 1
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit\n4", "unit 5", "unit\n6", "unit7"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_pattern_without_a_bound_on_line_breaks_searches_the_whole_text():
    gate, plain = _windowed(r"\bunit\s+\d+")
    assert gate.reach is None
    text = _FILLER * 6 + "unit\n\n\n\n\n\n\n\n40274\n" + _FILLER * 6
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit\n\n\n\n\n\n\n\n40274"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_look_behind_reads_the_text_before_the_match_in_its_window():
    """The word is only in the look-behind, on the line before the match; the window opens a
    line before the word, far from the text's start, and the search there sees it.  "Born in"
    on a line of its own ("born in\\nKursk") matches, "born\\nin" does not."""
    gate, plain = _windowed(r"(?<=born[^\S\n]in\n)\p{Lu}\p{L}+")
    text = _FILLER * 10 + "I was born in\nKursk, and my brother was born\nin\nOrel.\n" + _FILLER * 10
    windows = gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert windows is not None and windows[0][0] == len(_FILLER) * 9
    assert [text[s:e] for s, e in _spans(gate, text)] == ["Kursk"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_word_boundary_at_a_windows_start_reads_the_character_before_it():
    gate, plain = _windowed(r"\bunit[^\S\n]+\d+")
    text = _FILLER * 6 + "subunit 4\nunit 5 and the subunit 6\n" + _FILLER * 6
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 5"]
    assert _spans(gate, text) == _spans(plain, text)


def test_every_shipped_pattern_finds_in_windows_what_it_finds_in_the_whole_text(redactor_default):
    """The transcripts above, their lines spread among lines of an interviewer's questions so
    that windows leave most of the text out, under every gated pattern the detector runs."""
    detector = redactor_default.detector
    lines = "\n".join(_TRANSCRIPTS).splitlines()
    text = "".join(_FILLER * 4 + line + "\n" for line in lines) + _FILLER * 4
    windowed = 0
    for name, compiled, plain in _gated_patterns(detector):
        assert _spans(compiled, text) == _spans(plain, text), name
        if compiled.reach is not None and compiled.facts.of(text).windows(compiled.anchors, compiled.reach):
            windowed += 1
    assert windowed >= 50


def test_an_end_of_text_test_is_not_fooled_by_the_end_of_a_window():
    """Without MULTILINE, "$" also matches before a line break that ends the text: a window
    ending just after a line break must not make that line break look like the text's last."""
    gate, plain = _windowed(r"(?-m:\bunit[^\S\n]+\d+$)")
    text = _FILLER * 6 + "unit 4\n" + _FILLER * 6 + "unit 5\n"
    assert gate.facts.of(text).windows(gate.anchors, gate.reach) is not None
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 5"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_start_of_text_test_is_not_fooled_by_the_start_of_a_window():
    gate, plain = _windowed(r"(?-m:^unit[^\S\n]+\d+)|\Aunit")
    text = "unit 3\n" + _FILLER * 6 + "unit 4\n" + _FILLER * 6
    assert gate.facts.of(text).windows(gate.anchors, gate.reach) is not None
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 3"]
    assert _spans(gate, text) == _spans(plain, text)
    assert _spans(gate, text[7:]) == _spans(plain, text[7:]) == []


def test_a_pattern_that_requires_only_a_digit_runs_on_the_lines_with_one():
    gate, plain = _windowed(r"(?<![\w-])\d{2}-\d{3}(?![\w-])")
    assert gate.requirement == (frozenset({DIGIT}),) and gate.reach == 0
    text = _FILLER * 6 + "Post code 02-495 Warszawa, not 02-4950.\n" + _FILLER * 6 + "٠٢-٤٩٥\n"  # Arabic-Indic digits
    windows = gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert windows is not None and len(windows) == 2
    assert [text[s:e] for s, e in _spans(gate, text)] == ["02-495", "٠٢-٤٩٥"]
    assert _spans(gate, text) == _spans(plain, text)


def test_the_condition_on_the_fewest_lines_opens_the_windows():
    """"unit" is on every line, a digit on one: the windows are that line's."""
    gate, plain = _windowed(r"\bunit[^\S\n]+\d+")
    text = "the unit moved\n" * 10 + "unit 40274\n" + "the unit moved\n" * 10
    assert gate.facts.of(text).windows(gate.anchors, gate.reach) == [(150, 160, 162)]
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 40274"]
    assert _spans(gate, text) == _spans(plain, text)


# --- start words: a pattern every match of which starts with one of a few words is tried only there ---


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:sergeant|corporal)[^\S\n]+\w+", {"sergeant", "corporal"}),
    (r"(?<![\w-])(?=\w)(?:my|our)\s+(?:son|daughter)", {"my", "our"}),       # look-arounds consume nothing
    (r"\bunits?\s+\d+", {"unit"}),                                          # "units" starts with "unit"
    (r"(?x) \b f(?:aw|iat|o(?:rd|ton)) \b", {"faw", "fiat", "ford", "foton"}),  # a word list as a prefix tree
    (r"\bсержант\w*\s+\w+", {"сержант"}),                                     # Cyrillic folds one to one
])
def test_the_words_every_match_starts_with(pattern, expected):
    from redactor.detect.prefilter import start_words

    assert start_words(pattern, int(regex.IGNORECASE)) == frozenset(expected)


@pytest.mark.parametrize("pattern, flags", [
    (r"\p{Lu}\w+\s+street", regex.IGNORECASE),       # starts with a class
    (r"(?:sergeant|\w+)\s+\w+", regex.IGNORECASE),    # one branch starts anywhere
    (r"(?:the\s+)?sergeant", regex.IGNORECASE),      # optional first word
    (r"\b(?:a|an)\s+sergeant", regex.IGNORECASE),    # "a" is too short to look for
    (r"(?:sergeant){e<=1}", regex.IGNORECASE),       # fuzzy: "sargeant" matches too
    (r"ßtraße\s+\d+", regex.IGNORECASE),            # "ß" folds to two letters ("straße": "stra")
    (r"\bsergeant\s+\w+", regex.IGNORECASE | regex.REVERSE),  # searched from the end
])
def test_no_start_words_where_a_match_may_start_elsewhere(pattern, flags):
    from redactor.detect.prefilter import start_words

    assert start_words(pattern, int(flags)) is None


def _started(pattern: str) -> tuple[GatedRegex, regex.Pattern]:
    from redactor.detect.prefilter import _Folded, line_reach, start_words

    flags = regex.IGNORECASE | regex.MULTILINE
    req, starts = requirement(pattern, flags), start_words(pattern, flags)
    assert req is not None and starts is not None
    return (GatedRegex(regex.compile(pattern, flags), req, _Folded(), line_reach(pattern, flags), starts),
            regex.compile(pattern, flags))


def test_a_pattern_is_tried_only_where_its_start_words_start():
    """Each rank opens a try, in order; a match ("Sergeant Major Kowalczyk") covers the next
    rank ("Major"), which is not tried again, as in a search of the whole text; "sergeants"
    starts with a start word but fails there; the Kelvin sign and a capital fold to the word."""
    gate, plain = _started(r"\b(?:sergeant|major|\u212aapitan)[^\S\n]+\p{Lu}\w+")
    text = (_FILLER * 3 + "My unit: Sergeant Major Kowalczyk, then sergeants, then major Sova.\n"
            + "KAPITAN Dmitri and \u212aapitan Orel" + "\n" + _FILLER * 3)
    facts = gate.facts.of(text)
    assert facts.aligned and len(facts.starts(gate.starts)) == 6
    assert [text[s:e] for s, e in _spans(gate, text)] == [
        "Sergeant Major", "major Sova", "KAPITAN Dmitri", "\u212aapitan Orel"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_look_behind_and_a_word_boundary_read_the_text_before_a_start():
    gate, plain = _started(r"(?<=\bborn[^\S\n]in[^\S\n])(?:early|late)[^\S\n]+\d{4}|\b(?:unit)[^\S\n]+\d+")
    text = "I was born in late 1991; subunit 4, unit 5; reborn in early 2001."
    assert [text[s:e] for s, e in _spans(gate, text)] == ["late 1991", "unit 5"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_text_whose_folding_moves_places_is_searched_as_before():
    """"İ" folds to two characters: places in the folded text are not the text's, so the
    pattern runs over the text (or its windows) instead."""
    gate, plain = _started(r"\bunit[^\S\n]+\d+")
    text = "İSTANBUL unit 4 and UNİT 5\n" + _FILLER * 6
    assert not gate.facts.of(text).aligned
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 4", "UNİT 5"]
    assert _spans(gate, text) == _spans(plain, text)


def test_a_start_word_on_most_words_of_a_text_means_a_search_instead(monkeypatch):
    """More places to try than one per ``_CHARS_PER_START`` characters: one search is cheaper,
    and finds the same."""
    from redactor.detect import prefilter

    gate, plain = _started(r"\bthe[^\S\n]+unit[^\S\n]+\d+")
    text = "the unit the unit 4 the the the unit 5"
    searched = []
    monkeypatch.setattr(gate, "_at_starts", lambda *args: searched.append(args) or iter(()))
    assert len(gate.facts.of(text).starts(gate.starts)) * prefilter._CHARS_PER_START > len(text)
    assert _spans(gate, text) == _spans(plain, text) == [(9, 19), (28, 38)]
    assert searched == []


def test_every_shipped_pattern_with_start_words_finds_what_a_whole_search_finds(redactor_default):
    """The transcripts above with their lines among interviewer's questions, and on their own."""
    detector = redactor_default.detector
    lines = "\n".join(_TRANSCRIPTS).splitlines()
    spread = "".join(_FILLER * 4 + line + "\n" for line in lines) + _FILLER * 4
    started = 0
    for name, compiled, plain in _gated_patterns(detector):
        if compiled.starts is None:
            continue
        started += 1
        for text in [spread, *_TRANSCRIPTS]:
            assert _spans(compiled, text) == _spans(plain, text), name
    assert started >= 50


def test_non_ascii_letters_of_a_word_list_gate_it():
    """A street type with a Hungarian or Turkish letter ("út", "sokağı") requires its word, in
    any case, where it made the whole list require nothing before; the dotless "ı", whose
    capital folds to "i", ends a word's atom ("sokağ")."""
    pattern = r"\p{Lu}\w+[^\S\n]+(?:út|sokağı|utca)\b"
    assert set(requirement(pattern, re.IGNORECASE)) == {frozenset({"út", "sokağ", "utca"})}
    gate = _gated(pattern)
    plain = regex.compile(pattern, regex.IGNORECASE)
    text = "We lived at Andrássy ÚT, later on Bağdat SOKAĞI."
    assert [m.group() for m in gate.finditer(text)] == [m.group() for m in plain.finditer(text)] == [
        "Andrássy ÚT", "Bağdat SOKAĞI"]
    assert list(gate.finditer("We lived at Andrássy street.")) == []


def test_windows_are_worked_out_once_per_text_for_the_same_anchors():
    from redactor.detect.prefilter import _Folded

    facts = _Folded()
    first = GatedRegex(regex.compile(r"(?<!\d)\d{2}-\d{3}(?!\d)"), ((frozenset({DIGIT}),)), facts, 0)
    second = GatedRegex(regex.compile(r"(?<!\d)\d{3}-\d{2}(?!\d)"), ((frozenset({DIGIT}),)), facts, 0)
    text = _FILLER * 6 + "Post code 02-495, flat 123-45.\n" + _FILLER * 6
    assert [m.group() for m in first.finditer(text)] == ["02-495"]
    windows = facts.windows((frozenset({DIGIT}),), 0)
    assert [m.group() for m in second.finditer(text)] == ["123-45"]
    assert facts.windows((frozenset({DIGIT}),), 0) is windows
    assert facts.of(_FILLER + "12-345\n").windows((frozenset({DIGIT}),), 0) is not windows


# A pattern with a block of group definitions, as two shipped ones are written: a comment in
# the block holds parentheses, and one group calls another.
_DEFINED = r"""(?x)
(?: (?&code) [^\S\n]? (?&amount) | (?&amount) [^\S\n]* (?: euros | zloty ) )
(?(DEFINE)
  # "4,000" or "552.21" (never a part of a longer figure)
  (?<amount> (?<! [\w.,] ) (?&digits) (?: [.,] \d{1,2} )? )
  (?<digits> \d{1,3} (?: , \d{3} )* )
  (?<code> (?-i: EUR | PLN ) ) )"""


def test_a_pattern_with_group_definitions_is_read_with_each_call_as_its_group():
    from redactor.detect.prefilter import line_reach

    # a currency's code or name, and a digit: each call read as the group it calls
    assert set(requirement(_DEFINED, re.IGNORECASE) or ()) <= {frozenset({"eur", "pln", "euros", "zloty"}),
                                                                frozenset({DIGIT})}
    assert requirement(_DEFINED, re.IGNORECASE)
    assert line_reach(_DEFINED, re.IGNORECASE) == 0
    assert requirement(r"(?(DEFINE)(?<job>nurse|welder))(?:a|the)\s+(?&job)", re.IGNORECASE) is None


@pytest.mark.parametrize("pattern", [
    r"(?(DEFINE)(?<a>street))\d+ (?&a) road",        # the block is not the pattern's end
    r"(?&a)\s+road(?(DEFINE)(?<a>x(?&a)?))",         # a group that calls itself
    r"(?1)\s+road(?(DEFINE)(?<a>street))",           # a call by number
    r"(?&b)\s+road(?(DEFINE)(?<a>street))",          # a call of a group no block defines
    r"(?x)(?&a) road (?-x: #)(?(DEFINE)(?<a>street))",  # verbose mode switched inside
])
def test_no_requirement_where_group_definitions_cannot_be_unfolded(pattern):
    assert requirement(pattern, re.IGNORECASE) is None


def test_a_pattern_with_group_definitions_finds_in_windows_what_it_finds_in_the_whole_text():
    gate, plain = _windowed(_DEFINED)
    text = (_FILLER * 3 + "A: The court fixed bail at EUR 4,000, then\n" + _FILLER * 3
            + "A: 1,500.50 euros and 7 zloty; ISO 9001, EUR1 and x12 euros are not sums.\n" + _FILLER)
    assert [text[s:e] for s, e in _spans(gate, text)] == ["EUR 4,000", "1,500.50 euros", "7 zloty"]
    assert _spans(gate, text) == _spans(plain, text)
    assert gate.facts.of(text).windows(gate.anchors, gate.reach)  # most of the text left out


def test_the_shipped_patterns_with_group_definitions_are_gated_and_find_what_a_whole_search_finds(
        redactor_default):
    detector = redactor_default.detector
    text = (_FILLER * 4 + "A: They fined him EUR 4,000 (approximately PLN 17,000).\n" + _FILLER * 4
            + "A: He got 200,000 Turkish liras (TRY), and in 2019 two years in prison.\n" + _FILLER * 4
            + "A: ISO 9001 and EUR 50 million are not his; three years of custody were.\n" + _FILLER)
    detector.detect([DetectInput(text)])
    defined = [(name, compiled, plain) for name, compiled, plain in _gated_patterns(detector)
               if "(?(DEFINE)" in plain.pattern]
    assert len(defined) >= 2
    found = 0
    for name, compiled, plain in defined:
        assert _spans(compiled, text) == _spans(plain, text), name
        found += len(_spans(plain, text))
    assert found >= 2


# --- redactor's own patterns searched for over every whole text are gated too ---


def _own_whole_text_patterns() -> list:
    from redactor.detect import role_slots
    from redactor.detect.recognizers import incident

    slots = role_slots._patterns()
    return [pattern for _, _, pattern in incident._compiled()] + \
        [slots[name] for name in ("of", "gloss_after", "gloss_before", "duty", "as", "described")]


def test_the_incident_forms_and_the_job_slots_are_gated():
    assert all(isinstance(pattern, GatedRegex) for pattern in _own_whole_text_patterns())


_OWN_LINES = [
    "WITNESS: we got to the depot at six fifty five and the gate was shut.\n",
    "WITNESS: twenty minutes later about thirty workers came out, maybe forty of us in all.\n",
    "WITNESS: the night foreman, a kapo, said the reading was 120 ppm at 04:05 in the morning.\n",
    "WITNESS: my cousin worked as a soudeur for the director of the yard, an older man.\n",
    "WITNESS: I counted 41 and it took an hour and a half, a quarter past two.\n",
]


@pytest.mark.parametrize("spread", [1, 12])
def test_a_gated_own_pattern_finds_what_a_whole_search_finds(spread):
    """Lines of the forms far apart among lines without their words (the windows are used) and
    close together (a whole search): the same matches either way, none lost."""
    text = "".join(line + _FILLER * spread for line in _OWN_LINES) + "INTERVIEWER: Thank you.\n"
    found = 0
    for gate in _own_whole_text_patterns():
        assert _spans(gate, text) == _spans(gate.compiled, text)
        found += len(_spans(gate, text))
    assert found >= 10


_CALLING_LINES = [
    "WITNESS: the drivers at the depot all call him sparrow.\n",
    "WITNESS: on the night shift, everyone says boss, never her name.\n",
    "WITNESS: at the yard they say tiger.\n",
    "WITNESS: my sister still calls me pumpkin at home.\n",
]


@pytest.mark.parametrize("spread", [1, 12])
def test_the_nickname_words_are_gated_apart_and_find_what_a_whole_search_finds(spread):
    """The patterns of the words someone is called by are searched over every whole text: gated,
    with gates that read each text on their own ("her", "in" and "at" not added to the automaton
    every other own pattern's gate shares), and finding the same, near one another or apart."""
    from redactor.refine import nicknames

    patterns = nicknames.alias_word_patterns()
    shared = prefilter._OWN_FACTS
    assert all(isinstance(gate, GatedRegex) and gate.facts is not shared for gate in patterns.values())
    assert {"call", "nicknamed", "say"} <= patterns["called"].facts._atoms | patterns["said there"].facts._atoms
    text = "".join(line + _FILLER * spread for line in _CALLING_LINES)
    found = []
    for name, compiled in (("called", nicknames._CALLED_WORD), ("said there", nicknames._SAID_THERE_WORD)):
        assert _spans(patterns[name], text) == _spans(compiled, text)
        found += [text[slice(*m.span("alias"))] for m in patterns[name].finditer(text)]
    assert sorted(found) == ["pumpkin", "sparrow", "tiger"]
    assert list(patterns["called"].finditer("WITNESS: nobody calls anyone anything here.\n")) == []


# --- simple case-folding: an own pattern of ``regex`` version 1 folds case fully; a twin folding one
# character to one is searched over texts where that finds the same ---

_V1 = int(regex.IGNORECASE | regex.VERSION1)


@pytest.mark.parametrize("pattern, flags, twin", [
    (r"\bfifty[^\S\n]+kilos\b", _V1, True),
    (r"(?x) \b (?: pay | paid ) \s+ \d+ ", _V1 | regex.MULTILINE, True),
    (r"\bstrasse[^\S\n]+\d+", int(regex.IGNORECASE), False),        # version 0: simple already
    (r"\bstrasse[^\S\n]+\d+", int(regex.VERSION1), False),           # case counts: no folding
    (r"\bstraße[^\S\n]+\d+", _V1, False),                             # "ß" folds to "ss"
    (r"\bstra[Ø-ÿ]e[^\S\n]+\d+", _V1, False),                        # a range holding "ß"
    (r"\b\u0130stanbul\b", _V1, False),                               # "İ" folds to "i" and a dot
])
def test_an_own_pattern_folding_case_fully_gets_a_simple_twin_when_no_literal_folds_wide(pattern, flags, twin):
    from redactor.detect.prefilter import simple_case

    found = simple_case(regex.compile(pattern, flags))
    assert (found is not None) == twin
    if twin:
        assert not found.flags & regex.FULLCASE and found.flags & regex.IGNORECASE


def test_the_twin_is_searched_only_over_a_text_no_character_of_which_folds_wide(pattern_cache):
    """"ﬁfty" (a ligature) and "STRAßE" match the fully folding pattern only: a text holding
    one is searched with the pattern itself, one without with its twin, and both find what a
    search with the pattern finds."""
    from redactor.detect.prefilter import gated

    patterns = {"weight": regex.compile(r"\bfifty[^\S\n]+kilos\b|\bstrasse[^\S\n]+\d+", _V1 | regex.MULTILINE)}
    gate = gated(patterns)["weight"]
    assert isinstance(gate, GatedRegex) and gate.simple is not None
    wide = "He carried \ufb01fty kilos along the STRAßE 12, then FIFTY KILOS more.\n"
    plain = "He carried fifty kilos along the STRASSE 12, then FIFTY KILOS more.\n"
    for text, expected in [(wide, ["\ufb01fty kilos", "STRAßE 12", "FIFTY KILOS"]),
                           (plain, ["fifty kilos", "STRASSE 12", "FIFTY KILOS"])]:
        assert [m.group() for m in gate.finditer(text)] == [m.group() for m in patterns["weight"].finditer(text)] \
            == expected
    assert [m.group() for m in gate.simple.finditer(wide)] == ["FIFTY KILOS"]  # why the text decides
    assert list(gate.finditer("He carried fifty bags along the street.\n")) == []


def test_a_twin_is_made_when_first_searched_and_one_an_earlier_run_made_is_not_parsed_again(pattern_cache, monkeypatch):
    """Start-up of a short check: a gate makes its twin only when a text that folds one to one
    passes it, and a pattern whose twin an earlier run kept is not parsed to decide again (a
    parse is milliseconds; the incident forms' took a tenth of a second of every start)."""
    from redactor.detect.prefilter import gated, simple_case

    pattern, flags = r"\bsixty[^\S\n]+tonnes\b", _V1 | regex.MULTILINE
    prefilter._own_forms.cache_clear()
    try:
        gate = gated({"weight": regex.compile(pattern, flags)}, apart=True)["weight"]
        assert list(gate.finditer("He sold the boat in March.\n")) == []  # the gate turns it away
        assert gate.simple is prefilter._UNMADE
        text = "They took some sixty tonnes of trout, then SIXTY TONNES more.\n"
        assert [m.group() for m in gate.finditer(text)] == ["sixty tonnes", "SIXTY TONNES"]
        assert gate.simple.pattern == "(?-f)" + pattern and not gate.simple.flags & regex.FULLCASE
        prefilter._keep_own()  # as when the process ends
        prefilter._own_forms.cache_clear()

        def parsed(*args):
            raise AssertionError("parsed")

        monkeypatch.setattr(prefilter, "_tree", parsed)
        twin = simple_case(regex.compile(pattern, flags))
        assert twin.pattern == "(?-f)" + pattern and [m.group() for m in twin.finditer(text)] == ["sixty tonnes", "SIXTY TONNES"]
        with pytest.raises(AssertionError, match="parsed"):  # no twin kept for it: read as before
            simple_case(regex.compile(r"\bseventy[^\S\n]+barrels\b", flags))
    finally:
        prefilter._own_forms.cache_clear()


def test_every_incident_form_has_a_twin_that_finds_what_it_finds():
    """The incident forms fold case fully and spell no letter that folds wide: each has a twin,
    and over the lines above, with and without a ligature, the gate finds what the form finds."""
    from redactor.detect.recognizers import incident

    forms = [pattern for _, _, pattern in incident._compiled()]
    assert all(form.simple is not None for form in forms)
    text = "".join(line + _FILLER for line in _OWN_LINES)
    for variant in (text, text.replace("fifty", "\ufb01fty")):
        for form in forms:
            assert _spans(form, variant) == _spans(form.compiled, variant)


def test_the_code_s_own_kept_patterns_are_spelt_the_same_in_every_process(tmp_path):
    # An own pattern is found again by its spelling (``own_compiled``): one whose word list
    # follows a set's order, which changes with the hash seed, was parsed anew in every run
    # and added to the kept file once more each time.
    probe = ("import hashlib\n"
             "from redactor.detect import cue_numbers, dialling_codes, id_edges, joins, org_edges, prefilter\n"
             "from redactor.detect.recognizers import answers, coloured_models, firm_appositions\n"
             "from redactor.refine import appositions, nicknames, people, propagate\n"
             "for lazy in (org_edges._next_form, org_edges._firm_end, org_edges._legal_form_end,\n"
             "             org_edges._facility_before, coloured_models._phrase,\n"
             "             firm_appositions._kind_phrase, answers._firm_question):\n"
             "    lazy()\n"
             "from redactor.detect.prime import compile_held_patterns\n"
             "compile_held_patterns()  # each is made on first use, as the priming child makes them\n"
             "keys = sorted(prefilter._OWN_LEARNED)\n"
             "prefilter._OWN_LEARNED.clear()\n"
             "print(len(keys), hashlib.sha256('\\n'.join(keys).encode()).hexdigest())\n")
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path / seed),
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        seen.add(done.stdout)
    assert len(seen) == 1
    count = int(next(iter(seen)).split()[0])
    assert count > 100  # the modules' patterns are kept: each learnt in a process with no kept file


class _CountedSearch:
    """``_ANY_DIGIT`` counting its searches: one per text folded."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.count = 0

    def search(self, *args):
        self.count += 1
        return self.pattern.search(*args)


def test_a_text_read_again_after_windows_cut_from_it_is_not_folded_again(monkeypatch):
    counted = _CountedSearch(prefilter._ANY_DIGIT)
    monkeypatch.setattr(prefilter, "_ANY_DIGIT", counted)
    pattern = r"\bunit\s+\d{4,6}"
    facts = prefilter._Folded()
    gate = GatedRegex(regex.compile(pattern, regex.IGNORECASE), requirement(pattern, re.IGNORECASE), facts, 0)
    text = "We left unit 40274 in May.\nThe depot was quiet.\nLater unit 51120 moved north.\n" * 4
    plain = regex.compile(pattern, regex.IGNORECASE)
    whole = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in gate.finditer(text)] == whole
    for start in (8, 60):
        window = text[start:start + 20]
        assert [m.span() for m in gate.finditer(window)] == [m.span() for m in plain.finditer(window)]
    assert [m.span() for m in gate.finditer(text)] == whole  # the whole text again, as first read
    assert counted.count == 3  # the whole text once, each window once
    same_words = "".join(list(text))  # the same words in another string: folded anew
    assert [m.span() for m in gate.finditer(same_words)] == whole
    assert counted.count == 4


def test_a_text_set_aside_is_folded_again_once_new_words_are_watched(monkeypatch):
    counted = _CountedSearch(prefilter._ANY_DIGIT)
    monkeypatch.setattr(prefilter, "_ANY_DIGIT", counted)
    facts = prefilter._Folded()
    first = r"\bunit\s+\d{4,6}"
    GatedRegex(regex.compile(first, regex.IGNORECASE), requirement(first, re.IGNORECASE), facts, 0)
    text = "We left unit 40274 on a Monday; brigade 112 crossed a bridge at dawn.\n" * 2
    facts.of(text)
    facts.of(text[8:20])
    second = r"\bbrigade\s+\d{1,4}"
    gate = GatedRegex(regex.compile(second, regex.IGNORECASE), requirement(second, re.IGNORECASE), facts, 0)
    assert [m.span() for m in gate.finditer(text)] == [(32, 43), (102, 113)]
    assert counted.count == 3  # read again: "brigade" was no word of the automaton before


def test_the_windows_are_the_lines_near_a_word_of_every_condition():
    """"unit" on many lines, a digit on many others, both on one line only: a pattern needing
    both on one line searches that line alone."""
    gate, plain = _windowed(r"\bunit[^\S\n]+\d+")
    text = "the unit moved on\n" * 6 + "call 555 now\n" * 6 + "unit 40274\n" + "call 555 now\n" * 6
    start = len("the unit moved on\n" * 6 + "call 555 now\n" * 6)
    assert gate.facts.of(text).windows(gate.anchors, gate.reach) == [(start, start + 10, start + 12)]
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit 40274"]
    assert _spans(gate, text) == _spans(plain, text)


def test_conditions_on_neighbouring_lines_open_a_window_for_a_pattern_reaching_over_one_break():
    """A pattern taking in one line break: "unit" at the end of one line and the number on the
    next share a window; "unit" and a number three lines apart share none, and nothing is
    searched."""
    gate, plain = _windowed(r"(?x) \b unit \s? \d+ ")
    text = "the unit moved on\n" * 6 + "and the unit\n40274 went\n" + "call 555 now\n" * 6
    windows = gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert windows is not None and len(windows) == 1
    assert [text[s:e] for s, e in _spans(gate, text)] == ["unit\n40274"]
    assert _spans(gate, text) == _spans(plain, text)
    apart = "the unit moved on\n" * 6 + "and the unit\nmoved\non\n40274 went\n" + "call now\n" * 6
    assert gate.facts.of(apart).windows(gate.anchors, gate.reach) == []
    assert _spans(gate, apart) == _spans(plain, apart) == []


# --- round 34: what every branch of an alternation requires, and clock times in defined groups ---


# A range of hours said either way round ("noon to 9", "9 till midnight"): each branch needs a
# word of "to" and a clock time, in its own order.  Both are conditions of the whole.
_EITHER_WAY = r"(?x) \b (?: (?: noon | midnight ) [^\S\n]+ (?: to | till ) [^\S\n]+ \d{1,2} | \d{1,2} [^\S\n]+ (?: to | till ) [^\S\n]+ (?: noon | midnight ) ) \b"


def test_an_alternation_requires_what_each_of_its_branches_shares():
    req = requirement(_EITHER_WAY, re.IGNORECASE)
    assert req is not None
    assert sorted(map(set, req), key=sorted) == sorted([{"midnight", "noon"}, {DIGIT}, {"to", "till"}], key=sorted)
    gate, plain = _windowed(_EITHER_WAY)
    # "to" on every line, a clock time on one: that line alone is searched, and finds what the
    # whole search finds; a text with no clock time is not searched at all (one branch's best
    # term alone, "noon" or "midnight", was all a gate tested before)
    text = (_FILLER * 3 + "A: I used to go to work, noon to 9 most days.\n" + _FILLER * 3
            + "A: Then I had to switch to 9 till midnight, and went to bed at 2.\n" + _FILLER * 3)
    assert [text[s:e] for s, e in _spans(gate, text)] == ["noon to 9", "9 till midnight"]
    assert _spans(gate, text) == _spans(plain, text)
    assert gate.facts.of(text).windows(gate.anchors, gate.reach)
    assert not prefilter.can_match(gate.requirement, gate.facts.of(_FILLER + "A: I went to work and back to bed.\n"))


def test_a_term_another_implies_is_left_out():
    """"faw" holds "aw": a text with one of the first term's words has one of the second's, so
    the second is no condition of its own (it would only cost a look-up per text)."""
    words = r"\b(?:(?:f(?:aw|iat)|land)\s+\d|(?:aw|iat|land)\s+road)"
    req = requirement(words, re.IGNORECASE)
    assert req is not None
    assert not any(a is not b and prefilter._implies(a, b) for a in req for b in req)
    assert prefilter._implies(frozenset({"faw", "fiat", "land"}), frozenset({"aw", "iat", "land"}))
    assert prefilter._implies(frozenset({"unit 7"}), frozenset({DIGIT}))
    assert not prefilter._implies(frozenset({"unit", "7"}), frozenset({DIGIT}))  # "unit" holds no digit
    assert not prefilter._implies(frozenset({DIGIT}), frozenset({"7"}))


_CLOCK_DEFINED = r"""(?x)
(?&clock) [^\S\n]+ (?: shift | rota )
(?(DEFINE)
  # "22:00", "7.30": a clock time's separator, a class of a colon and a dot
  (?<clock> (?: 1 [0-9] | 2 [0-3] | 0? [0-9] ) [:.] [0-5] \d ) )"""


def test_a_class_holding_a_colon_is_no_posix_class_and_the_pattern_is_unfolded():
    req = requirement(_CLOCK_DEFINED, re.IGNORECASE)
    assert req is not None and frozenset({DIGIT}) in req and frozenset({"shift", "rota"}) in req
    gate, plain = _windowed(_CLOCK_DEFINED)
    text = _FILLER * 3 + "A: I did the 22:00 shift, then the 7.30 rota.\n" + _FILLER * 3
    assert [text[s:e] for s, e in _spans(gate, text)] == ["22:00 shift", "7.30 rota"]
    assert _spans(gate, text) == _spans(plain, text)
    # a POSIX class (whose brackets the unfolding would miscount) is still read by no one
    assert requirement(r"(?x)(?&a) [[:alpha:]]+ road (?(DEFINE)(?<a>street))", re.IGNORECASE) is None
    assert requirement(r"(?x)(?&a) [a-z[:digit:]]+ road (?(DEFINE)(?<a>street))", re.IGNORECASE) is None

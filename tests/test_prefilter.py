"""The pattern gates: the conditions read from a pattern, and that a gate never hides a match."""

from __future__ import annotations

import pickle
import re

import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from redactor.detect.engine import DetectInput, Detector
from redactor.detect.packs import builtin_rules_dir, load_pack, vocabulary_pattern
from redactor.detect.prefilter import (
    DIGIT,
    GatedRegex,
    Gates,
    LazyRegex,
    _cache_file,
    is_known,
    known_patterns,
    pickled,
    rebuilt,
    requirement,
)
from redactor.project.config import Settings


@pytest.mark.parametrize("pattern, expected", [
    (r"\bmilitary\s+unit\s+\d{4,6}", [{"military"}, {"unit"}, {DIGIT}]),
    (r"(?<=\bborn\s)(?:in|on)\s+\w+", [{"born"}]),
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
    ("f", "aw") are too short to test for, its whole words are not; a word with a space stops at
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
    ["Fiat", "MG"],                  # a word too short to test for
    ["Fiat", "Ford", "X5"],          # another
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
    for recognizer in detector.recognizers():
        for pattern in getattr(recognizer, "patterns", None) or []:
            compiled = pattern.compiled_regex
            if not isinstance(compiled, GatedRegex):
                continue
            plain = regex.compile(pattern.regex, flags=pattern.compiled_with_flags)
            for text in _TRANSCRIPTS:
                assert ([m.span() for m in compiled.finditer(text)]
                        == [m.span() for m in plain.finditer(text)]), pattern.name
            checked += 1
    assert checked >= 100


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


def test_a_known_pattern_is_rebuilt_from_its_kept_compiled_form_not_parsed_again(pattern_cache, monkeypatch):
    gates = Gates()
    gates.install(_rule())
    gates.keep()
    known_patterns.cache_clear()  # the next run
    second = _rule()
    Gates().install(second)
    lazy = second.patterns[0].compiled_regex.compiled
    assert isinstance(lazy, LazyRegex) and lazy.kept

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex, "compile", no_parse)
    assert [m.span() for m in second.patterns[0].compiled_regex.finditer(_UNIT_TEXT)] == [(13, 32), (53, 71)]
    assert lazy.compiled.flags & regex.IGNORECASE  # Presidio's flags, as compiled the first time


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

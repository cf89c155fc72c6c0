import pytest

from redactor.detect.engine import (
    Detector,
    is_generic_speaker,
    is_specific_date,
    keep_pattern,
)
from redactor.detect.overlaps import resolve_overlaps
from redactor.errors import ExitCode, RedactorError
from redactor.model import Mention
from redactor.project.config import Settings


def m(start, end, entity_type="PERSON", score=0.85, detector="SpacyRecognizer"):
    return Mention(start, end, entity_type, score, detector, "x" * (end - start))


# The overlap policy, case by case: (mentions, the one expected to survive).
OVERLAP_CASES = [
    pytest.param([m(0, 10), m(0, 15)], (0, 15), id="longer span wins"),
    pytest.param([m(0, 10, score=0.6), m(0, 10, score=0.9, entity_type="LOCATION")], (0, 10, "LOCATION"),
                 id="same span: higher score wins"),
    pytest.param([m(0, 10, "DATE"), m(0, 10, "PHONE")], (0, 10, "PHONE"), id="tie: more specific type wins"),
    pytest.param([m(0, 23, "PERSON"), m(6, 23, "EMAIL", 0.5, "EmailRecognizer")], (6, 23, "EMAIL"),
                 id="structured identifier beats a longer NER span"),
    pytest.param([m(0, 20, "ORGANIZATION"), m(5, 10, "PERSON", 1.0, "SourceProfileRecognizer")],
                 (5, 10, "PERSON"), id="source profile beats a longer NER span"),
    pytest.param([m(0, 4, "PERSON", 1.0, "SourceProfileRecognizer"), m(0, 22, "EMAIL", 0.5, "EmailRecognizer")],
                 (0, 22, "EMAIL"), id="an e-mail holding a source's name is replaced whole"),
    pytest.param([m(0, 21, "DATE", 0.6, "SpokenDateRecognizer"), m(17, 38, "DATE", 0.45)], (0, 38, "DATE"),
                 id="two overlapping dates become their union"),
    pytest.param([m(0, 21, "DATE"), m(17, 38, "PERSON")], (17, 38, "PERSON"),
                 id="a date and a longer name overlapping: the longer wins"),
    pytest.param([m(0, 12, "WORK_UNIT", 0.45, "WorkplaceUnit"), m(5, 24, "ADDRESS", 0.5, "AddressJoin")],
                 (0, 24, "ADDRESS"), id="crossing parts of a place become their union, typed as the longer"),
    pytest.param([m(0, 30, "UNIQUE_DETAIL", 0.45, "SmallGroupCount"), m(20, 34, "WORK_UNIT", 0.5, "WorkplaceUnit")],
                 (0, 34, "UNIQUE_DETAIL"), id="a singling-out phrase and a unit crossing it are joined"),
    pytest.param([m(0, 30, "UNIQUE_DETAIL", 0.45, "SmallGroupCount"), m(20, 28, "WORK_UNIT", 0.5, "WorkplaceUnit")],
                 (0, 30, "UNIQUE_DETAIL"), id="a unit inside a phrase is not joined: the longer wins"),
    pytest.param([m(8, 22, "PHONE", 0.4, "PhoneRecognizer"), m(8, 22, "ID_NUMBER", 0.75, "IdNumber")],
                 (8, 22, "ID_NUMBER"), id="a phone an ID number holds with a higher score is the ID's"),
    pytest.param([m(2, 13, "PHONE", 0.4, "PhoneRecognizer"), m(0, 13, "ID_NUMBER", 0.5, "CaseNumber")],
                 (0, 13, "ID_NUMBER"), id="a phone inside a longer ID number is the ID's"),
    pytest.param([m(0, 12, "PHONE", 0.75, "PhoneNumber"), m(0, 12, "ID_NUMBER", 0.6, "CaseNumber")],
                 (0, 12, "PHONE"), id="a phone scored higher than the ID holding it stays a phone"),
    pytest.param([m(0, 12, "PHONE", 0.75, "PhoneNumber"), m(0, 4, "ID_NUMBER", 0.75, "CaseNumber")],
                 (0, 12, "PHONE"), id="an ID number inside a phone is the phone's"),
]


def test_crossing_place_and_name_are_not_joined():
    kept = resolve_overlaps([m(0, 12, "WORK_UNIT", 0.45, "WorkplaceUnit"), m(5, 24, "PERSON")])
    assert [(k.start, k.end, k.entity_type) for k in kept] == [(5, 24, "PERSON")]


def test_a_joined_place_keeps_the_higher_score():
    kept = resolve_overlaps([m(0, 12, "WORK_UNIT", 0.6, "WorkplaceUnit"), m(5, 24, "ADDRESS", 0.35, "AddressJoin")])
    assert [(k.start, k.end, k.score) for k in kept] == [(0, 24, 0.6)]


@pytest.mark.parametrize("mentions, expected", OVERLAP_CASES)
def test_overlap_policy(mentions, expected):
    kept = resolve_overlaps(mentions)
    assert len(kept) == 1
    got = (kept[0].start, kept[0].end, kept[0].entity_type)
    assert got[: len(expected)] == expected


def test_non_overlapping_spans_all_kept_in_order():
    kept = resolve_overlaps([m(20, 25), m(0, 5), m(5, 10)])
    assert [(k.start, k.end) for k in kept] == [(0, 5), (5, 10), (20, 25)]


@pytest.mark.parametrize("text", ["February 22", "March 1st", "22 February", "the 3rd of May", "22.02.2022",
                                  "2022-02-22", "on 3/5"])
def test_specific_dates(text):
    assert is_specific_date(text)


@pytest.mark.parametrize("text", ["today", "two days later", "a few weeks", "night", "February", "2015",
                                  "last year", "the next morning"])
def test_vague_times_are_not_specific(text):
    assert not is_specific_date(text)


@pytest.mark.parametrize("label, generic", [("Q", True), ("INTERVIEWER", True), ("Speaker 2", True), ("SPEAKER_00", True),
                                            ("Int", True), ("Src", True), ("RESP", True),
                                            ("Marta Kowalczyk", False), ("Anton", False), ("Inti", False),
                                            ("Srinivas", False)])
def test_generic_speakers(label, generic):
    assert is_generic_speaker(label) is generic


def test_keep_pattern_allows_article_and_possessive():
    import re

    pattern = re.compile(keep_pattern(["Vladimir Putin", "NATO"]), re.IGNORECASE)
    assert pattern.search("Vladimir Putin's")
    assert pattern.search("the NATO")
    assert pattern.search("vladimir  putin")
    assert not pattern.search("Vladimir Putin Jr and friends")


def test_missing_model_fails_with_install_hint():
    with pytest.raises(RedactorError) as info:
        Detector(Settings(model="en_core_web_not_installed"), [])
    assert info.value.exit_code == ExitCode.USAGE
    assert "en_core_web_not_installed" in info.value.message
    assert "pip install" in info.value.message


def test_ner_keeps_organisations_and_drops_vague_time(redactor_default):
    # (a small firm: Sberbank, Russia's largest bank, is now in rules/public.yaml)
    text = "Later that night I went to the Sibkomplekt office where my cousin works, on February 22."
    found = {(f.entity_type, f.text) for f in redactor_default.scan(text)}
    assert ("ORGANIZATION", "Sibkomplekt office") in found  # the firm's site, whole
    assert ("DATE", "February 22") in found
    assert not any(t == "DATE" and "night" in x for t, x in found)


def test_keep_list_keeps_public_facts(redactor_default):
    text = ("Vladimir Putin spoke on CNN about Ukraine, Russia and Crimea. NATO answered. "
            "My neighbour Anton Bykov listened.")
    found = [f.text for f in redactor_default.scan(text)]
    for public in ("Vladimir Putin", "CNN", "Ukraine", "Russia", "Crimea", "NATO"):
        assert public not in found
    assert "Anton Bykov" in found


def test_the_allow_list_judges_a_span_said_again_as_the_first_time(redactor_default):
    # The engine searches each distinct span once; the second and third texts ask again.
    text = "Vladimir Putin spoke on CNN. My neighbour Anton Bykov listened to CNN with Anton Bykov's wife."
    for _ in range(3):
        found = [(f.text, f.start) for f in redactor_default.scan(text)]
        assert not any(t in ("CNN", "Vladimir Putin") for t, _ in found)
        assert ("Anton Bykov", 42) in found and ("Anton Bykov", 75) in found


def test_no_ner_runs_patterns_only(make_redactor):
    redactor = make_redactor(ner=False)
    findings = redactor.scan("Anton Bykov wrote to anton.b@proton.me")
    assert ("EMAIL", "anton.b@proton.me") in {(f.entity_type, f.text) for f in findings}
    # Names still come from the gazetteer, never from the model.
    assert {f.detector for f in findings if f.entity_type == "PERSON"} == {"NameGazetteerRecognizer"}


def test_numeric_date_is_a_date_not_a_phone(redactor_default):
    found = {(f.entity_type, f.text) for f in redactor_default.scan("They came for him on 03.03.2022 at dawn.")}
    assert ("PHONE", "03.03.2022") not in found
    assert ("DATE", "03.03.2022") in found


def test_generic_speaker_labels_are_kept(redactor_default):
    text = "INTERVIEWER: Where were you?\nREPORTER: And then?\nMarta Kowalczyk: At home."
    found = [f.text for f in redactor_default.scan(text)]
    assert "INTERVIEWER" not in found and "REPORTER" not in found


def test_interview_note_abbreviations_are_roles_not_names(redactor_default):
    text = ("**Int:** How long have you been there?\n**Src:** Long enough. Ask Goran.\n"
            "Resp: We met in the car park.\nInti Quispe: I was there too.")
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert not any(t in {"Int", "Src", "Resp"} for t, _ in found)
    assert ("Goran", "PERSON") in found and ("Inti Quispe", "PERSON") in found


def test_a_timed_out_pattern_makes_the_file_fail_not_pass(tmp_path):
    import logging

    from presidio_analyzer import LocalRecognizer

    from redactor.pipeline import Redactor

    class SlowRule(LocalRecognizer):
        """Stands in for a pattern that hit Presidio's regex timeout (it logs as Presidio does)."""

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            if "slow" in text:
                logging.getLogger("presidio-analyzer").warning(
                    "Regex pattern '%s' timed out after %s seconds, skipping.", "p", 60)
            return []

    (tmp_path / "a.txt").write_text("a slow text about Anton Bykov", encoding="utf-8")
    (tmp_path / "b.txt").write_text("a quick text about Anton Bykov", encoding="utf-8")
    redactor = Redactor(Settings(ner=False), extra_recognizers=[SlowRule(supported_entities=["X"], name="Slow")])
    run = redactor.run([tmp_path])
    states = {f.path.name: (f.status, f.reason) for f in run.files}
    assert states["a.txt"][0] == "failed" and "timed out" in states["a.txt"][1]
    assert states["b.txt"][0] == "scanned"
    assert run.exit_code == ExitCode.UNREADABLE


def test_sentence_words_are_trimmed_from_name_spans(redactor_default):
    found = {(f.entity_type, f.text) for f in redactor_default.scan(
        "Later Оксана Шевченко called. Then Will Hartley answered.")}
    assert ("PERSON", "Оксана Шевченко") in found
    assert not any(text.startswith(("Later", "Then")) for _, text in found)


@pytest.mark.parametrize("text, span, kept", [
    # the model starts a name at the line's speaker tag: the tag is the turn's
    ("Q: Name?\nMINERO: Wilmer Condori Apaza. In the mine.", "MINERO: Wilmer Condori Apaza", "Wilmer Condori Apaza"),
    ("SPEAKER 2: Ana Ruiz here", "SPEAKER 2: Ana Ruiz", "Ana Ruiz"),
    # not inside a line, not a tag alone, not a time
    ("He said MINERO: Wilmer Apaza", "MINERO: Wilmer Apaza", "MINERO: Wilmer Apaza"),
    ("MINERO: yes", "MINERO:", "MINERO:"),
    ("10: Ana Ruiz", "10: Ana Ruiz", "10: Ana Ruiz"),
])
def test_a_speaker_tag_at_a_names_start_is_cut_off(text, span, kept):
    from redactor.detect.engine import _trimmed

    start = text.index(span)
    new_start, new_end = _trimmed(text, start, start + len(span), "ORGANIZATION", "SpacyRecognizer")
    assert text[new_start:new_end] == kept


@pytest.mark.parametrize("text, span, entity_type, kept", [
    # the model runs the owner's name into the thing owned: the owner alone is the person
    ("he fixed the engine of sarr's pirogue for free", "sarr's pirogue", "PERSON", "sarr"),
    ("We met at Adama's shop on Friday.", "Adama's shop", "PERSON", "Adama"),
    # a capitalised name after the possessive is one name; a firm keeps its whole name
    ("She works at Mary's Hospital.", "Mary's Hospital", "PERSON", "Mary's Hospital"),
    ("We met at Adama's shop on Friday.", "Adama's shop", "ORGANIZATION", "Adama's shop"),
])
def test_a_possessive_inside_a_person_span_ends_it(text, span, entity_type, kept):
    from redactor.detect.engine import _trimmed

    start = text.index(span)
    new_start, new_end = _trimmed(text, start, start + len(span), entity_type, "SpacyRecognizer")
    assert text[new_start:new_end] == kept


def test_phone_matcher_runs_only_around_clusters_of_digits():
    from redactor.detect.recognizers.windows import ChunkedPhoneRecognizer, digit_clusters

    text = ("We met in 1998, room 12. " + "Nothing here. " * 300
            + "Her line is 020 7946 0958 ext.   ,  12 and the desk is (212) 555-0123.")
    # "1998, room 12" is one cluster of six digits; the two numbers with the extension, one more.
    start = text.index("020") - 16
    assert digit_clusters(text, 4) == [(0, 39), (start, len(text))]
    assert digit_clusters("room 12, floor 3", 4) == []
    recognizer = ChunkedPhoneRecognizer(supported_language="en")
    assert recognizer.min_digits == 4
    found = [text[r.start:r.end] for r in recognizer.analyze(text, ["PHONE_NUMBER"])]
    assert found == ["020 7946 0958 ext.   ,  12", "(212) 555-0123"]


def test_the_shortest_phone_number_is_kept_per_phonenumbers_version(tmp_path, monkeypatch):
    from redactor.detect.recognizers import windows

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    computed = {regions: windows._shortest_number(regions) for regions in (("US", "GB"), ("DE",), ("GB", "US"))}
    for regions, fewest in computed.items():
        assert windows.shortest_number(regions) == fewest  # computed, kept
        assert windows.shortest_number(regions) == fewest  # read back
    kept = list((tmp_path / "redactor").glob("phone-lengths-*.marshal"))
    assert len(kept) == 1
    kept[0].write_bytes(b"damaged")
    assert windows.shortest_number(["DE"]) == computed[("DE",)]  # a damaged file is never trusted


def test_web_addresses_are_read_only_in_runs_without_white_space_and_found_as_in_whole_windows():
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    from redactor.detect.recognizers.windows import URL_ANCHOR, analyze_in_windows, runs_with

    text = ("Write to me, e.g. on kyiv-post.com.ua/news?id=4 or at\n'https://zn.ua' - "
            "also www2.\u212aharkiv.tv, \"olena.by\" and tail.coM. Not: 3.14, e . g, a.b\n"
            + "word " * 200 + "x" * 300 + ".org end " + "a.b.c.d." * 100 + "ua")
    runs = runs_with(URL_ANCHOR, text, 0, len(text))
    assert [text[a:b] for a, b in runs][:5] == ["kyiv-post.com.ua/news?id=4", "'https://zn.ua'",
                                                "www2.\u212aharkiv.tv,", '"olena.by"', "tail.coM."]
    assert text[runs[5][0]:runs[5][1]] == "x" * 300 + ".org"  # "e.g", "3.14", "a.b": no run
    recognizer = UrlRecognizer()

    def spans(**kwargs):
        return [(r.start, r.end, r.score) for r in
                analyze_in_windows(recognizer.analyze, text, URL_ANCHOR, ["URL"], None, **kwargs)]

    # The same as the whole windows everywhere, and as the whole text before the long run of
    # dots (where a window's edge cuts the run, in both).
    assert spans(in_runs=True) == spans()
    before = text.index(" a.b.c")
    whole = sorted((r.start, r.end, r.score) for r in recognizer.analyze(text, ["URL"]))
    assert [s for s in spans(in_runs=True) if s[1] <= before] == [s for s in whole if s[1] <= before]
    assert len(whole) >= 7


def _described(recognizer) -> tuple:
    patterns = [(p.name, p.regex, p.score) for p in getattr(recognizer, "patterns", None) or []]
    return (type(recognizer), recognizer.name, recognizer.supported_language, recognizer.supported_entities,
            recognizer.context, patterns, getattr(recognizer, "global_regex_flags", None),
            recognizer.score_thresholds, sorted(vars(recognizer)))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_predefined_recognizers_are_presidios_own_less_the_dropped_ones(language):
    # English is built without Presidio's configuration file; it must come out as its loader
    # builds it, recognizer for recognizer, in order (a Presidio upgrade that adds one shows here).
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine

    from redactor.detect.engine import _DROPPED_RECOGNIZERS, load_predefined
    from redactor.detect.packs import recognizer_name

    engine = NoOpNlpEngine(models=[{"lang_code": language, "model_name": "none"}])
    engine.load()
    presidios, ours = RecognizerRegistry(supported_languages=[language]), RecognizerRegistry(supported_languages=[language])
    presidios.load_predefined_recognizers(languages=[language], nlp_engine=engine)
    load_predefined(ours, language, engine)
    expected = [_described(r) for r in presidios.recognizers if recognizer_name(r) not in _DROPPED_RECOGNIZERS]
    assert [_described(r) for r in ours.recognizers] == expected
    assert len(expected) >= (12 if language == "en" else 1)

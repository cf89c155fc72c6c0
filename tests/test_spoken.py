"""Identifiers said aloud: dictated contacts, spoken numbers, spelling, unclassified codes.

Each case is a sentence as automatic captions write it, the exact span expected and the key it
must carry; near misses are sentences where nothing may be found.  The transcripts in
tests/data/spoken/ with expected_contact.yaml check offsets on whole files and measure recall
and precision per kind with the scoring function the benchmark reuses.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import yaml
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine

from bench.spoken_scoring import KindScore, format_score_table, score_spoken_set
from redactor.detect.recognizers.spoken import (
    SpelledOutRecognizer,
    SpokenContactRecognizer,
    SpokenNumberRecognizer,
    UnclassifiedIdRecognizer,
    spoken_recognizers,
)

DATA = Path(__file__).parent / "data" / "spoken"
EXPECTED = DATA / "expected_contact.yaml"


@pytest.fixture(scope="module")
def contact() -> SpokenContactRecognizer:
    return SpokenContactRecognizer()


@pytest.fixture(scope="module")
def numbers() -> SpokenNumberRecognizer:
    return SpokenNumberRecognizer()


@pytest.fixture(scope="module")
def spelled() -> SpelledOutRecognizer:
    return SpelledOutRecognizer()


@pytest.fixture(scope="module")
def unclassified() -> UnclassifiedIdRecognizer:
    return UnclassifiedIdRecognizer()


def found(recognizer, text: str, entities: list[str] | None = None) -> list[tuple[str, int, int, str]]:
    """(entity_type, start, end, redactor_key) of each result, in text order."""
    results = recognizer.analyze(text, entities)
    return sorted((r.entity_type, r.start, r.end, r.recognition_metadata["redactor_key"])
                  for r in results)


def expect_one(recognizer, sentence: str, span: str, entity_type: str, key: str) -> None:
    start = sentence.index(span)
    assert found(recognizer, sentence) == [(entity_type, start, start + len(span), key)]


# ------------------------------------------------------------------------------------ contacts

CONTACTS = [
    ("you can write to jan dot novak at proton dot me anytime",
     "jan dot novak at proton dot me", "EMAIL", "jan.novak@proton.me"),
    ("the work one is jan.novak at gmail dot com", "jan.novak at gmail dot com", "EMAIL",
     "jan.novak@gmail.com"),
    ("send it to jan novak at gmail dot com please", "jan novak at gmail dot com", "EMAIL",
     "jannovak@gmail.com"),
    ("it's j underscore novak at gmail dot com", "j underscore novak at gmail dot com", "EMAIL",
     "j_novak@gmail.com"),
    ("write to anna dash maria at ukr dot net", "anna dash maria at ukr dot net", "EMAIL",
     "anna-maria@ukr.net"),
    ("use jan hyphen novak at sign proton dot me", "jan hyphen novak at sign proton dot me", "EMAIL",
     "jan-novak@proton.me"),
    # a number with "thousand" or "hundred" in the local part is one number
    ("her niece has e-mail, salma dot idrissi two thousand at gmail dot com, if the phone",
     "salma dot idrissi two thousand at gmail dot com", "EMAIL", "salma.idrissi2000@gmail.com"),
    ("or rui dot lopes nine hundred at sapo dot pt", "rui dot lopes nine hundred at sapo dot pt", "EMAIL",
     "rui.lopes900@sapo.pt"),
    ("reach me at novak seventy seven all one word at ukr dot net",
     "novak seventy seven all one word at ukr dot net", "EMAIL", "novak77@ukr.net"),
    ("it's jan novak, no spaces, at gmail dot com", "jan novak, no spaces, at gmail dot com", "EMAIL",
     "jannovak@gmail.com"),
    ("the address is taras underscore m at bbc dot co dot uk",
     "taras underscore m at bbc dot co dot uk", "EMAIL", "taras_m@bbc.co.uk"),
    ("email olena at the rate yandex dot ru", "olena at the rate yandex dot ru", "EMAIL",
     "olena@yandex.ru"),
    ("the desk is press at kyiv post dot com", "press at kyiv post dot com", "EMAIL",
     "press@kyivpost.com"),
    ("my handle is at jan underscore novak", "at jan underscore novak", "HANDLE", "@jan_novak"),
    ("just search j underscore novak on telegram", "j underscore novak", "HANDLE", "@j_novak"),
    ("my name there is narek underscore art ninety, yeah", "narek underscore art ninety", "HANDLE",
     "@narek_art90"),
    ("my telegram is at kovac photo, all one word, okay", "at kovac photo, all one word", "HANDLE",
     "@kovacphoto"),
    ("find me, at sign, olena underscore k, on twitter", "at sign, olena underscore k", "HANDLE",
     "@olena_k"),
    ("my instagram is at olena dot k", "at olena dot k", "HANDLE", "@olena.k"),
    ("go to w w w dot example dot org for that", "w w w dot example dot org", "URL", "www.example.org"),
    ("the tips page is example dot com slash tips and it works", "example dot com slash tips", "URL",
     "example.com/tips"),
    ("h t t p s colon slash slash radio dot org slash news",
     "h t t p s colon slash slash radio dot org slash news", "URL", "https://radio.org/news"),
    ("the site is bbc dot co dot uk", "bbc dot co dot uk", "URL", "bbc.co.uk"),
    ("it's www dot svoboda dash lviv dot org", "www dot svoboda dash lviv dot org", "URL",
     "www.svoboda-lviv.org"),
    ("the shop is example.com slash tips", "example.com slash tips", "URL", "example.com/tips"),
    ("his website is bondar photo dot com dot ua", "bondar photo dot com dot ua", "URL",
     "bondarphoto.com.ua"),
    ("or the collective's one, info at free press lab dot org", "info at free press lab dot org",
     "EMAIL", "info@freepresslab.org"),
]


@pytest.mark.parametrize(("sentence", "span", "entity_type", "key"), CONTACTS)
def test_dictated_contact(contact, sentence, span, entity_type, key):
    expect_one(contact, sentence, span, entity_type, key)


CONTACT_NEAR_MISSES = [
    "i was at home all week",
    "look at that dot on the map",
    "at the end of the day we left",
    "at the time nobody cared, and we talked at length",
    "the dot com bubble burst in two thousand",
    "a red dot in the corner of the photo",
    "my telegram is broken",
    "i'll post it at some point dot dot dot",
    "we met at the cafe at nine and stayed at the hotel",
    "a hundred at the gate, two thousand at the border dot",
    # typed addresses are the typed-text detectors' to find
    "write to jan.novak@proton.me or see example.com/tips",
]


@pytest.mark.parametrize("sentence", CONTACT_NEAR_MISSES)
def test_contact_near_miss(contact, sentence):
    assert found(contact, sentence) == []


def test_verb_before_at_is_not_a_local_part(contact):
    sentence = "he works at google dot com now"
    start = sentence.index("google")
    # the domain is a web address; "works" is not made the local part of an e-mail
    assert found(contact, sentence) == [("URL", start, start + len("google dot com"), "google.com")]


def test_handle_before_at_is_the_local_part_of_an_email(contact):
    sentence = "my handle is jan underscore novak at gmail dot com"
    start = sentence.index("jan")
    assert found(contact, sentence) == [("EMAIL", start, len(sentence), "jan_novak@gmail.com")]


def test_spoken_and_typed_address_share_a_key(contact):
    spoken = found(contact, "it's jan dot novak at proton dot me")[0]
    mixed = found(contact, "it's jan.novak at proton dot me")[0]
    assert spoken[3] == mixed[3] == "jan.novak@proton.me"


# ------------------------------------------------------------------------------------- numbers

NUMBERS = [
    ("my mobile is zero six one two, three four, five six seven eight",
     "zero six one two, three four, five six seven eight", "PHONE", "612345678"),
    ("call oh seven seven double oh, nine one two, three four five",
     "oh seven seven double oh, nine one two, three four five", "PHONE", "700912345"),
    ("from abroad it's plus forty-eight, six oh one, two three four, five six seven",
     "plus forty-eight, six oh one, two three four, five six seven", "PHONE", "601234567"),
    ("it's triple two, five five, double nine, one two", "triple two, five five, double nine, one two",
     "PHONE", "222559912"),
    ("call me on twenty-two thirty-one forty-five sixty-seven",
     "twenty-two thirty-one forty-five sixty-seven", "PHONE", "22314567"),
    ("the landline is 0612 three four, five six seven", "0612 three four, five six seven", "PHONE",
     "061234567"),
    ("it's zero six one, uh, sorry, six two, three four five six seven",
     "zero six one, uh, sorry, six two, three four five six seven", "PHONE", "06234567"),
    ("the old one, oh seven seven double oh, nine one two, three four five",
     "oh seven seven double oh, nine one two, three four five", "PHONE", "700912345"),
    ("the hotline is one eight hundred, five five five, one two three four",
     "one eight hundred, five five five, one two three four", "PHONE", "005551234"),
    ("with the area code, zero four four, twenty-two thirty-one, forty-five sixty-seven",
     "zero four four, twenty-two thirty-one, forty-five sixty-seven", "PHONE", "422314567"),
    ("my passport number is four five one two nine nine three", "four five one two nine nine three",
     "ID_NUMBER", "4512993"),
    ("his badge number was four four seven one, i wrote it down", "four four seven one", "ID_NUMBER",
     "4471"),
    ("the account number is two six, one zero two zero, double five, three one",
     "two six, one zero two zero, double five, three one", "ID_NUMBER", "610205531"),
    ("the plate was four four seven one, no letters", "four four seven one", "VEHICLE_PLATE", "4471"),
    # "plus" said, then digit groups: the typed-phone detector reads only "+"
    ("my Serbian number is plus 381 64 218 7730, after six", "plus 381 64 218 7730", "PHONE", "642187730"),
    ("my Serbian number is plus three eight one six four two one eight seven seven three zero",
     "plus three eight one six four two one eight seven seven three zero", "PHONE", "642187730"),
]


@pytest.mark.parametrize(("sentence", "span", "entity_type", "key"), NUMBERS)
def test_spoken_number(numbers, sentence, span, entity_type, key):
    expect_one(numbers, sentence, span, entity_type, key)


def test_a_number_said_twice_is_two_findings(numbers):
    text = "he said it twice, zero nine three, four four seven, eighty-one, twelve\nzero nine three, four four seven, eighty-one, twelve, yeah"
    first = text.index("zero")
    second = text.index("zero", first + 1)
    span = len("zero nine three, four four seven, eighty-one, twelve")
    assert found(numbers, text) == [("PHONE", first, first + span, "934478112"),
                                    ("PHONE", second, second + span, "934478112")]
    same_line = text.replace("\n", ", ")
    assert [f[3] for f in found(numbers, same_line)] == ["934478112", "934478112"]


def test_vehicle_number_is_a_plate(numbers, spelled):
    text = "the vehicle number on the side was b k four four two one, in white paint"
    start = text.index("b k")
    assert found(spelled, text) == [("VEHICLE_PLATE", start, start + len("b k four four two one"), "bk4421")]
    assert found(numbers, text) == []


def test_self_correction_replaces_the_digits_it_corrects(numbers):
    corrected = found(numbers, "my brother's is zero nine seven, triple two, four five, six one, uh, sorry, six two")
    plain = found(numbers, "my brother's is zero nine seven, triple two, four five, six two")
    assert corrected[0][3] == plain[0][3] == "972224562"
    assert corrected[0][2] > plain[0][2]  # the correction stays inside the one finding


NUMBER_NEAR_MISSES = [
    "we were like twenty people in the basement",
    "that was back in two thousand and fifteen, or sixteen",
    "i called him three or four times, one or two times a day",
    "we paid ten thousand hryvnias for the ride",
    "we left at six thirty and got there at nine fifteen",
    "i counted one, two, three, four, five, six, seven cars",
    "twenty, thirty, forty, fifty, sixty, seventy, eighty",
    "in twenty twenty-two, twenty twenty-three, twenty twenty-four",
    "nineteen ninety-one, nineteen ninety-two, nineteen ninety-three",
    "room two hundred and five on floor twelve",
    "badge number four two",
    "prices were nine ninety-nine, nineteen ninety-nine, twenty-nine ninety-nine",
    "it came to two hundred, thirty-five, forty, twenty-five dollars",
    "the ISO 3166-1 two-letter code, a three-year-old and a two-week trip",
    # letters and digits together are a code, left to the spelling recognizer
    "the plate was k a seven seven three four x b",
    # a number typed in digits is the typed-text phone detector's
    "call 0612 345 678 tomorrow",
    "it was plus 15 degrees at noon and 20 by six",
]


@pytest.mark.parametrize("sentence", NUMBER_NEAR_MISSES)
def test_number_near_miss(numbers, sentence):
    assert found(numbers, sentence) == []


def test_phone_context_raises_the_score(numbers):
    bare = numbers.analyze("so zero six one two three four five six seven", None)[0]
    cued = numbers.analyze("my phone is zero six one two three four five six seven", None)[0]
    assert cued.score > bare.score


# -------------------------------------------------------------------------------------- spelled

SPELLED = [
    ("that's K-O-V-A-C, Kovac", "K-O-V-A-C", "PERSON", "kovac"),
    ("it's spelled K O V A C", "K O V A C", "PERSON", "kovac"),
    ("so it's k, o, v, a, c", "k, o, v, a, c", "PERSON", "kovac"),
    ("B as in Bravo, O as in Oscar, K as in Kilo", "B as in Bravo, O as in Oscar, K as in Kilo",
     "PERSON", "bok"),
    ("the surname was bravo oscar kilo", "bravo oscar kilo", "PERSON", "bok"),
    ("it's a k o v a c", "k o v a c", "PERSON", "kovac"),
    ("her name is anna, a, n, n, a", "a, n, n, a", "PERSON", "anna"),
    ("spelled b e double l o", "b e double l o", "PERSON", "bello"),
    ("that's n as in nancy, o, v, a, k", "n as in nancy, o, v, a, k", "PERSON", "novak"),
    ("it's K-O-V-Á-Č", "K-O-V-Á-Č", "PERSON", "kovac"),
    ("the code is a x seven seven three four k q", "a x seven seven three four k q", "ID_NUMBER",
     "ax7734kq"),
    ("the plate was k a seven seven three four x b, a white van", "k a seven seven three four x b",
     "VEHICLE_PLATE", "ka7734xb"),
    ("my id reads f x one two three four five six", "f x one two three four five six", "ID_NUMBER",
     "fx123456"),
    ("it said q x nine nine one on the box", "q x nine nine one", "ID_NUMBER", "qx991"),
    ("the plate was k a seventy-seven thirty-four x b", "k a seventy-seven thirty-four x b",
     "VEHICLE_PLATE", "ka7734xb"),
    ("it's k oh v a c", "k oh v a c", "PERSON", "kovac"),
]


@pytest.mark.parametrize(("sentence", "span", "entity_type", "key"), SPELLED)
def test_spelled_out(spelled, sentence, span, entity_type, key):
    expect_one(spelled, sentence, span, entity_type, key)


SPELLED_NEAR_MISSES = [
    "we got it from the f b i and the u n",
    "it was plan b for the team",
    "vitamin d and coffee",
    "we drove the x five for three hours",
    "i i i don't know",
    "bravo two zero was the call sign",
    "hotel india was closed",
    "go to w w w dot example dot org",
    "the x y z of it",
    "m i six and the c i a",
    "echo, echo, echo in the tunnel",
    "the l g b t q community and h i m a r s",
    "the tank was a t seventy-two, the plane an s u twenty-five",
]


@pytest.mark.parametrize("sentence", SPELLED_NEAR_MISSES)
def test_spelled_near_miss(spelled, sentence):
    assert found(spelled, sentence) == []


def test_name_after_spelling_confirms_it(spelled):
    confirmed = spelled.analyze("that's k-o-v-a-c, kovac", None)[0]
    alone = spelled.analyze("that's k-o-v-a-c, right", None)[0]
    assert confirmed.score > alone.score


# --------------------------------------------------------------------------------- unclassified

UNCLASSIFIED = [
    ("ref AX7734KQ on the receipt", "AX7734KQ"),
    ("his old number 4471920355 maybe", "4471920355"),
    ("something like novak@gmail, unfinished", "novak@gmail"),
    ("the tracking code was 7F3K9Q2Z88.", "7F3K9Q2Z88"),
    ("passport FX-123456 was taken", "FX-123456"),
    ("ask for @jan_novak there", "@jan_novak"),
    ("i'm @olena@mastodon.social now", "@olena@mastodon.social"),
    ("the card AB1234567 expired", "AB1234567"),
]


@pytest.mark.parametrize(("sentence", "span"), UNCLASSIFIED)
def test_unclassified_identifier(unclassified, sentence, span):
    results = unclassified.analyze(sentence, None)
    start = sentence.index(span)
    assert [(r.entity_type, r.start, r.end) for r in results] == [("UNKNOWN_ID", start, start + len(span))]
    assert 0.2 <= results[0].score <= 0.3


UNCLASSIFIED_NEAR_MISSES = [
    "the covid-19 rules were on",
    "in 2015 and in the 1990s, on the 2nd floor",
    "a t-72 and an su-25 flew over",
    "the mavic 3 drone",
    "write to jan.novak@proton.me",
    "10,000,000 hryvnias and 3.14159265",
    "4k video at 1080p",
    "signed with HMAC-SHA-256 as in RFC5646, flown in a MiG-29",
]


@pytest.mark.parametrize("sentence", UNCLASSIFIED_NEAR_MISSES)
def test_unclassified_near_miss(unclassified, sentence):
    assert unclassified.analyze(sentence, None) == []


# ----------------------------------------------------------------------------- the contract

def test_results_carry_the_redactor_metadata():
    text = "it's jan dot novak at proton dot me, zero six one two three four five six seven, k-o-v-a-c, AX7734KQ"
    for recognizer in spoken_recognizers():
        results = recognizer.analyze(text, None)
        assert len(results) == 1, recognizer.name
        meta = results[0].recognition_metadata
        assert meta[RecognizerResult.RECOGNIZER_NAME_KEY] == type(recognizer).__name__
        assert meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] == recognizer.id
        assert meta["redactor_key"]
        assert recognizer.supported_language == "en"


def test_only_requested_entities_are_returned(numbers, contact):
    text = "my passport number is four five one two nine nine three, call zero six one two three four five six seven"
    assert {r.entity_type for r in numbers.analyze(text, ["ID_NUMBER"])} == {"ID_NUMBER"}
    assert {r.entity_type for r in numbers.analyze(text, None)} == {"ID_NUMBER", "PHONE"}
    assert contact.analyze("jan dot novak at proton dot me", ["PERSON"]) == []


def test_recognizers_work_inside_a_presidio_analyzer():
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in spoken_recognizers():
        registry.add_recognizer(recognizer)
    engine = AnalyzerEngine(registry=registry, supported_languages=["en"],
                            nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]))
    text = "write to jan dot novak at proton dot me or call zero six one two, three four, five six seven eight"
    results = engine.analyze(text, language="en", context=["email", "phone"])
    got = sorted((r.entity_type, text[r.start:r.end], r.score) for r in results)
    assert got == [("EMAIL", "jan dot novak at proton dot me", SpokenContactRecognizer.SCORE_EMAIL),
                   ("PHONE", "zero six one two, three four, five six seven eight", 0.85)]


# ---------------------------------------------------------------------------------- scoring

def test_score_counts_exact_spans_per_kind():
    expected = {"findings": [
        {"file": "a.txt", "start": 0, "end": 5, "entity_type": "EMAIL"},
        {"file": "a.txt", "start": 10, "end": 20, "entity_type": "PHONE"},
    ]}
    results = [("a.txt", 0, 5, "EMAIL"), ("a.txt", 10, 19, "PHONE"), ("a.txt", 30, 35, "EMAIL"),
               ("other.txt", 0, 5, "EMAIL")]  # a file with no expectations is not scored
    rows = {r.kind: r for r in score_spoken_set(results, expected)}
    assert rows["EMAIL"] == KindScore("EMAIL", expected=1, found=2, expected_matched=1, found_matched=1)
    assert (rows["EMAIL"].recall, rows["EMAIL"].precision) == (1.0, 0.5)
    assert (rows["PHONE"].recall, rows["PHONE"].precision) == (0.0, 0.0)
    assert rows["ALL"] == KindScore("ALL", expected=2, found=3, expected_matched=1, found_matched=1)


def test_score_by_overlap_accepts_a_shorter_span():
    expected = [("a.txt", 10, 20, "PHONE"), ("a.txt", 30, 40, "URL")]
    results = [("a.txt", 12, 20, "PHONE"), ("a.txt", 30, 40, "EMAIL")]
    rows = {r.kind: r for r in score_spoken_set(results, expected, match="overlap")}
    assert rows["PHONE"].recall == rows["PHONE"].precision == 1.0
    assert rows["URL"].recall == 0.0 and rows["EMAIL"].precision == 0.0
    with pytest.raises(ValueError):
        score_spoken_set(results, expected, match="fuzzy")


def test_score_table_lists_every_kind():
    rows = score_spoken_set([("a.txt", 0, 5, "EMAIL")], [("a.txt", 0, 5, "EMAIL")])
    table = format_score_table(rows).splitlines()
    assert table[0].split() == ["kind", "expected", "found", "recall", "precision"]
    assert table[1].split() == ["EMAIL", "1", "1", "1.00", "1.00"]
    assert table[2].split()[0] == "ALL"


# ------------------------------------------------------------------- the transcripts on file

def _expected() -> dict:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def _run_on_set(expected: dict) -> list[tuple[str, int, int, str]]:
    files = sorted({f["file"] for f in expected["findings"]} | set(expected["negatives"]))
    recognizers = spoken_recognizers()
    results = []
    for name in files:
        text = (DATA / name).read_text(encoding="utf-8")
        for recognizer in recognizers:
            results += [(name, r.start, r.end, r.entity_type) for r in recognizer.analyze(text, None)]
    return results


def test_transcript_set_findings_and_negatives():
    expected = _expected()
    results = _run_on_set(expected)
    found_set = set(results)
    for item in expected["findings"]:
        text = (DATA / item["file"]).read_text(encoding="utf-8")
        where = f"{item['file']}:{item['start']}"
        assert text[item["start"]:item["end"]] == item["text"], f"expected file out of date at {where}"
        assert (item["file"], item["start"], item["end"], item["entity_type"]) in found_set, \
            f"{item['entity_type']} not found at {where}"
    for name, phrases in expected["negatives"].items():
        text = (DATA / name).read_text(encoding="utf-8")
        for phrase in phrases:
            start = text.find(phrase)
            assert start >= 0, f"negative {phrases.index(phrase)} missing from {name}"
            while start >= 0:
                end = start + len(phrase)
                hits = [r for r in results if r[0] == name and r[1] < end and start < r[2]]
                assert not hits, f"negative {phrases.index(phrase)} of {name} overlapped at {start}"
                start = text.find(phrase, start + 1)
    rows = score_spoken_set(results, expected)
    print("\n" + format_score_table(rows))
    overall = rows[-1]
    assert overall.kind == "ALL" and overall.recall == 1.0
    assert overall.precision >= 0.9


@pytest.mark.parametrize("text", [
    "one " * 10000, "one two three\n" * 3000, "k o " * 5000, "9" * 50000, "k-o-" * 10000 + "k",
    "b as in bravo " * 2500, "zero, sorry, " * 5000 + "one", "jan dot " * 5000 + "com",
    "at " * 10000, "dot com slash " * 5000, "my handle is " * 3000, "@" * 50000,
])
def test_degenerate_input_is_handled(text):
    # Runs of one token class are where a nested pattern or a look-back could turn quadratic
    # (how long each recognizer takes on such text is measured in bench/adversarial.py, not
    # here). Every result stays inside the text and covers at least one word of it.
    for recognizer in spoken_recognizers():
        results = recognizer.analyze(text, None)
        assert all(0 <= r.start < r.end <= len(text) and text[r.start:r.end].strip() for r in results)
        assert len(results) <= len(text.split())


def test_ten_thousand_words_find_each_copy_alike():
    # The spoken test set repeated to over 10,000 words: every copy gives the same findings as
    # the set on its own (nothing lost or joined across copies at that size).
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    corpus = "\n".join(texts)
    copies = 10_000 // len(corpus.split()) + 1
    text = "\n".join([corpus] * copies)
    for recognizer in spoken_recognizers():
        once = recognizer.analyze(corpus + "\n", None)
        assert len(recognizer.analyze(text, None)) == copies * len(once), recognizer.name


# -- a said phone in every format ----------------------------------------------------------------

SAID_PHONE = "plus 381 64 218 7730"


def _said_phone_files(folder: Path) -> list[Path]:
    import docx

    line = f"You can reach me on {SAID_PHONE} after six."
    (folder / "notes.txt").write_text(line + "\n", encoding="utf-8")
    (folder / "notes.md").write_text(f"# Call\n\n{line}\n", encoding="utf-8")
    # Split over two cues, as captions cut a sentence.
    (folder / "call.srt").write_text("1\n00:00:01,000 --> 00:00:03,000\nYou can reach me on plus 381 64\n\n"
                                     "2\n00:00:03,000 --> 00:00:05,000\n218 7730 after six.\n", encoding="utf-8")
    (folder / "call.vtt").write_text("WEBVTT\nKind: captions\n\n00:00:01.000 --> 00:00:03.000\n"
                                     "<v Marta>You can reach me on plus three eight one\n\n"
                                     "00:00:03.000 --> 00:00:05.000\n<v Marta>six four two one eight seven seven three zero\n",
                                     encoding="utf-8")
    segments = [{"id": 0, "start": 0.0, "end": 2.0, "text": " You can reach me on plus 381 64"},
                {"id": 1, "start": 2.0, "end": 4.0, "text": " 218 7730 after six."}]
    (folder / "whisper.json").write_text(json.dumps({"text": line, "segments": segments}), encoding="utf-8")
    document = docx.Document()
    document.add_paragraph(line)
    document.save(folder / "memo.docx")
    return sorted(folder.iterdir())


def test_a_phone_said_with_plus_is_redacted_in_every_format(tmp_path, make_redactor):
    folder = tmp_path / "in"
    folder.mkdir()
    inputs = _said_phone_files(folder)
    run = make_redactor(ner=False).redact_files([folder], tmp_path / "out")
    assert run.exit_code == 0 and len(run.outputs) == len(inputs) == 6
    for target in run.outputs.values():
        data = target.read_bytes()
        if target.suffix == ".docx":
            data = zipfile.ZipFile(target).read("word/document.xml")
        text = data.decode("utf-8")
        assert "7730" not in text and "seven three zero" not in text and "381" not in text, target.name
        assert "[PHONE" in text, target.name


def test_the_tokenizers_skip_white_space_without_changing_a_token():
    """The tokenizer's look-ahead past white space: the same tokens as the plain alternation of
    its parts, over every transcript of the test set and white space of every kind."""
    import re

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    texts.append("call\u00a0me\u3000at\tjan dot novak\r\nat proton dot me ,  k - o - v , 0612\u2028double five")
    checked = 0
    for recognizer in spoken_recognizers():
        recognizer.load()
        if not recognizer.PARTS:
            continue
        plain = re.compile("|".join(f"(?P<{n}>{p})" for n, p in recognizer.PARTS), re.IGNORECASE)
        for text in texts:
            assert ([(m.lastgroup, m.span()) for m in recognizer._tokenizer.finditer(text)]
                    == [(m.lastgroup, m.span()) for m in plain.finditer(text)]), recognizer.name
        checked += 1
    assert checked == 3


def test_the_tokenizers_are_kept_per_machine_and_rebuilt_to_find_the_same(tmp_path, monkeypatch):
    """The spoken recognizers' tokenizer and grammar patterns (redactor's own word lists) are
    kept in a ``kept_re`` table of their own and rebuilt from it by the next recognizers made."""
    import re

    from redactor.detect.recognizers.spoken import spoken_recognizers
    from redactor.project import kept_re
    from redactor.project.files import read_cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = [r for r in spoken_recognizers() if r.PARTS]
    assert len(first) == 3
    kept = {entry[0] for entry in read_cached(kept_re._cache_file("re-spoken"))}
    assert {r._tokenizer.pattern for r in first} <= kept and {r._grammar.pattern for r in first} <= kept
    rebuilt = []
    monkeypatch.setattr(kept_re, "rebuilt", lambda entry, made=kept_re.rebuilt: rebuilt.append(entry[0]) or made(entry))
    re.purge()
    again = [r for r in spoken_recognizers() if r.PARTS]
    assert {r._tokenizer.pattern for r in again} <= set(rebuilt)
    text = ("SOURCE: Call me on oh seven seven double nine, that's m dot kowalczyk at gmail dot com, "
            "badge k nine four two, born nineteen eighty-one.")
    for made, remade in zip(first, again):
        assert [(r.start, r.end, r.entity_type) for r in remade.analyze(text)] == \
            [(r.start, r.end, r.entity_type) for r in made.analyze(text)]
    assert any(r.analyze(text) for r in again)


def test_the_tokenizer_patterns_are_the_same_text_in_every_process():
    """A kept compiled form is found by its pattern's text: word lists joined in a set's order
    (which changes with the process's hash seed) would make a new pattern in every process."""
    import os
    import subprocess
    import sys

    code = ("from redactor.detect.recognizers.spoken import spoken_recognizers\n"
            "print(repr([(r._tokenizer.pattern, r._grammar.pattern) for r in spoken_recognizers() if r.PARTS]))")
    import redactor

    root = Path(redactor.__file__).resolve().parent.parent  # the code under test
    texts = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}).stdout
             for seed in ("1", "2", "3")}
    assert len(texts) == 1 and "eighteen|fourteen" in next(iter(texts))

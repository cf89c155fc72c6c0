"""A phrase that singles a person out is found as its whole clause: a noun phrase subject and its
verb before it ("The dispensary is only two people"; not a third person or "there's"; "there are" before a count is the count's, see test_counts34; the speaker's
own "i'm" before "the only" is the phrase's, see test_qother32_speaker_alone), and the rest of the clause after it ("... in that
ward", "... went on that ship this year"), up to a pause, a conjunction or a new subject, never
over another finding.  Exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest

from redactor.detect.unique_edges import extend_unique_phrases
from redactor.model import Mention


def unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("Honestly, i'm the only midwife who saw her that night.", ["i'm the only midwife who saw her that night"]),
    ("There are two women on the night roster in that ward.", ["There are two women on the night roster in that ward"]),
    ("and only three inspectors went on that ship this year, so", ["only three inspectors went on that ship this year"]),
    ("The dispensary is only two people.", ["The dispensary is only two people"]),
    ("we were only four welders on the dredger in that port", ["only four welders on the dredger in that port"]),
    # the clause ends at a pause, a conjunction or a new subject
    ("she's the only driver in the depot, and she knows it", ["the only driver in the depot"]),
    ("there were only two nurses on nights but i left", ["only two nurses on nights"]),
    ("only two women in the whole company you know", ["only two women in the whole company"]),
])
def test_a_singling_phrase_is_its_clause(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # near misses: no phrase, so nothing to grow
    "i'm the only one who knows how much I love her",
    "There are two ways to do it in that office.",
    "The clinic is open two days a week.",
])
def test_no_phrase_no_clause(redactor_default, text):
    assert "that office" not in " ".join(unique(redactor_default, text))
    assert "The clinic is" not in " ".join(unique(redactor_default, text))


def _mention(text: str, said: str, entity_type: str = "UNIQUE_DETAIL", detector: str = "SmallGroupCount") -> Mention:
    start = text.index(said)
    return Mention(start=start, end=start + len(said), entity_type=entity_type, text=said, score=0.45,
                   detector=detector)


@pytest.mark.parametrize("text, said, expected", [
    ("i'm the only medic in Pavlohrad", "the only medic", "i'm the only medic in Pavlohrad"),
    ("we're two cooks at the lodge um yeah", "two cooks", "two cooks at the lodge"),
    # a clause does not end on a preposition or an article
    ("only three guards went to the", "only three guards", "only three guards went"),
    # a form of "be" starts a new predicate
    ("the only pharmacy in Vuvulane is closed now", "the only pharmacy in Vuvulane", "the only pharmacy in Vuvulane"),
    # a line's end stops it
    ("there are two women\non the roster", "two women", "there are two women"),
])
def test_clause_edges(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said)])
    assert [m.text for m in out] == [expected]
    assert text[out[0].start:out[0].end] == expected


@pytest.mark.parametrize("text, said, expected", [
    # "it" after the verb is its object, and the clause goes on after it
    ("he is the only porter who never locked it. So they knew", "the only porter who never locked",
     "the only porter who never locked it"),
    ("only two cooks ever cleaned it in the storeroom", "only two cooks ever cleaned",
     "only two cooks ever cleaned it in the storeroom"),
    # "it" before a verb of its own starts a new clause; after a preposition it is no object
    ("the only porter who fixed it was sacked", "the only porter who fixed", "the only porter who fixed"),
    ("the only porter who walked to it", "the only porter who walked", "the only porter who walked"),
])
def test_an_object_after_the_verb(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said)])
    assert [m.text for m in out] == [expected]


def test_a_name_inside_the_clause_keeps_its_own_finding():
    text = "i'm the only nurse who saw Tomasz Wiśniewski that night"
    phrase = _mention(text, "the only nurse who saw")
    name = _mention(text, "Tomasz Wiśniewski", entity_type="PERSON", detector="SpacyRecognizer")
    out = extend_unique_phrases(text, [phrase, name])
    assert [m.text for m in out] == ["i'm the only nurse who saw", "Tomasz Wiśniewski"]


def test_other_rules_are_left_as_they_are():
    text = "she's the only nurse who saw him"
    other = _mention(text, "the only nurse", detector="PersonalDetail")
    job = _mention(text, "nurse", entity_type="OCCUPATION", detector="Occupation")
    assert extend_unique_phrases(text, [other, job]) == [other, job]


@pytest.mark.parametrize("text, expected", [
    # one person alone did it, with the rest of the clause
    ("Only one woman went in that night.", ["Only one woman went in that night"]),
    ("just one nurse saw him after midnight, then", ["just one nurse saw him after midnight"]),
    # one person alone at what they do
    ("you're the only one saying this, you know", ["the only one saying this"]),
    ("she is the only woman driving trucks at the mine", ["the only woman driving trucks at the mine"]),
])
def test_one_alone_did_it(redactor_default, text, expected):
    assert unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "not only one man came to the party.",
    "only one woman I know.",
    "the only thing missing was the key.",
    "the only one coming is my brother.",
    "we only had one option left.",
])
def test_no_one_alone_without_a_deed(redactor_default, text):
    assert unique(redactor_default, text) == []


@pytest.mark.parametrize("text, said, detector, expected", [
    # "and" between two names is one list of them, not a new clause; a clause rule's phrase then
    # goes on to its clause's end
    ("Source: And only two of us speak Portuguese and English\non the line, me and Dona Fátima.",
     "only two of us speak Portuguese", "SmallGroupCount", "only two of us speak Portuguese and English"),
    ("Only three of us speak Wolof and Italian both, so I translate for them.", "Only three of us speak Wolof",
     "SmallGroupCount", "Only three of us speak Wolof and Italian both"),
    ("But I am the only instructor with a Yoruba and Egun class, so if you say it",
     "I am the only instructor with a Yoruba", "UniquenessPhrase", "I am the only instructor with a Yoruba and Egun class"),
    ("i'm the only medic between Kharkiv and Izium.", "i'm the only medic between Kharkiv", "PersonalDetail",
     "i'm the only medic between Kharkiv and Izium"),
    # near misses: "and I" starts a new clause; a word in small letters is no name; a phrase that
    # ends on no name joins nothing
    ("I am the only nurse in Kabul and I know it.", "I am the only nurse in Kabul", "UniquenessPhrase",
     "I am the only nurse in Kabul"),
    ("the only nurse in Kabul and we left", "the only nurse in Kabul", "UniquenessPhrase", "the only nurse in Kabul"),
    ("the only woman on the line and Maria knows", "the only woman on the line", "UniquenessPhrase",
     "the only woman on the line"),
    # a capital after "and" that opens no word of letters ("M5", "A4") is no name: nothing joined
    ("I am the only driver here with a Ford and M5 licence.", "I am the only driver here with a Ford",
     "UniquenessPhrase", "I am the only driver here with a Ford"),
])
def test_a_name_joined_by_and(text, said, detector, expected):
    out = extend_unique_phrases(text, [_mention(text, said, detector=detector)])
    assert [text[m.start:m.end] for m in out] == [expected]


def test_a_name_joined_by_and_keeps_its_own_finding():
    text = "TECHNICIAN: Seven stations, and I am the only technician between Illapel and La Serena."
    phrase = _mention(text, "I am the only technician between Illapel", detector="PersonalDetail")
    place = _mention(text, "La Serena", entity_type="LOCATION", detector="NameGazetteerRecognizer")
    out = extend_unique_phrases(text, [phrase, place])
    assert [m.text for m in out] == ["I am the only technician between Illapel and", "La Serena"]


@pytest.mark.parametrize("text, said, expected", [
    # two deeds of the clause's one subject, joined by "and", "or" or a comma, the second verb in
    # the first's form
    ("I'm the only one in our tent who reads and writes Turkish. Then", "the only one in our tent who",
     "I'm the only one in our tent who reads and writes Turkish"),
    ("she was the only seller who closes the kiosk and counts the cash box, yes", "the only seller who",
     "the only seller who closes the kiosk and counts the cash box"),
    ("the only guard who opened the gate and counted the sheep", "the only guard who",
     "the only guard who opened the gate and counted the sheep"),
    ("the only cook that cooks, cleans and drives the van.", "the only cook that",
     "the only cook that cooks, cleans and drives the van"),
    ("the only porter who sweeps or mops the ward at night", "the only porter who",
     "the only porter who sweeps or mops the ward at night"),
    # a new subject after "and", or a verb in another form, is no part of it
    ("the only one who came and then we left", "the only one who", "the only one who came"),
    ("the only nurse who saw him and he died", "the only nurse who", "the only nurse who saw him"),
    ("the only guard who opened the gate and counts the sheep", "the only guard who",
     "the only guard who opened the gate"),
])
def test_coordinated_deeds_of_one_subject(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said, detector="UniquenessPhrase")])
    assert [m.text for m in out] == [expected]


@pytest.mark.parametrize("text, said, expected", [
    # a wh-clause the verb takes as its object, with its own subject and "is"
    ("the only woman who knows where the black powder is kept. So", "the only woman who",
     "the only woman who knows where the black powder is kept"),
    ("the only man who knows how to fix the boiler, and", "the only man who",
     "the only man who knows how to fix the boiler"),
    ("the only one who decides what we earn here.", "the only one who", "the only one who decides what we earn here"),
    # not after a word that is no verb, nor a "when" clause (a new event)
    ("the only one in the office what a mess", "the only one in the office", "the only one in the office"),
    ("the only one who stayed when we went home", "the only one who", "the only one who stayed"),
    # a question said next, or a verb outside a relative clause
    ("the only one who got paid how is your brother", "the only one who", "the only one who got paid"),
])
def test_a_wh_clause_as_the_verbs_object(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said, detector="UniquenessPhrase")])
    assert [m.text for m in out] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a count and the one group they all come from, in small letters
    ("There were nine of us from one family in that tent.", ["nine of us from one family"]),
    ("Nine cutters from one village came down that year.", ["Nine cutters from one village"]),
    ("we were six of us from the same clan on that boat", ["six of us from the same clan"]),
])
def test_a_count_from_one_group(redactor_default, text, expected):
    found = [f.text for f in redactor_default.scan(text) if f.entity_type in ("UNIQUE_DETAIL", "COUNT")]
    assert found == expected


@pytest.mark.parametrize("text, said, expected", [
    # no determiner after "from", or a verb after it: nothing of a group
    ("nine of us from work came", "nine of us", "nine of us"),
    ("nine of us from then on", "nine of us", "nine of us"),
    ("three of us from her dormitory", "three of us", "three of us"),
])
def test_a_count_from_near_misses(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said)])
    assert [m.text for m in out] == [expected]


@pytest.mark.parametrize("text, said, expected", [
    # a count of things said on its own takes a group said as one, not where a thing comes from
    ("Nine cutters from one village came", "Nine cutters", "Nine cutters from one village"),
    ("Two old statues from the side altar", "Two old statues", "Two old statues"),
])
def test_a_count_of_things_from(text, said, expected):
    out = extend_unique_phrases(text, [_mention(text, said, detector="CountFragmentRecognizer")])
    assert [m.text for m in out] == [expected]

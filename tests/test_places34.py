"""Places, round 34: a compass word right after or before a small place is part of its name
("tabiteuea north", "ross road west", "the Northern Reef"), and a house of worship is named by
the name before it, also after a possessive ("St. Michael's church", "the Sri Selva Vinayagar
temple"); a name called a person takes its kind word after a preposition of where and "the"
("behind the Saint Joseph chapel").  redactor.detect.place_edges; exact spans through the whole
Redactor and the widening on its own."""

from __future__ import annotations

import pytest

from redactor.detect.overlaps import _phrases_over_cut_names, resolve_overlaps
from redactor.detect.place_edges import place_edges
from redactor.model import Mention
from tests.test_org_edges import _grown
from tests.test_places29 import _kept, _places


@pytest.mark.parametrize(("text", "name", "entity_type", "expected"), [
    ("we count the outer island boxes there, nonouti, abaiang, tabiteuea north\n>> and this was",
     "tabiteuea", "LOCATION", "tabiteuea north"),
    ("kirsty goss. i live out on ross road west, you know the yellow house", "ross", "LOCATION",
     "ross road west"),
    ("i live out on ross road west, you know the yellow house", "ross", "PERSON", "ross road west"),
    ("wanted to take them to a spot inside the Northern Reef protected area", "Reef", "LOCATION",
     "Northern Reef"),
    ("She moved to Havelock North in May.", "Havelock", "LOCATION", "Havelock North"),
    ("We live behind the Saint Joseph chapel. I live with my wife", "Saint Joseph", "PERSON",
     "Saint Joseph chapel"),
    ("On Friday I go to the St. Michael's church in Sharjah, I sing.", "Michael", "PERSON",
     "St. Michael's church"),
    ("I am head cook at the Sri Selva Vinayagar temple in Thirunagar.", "Sri Selva Vinayagar", "LOCATION",
     "Sri Selva Vinayagar temple"),
])
def test_place_edges_widens_over_a_compass_word_and_a_house_of_worship(text, name, entity_type, expected):
    start = text.index(expected)
    (found,) = place_edges(text, _kept(text, name, entity_type), lambda span: False)
    assert (found.start, found.end, found.entity_type, found.text) == (start, start + len(expected), "LOCATION",
                                                                       expected)


@pytest.mark.parametrize(("text", "name", "entity_type"), [
    ("we drove from Kisoro north to the border", "Kisoro", "LOCATION"),     # a direction: compass in small letters
    ("the camp is in kisoro north of the lake", "kisoro", "LOCATION"),      # "north of": a direction from it
    ("the market in kisoro south-east of here", "kisoro", "LOCATION"),      # a compound direction
    ("we drove to kisoro North", "kisoro", "LOCATION"),                     # not in the name's case
    ("Then Maria north of the river said no.", "Maria", "PERSON"),          # a person takes no compass word
    ("The southern Kisoro farms were dry.", "Kisoro", "LOCATION"),          # a compass word in another case
    ("I told Maria church is at ten.", "Maria", "PERSON"),                  # no preposition of where
    ("Maria's church was full that day.", "Maria", "PERSON"),
    ("We prayed at the Kyiv cathedral.", "Kyiv", "LOCATION"),               # the widened name is public
    ("a grey Tucson, twice on the Sanyang road after my shift", "Sanyang", "PERSON"),  # "the" before a way's name
    ("the economic elites who are in al assad's camp to make a choice", "al assad", "PERSON"),  # a man's camp
])
def test_place_edges_leaves_a_direction_or_a_person_as_found(text, name, entity_type):
    assert place_edges(text, _kept(text, name, entity_type), lambda span: span.startswith("Kyiv")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("1\n00:00:01,000 --> 00:00:04,000\ni live out on ross road west, you know the yellow house\n",
     "ross road west"),
    ("1\n00:00:05,000 --> 00:00:09,000\nioane says we go to his mother's in tabiteuea north after, two weeks\n",
     "tabiteuea north"),
    ("Q: Where did it happen?\nA: They wanted to take them to a spot inside the Northern Reef protected area.",
     "Northern Reef"),
    ("Q: Where do you sing?\nA: On Friday I go to the St. Michael's church in Sharjah, I sing in the choir.",
     "St. Michael's church"),
    ("Q: Where do you cook?\nA: I am head cook at the Sri Selva Vinayagar temple in Thirunagar, Madurai.",
     "Sri Selva Vinayagar temple"),
])
def test_the_whole_name_is_one_place(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


@pytest.mark.parametrize("text", [
    "Q: Where was the camp?\nA: We drove from Gulu north to the border, two days.",
    "Q: And the farms?\nA: The dry farms of western Kenya were hit first.",
])
def test_no_compass_word_is_taken_as_a_direction(redactor_default, text):
    assert not [p for p in _places(redactor_default, text)
                if any(w in p.lower() for w in ("north", "western"))]


# --- a firm's trade ending its name: "provisions", "commerce", "expeditions", "hospitality"
# (redactor.detect.org_edges; the last two also in a caption's lower case)

@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("**S:** Delta Trading Srl, Monte Azzurro Commerce, and Perla Service.", "Monte Azzurro", "PERSON",
     ("ORGANIZATION", "Monte Azzurro Commerce")),
    ("The temple buys its rice from Sethu Provisions every week.", "Sethu", "PERSON",
     ("ORGANIZATION", "Sethu Provisions")),
    ("i'm a porter, four seasons now, with green karst expeditions in phong nha", "karst", "LOCATION",
     ("ORGANIZATION", "karst expeditions")),
    ("it's a, a bar contractor, greenroom hospitality, out of portlaoise.", "greenroom", "ORGANIZATION",
     ("ORGANIZATION", "greenroom hospitality")),
    # near misses: a sentence ends between; "commerce" said after a caption's name is no trade there
    ("She asked Maria. Commerce is slow here.", "Maria", "PERSON", ("PERSON", "Maria")),
    ("we sold to the sethu family and commerce was slow", "sethu", "ORGANIZATION", ("ORGANIZATION", "sethu")),
    ("i went with kovra. expeditions are long", "kovra", "ORGANIZATION", ("ORGANIZATION", "kovra")),
])
def test_a_firm_s_trade_ends_its_name(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


# --- a phrase, a job or a unit that ends inside a place's or a firm's name takes the name's rest
# (redactor.detect.overlaps._phrases_over_cut_names)

def _m(text: str, span: str, entity_type: str, detector: str = "test", score: float = 0.45) -> Mention:
    start = text.index(span)
    return Mention(start=start, end=start + len(span), entity_type=entity_type, score=score, detector=detector,
                   text=span)


@pytest.mark.parametrize("text, phrase, phrase_type, name, name_type, expected", [
    ("I rent a room with four girls in Boeng Khyang, room 12.", "four girls in Boeng", "UNIQUE_DETAIL",
     "Boeng Khyang", "LOCATION", "four girls in Boeng Khyang"),
    ("Six women, and two girls from Qırmızı Qəsəbə who are fifteen.", "two girls from Qırmızı", "UNIQUE_DETAIL",
     "Qırmızı Qəsəbə", "LOCATION", "two girls from Qırmızı Qəsəbə"),
])
def test_a_phrase_ending_inside_a_name_takes_its_rest(text, phrase, phrase_type, name, name_type, expected):
    (found,) = resolve_overlaps([_m(text, phrase, phrase_type), _m(text, name, name_type, "SpacyRecognizer", 0.85)])
    start = text.index(expected)
    assert (found.start, found.end, found.entity_type, found.text) == (start, start + len(expected), phrase_type,
                                                                       expected)


def test_a_phrase_ending_inside_a_firm_s_name_leaves_the_firm_its_finding():
    # the firm keeps its own finding (and pseudonym); the phrase that took its first word is not
    # grown over it (tests/test_orgs_round11.py's microfinance bank through a run)
    text = "i took a loan from kashf microfinance bank"
    found = resolve_overlaps([_m(text, "a loan from kashf", "UNIQUE_DETAIL"),
                              _m(text, "kashf microfinance bank", "ORGANIZATION", "SpacyRecognizer", 0.85)])
    assert ("ORGANIZATION", "kashf microfinance bank") in [(f.entity_type, f.text) for f in found]
    assert all(f.text != "a loan from kashf microfinance bank" for f in found)


@pytest.mark.parametrize("text, job, name, expected", [
    ("A clerk in Hato Mayor makes a new birth record.", "clerk in Hato", "Hato Mayor", ["clerk", "Hato Mayor"]),
    ("ja um i'm the chick rearer at\nsoetvlei ostrich farm, outside oudtshoorn", "chick rearer at\nsoetvlei",
     "soetvlei ostrich farm", ["chick rearer", "soetvlei ostrich farm"]),
])
def test_a_job_ending_inside_a_name_ends_before_it(text, job, name, expected):
    found = resolve_overlaps([_m(text, job, "OCCUPATION"), _m(text, name, "ORGANIZATION", "SpacyRecognizer", 0.85)])
    assert [(f.text, f.start) for f in found] == [(e, text.index(e)) for e in expected]


@pytest.mark.parametrize("text, phrase, phrase_type, name, name_type", [
    ("I am the only nurse in Kisoro district.", "the only nurse in Kisoro district", "UNIQUE_DETAIL",
     "Kisoro", "LOCATION"),                                               # the name held whole: as found
    ("She was a clerk in Hato Mayor.", "clerk", "OCCUPATION", "Hato Mayor", "LOCATION"),  # no overlap
    ("the only woman Maria Lopez trusted", "the only woman Maria", "UNIQUE_DETAIL", "Maria Lopez",
     "PERSON"),                                                           # a person's name: no place's
    ("i'm the chick rearer at soetvlei", "chick rearer", "OCCUPATION", "rearer at soetvlei",
     "ORGANIZATION"),                                                     # a guess on the job's own words
])
def test_a_phrase_beside_or_around_a_name_is_left(text, phrase, phrase_type, name, name_type):
    phrase_m = _m(text, phrase, phrase_type)
    assert _phrases_over_cut_names([phrase_m, _m(text, name, name_type, "SpacyRecognizer", 0.85)])[0] == phrase_m


@pytest.mark.parametrize("text, expected", [
    ("Q: Where do you live?\nA: I rent a room with four girls in Boeng Khyang, room 12 in the Heng Ly rental row.",
     "Boeng Khyang"),
    ("Q: Who else weaves there?\nA: Six women, and two girls from Qırmızı Qəsəbə who are fifteen.",
     "Qırmızı Qəsəbə"),
    ("Q: How do you change papers?\nA: A clerk in Hato Mayor makes a new birth record. Félix paid him.",
     "Hato Mayor"),
])
def test_no_word_of_the_place_is_left_in_the_clear(redactor_default, text, expected):
    start = text.index(expected)
    assert any(f.start <= start and start + len(expected) <= f.end for f in redactor_default.scan(text))

"""A small firm, club or church named in a caption's lower case before what it is ("tantely vanilla
cooperative", "gimli curling club"): found whole; a kind said with ordinary words is left."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_heads import find_firms_by_head


def _firms(text: str, caseless: bool = True) -> list[str]:
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_by_head(text, flags)]


@pytest.mark.parametrize("text, expected", [
    ("- tantely vanilla cooperative in sambava, forty two members.", ["tantely vanilla cooperative"]),
    ("manu sheth, manubhai patel,\nshree ram salt traders\nin kharaghoda", ["shree ram salt traders"]),
    ("it's a jigger, squid, she's licensed through beauchene fisheries here in stanley.",
     ["beauchene fisheries"]),
    ("i'm the ice maker at the gimli curling club,\npart-time, winters", ["gimli curling club"]),
    ("aye, owned by a group down south, dunmore funeral holdings. the site manager is gordon baird.",
     ["dunmore funeral holdings"]),
    ("i'm a balloon pilot, periköy balloons,\nin göreme", ["periköy balloons"]),
    ("that barge belongs to north santo marine fuels, the owner is mister henry leong",
     ["north santo marine fuels"]),
    ("<v b>tuitt aggregates. the owner is mister desmond tuitt", ["tuitt aggregates"]),
    ("i work in a money exchange in aden, in crater. al-rawdha exchange. i am a cashier",
     ["al-rawdha exchange"]),
    ("then he opened again with a new name, hiil home health, same desk", ["hiil home health"]),
    ("- the kumiai has a name\n- kita no daichi cooperative. the man who comes is mister onodera",
     ["kita no daichi cooperative"]),
    ("i drive route twelve for transport bérubé et fils, the kids call me ti-marc", ["bérubé et fils"]),
    # everyday words before a head only a firm's name ends in
    ("<v dwayne>alright so i'm a security officer at the coral cove resort on the west end in negril",
     ["coral cove resort"]),
    ("<v andri>star bay casino in larnaca, the satellite casino by the mackenzie", ["star bay casino"]),
    ("third summer there, for golden bench placers", ["golden bench placers"]),
    ("i work at the sparkle hand car wash\non the harrowden road", ["sparkle hand car wash"]),
    ("i cut stone for golden bench traders, the big yard", ["golden bench traders"]),
])
def test_a_caption_s_firm_before_what_it_is_is_found_whole(text, expected):
    assert _firms(text) == expected


@pytest.mark.parametrize("text", [
    # ordinary words before the kind: no name
    "we go to the pentecostal church and the fishing cooperative, the local curling club",
    "i worked at a big casino and then the beach resort, the car wash on the corner",
    # a public place before the kind
    "he plays for the london football club now and stays at the accra hotel",
    # a rare word not right before the kind's words
    "kwabena said the cooperative was late, gimli said the club was closed",
    # a verb between: no name of a firm
    "i asked kwabena sells fish traders",
    # everyday words that say which of a kind, one word only, or a kind English names with words
    "i worked at the big casino and then the new beach resort, the local fishing cooperative",
    "we sold to the small farmers cooperative and then the city centre hotel",
    # a man's firm, a country's or a body's letters
    "he went to news korolkov's company and to the dhl services",
])
def test_no_firm_before_a_kind_without_a_name(text):
    assert _firms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("I drive a water truck for Badlands Fluid Transport out of Watford City. Saltwater, mostly.",
     ["Badlands Fluid Transport"]),
    ("**A:** Harbourview Citizenship Services, on Redcliffe Street. I'm the compliance officer.",
     ["Harbourview Citizenship Services"]),
    ("I sing at Tantely Vanilla Cooperative in Sambava.", ["Tantely Vanilla Cooperative"]),
    # one word of name, a word that says which, a public place, "of": left
    ("They sent me to the New York Transport office and then to Lagos Traders.", []),
    ("I wrote to the Department of Transport and to National Fuel Services.", []),
])
def test_a_firm_before_its_capitalised_head(text, expected):
    assert _firms(text, caseless=False) == expected


def test_a_caption_s_firm_is_redacted_whole(redactor_default):
    text = "00:00:28.000 --> 00:00:42.100\n- tantely vanilla cooperative in sambava, forty two members.\n"
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("ORGANIZATION", "tantely vanilla cooperative") in found


def _kinds(text: str, caseless: bool = True) -> list[str]:
    from redactor.detect.recognizers.firm_kinds import find_firms_by_kind

    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_by_kind(text, flags)]


@pytest.mark.parametrize("text, caseless, expected", [
    ("i cut headstones at mármores calado in pero pinheiro, uh eleven years now", True, ["mármores calado"]),
    ("Four years now at Pivovar Chmelná in Žatec, I'm the assistant brewer.", False, ["Pivovar Chmelná"]),
    ("The buyer from Mariscos Lamas Outes gets boxes that go through the scale", False, ["Mariscos Lamas Outes"]),
])
def test_another_language_s_firm_kind_before_its_name(text, caseless, expected):
    assert _kinds(text, caseless) == expected


@pytest.mark.parametrize("text", [
    # a kind English says too needs its cue in a caption: no firm here
    "she said boutique amal was closed and escola básica is far",
    # a school's or a church's kind is no firm's: a state school or a national church is public
    "the girl was going to school, escola básica de bombom",
    "i went back to the taller building",
])
def test_no_firm_after_a_kind_without_a_name_or_a_cue(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    ("- bay mitko, dimitar kirov, he's the patrol chief.", "patrol chief"),
    ("the cook? no, he is the sector chief, the one with the radio.", "sector chief"),
])
def test_the_head_of_a_patrol_or_a_sector(redactor_default, text, expected):
    found = [f.text for f in redactor_default.scan(text) if f.entity_type in ("OCCUPATION", "RANK")]
    assert expected in found


@pytest.mark.parametrize("name, expected", [
    ("Pivovar Chmelná", "Chmelná"),
    ("equipo lácteos tundama", "lácteos tundama"),
    # no kind before it, a name list's word alone, or no rare word: not said again alone
    ("tantely vanilla cooperative", None),
    ("Groupe Renault", None),
    ("Transports Amal", None),
])
def test_a_firm_s_name_without_its_kind(name, expected):
    from redactor.detect.recognizers.firm_heads import name_without_kind

    assert name_without_kind(name) == expected


def test_a_firm_s_name_said_again_without_its_kind_is_redacted(redactor_default):
    text = ("Four years now at Pivovar Chmelná in Žatec, I am the assistant brewer.\n"
            "chmelná is still\nselling, it has a new label\n")
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("ORGANIZATION", "chmelná") in found


@pytest.mark.parametrize("text, expected", [
    (">> yes. the human resources lady asked me for my badge on monday, she said a", ["human resources"]),
    ("who told you you were suspended? a lady from human resources in cayenne, madame armande, by letter",
     ["human resources"]),
    ("I wrote to the head office in Freetown, to the internal audit lady, Mrs. Hawa Koroma-Jalloh.",
     ["internal audit"]),
    # the office's own job, its rules, or the word said of a country's buying: left
    ("the human resources manager called me, the ministry of human resources wrote, i was on the payroll", []),
    ("I went to the Procurement Review Body and to the Human Resources Development Fund.", []),
])
def test_a_firm_s_office_said_as_who_did_something(redactor_default, text, expected):
    found = [f.text for f in redactor_default.scan(text) if f.entity_type == "WORK_UNIT"]
    assert found == expected


def test_a_word_is_tried_only_against_the_heads_it_opens():
    # Each word of a caption was compared with every head (75); the heads by their first word,
    # in the longest-first order, give the same first match (round 32, speed32: 4.05 -> 0.38 s
    # CPU over the design sets' texts, the same 53 spans).
    from redactor.detect.recognizers.firm_heads import _heads, _heads_by_first

    by_first = _heads_by_first()
    assert all(list(heads) == [h for h in _heads() if h[0] == word] for word, heads in by_first.items())
    assert sorted(h for heads in by_first.values() for h in heads) == sorted(_heads())
    assert _firms("a car wash, the car wash, and dunmore funeral holdings") == ["dunmore funeral holdings"]

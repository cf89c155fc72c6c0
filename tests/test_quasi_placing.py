"""What places one person inside a workplace or an event (issue 13's QUASI_OTHER, round 10): the
shift said as a bare plural, small groups counted by a trade, a shared grade or a staffing ratio,
counts of one's own work and answers to "how many" (``rules/singling.yaml``), sub-locations said
by a side, a room's use, a hospital unit's letters, a level or a kilometre post
(``rules/workplaces.yaml``), the clock time of one's own act and the landmark beside a home or a
workplace (``rules/singling.yaml``).  Each case runs through a whole Redactor and asserts the exact
spans of the quasi types; the near misses assert those types find nothing.

Span policy: a bare shift word alone ("nights"); a count from the count on (or "the"), with what
the group shares; a ratio from the count to what is looked after; a count of work with its
things, without the verb; a sub-location with its word, without "the"; a landmark from the
relation word ("near the temple"), or from the home's article when the home is said after a verb
of living ("the house behind the mosque").  The clock time of an act is only a suggestion (score
0.35, below the default threshold): a time of day alone dates nothing, and the same words tell a
routine; so is "the three of us" said alone."""

from __future__ import annotations

import pytest

from redactor.pipeline import _text_result

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "ADDRESS"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


def _suggested(redactor, text: str) -> list[tuple[str, str]]:
    result = redactor.run_results([_text_result(text)])[0]
    return [(f.entity_type, f.text) for f in result.suggestions if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("i work nights at the depot", [("UNIQUE_DETAIL", "nights")]),
    ("I was on days that month", [("UNIQUE_DETAIL", "days")]),
    ("they put me on earlies for the summer", [("UNIQUE_DETAIL", "earlies")]),
    ("she's on lates now", [("UNIQUE_DETAIL", "lates")]),
    ("we worked weekends at the depot", [("UNIQUE_DETAIL", "weekends")]),
    ("i'm back on nights since march", [("UNIQUE_DETAIL", "nights")]),
    ("i used to do nights", [("UNIQUE_DETAIL", "nights")]),
    ("when i was on nights i never saw my kids", [("UNIQUE_DETAIL", "nights")]),
    ("then he moved me to days", [("UNIQUE_DETAIL", "days")]),
    ("I was on nightshift", [("UNIQUE_DETAIL", "nightshift")]),
    ("we did twelve hour nights", [("UNIQUE_DETAIL", "twelve hour nights")]),
    ("i was on earlies and lates", [("UNIQUE_DETAIL", "earlies and lates")]),
    ("i work um nights mostly", [("UNIQUE_DETAIL", "nights")]),
])
def test_the_shift_said_as_a_bare_plural(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the night was cold",
    "days later he called",
    "on days like this i stay home",
    "we worked days and nights to finish",
    "on work days i take the bus",
    "it's on weekends",
    "we had nights out",
    "they were on days off",
    "I was on days that were hard",
    "i worked for days",
])
def test_days_and_nights_of_no_shift_stay(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("there were four of us with that grade", [("UNIQUE_DETAIL", "four of us with that grade")]),
    ("six of us from the plant signed it", [("UNIQUE_DETAIL", "six of us from the plant")]),
    ("two of us um foreign drivers", [("UNIQUE_DETAIL", "two of us um foreign drivers")]),
    ("the three of us from the warehouse went", [("UNIQUE_DETAIL", "the three of us from the warehouse")]),
    ("three of us with the same contract", [("UNIQUE_DETAIL", "three of us with the same contract")]),
    ("seven welders walked out", [("UNIQUE_DETAIL", "seven welders")]),
    ("three corporals were there", [("UNIQUE_DETAIL", "three corporals")]),
    ("two supervisors saw it", [("UNIQUE_DETAIL", "two supervisors")]),
    ("four night nurses walked out", [("UNIQUE_DETAIL", "four night nurses")]),
    ("two of us for forty beds", [("UNIQUE_DETAIL", "two of us for forty beds")]),
    ("just the two of us for 300 prisoners", [("UNIQUE_DETAIL", "just the two of us for 300 prisoners")]),
])
def test_a_few_by_trade_share_or_ratio(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I sent fourteen shipments that week", [("UNIQUE_DETAIL", "fourteen shipments")]),
    ("I made nine calls that night", [("UNIQUE_DETAIL", "nine calls")]),
    ("I copied 2,318 files", [("UNIQUE_DETAIL", "2,318 files")]),
    ("she flagged about 300 videos", [("UNIQUE_DETAIL", "300 videos")]),
    ("Q: How many worked your shift? A: 46 of us, and", [("UNIQUE_DETAIL", "46 of us")]),
])
def test_a_count_only_the_source_knows(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the answer to "how many" is the answers' own COUNT
    ("How many files? 386.", [("COUNT", "386")]),
    (">> how many calls did you take >> about forty", [("COUNT", "forty")]),
    ("How many of you refused?\nB: Three.", [("COUNT", "Three")]),
    # a crowd or a toll is public
    ("How many people came to the protest? Maybe 200.", []),
    ("How many died? Fourteen.", []),
])
def test_a_count_answered_to_how_many(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)
            if f.entity_type in TYPES | {"COUNT"}] == expected


@pytest.mark.parametrize("text", [
    "two of us went home",
    "three of us from london came",
    "two of us with the kids",
    "the three of us went for a drink",
    "thousands of protesters marched",
    "two million people voted",
    "three ministers resigned",
    "there were about two hundred moderators",
    "the three main drivers of inflation",
    "three mobile operators bid for it",
    "two nerve agents were found",
    "two workers were hurt",
    "page 2 supervisors",
    "we have received three letters",
    "we moved 200 tonnes of steel",
    "How many times? Twice.",
    "How many were there? A lot.",
    "How many people came to the protest? Maybe 200.",
    "How many died? Fourteen.",
    "three of us for dinner",
])
def test_counts_of_crowds_offices_or_no_work_stay(redactor_default, text):
    assert _found(redactor_default, text) == []


def test_the_few_of_us_alone_is_a_suggestion(redactor_default):
    text = "the three of us went for a drink"
    assert _found(redactor_default, text) == []
    assert _suggested(redactor_default, text) == [("UNIQUE_DETAIL", "the three of us")]


@pytest.mark.parametrize("text, expected", [
    ("she waited on platform b", [("WORK_UNIT", "platform b")]),
    ("they kept us in the cold room", [("WORK_UNIT", "cold room")]),
    ("I worked in the dispatch office", [("WORK_UNIT", "dispatch office")]),
    ("in the stores office", [("WORK_UNIT", "stores office")]),
    ("she parked on level twelve", [("WORK_UNIT", "level twelve")]),
    ("we were in the east tunnel", [("WORK_UNIT", "east tunnel")]),
    ("they moved me to the north gate", [("WORK_UNIT", "north gate")]),
    ("in section k of the plant", [("WORK_UNIT", "section k")]),
    ("he was in HDU 1 that week", [("WORK_UNIT", "HDU 1")]),
    ("at kilometre 42+100 the truck stopped", [("WORK_UNIT", "kilometre 42+100")]),
    ("the car stopped near kilometre forty two", [("WORK_UNIT", "kilometre forty two")]),
    ("I was in the third floor office", [("WORK_UNIT", "third floor office")]),
    ("we met in the fourth-floor canteen", [("WORK_UNIT", "fourth-floor canteen")]),
    ("he's on checkout 7", [("WORK_UNIT", "checkout 7")]),
    ("i work in the loading bay", [("WORK_UNIT", "loading bay")]),
    ("uh the level eight section", [("WORK_UNIT", "level eight")]),
    ("I worked in the kitchens for a year", [("WORK_UNIT", "kitchens")]),
    ("they put me in the laundry", [("WORK_UNIT", "laundry")]),
])
def test_a_sub_location_of_a_workplace(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I went to the office",
    "we sat in the hall",
    "he waited at the gate",
    "the level was high",
    "they raised it to level three",
    "she got to level 2 of the course",
    "a level 3 diploma",
    "we drove 42 kilometres",
    "it goes 90 km an hour",
    "he lives on the east side",
    "in the back yard",
    "we went to the post office",
    "the tool shed",
    "in the waiting room",
    "under section c of the act",
    "the level 3 diploma",
    "the level of the river",
    "we walked in the gardens",
    "I was in the laundry when he came",
])
def test_rooms_levels_and_sides_of_no_workplace_stay(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("they arrested him at midnight", [("UNIQUE_DETAIL", "midnight")]),
    ("i heard the shots at about half three", [("UNIQUE_DETAIL", "half three")]),
])
def test_the_clock_time_of_ones_act_is_a_suggestion(redactor_default, text, expected):
    assert _found(redactor_default, text) == []
    assert _suggested(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clock time the incident recognizer reads is found (README, "The time, length and
    # head-count of an event"), not only suggested
    ("I found him at twenty past two", [("TIME", "twenty past two")]),
    ("we left at half past four", [("TIME", "half past four")]),
    ("i called the boss at 2am", [("TIME", "2am")]),
    ("he woke me at about four in the morning", [("TIME", "four in the morning")]),
    ("I saw him at 11.40 pm", [("TIME", "11.40 pm")]),
])
def test_the_clock_time_of_ones_act_is_found_as_a_time(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text) if f.entity_type == "TIME"] == expected
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    "the bus at eight",
    "the shift starts at six",
    "we start at six",
    "i left at six every day",
    "i left school at twelve",
    "i used to leave at 6am",
    "I arrived at eight",
])
def test_schedules_routines_and_ages_are_no_time_of_an_act(redactor_default, text):
    assert _found(redactor_default, text) == []
    assert _suggested(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a house placed by a landmark where one lives is the address (round 22), not a detail
    ("we live in the house behind the mosque", [("ADDRESS", "the house behind the mosque")]),
    ("our flat is next to the beer garden", [("UNIQUE_DETAIL", "next to the beer garden")]),
    ("I work near the temple", [("UNIQUE_DETAIL", "near the temple")]),
    ("she rents a room above the bakery", [("UNIQUE_DETAIL", "a room above the bakery")]),
    ("his shop is opposite the bus station", [("UNIQUE_DETAIL", "opposite the bus station")]),
    ("i live right behind the old cinema", [("UNIQUE_DETAIL", "behind the old cinema")]),
    ("i live by the mosque", [("UNIQUE_DETAIL", "by the mosque")]),
    ("i work at the shop next to the mosque", [("UNIQUE_DETAIL", "the shop next to the mosque")]),
])
def test_a_home_or_workplace_by_its_landmark(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the temple is old",
    "near the mosque there was a protest",
    "we met behind the school",
    "i live near London",
    "he works near the border",
    "I work by the hour",
])
def test_a_landmark_not_tied_to_a_home_or_work_stays(redactor_default, text):
    assert _found(redactor_default, text) == []

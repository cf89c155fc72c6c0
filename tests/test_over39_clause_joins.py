"""A singling-out clause ends where the next cue or segment starts (round 39).

The clause after "i'm the only coach who saw the bags in the fridge" grows over the words said
after it; a caption file's next cue is joined to it with a space, and its first words ("your
number?", the interviewer's next question; "to call me", the start of a phone number) were taken
as the clause's end.  Over the 27 design sets none of the 903 QUASI_OTHER mentions of caption and
transcript JSON files runs over a cue or a segment, and 4 grown clauses did (fresh19, 21, 36, 38,
all outside gold).  A line break inside one cue is no join: the clause goes on over it.
"""

from __future__ import annotations

from tests.scan_helpers import found_in_named_file

_SRT = """9
00:00:48,382 --> 00:00:53,146
i'm the only coach
who saw the bags in the fridge

10
00:00:53,564 --> 00:00:58,111
your number?
"""

_VTT = """WEBVTT

00:03:14.100 --> 00:03:21.000
<v Boysie>nobody checks the valves. only four operators on nights

00:03:21.100 --> 00:03:23.000
<v interviewer>got it. thanks boysie
"""


def test_a_clause_stops_at_the_next_cue(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "club.srt", _SRT, ("UNIQUE_DETAIL",))
    assert ("UNIQUE_DETAIL", "i'm the only coach\nwho saw the bags in the fridge") in found
    assert not any("number" in text for _, text in found)


def test_a_clause_stops_at_another_voice(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "plant.vtt", _VTT, ("UNIQUE_DETAIL",))
    assert ("UNIQUE_DETAIL", "only four operators on nights") in found
    assert not any("got" in text for _, text in found)

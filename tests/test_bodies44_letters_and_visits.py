"""A body's initials said letter by letter, and a body's visit said with its people or with
"never", are public, round 44.

- Three letters or more said one by one where the words around them say a body ("i took it to
  z a e c a", "nobody from m o l s a came", "the f i r s people never asked", "and the h r c
  s l? / yes i also wrote to them", "d o s h opened a case"): a complaint sent to them, a call,
  a visit, what a body does on a case; a name is spelled after a cue and a code's letters are
  read for the record, never so.  The letters of a person's name, an e-mail, a reference
  number, a plate, a person told something or set beside them stay found.
- An organisation whose people came or asked ("the Kasmira people came", "the Vostrenk
  inspectors came twice") or that never came ("the Orlavsko never came"): a visit to look is
  what an authority does; a name the lists know as a person's, and an organisation that only
  "asked", stay found.
"""

from __future__ import annotations

import pytest

from tests.test_keep26_complaint_recipients import _mention


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, letters", [
    # the form of a design set (fresh43), and forms no design set has: other verbs of a
    # complaint, a call, a visit, a pause, and the answer on the next turn's line
    ("i took it to z a e c a they wrote z a e c a slash p e two two one", "z a e c a"),
    ("we called l a s g and nobody answered", "l a s g"),
    ("nobody from m o l s a came", "m o l s a"),
    ("so i went to e h r c with the photos", "e h r c"),
    ("he complained to k e b s twice", "k e b s"),
    ("f i r s people never asked us anything", "f i r s"),
    ("after that o s h c inspectors came twice", "o s h c"),
    ("they said go to d o l e, not to us", "d o l e"),
    ("interviewer: did anyone help?\nsource: b l a s t. i also wrote to them", "b l a s t"),
    # what a body does on a case
    ("after the fire, d o s h opened a case and nothing happened", "d o s h"),
    ("two weeks later p f d a took her statement at the gate", "p f d a"),
    ("so k n c h r did a surprise inspection in june", "k n c h r"),
])
def test_letters_said_where_the_words_say_a_body_are_kept(redactor_default, text, letters):
    # the letters alone (the code said after them, "z a e c a slash p e two two one", is a code's)
    assert letters not in [value for _, value in _found(redactor_default, text)]


@pytest.mark.parametrize("text, value", [
    # a name spelled after its cue, an e-mail's letters, a reference, a plate, a workplace
    ("her name is n a d r a, like the office", "n a d r a"),
    ("my name is j o s i e, josie", "j o s i e"),
    ("her email is josie cam at hotmail dot com, j o s i e c a m", "j o s i e c a m"),
    ("the reference is o m b three three one", "o m b three three one"),
    ("the plate was s p c a b four four seven one", "s p c a b four four seven one"),
    ("i work at the k t b c now, on nights", "k t b c"),
    # the whole code, letters and figures, after a body's frame: the code's, not the body's
    ("i took it to the office, they wrote z a e c a slash p e two two one", "z a e c a slash p e two two one"),
])
def test_a_name_a_code_or_a_workplace_spelled_stays_found(redactor_default, text, value):
    assert value in [v for _, v in _found(redactor_default, text)]


def test_letters_of_a_body_by_their_frames_alone():
    from redactor.detect.caption_acronyms import letters_said_as_a_body

    def said(text, letters):
        start = text.index(letters)
        return letters_said_as_a_body(text, start, start + len(letters), letters.replace(" ", ""))

    assert said("the report to the, uh, j k k p says minor fault", "j k k p")
    assert said("the o d c o never came inside", "o d c o")
    assert said("did you tell the t e r a, they said it is not their job", "t e r a")
    assert said("and the h r c s l?\n yes i also wrote to them", "h r c s l")
    # no body's frame, too few letters, a person told or set beside the letters
    assert not said("she told x q j w everything that night", "x q j w")
    assert not said("i wrote to k t b c, the man from the office, twice", "k t b c")
    assert not said("that's z y l b e r g with a y", "z y l b e r g")
    assert not said("the head office of p w s pays better", "p w s")
    assert not said("i wrote to j o and nothing", "j o")


def test_a_body_whose_people_came_or_that_never_came_is_a_recipient():
    from redactor.detect.recipients import complaint_recipients

    text = ("The Kasmira officials came in May. The Vostrenk inspectors came twice. The Orlavsko never came. "
            "The Drevnal staff asked for the lists. Kowalski people came too. The Belmarsk asked for a discount. "
            "The Tarnvik came first in the league. The Ruvenza people came to our church. the dorvak people came.")
    mentions = [_mention(text, name, "ORGANIZATION") for name in
                ("Kasmira", "Vostrenk", "Orlavsko", "Drevnal", "Kowalski", "Belmarsk", "Tarnvik", "Ruvenza", "dorvak")]
    found = complaint_recipients(text, mentions, lambda span: False)
    # a surname's people are a family's; asking alone is anyone's; coming first is a rank; one
    # capitalised word's people may be its residents (a neighbourhood's), a small-letter name's
    # people a body's said in captions ("the cnes people came")
    assert found == {"kasmira", "vostrenk", "orlavsko", "drevnal", "dorvak"}

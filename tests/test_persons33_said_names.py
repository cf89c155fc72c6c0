"""Round 33: the name people say for someone named in full just before (``redactor.refine.nicknames``).

A person introduced by their full name and, in the next clause, the name everyone says for them
("The head lad, Darren Whitlock. Everybody says Daz.", "roimata tipoki, everyone says roi") is
that person, not the speaker, when the speaker named no one as themselves (those who say it
may be a people by its nationality word: "the english say ruby"); so is a name said
before "everyone says" or "we call him" right after a full name ("dimitris papadakis, mitsos
everyone says", "craig hollis, hollo we call him"), even where a detector found it as a person
already.  Not a name said of two people, nor one the speaker did something to ("I asked ..."),
nor a word that goes on a sentence ("Everybody says Daz did it")."""

from __future__ import annotations

from redactor.entities.variants import default_given_names
from redactor.refine.nicknames import link_nicknames
from tests.mention_helpers import in_order


def _called(text: str, *names: str) -> list[str]:
    return [m.key for m in link_nicknames(text, in_order(text, *names), default_given_names())]


def test_the_name_everyone_says_for_someone_named_just_before():
    text = "<v Rider>The head lad, Darren Whitlock. Everybody says Daz.\n<v Rider>Daz made Pappu ride a colt"
    assert _called(text, "Darren Whitlock", "Daz", "Daz") == ["", "darren whitlock", "darren whitlock"]
    text = "- out past the river. roimata tipoki, everyone says roi, he plays at nine"
    assert _called(text, "roimata tipoki", "roi") == ["", "roimata tipoki"]
    text = "our shift head is Darren Whitlock. People say Daz."
    assert _called(text, "Darren Whitlock", "Daz") == ["", "darren whitlock"]
    # a people named by its nationality word says it
    text = "00:00:11.820 --> 00:00:13.570\nmy name, uh, rúben cabrita, the english say ruby\n"
    assert _called(text, "rúben cabrita", "ruby") == ["", "ruben cabrita"]


def test_the_name_said_before_the_words_that_call_someone_by_it():
    text = "dimitris papadakis, mitsos everyone says. i'm twenty three"
    assert _called(text, "dimitris papadakis", "mitsos") == ["", "dimitris papadakis"]
    text = "- the coach, craig hollis, hollo we call him, he signs the return to play"
    assert _called(text, "craig hollis", "hollo") == ["", "craig hollis"]


def test_near_misses_stay_apart():
    # someone the speaker did something to: the name said after is the speaker's, not theirs
    text = "I asked Darren Whitlock. Everybody says Daz."
    assert _called(text, "Darren Whitlock", "Daz") == ["", ""]
    # two people named before it
    text = "Darren Whitlock and Paul Hendry came. Everybody says Daz."
    assert _called(text, "Darren Whitlock", "Paul Hendry", "Daz") == ["", "", ""]
    # what everyone says goes on: a sentence about Daz, not a name for Darren
    text = "The head lad, Darren Whitlock. Everybody says Daz did it."
    assert _called(text, "Darren Whitlock", "Daz") == ["", ""]
    # a sentence about them first: what people say then is not tied to them
    text = "The head lad, Darren Whitlock. He runs the yard. Everybody says Daz."
    assert _called(text, "Darren Whitlock", "Daz") == ["", ""]
    # one person says it, not a people
    text = "00:00:11.820 --> 00:00:13.570\nmy name, uh, rúben cabrita, the manager says ruby\n"
    assert _called(text, "rúben cabrita", "ruby") == ["", ""]
    # a name before "everyone says" with no one named beside it
    text = "the bakery is closed. mitsos everyone says."
    assert _called(text, "mitsos") == [""]

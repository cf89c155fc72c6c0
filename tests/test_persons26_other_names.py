"""Round 26: two names of one person said where words tie them (``redactor.refine.nicknames``,
``redactor.refine.appositions``).

The speaker's other name: said after "I'm" once the speaker has said their own name, said in a
sentence after the full name and the speaker's age, or said by "my" people (who call the
speaker so, not someone else speaking).  Two names in apposition: the first after "is", a role
between the two with the words after them taking one person up, a caption's cue ending a
sentence as a full stop does and opening a clause as a line does.  Two names said with "or"
after words that say what someone is called."""

from __future__ import annotations

from redactor.entities.variants import default_given_names
from redactor.refine.appositions import link_appositions
from redactor.refine.nicknames import link_nicknames
from tests.mention_helpers import in_order


def _called(text: str, *names: str) -> list[str]:
    return [m.key for m in link_nicknames(text, in_order(text, *names), default_given_names())]


def _apposed(text: str, *names: str, starts: tuple[int, ...] = ()) -> list[str]:
    return [m.key for m in link_appositions(text, in_order(text, *names), starts)]


def _cues(*cues: str) -> tuple[str, tuple[int, ...]]:
    """Cues joined by a space, as a caption's are, and where each starts."""
    starts, at = [], 0
    for cue in cues:
        starts.append(at)
        at += len(cue) + 1
    return " ".join(cues), tuple(starts)


# -- the speaker's other name ------------------------------------------------------------------

def test_a_second_name_after_i_am_is_the_speakers_own():
    text = "A: I'm Wenonah Tallbrook, but in the choir I'm Wenny, and I sing alto."
    assert _called(text, "Wenonah Tallbrook", "Wenny") == ["", "wenonah tallbrook"]
    text = "A: halvard strøm. in my band i'm hallo, since forever."
    assert _called(text, "halvard strøm", "hallo") == ["", "halvard strom"]


def test_i_am_after_someone_elses_name_or_on_another_line_is_left_alone():
    # the full name is someone the speaker talks about, not the speaker
    text = "A: Ignatius Obrecht signed it. I'm Wenny, his deputy."
    assert _called(text, "Ignatius Obrecht", "Wenny") == ["", ""]
    # a name on another line is another turn
    text = "Q: I'm Ignatius Obrecht, a reporter.\nA: I'm Wenny."
    assert _called(text, "Ignatius Obrecht", "Wenny") == ["", ""]


def test_the_speakers_age_may_stand_between_the_full_name_and_the_name_they_are_called():
    text = "A: Thorvald Eikrem, fifty-two. In the choir they call me Toffe."
    assert _called(text, "Thorvald Eikrem", "Toffe") == ["", "thorvald eikrem"]
    text = "A: Thorvald Eikrem, 52 years old. Everyone calls me Toffe."
    assert _called(text, "Thorvald Eikrem", "Toffe") == ["", "thorvald eikrem"]
    # words other than an age: someone the speaker names, not the speaker
    text = "A: Thorvald Eikrem, our landlord. In the choir they call me Toffe."
    assert _called(text, "Thorvald Eikrem", "Toffe") == ["", ""]


def test_my_people_calling_me_is_the_speaker_called_but_hers_is_not():
    text = "A: Perpetua Quintanar. My cousins call me Sole."
    assert _called(text, "Perpetua Quintanar", "Sole") == ["", "perpetua quintanar"]
    text = "A: Perpetua Quintanar. Her cousins call me Sole."
    assert _called(text, "Perpetua Quintanar", "Sole") == ["", ""]


# -- two names in apposition -------------------------------------------------------------------

def test_a_name_after_is_then_the_full_name_is_one_person():
    text = "Our treasurer is Bertie, Egbert Rasmussen. He keeps the keys."
    assert _apposed(text, "Bertie", "Egbert Rasmussen") == ["egbert rasmussen", ""]
    # "were": a list of two
    text = "Our treasurers were Bertie, Egbert Rasmussen."
    assert _apposed(text, "Bertie", "Egbert Rasmussen") == ["", ""]


def test_a_role_between_a_lone_name_and_the_full_name_taken_up_as_one_person():
    text = "A: Tilly, our choir's pianist, Mathilde Quarrendon. She plays on Sundays."
    assert _apposed(text, "Tilly", "Mathilde Quarrendon") == ["mathilde quarrendon", ""]
    text = "A: Bertie, who keeps the keys, Egbert Rasmussen, he locked it."
    assert _apposed(text, "Bertie", "Egbert Rasmussen") == ["egbert rasmussen", ""]


def test_a_role_between_two_people_of_a_list_is_left_alone():
    # a role after the second name too: a list of two people with their jobs
    text = "A: Tilly, the pianist, Egbert Rasmussen, the treasurer, and me."
    assert _apposed(text, "Tilly", "Egbert Rasmussen") == ["", ""]
    # nothing takes the two up as one person
    text = "A: Tilly, the pianist, Egbert Rasmussen. They both sang."
    assert _apposed(text, "Tilly", "Egbert Rasmussen") == ["", ""]
    # the full name first, then the lone name: each said as someone of their own
    text = "A: Egbert Rasmussen, the treasurer, Tilly. She sang."
    assert _apposed(text, "Egbert Rasmussen", "Tilly") == ["", ""]


def test_a_cue_ends_the_sentence_of_two_names_said_side_by_side():
    text, starts = _cues("then the conductor sat down with olaf", "the choir's head, mister ten brink, wessel, he said sing")
    names = ("olaf", "mister ten brink", "wessel")
    assert _apposed(text, *names, starts=starts) == ["", "", "ten brink"]
    # without the cues, one long sentence names someone else too
    assert _apposed(text, *names) == ["", "", ""]


def test_a_name_that_opens_a_cue_or_a_sentence_opens_the_apposition():
    text, starts = _cues("and on the piano", "Tilly, our choir's pianist, Mathilde Quarrendon. She plays on Sundays.")
    assert _apposed(text, "Tilly", "Mathilde Quarrendon", starts=starts) == ["mathilde quarrendon", ""]
    text, starts = _cues("and the money", "Bertie, Egbert Rasmussen, he keeps the keys.")
    assert _apposed(text, "Bertie", "Egbert Rasmussen", starts=starts) == ["egbert rasmussen", ""]
    # a sentence's start opens a role apposition ...
    text = "I sang. Tilly, who plays the piano, Mathilde Quarrendon, she heard me."
    assert _apposed(text, "Tilly", "Mathilde Quarrendon") == ["mathilde quarrendon", ""]
    # ... but two names side by side after a question are a list
    text = "Who sang? Bertie, Egbert Rasmussen."
    assert _apposed(text, "Bertie", "Egbert Rasmussen") == ["", ""]
    # a name inside a cue, after a word, is that word's
    text, starts = _cues("and then", "I asked Tilly, the pianist, Mathilde Quarrendon. She said no.")
    assert _apposed(text, "Tilly", "Mathilde Quarrendon", starts=starts) == ["", ""]


def test_the_names_keep_one_pseudonym_through_the_pipeline(make_redactor):
    text = "Q: Who played?\nA: Greta, our choir's pianist, Mathilde Quarrendon. She plays every week. Greta waved."
    out = make_redactor().redact(text)
    assert out.count("[PERSON 1]") == 3 and "[PERSON 2]" not in out


# -- two names said with "or" ------------------------------------------------------------------

def test_the_second_of_two_names_said_with_or_after_naming_words_is_the_same_person():
    text = "A: In the choir everybody says Monsieur Vasseur or Titou, for his curls."
    assert _called(text, "Monsieur Vasseur", "Titou") == ["", "vasseur"]
    text = "A: ruairi fenwick. in my band i am ruairi or big roo, being the tallest."
    keys = _called(text, "ruairi fenwick", "ruairi", "big roo")
    assert keys[2] == keys[1] == "ruairi fenwick"
    text = "They call him Okwudili, or Big O."
    assert _called(text, "Okwudili", "Big O") == ["", "okwudili"]


def test_two_names_said_with_or_without_naming_words_are_two_people():
    assert _called("A: Ask Greta or Ilse, they know.", "Greta", "Ilse") == ["", ""]
    assert _called("A: He says Greta or Ilse.", "Greta", "Ilse") == ["", ""]
    # the second name goes on with a clause of its own
    assert _called("Everyone says Greta or Ilse took it home.", "Greta", "Ilse") == ["", ""]


def test_i_am_in_the_next_segment_is_another_speaker():
    # a transcript JSON's segments joined on one line: the reporter, then the one who answers
    pieces = ("I'm Ignatius Obrecht, a reporter.", "I'm Wenny.")
    text = " ".join(pieces)
    starts = [0, len(pieces[0]) + 1]
    found = link_nicknames(text, in_order(text, "Ignatius Obrecht", "Wenny"), default_given_names(), starts)
    assert [m.key for m in found] == ["", ""]
    # in one segment, the speaker's own two names
    text = "I'm Ignatius Obrecht, but in the choir I'm Iggy."
    found = link_nicknames(text, in_order(text, "Ignatius Obrecht", "Iggy"), default_given_names(), [0])
    assert [m.key for m in found] == ["", "ignatius obrecht"]


def test_a_name_said_after_the_speakers_other_name_is_not_theirs_at_the_start_of_a_text():
    # the speaker's other name looks back only: at the very start of a file, where nothing comes
    # before it, a full name said after it (the next segment's speaker) is someone else
    pieces = ("I'm Wenny.", "I'm Ignatius Obrecht, a reporter.")
    text = " ".join(pieces)
    starts = [0, len(pieces[0]) + 1]
    found = link_nicknames(text, in_order(text, "Wenny", "Ignatius Obrecht"), default_given_names(), starts)
    assert [m.key for m in found] == ["", ""]

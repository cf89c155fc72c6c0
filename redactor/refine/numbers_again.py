"""A number replaced once is replaced wherever the run says it again.

Names are found again by propagation (``redactor.refine.propagate``); numbers are found by their
patterns, and a pattern's context differs where a number is said again: a phone read out in one
Whisper segment ("Yes, it is Orange. 70 48") is found whole in the file's top-level text, a
readback "622-4719" is found in the interviewer's cue while the source's cue said "4719" alone.
The leak audit (``redactor.audit``) searches every output for every value the run replaced, as
whole words once case and punctuation are folded, and refuses a file that still says one: the
file is safe but not written.  So the run does what its audit checks, before writing: every value
with a digit that a mention of the run replaces, and that the audit would search for, is found
again wherever it stands as whole words in any file of the run, with the type, score and key of
the mention it was first found as (one value, one replacement).  Values the audit does not search
(three digits or fewer alone: the piece of a number split over two cues, which another file may
say as a room number) are not looked for either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from redactor.audit import worth_searching, fold
from redactor.model import Mention

DETECTOR = "number found again"
# Between the words of a folded value, the audit reads any run of non-word characters as one
# space: "70 48" is also "70-48", "70.48" and "70\n48".
_BETWEEN = r"[\W_]+"


@dataclass(frozen=True)
class NumberForms:
    """The run's replaced values with a digit, as one pattern, and what each was found as."""

    pattern: regex.Pattern[str] | None
    found_as: dict[str, Mention]

    @classmethod
    def learn(cls, mentions: Iterable[Mention], threshold: float, kept: Iterable[str] = ()) -> "NumberForms":
        """``mentions``' values with a digit (score at least ``threshold``), but ``kept`` values
        (an editor let them stand) and values the audit would not search for."""
        left_alone = {fold(k).strip() for k in kept}
        found_as: dict[str, Mention] = {}
        for m in mentions:
            if m.score < threshold or not any(c.isdigit() for c in m.text):
                continue
            needle = fold(m.text)
            value = needle.strip()
            if not value or value in left_alone or not worth_searching(needle, True):
                continue
            first = found_as.get(value)
            if first is None or m.score > first.score:
                found_as[value] = m
        if not found_as:
            return cls(None, {})
        words = sorted(found_as, key=len, reverse=True)
        alternatives = "|".join(_BETWEEN.join(regex.escape(w) for w in value.split()) for value in words)
        pattern = regex.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", regex.IGNORECASE)
        return cls(pattern, found_as)

    def find_in(self, text: str, found: Sequence[Mention]) -> list[Mention]:
        """Where ``text`` says one of the values again with no mention over any of it."""
        if self.pattern is None:
            return []
        taken = sorted((m.start, m.end) for m in found)
        extra: list[Mention] = []
        for match in self.pattern.finditer(text, overlapped=False):
            start, end = match.span()
            # Said again whole, where a weaker reading took part of it ("4471" as a year of
            # "4471 0932"), it is still found: the overlap policy decides.  Not where a mention
            # already holds all of it or runs across its edge (a longer number, a name).
            if any(s <= start and end <= e or s < end and start < e and not (start <= s and e <= end)
                   for s, e in taken):
                continue
            first = self.found_as.get(fold(match.group()).strip())
            if first is None:  # folding differs from the pattern's reading (an entity, a script)
                continue
            extra.append(Mention(start, end, first.entity_type, first.score, DETECTOR, match.group(),
                                 key=first.key, label=first.label))
        return extra

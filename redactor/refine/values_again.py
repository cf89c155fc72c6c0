"""Values found again as the leak audit reads them: a value replaced once is replaced wherever
the run says it again.

Propagation finds a run's confident names again by their forms, with its own rules of what a
name is and where it stands; ``numbers_again`` does the same for numbers.  The leak audit then
reads every written copy back and refuses a file that still says any value the run replaced,
reading values its own way (``redactor.audit.fold``: case, diacritics and scripts folded, any
run of punctuation or white space one space, so a hyphened word is two words).  A value a later
step found (a name someone is called), one of a type nothing finds again (a date said in
words), or one the earlier rules read as a lone common word is then replaced in one place and
left in another, and the file is refused.  This last step of the run-wide refinement learns
every value the audit will search for and finds it again, by the audit's own reading, wherever
nothing confident covers it: the file is written with the value replaced, not refused.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import ahocorasick

from redactor.audit import blank_kept, fold, fold_mapped, folded_kept, worth_searching
from redactor.model import Mention

DETECTOR = "ValueAgain"


class ValuesAgain:
    """The run's audited values (``learn`` each text's mentions, then ``find_in`` each text)."""

    def __init__(self, searched: Callable[[Mention], bool],
                 kept: Callable[[], Iterable[str]] = lambda: ()) -> None:
        """``searched``: whether the audit searches a mention's value (besides its length and
        commonness, which ``worth_searching`` tells); ``kept``: the values an editor let stand,
        asked when searching (the decisions are applied to each text after its values are learnt)."""
        self._searched = searched
        self._kept = kept
        self._origin: dict[str, Mention] = {}
        self._types: dict[str, Counter[str]] = {}  # how often the run typed each value so
        self._automaton: ahocorasick.Automaton | None = None

    def learn(self, mentions: Iterable[Mention], threshold: float, piece_starts: Sequence[int] = ()) -> None:
        """The values of one text's confident mentions, each part of a mention that spans two
        pieces (cues, segments) on its own, as the writer places and the audit reads them."""
        mentions = list(mentions)
        self.take((needle, mentions[i]) for needle, i in self.needles(mentions, threshold, piece_starts))

    def needles(self, mentions: Sequence[Mention], threshold: float,
                piece_starts: Sequence[int] = ()) -> list[tuple[str, int]]:
        """What ``learn`` learns of one text, without learning it: each value searched for (as
        the audit folds it) and the place in ``mentions`` of the mention it is a part of, in
        order; what a file's own process can work out before the run's values are gathered."""
        found: list[tuple[str, int]] = []
        for i, m in enumerate(mentions):
            if m.score < threshold or not self._searched(m):
                continue
            for part in _pieces_of(m, piece_starts):
                needle = fold(part)
                if worth_searching(needle, strict=True):
                    found.append((needle, i))
        return found

    def take(self, found: Iterable[tuple[str, Mention]]) -> None:
        """Learn each value of ``found`` (``needles``), with the mention it is a part of (only its
        type, score, key and label are read: the offsets may be left out)."""
        for needle, m in found:
            self._origin.setdefault(needle, m)
            self._types.setdefault(needle, Counter())[m.entity_type] += 1
        self._automaton = None

    def __bool__(self) -> bool:
        return bool(self._origin)

    def _found_as(self, needle: str) -> Mention:
        """The mention a value found again is made like: the first it was learnt from, with the
        type the run gave it most often (one mention the model typed otherwise must not decide
        the type of the ones added, and with them the vote of its entity)."""
        origin = self._origin[needle]
        typed = self._types[needle].most_common(1)[0][0]
        return origin if typed == origin.entity_type else replace(origin, entity_type=typed, key="", label="")

    def _searcher(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for needle in self._origin:
                self._automaton.add_word(needle, needle)
            self._automaton.make_automaton()
        return self._automaton

    def find_in(self, text: str, mentions: Sequence[Mention], threshold: float,
                public: Callable[[str, Mention], bool] = lambda text, m: False) -> list[Mention]:
        """``mentions`` of one text with a mention added wherever a learnt value stands with
        nothing confident over it (a guess below the threshold there gives way), but where the
        value as written there is ``public`` (a body's name the keep rules know by its form
        with a hyphen, replaced elsewhere where it was written with a space): a public fact is
        not replaced because another spelling of it was (that file the audit still refuses)."""
        if not self._origin:
            return list(mentions)
        folded, spans = fold_mapped(text)
        # what an editor let stand is blanked, as the audit blanks it (an e-mail kept on purpose
        # may hold a name replaced elsewhere); the kept values are asked now, after the decisions
        kept_values = folded_kept(self._kept())
        searched = blank_kept(folded, kept_values)  # same length: offsets and words stay folded's
        word_starts = _word_starts(folded)
        covered = sorted((m.start, m.end) for m in mentions if m.score >= threshold)
        added: list[Mention] = []
        for end, needle in sorted(self._searcher().iter(searched), key=lambda hit: (hit[0] - len(hit[1]), -len(hit[1]))):
            if needle.strip() in kept_values:
                continue
            first = bisect.bisect_left(word_starts, end - len(needle) + 2)
            last = bisect.bisect_right(word_starts, end - 1) - 1
            start, stop = spans[first][0], spans[last][1]
            if _overlaps(covered, start, stop):
                continue
            again = replace(self._found_as(needle), start=start, end=stop, text=text[start:stop], detector=DETECTOR)
            if public(text, again):
                continue
            added.append(again)
            bisect.insort(covered, (start, stop))
        if not added:
            return list(mentions)
        kept = [m for m in mentions if m.score >= threshold or not any(_crossing(m, a) for a in added)]
        return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _pieces_of(m: Mention, piece_starts: Sequence[int]) -> list[str]:
    """``m``'s text cut where a piece starts inside it."""
    cuts = [s - m.start for s in piece_starts if m.start < s < m.end]
    bounds = [0, *cuts, len(m.text)]
    return [m.text[a:b] for a, b in zip(bounds, bounds[1:]) if m.text[a:b].strip()]


def _word_starts(folded: str) -> list[int]:
    """Where each word of a folded text starts in it (after each single space)."""
    return [word.start() for word in _WORD.finditer(folded)]


_WORD = re.compile(r"[^ ]+")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 64):i])


def _crossing(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end

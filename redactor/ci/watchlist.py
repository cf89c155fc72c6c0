"""The protect list: names that must never reach a published draft, stored only as keyed hashes.

``redactor protect add`` turns a name into the keyed fingerprints of its normalised variants (full
name, surname, first and last name in both orders) and writes them to a committable JSON file,
so CI can look for the name without the repository holding it.  ``WatchlistRecognizer`` is the
Presidio side: it hashes every run of one to four words of a text under the same key and
reports the runs whose hash is on the list, with exact offsets.
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redactor.errors import ExitCode, RedactorError
from redactor.project.files import read_stamped_json, write_atomic
from redactor.lexicon.folding import POSSESSIVE
from redactor.project.keys import fingerprint, normalise

WATCHLIST_NAME = ".redactor-watchlist.json"
FILE_KIND = "redactor-watchlist"
FILE_VERSION = 1
DETECTOR = "watchlist"
ENTITY = "PERSON"
MAX_TOKENS = 4

# A word: letters and digits, with inner apostrophes and hyphens ("O'Brien", "Kowalska-Nowak",
# "Bykov's").  Dots and commas separate words, so "A. Bykov" and "Bykov, Anton" split cleanly.
_WORD = re.compile(r"[^\W_]+(?:['’\-‐][^\W_]+)*")
# In file names, these join words ("anton_bykov-notes.txt"); same-length swap keeps offsets.
_PATH_JOINERS = str.maketrans({c: " " for c in "-_./\\+"})


def key_check(key: bytes) -> str:
    """A fingerprint of a fixed string: tells a wrong key from "no match" without revealing it."""
    return fingerprint(key, "redactor-key-check")


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, normalised word) for each word; a trailing possessive is left outside the span."""
    for match in _WORD.finditer(text):
        start, end = match.span()
        if POSSESSIVE.search(match.group()) and end - start > 2:
            end -= 2
        word = normalise(text[start:end])
        if word:
            yield start, end, word


def name_variants(name: str) -> tuple[str, ...]:
    """The normalised forms of a name that count as naming the person.

    "Anton Bykov" gives "anton bykov", "bykov" and "bykov anton"; a middle name adds the
    first-and-last pair and the surname-first full form.  Variants longer than four words
    cannot occur as one n-gram of a text and are left out.
    """
    words = [word for _, _, word in _tokens(name)]
    if not words:
        return ()
    first, last = words[0], words[-1]
    candidates = [words, [last]]
    if len(words) > 1:
        candidates += [[first, last], [last, first], [last, *words[:-1]]]
    variants = {" ".join(c) for c in candidates if len(c) <= MAX_TOKENS}
    return tuple(sorted(variants))


_VARIANT_PREFIX = f"watchlist\x1f{ENTITY}\x1f"


def variant_hash(key: bytes, variant: str) -> str:
    """The keyed hash stored for (and looked up with) one normalised variant.

    Equal to ``fingerprint(key, "watchlist", ENTITY, variant)``; the one-shot ``hmac.digest``
    is several times faster, and a text is hashed up to four times per word.
    """
    return hmac.digest(key, (_VARIANT_PREFIX + variant).encode("utf-8"), "sha256").hex()


@dataclass(frozen=True)
class WatchEntry:
    """One protected person: an id safe to show and the keyed hashes of their name's variants."""

    id: str
    hashes: tuple[str, ...]


@dataclass(frozen=True)
class Watchlist:
    """The contents of a watchlist file."""

    key_check: str
    entries: tuple[WatchEntry, ...] = ()

    def with_entry(self, entry: WatchEntry) -> tuple["Watchlist", bool]:
        """This list plus ``entry``; False when the same name was already on it."""
        if any(e.id == entry.id for e in self.entries):
            return self, False
        return Watchlist(self.key_check, (*self.entries, entry)), True

    def without(self, entry_id: str) -> tuple["Watchlist", bool]:
        """This list less the entry with ``entry_id``; False when there was none."""
        kept = tuple(e for e in self.entries if e.id != entry_id)
        return Watchlist(self.key_check, kept), len(kept) != len(self.entries)

    def hash_count(self) -> int:
        return sum(len(e.hashes) for e in self.entries)


def make_entry(key: bytes, name: str) -> WatchEntry:
    """The entry for ``name``: its id is a keyed hash too, so adding a name twice is a no-op."""
    variants = name_variants(name)
    if not variants:
        raise RedactorError("the name to protect has no letters or digits", ExitCode.USAGE)
    full = " ".join(word for _, _, word in _tokens(name))
    entry_id = "p-" + fingerprint(key, "watchlist-id", full)[:12]
    hashes = tuple(sorted({variant_hash(key, v) for v in variants}))
    return WatchEntry(entry_id, hashes)


def new_watchlist(key: bytes) -> Watchlist:
    return Watchlist(key_check(key))


def verify_key(watchlist: Watchlist, key: bytes, where: Path) -> None:
    """Stop (exit 2) when ``key`` is not the key the watchlist was written with.

    A wrong key would make every lookup miss, and a check that cannot match is not a pass.
    """
    if watchlist.key_check != key_check(key):
        raise RedactorError(
            f"{where}: REDACTOR_KEY is not the key this watchlist was written with, "
            "so its names cannot be matched; set the project's key",
            ExitCode.USAGE,
        )


def locate_watchlist(cwd: Path, root: Path) -> Path:
    """The watchlist in force: one in the current folder, else the project root's (may not exist yet)."""
    here = cwd / WATCHLIST_NAME
    return here if here.is_file() else root / WATCHLIST_NAME


def load_watchlist(path: Path) -> Watchlist:
    """Read and validate a watchlist file; any damage is a usage error naming the file (exit 2)."""
    return read_stamped_json(
        path, "watchlist", FILE_KIND, FILE_VERSION, _watchlist_from_json,
        "recreate it with `redactor protect add`",
    )


def _watchlist_from_json(data: Any) -> Watchlist:
    entries = tuple(
        WatchEntry(str(item["id"]), tuple(str(h) for h in item["hashes"])) for item in data["entries"]
    )
    return Watchlist(str(data["key_check"]), entries)


def watchlist_json(watchlist: Watchlist) -> str:
    data = {
        "kind": FILE_KIND,
        "version": FILE_VERSION,
        "hash": "HMAC-SHA256 under REDACTOR_KEY of normalised name variants",
        "key_check": watchlist.key_check,
        "entries": [{"id": e.id, "hashes": list(e.hashes)} for e in watchlist.entries],
    }
    return json.dumps(data, indent=2) + "\n"


def save_watchlist(path: Path, watchlist: Watchlist) -> None:
    """Write atomically, so an interrupted write never leaves half a list (which would match less)."""
    write_atomic(path, watchlist_json(watchlist).encode("utf-8"))


class WatchlistRecognizer(LocalRecognizer):
    """Finds watchlisted names by hashing each run of 1-4 words of the text under the project key.

    At each word the longest matching run wins and the scan resumes after it, so "Anton Bykov"
    is one result rather than a full name plus a surname inside it.
    """

    def __init__(self, entries: Sequence[WatchEntry], key: bytes, supported_language: str = "en") -> None:
        self._key = key
        self._owner = {h: entry.id for entry in entries for h in entry.hashes}
        super().__init__(supported_entities=[ENTITY], name=DETECTOR, supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the hashes come in through the constructor."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        return list(self.matches(text))

    def mask_path(self, path: str, mask: str = "[PERSON]") -> str:
        """``path`` with every watchlisted name in it replaced by ``mask``.

        A file called after a source leaks the name in every log line that names the file.
        """
        spans = [(r.start, r.end) for r in self.matches(path.translate(_PATH_JOINERS))]
        for start, end in reversed(spans):
            path = path[:start] + mask + path[end:]
        return path

    def matches(self, text: str) -> Iterable[RecognizerResult]:
        words = list(_tokens(text))
        # Transcripts repeat their words; hash each distinct run once.
        owners: dict[str, str | None] = {}
        i = 0
        while i < len(words):
            gram, best = "", None
            for n in range(min(MAX_TOKENS, len(words) - i)):
                word = words[i + n][2]
                gram = f"{gram} {word}" if n else word
                if gram not in owners:
                    owners[gram] = self._owner.get(variant_hash(self._key, gram))
                if owners[gram] is not None:
                    best = (n + 1, owners[gram])
            if best is None:
                i += 1
                continue
            n, entry_id = best
            yield RecognizerResult(
                entity_type=ENTITY,
                start=words[i][0],
                end=words[i + n - 1][1],
                score=1.0,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: DETECTOR,
                    # Presidio keeps only results whose identifier is a loaded recognizer's id.
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    # Every variant of one protected person groups into one entity.
                    "redactor_key": f"watchlist:{entry_id}",
                },
            )
            i += n

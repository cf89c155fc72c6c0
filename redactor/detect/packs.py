"""Rule packs: YAML files of Presidio recognizers plus keep lists, built-in or the user's.

A pack is Presidio's own YAML recognizer format (a ``recognizers:`` list that
``PatternRecognizer.from_dict`` understands) with two keys of ours: ``description`` (one line)
``keep`` (terms never redacted, such as public facts), ``keep_acronyms`` (public bodies'
acronyms, kept only where the text reads as the body) and ``vocabulary`` (named word lists: a
pattern writes ``{{name}}`` and gets one alternation of the list's entries, built as a prefix tree
so a long list stays cheap to match).  Packs are validated at load: a YAML error names file and
line, an invalid regex names the rule; nothing is silently dropped.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
import functools
import hashlib
import marshal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import regex
import yaml
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult

from redactor.detect.prefilter import compile_pattern, own_compiled
from redactor.errors import ExitCode, RedactorError
from redactor.project.files import keep_cached, read_cached, user_cache_file
from redactor.project.yamlfile import YamlFile, load_yaml

_PACK_KEYS = {"description", "recognizers", "keep", "keep_acronyms", "vocabulary"}
# A public body's acronym: capitals and ampersands, two to ten of them ("DIF", "SEP", "P&O").
_BODY_ACRONYM = own_compiled(r"[A-Z][A-Z&]{1,9}")
_PLACEHOLDER = own_compiled(r"\{\{(\w+)\}\}")
_SPACES = own_compiled(r"\s+")


@dataclass(frozen=True)
class RulePack:
    """One loaded pack: its recognizers and keep terms."""

    name: str
    path: Path
    description: str
    recognizers: tuple[PatternRecognizer, ...]
    keep: tuple[str, ...]
    # Acronyms of public bodies kept only where the text reads as the body (filters).
    keep_acronyms: tuple[str, ...] = ()


def builtin_rules_dir() -> Path:
    """Folder of the built-in packs: `redactor/rules` in an installed wheel (the top-level
    `rules/` is packaged there), or `rules/` of a source checkout."""
    package = Path(__file__).resolve().parent.parent  # redactor/
    installed = package / "rules"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


def builtin_pack_names() -> list[str]:
    return sorted(p.stem for p in builtin_rules_dir().glob("*.yaml"))


def resolve_pack(name: str, base_dir: Path | None) -> Path:
    """A pack given by built-in name ("military") or by path (relative to the config folder)."""
    if not name.endswith((".yaml", ".yml")) and "/" not in name:
        path = builtin_rules_dir() / f"{name}.yaml"
        if not path.is_file():
            raise RedactorError(
                f"unknown rule pack '{name}' (built-in packs: {', '.join(builtin_pack_names())})",
                ExitCode.USAGE,
            )
        return path
    path = Path(name).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    if not path.is_file():
        raise RedactorError(f"rule pack file not found: {path}", ExitCode.USAGE)
    return path


def is_builtin_file(path: Path) -> bool:
    """Whether ``path`` is a pack that ships with redactor (not a user's own)."""
    return path.resolve().parent == builtin_rules_dir().resolve()


def _packs_file() -> Path:
    """Named after this module's code and PyYAML's version (``user_cache_file``)."""
    return user_cache_file("packs", __file__, getattr(yaml, "__version__", ""))


@functools.cache
def _kept_packs() -> dict[str, Any]:
    """The built-in packs earlier runs kept, by file name and content (read once per process),
    of the built-in files as they are now: the file also holds every earlier content of each
    (one user cache for every copy and version of redactor), which held for the run was 12 MB
    of a scan's peak memory after a few dozen edits to the packs."""
    table = read_cached(_packs_file())
    if not isinstance(table, dict) or not all(isinstance(k, str) for k in table):
        return {}
    try:
        current = {_pack_key(path) for path in builtin_rules_dir().glob("*.yaml")}
    except OSError:
        return {}
    return {key: data for key, data in table.items() if key in current}


def _pack_key(path: Path) -> str:
    return f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()}"


def _kept_pack(path: Path) -> dict | None:
    """A built-in pack's data as an earlier run kept it (a fresh copy), when the file is the
    same; None for any other pack: a user's own pack may hold protected names and is never
    copied outside the project."""
    if not is_builtin_file(path):
        return None
    try:
        data = _kept_packs().get(_pack_key(path))
    except OSError:
        return None
    return marshal.loads(data) if isinstance(data, bytes) else None


def _keep_pack(path: Path, data: Any) -> None:
    """Keep a built-in pack's checked data (its patterns' word lists spelt out) for the next run:
    parsing the YAML and building the word lists' prefix trees is most of a pack's loading."""
    if not is_builtin_file(path):
        return
    try:
        key, form = _pack_key(path), marshal.dumps(data)
    except (OSError, ValueError):  # a value marshal cannot keep (a YAML date): parsed every time
        return
    table = {**(read_cached(_packs_file()) or {}), key: form}
    keep_cached(_packs_file(), table)
    _kept_packs.cache_clear()


def _is_word_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


@functools.cache  # 15,000 calls a start-up for a few dozen characters
def _piece(char: str) -> str:
    """One character of a vocabulary entry as a pattern: a space is any run of spaces on one
    line or a hyphen ("sub inspector", "sub-inspector"); a hyphen may also be a space or nothing
    ("night-shift", "night shift", "nightshift")."""
    if char == " ":
        return r"(?:[^\S\n]+|-)"
    if char == "-":
        return r"(?:-|[^\S\n]+)?"
    return regex.escape(char)


def vocabulary_pattern(words: Sequence[str], keep_case: bool = False) -> str:
    """One non-capturing alternation matching exactly the given entries (case as the pattern's
    flags say; as written with ``keep_case``, for a pattern's ``(?-i:...)``), factored as a
    prefix tree: "nurse", "nurses", "nursery" -> ``nurse(?:ry|s)?``."""
    trie: dict[str, dict] = {}
    for word in {w.strip() if keep_case else w.strip().lower() for w in words}:
        node = trie
        for char in _SPACES.sub(" ", word):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [_piece(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if ends:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(trie) + ")"


def _vocabularies(doc: YamlFile, data: dict) -> dict[str, str]:
    """Each of the pack's named word lists as one pattern."""
    vocabulary = data.get("vocabulary") or {}
    if not isinstance(vocabulary, dict):
        raise doc.error("'vocabulary' must map names to lists of words", ("vocabulary",))
    patterns = {}
    for name, words in vocabulary.items():
        # A model number ("2107", "206") reads as an int, which is fine; a bare yes/no/on/off
        # reads as a boolean, which is not what was meant.
        entries = [str(w) if isinstance(w, int) and not isinstance(w, bool) else w
                   for w in (words if isinstance(words, list) else [None])]
        if not isinstance(name, str) or not regex.fullmatch(r"\w+", name) or not _is_word_list(entries):
            raise doc.error(f"vocabulary '{name}' must be a list of words (quote yes, no, on, off)",
                            ("vocabulary", name))
        # a "..._cased" list keeps its capitals, for a pattern to match inside "(?-i:...)"
        patterns[name] = vocabulary_pattern([str(w) for w in entries], keep_case=name.endswith("_cased"))
    return patterns


@functools.cache
def _builtin_vocabularies(pack: str) -> dict[str, Any]:
    """The word lists of a built-in pack, parsed once per process (only read: ``load_pack``
    parses its own copy, whose patterns it expands in place)."""
    path = builtin_rules_dir() / f"{pack}.yaml"
    kept = _kept_pack(path)
    return (kept if kept is not None else load_yaml(path).data)["vocabulary"]


@functools.cache
def builtin_vocabulary(pack: str, name: str) -> tuple[str, ...]:
    """The entries of one named word list of a built-in pack, as written there (read once per
    process): code that reads the same words as a pack (a legal form) takes them from it."""
    return tuple(str(w) for w in _builtin_vocabularies(pack)[name])


def _expand(pattern: str, vocabularies: dict[str, str]) -> tuple[str, str | None]:
    """A pattern with each ``{{name}}`` replaced by its vocabulary's alternation, and the first
    name no vocabulary has (None when all are known)."""
    unknown = [name for name in _PLACEHOLDER.findall(pattern) if name not in vocabularies]
    if unknown:
        return pattern, unknown[0]
    return _PLACEHOLDER.sub(lambda m: vocabularies[m.group(1)], pattern), None


def _expand_patterns(doc: YamlFile, entry: dict, loc: tuple, vocabularies: dict[str, str]) -> None:
    """Expand each pattern's vocabularies in place; an unknown one names the rule."""
    for j, pattern in enumerate(entry.get("patterns") or []):
        if isinstance(pattern, dict) and isinstance(pattern.get("regex"), str):
            pattern["regex"], missing = _expand(pattern["regex"], vocabularies)
            if missing:
                raise doc.error(f"rule '{entry['name']}': unknown vocabulary '{missing}'", (*loc, "patterns", j))


def _compile_patterns(doc: YamlFile, loc: tuple, recognizer: PatternRecognizer, specs: list) -> None:
    """Compile each pattern once, with the flags Presidio will match it with (the compiled form
    is kept on the pattern), instead of Presidio's flagless check and then again.  A pattern an
    earlier run compiled is known valid and rebuilt on first use (``prefilter.compile_pattern``)."""
    name = recognizer_name(recognizer)
    flags = recognizer.global_regex_flags
    for j, pattern in enumerate(specs):
        try:
            text = pattern["regex"]
            if not isinstance(text, str):
                raise TypeError(text)
            compiled = compile_pattern(text, flags)
        except (regex.error, KeyError, TypeError) as exc:
            detail = str(exc) if isinstance(exc, regex.error) else "missing 'regex'"
            raise doc.error(f"rule '{name}': invalid regex ({detail})", (*loc, "patterns", j)) from None
        built: Any = recognizer.patterns[j]  # type: ignore[has-type]  # Presidio's untyped attribute
        built.regex = text
        built.compiled_regex = compiled
        built.compiled_with_flags = flags


def load_pack(path: Path) -> RulePack:
    """Load and validate one pack file.  A built-in pack is read from the form an earlier run
    kept (``_kept_pack``: its data with each pattern's word lists already spelt out), when the
    file is the same; else parsed, and then kept."""
    kept = _kept_pack(path)
    if kept is not None:
        with contextlib.suppress(RedactorError):  # never for a kept form; the parse below says where
            return _pack_of(path, YamlFile(path, kept, None), kept, expanded=True)
    doc = load_yaml(path)
    data = doc.data if doc.data is not None else {}
    pack = _pack_of(path, doc, data, expanded=False)
    _keep_pack(path, data)
    return pack


def _pack_of(path: Path, doc: YamlFile, data: Any, expanded: bool) -> RulePack:
    """The pack of a file's ``data``, checked (``expanded``: its patterns' word lists already
    spelt out, by an earlier run that checked the same data)."""
    if not isinstance(data, dict):
        raise doc.error("a rule pack is a mapping with 'recognizers' and/or 'keep'")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise doc.error(f"unknown key '{key}' (allowed: {', '.join(sorted(_PACK_KEYS))})", (key,))
    keep = data.get("keep") or []
    if not _is_word_list(keep):
        raise doc.error("'keep' must be a list of non-empty strings", ("keep",))
    acronyms = data.get("keep_acronyms") or []
    if not _is_word_list(acronyms) or not all(_BODY_ACRONYM.fullmatch(a) for a in acronyms):
        raise doc.error("'keep_acronyms' must be a list of acronyms in capitals (\"DIF\", \"SEP\")", ("keep_acronyms",))
    vocabularies = {} if expanded else _vocabularies(doc, data)
    entries = data.get("recognizers") or []
    if not isinstance(entries, list):
        raise doc.error("'recognizers' must be a list", ("recognizers",))
    recognizers = []
    for i, entry in enumerate(entries):
        loc = ("recognizers", i)
        if not isinstance(entry, dict) or not entry.get("name"):
            raise doc.error("each recognizer needs a 'name'", loc)
        name = entry["name"]
        if not _is_word_list(entry.get("context") or []):
            # YAML reads a bare no/yes/on/off as a boolean, which Presidio cannot match.
            raise doc.error(f"rule '{name}': 'context' must be a list of words (quote no, yes, on, off)",
                            (*loc, "context"))
        specs = entry.get("patterns") or []
        if not expanded:
            _expand_patterns(doc, entry, loc, vocabularies)
        try:
            recognizer = _recognizer(entry, specs)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise doc.error(f"rule '{name}': {exc}", loc) from None
        _compile_patterns(doc, loc, recognizer, specs)
        recognizers.append(recognizer)
    return RulePack(
        name=path.stem,
        path=path,
        description=str(data.get("description", "")),
        recognizers=tuple(recognizers),
        keep=tuple(keep),
        keep_acronyms=tuple(acronyms),
    )


# Stands in for each pattern while Presidio builds the recognizer (its own check compiles every
# pattern without flags, a second compile of the same pattern); the real one is set after.
_STANDIN = "(?:)"


# What a rule finds in words that end their clause - a description, a count, an age, a span of
# time, a vehicle - is read cue by cue; codes, contacts and names go on over a cue's end (a phone
# said over two cues is one phone).
_READ_BY_CUES = frozenset({"UNIQUE_DETAIL", "DETAIL", "DURATION", "AGE", "VEHICLE"})


class PackRecognizer(PatternRecognizer):
    """A pack entry's recognizer.  One of a description (:data:`_READ_BY_CUES`) reads a
    transcript's cues or segments as lines: where two pieces meet (joined by a space for
    detection) its patterns see a line break (the detector's ``reading_cue_lines``), as they do
    at a typed transcript's turn end, so that a phrase that must end its clause ("we are in our
    fifth month") ends it at a cue's end too, and none runs on into the next cue's words."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        said, lined = _CUE_LINES.get()
        if said is text and self.supported_entities[0] in _READ_BY_CUES:
            text = lined
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


# The text under analysis and the same with a line break where its pieces meet (one string
# object for all the rules, which their gates read once).
_CUE_LINES: ContextVar[tuple[str | None, str]] = ContextVar("cue_lines", default=(None, ""))


@contextlib.contextmanager
def reading_cue_lines(text: str, lined: str) -> Iterator[None]:
    """Within the block, the description rules read ``text`` as ``lined`` (same length: its
    cues' joins made line breaks)."""
    token = _CUE_LINES.set((text, lined))
    try:
        yield
    finally:
        _CUE_LINES.reset(token)


def _recognizer(entry: dict, specs: list) -> PatternRecognizer:
    """Presidio's recognizer for a pack entry, its patterns' regexes not yet set."""
    if not isinstance(specs, list) or not all(isinstance(p, dict) for p in specs):
        raise ValueError("'patterns' must be a list of mappings with name, regex and score")
    return PackRecognizer.from_dict({**entry, "patterns": [{**p, "regex": _STANDIN} for p in specs]})


def recognizer_name(recognizer: EntityRecognizer) -> str:
    """A recognizer's name (Presidio sets it in a way type checkers cannot follow)."""
    return str(vars(recognizer).get("name") or type(recognizer).__name__)


def load_packs(names: Sequence[str], base_dir: Path | None) -> list[RulePack]:
    """Load the packs named in the config; rule names must be unique across them."""
    packs = [load_pack(resolve_pack(name, base_dir)) for name in names]
    seen: dict[str, str] = {}
    for pack in packs:
        for rec in pack.recognizers:
            name = recognizer_name(rec)
            if name in seen:
                raise RedactorError(
                    f"{pack.path}: rule '{name}' is also defined in pack '{seen[name]}'",
                    ExitCode.USAGE,
                )
            seen[name] = pack.name
    return packs

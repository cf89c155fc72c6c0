"""An organisation's name grown over the words after it that say what the firm is.

A detector often stops at the distinctive part of a firm's name: the model takes "kowalski" of
"i drive for kowalski transport", "kovra" of "the kovra warehouse", "Eastgate" of "Eastgate
Security Ltd".  The words after it (a legal form, a trade, a kind of workplace) are part of how
the firm is named; left in the text beside the replacement they still say which firm it was.
``extend_organisations`` grows each ORGANIZATION over up to three such words on its right.  A
capitalised name takes capitalised words (or a legal form, or a kind of workplace in lower case:
"the Bilton plant"); a name in lower case (a caption) takes lower-case ones only, and only a
firm's trade or site (:data:`_CAPTION_TRADES`): the model's guesses in captions are often plain
words ("husbandry"), and "systems" or "group" after one would only add to the loss.
A word that says what the firm deals in, then a word that closes a firm's name ("company",
"services", "limited"), is taken in either case when the clause ends or goes on without a verb
after them ("brenvola snacks limited."), and makes a guessed person or small place before them
the firm ("brenvik rice company"); so does a firm's trade right after a small place ("kelmorra
fisheries").
A person's name a detector guessed, right before a firm's trade, is the firm named after its
owner ("kowalski transport"); a small place before a kind of workplace is that workplace ("the
bilton plant"), before "camp", "village", "market", "bus park" or "junction" that spot
("kakuma camp", "Nyabugogo bus park"; one the model took for a person too, "Chikwawa village").
A small place after a named or qualified workplace and "in" or "of" is that workplace, whole
("St. Anna hospital in Vechta", "the brick kiln in Sirajganj", "the public school of Tsinandali"),
unless the sentence says a patient was taken to the hospital (:func:`redactor.detect.hospitals.is_patients_hospital`).  Up to two capitalised words right before
a cased name join it when the detector left them out ("Hoang" of "Hoang Long Garment Company").
It runs after the keep filters, so a public company ("Amazon") is never grown into a private one.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.hospitals import is_patients_hospital
from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.firm_kinds import firm_at, line_words, opens_name
from redactor.lexicon import longest_first
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import is_derived_word, is_dictionary_word, parts_of_speech, stop_words
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FIRM_KIND_WORDS, default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.lexicon.places import fold_place, public_places
from redactor.model import MODEL_DETECTOR, Mention

_SP = r"[^\S\n]"


@functools.cache
def _legal_forms() -> str:
    """Legal forms, with or without dots ("Ltd", "sp. z o.o.", "A.Ş.", "S.A. de C.V.", "GmbH"),
    and the short ones only as written ("AS", "DOOEL", "OOO"): the workplaces pack's two lists,
    read on first use (the pack module brings Presidio)."""
    from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern

    return (f"(?:{vocabulary_pattern(builtin_vocabulary('workplaces', 'legal_form'))}"
            f"|(?-i:{vocabulary_pattern(builtin_vocabulary('workplaces', 'legal_form_cased'), keep_case=True)}))")


@functools.cache
def _next_form() -> regex.Pattern[str]:
    return own_compiled(rf",?{_SP}+(?P<word>{_legal_forms()})(?![\w'’-])", regex.X | regex.I)


@functools.cache
def _whole_form() -> regex.Pattern[str]:
    return own_compiled(rf"(?:{_legal_forms()})(?![\w'’-])", regex.X | regex.I)


# A span that stops inside a word or an abbreviation: a letter or a dot goes on right after its
# last letter ("s|.r.o.", "Sp|. z o.o."), a letter right after its last dot ("A.|Ş.").
_INSIDE_A_WORD = own_compiled(r"(?<=\p{L})[\p{L}.]|(?<=\.)\p{L}")
_LAST_SPACE = own_compiled(r"(?r)\s")


def _end_of_cut_form(text: str, start: int, end: int) -> int:
    """The end of the legal form a span stops inside ("Hvězdná linka s" of "Hvězdná linka
    s.r.o.": the model's tokens split a dotted form at its first dot), or ``end``: the span's last
    word and what goes on right after it are one legal form, which ends at a word's end."""
    if _INSIDE_A_WORD.match(text, end) is None:
        return end
    space = _LAST_SPACE.search(text, start, end)
    word_start = space.end() if space is not None else start
    form = _whole_form().match(text, word_start)
    return form.end() if form is not None and form.end() > end else end


def _with_whole_form(text: str, m: Mention) -> Mention:
    """A firm's span grown to the end of the legal form it stops inside (:func:`_end_of_cut_form`:
    a frame that ends the name at a clause's full stop takes "s" of "linka s.r.o." for a word)."""
    end = _end_of_cut_form(text, m.start, m.end) if m.entity_type == "ORGANIZATION" else m.end
    return m if end == m.end else replace(m, end=end, text=text[m.start:end])


@functools.cache
def _firm_end() -> regex.Pattern[str]:
    trades = "|".join([*longest_first(_TRADES | _SITES), _TWO_WORD_TRADES])
    return own_compiled(rf"(?:(?<![\w'’-])(?:{trades})|(?<=[^\S\n])(?:{_legal_forms()}))\Z", regex.X | regex.I)


@functools.cache
def _legal_form_end() -> regex.Pattern[str]:
    return own_compiled(rf",?{_SP}+(?:{_legal_forms()})\Z", regex.X | regex.I)


# Words that say what a firm is or does ("Transport", "Garments", "Group") or which of its
# sites it is ("warehouse", "plant").
_TRADES = frozenset("""
company companies co-operative cooperative group holdings corporation enterprises industries international
logistics transport transportation haulage freight shipping couriers express trucking
security guarding cleaning services solutions systems technologies
garment garments textile textiles apparel apparels fashions knitwear knit knitting composite composites mills washing
construction builders engineering contractors mining minerals quarries steel plastics packaging
foods food bakery bakeries kitchen catering restaurant cafe café dairy poultry farms farm fisheries seafood agro
trading traders imports exports distribution supplies wholesale
motors electronics pharma pharmacy clinic clinics hospital
recruitment staffing manpower crewing outsourcing consulting trans contact
bank microfinance finance sacco
provisions commerce expeditions hospitality
recycling lumber gems pearls fishing
""".split())  # the last line: what a small yard, mill or farm deals in ("golpahar recycling", "george pearls")
# The trades a caption's lower-case name takes: no word that follows an ordinary word as often
# ("husbandry systems", "gm food", "obliges traders", "the alde group": a parliament's group).
_CAPTION_TRADES = frozenset("""
logistics transport transportation haulage freight shipping couriers trucking security guarding cleaning
garment garments textile textiles apparel knitwear construction builders engineering mining quarries
catering farms dairy poultry crewing manpower staffing recruitment company cooperative co-operative
contact trans foods microfinance sacco finance fisheries seafood provisions expeditions hospitality
recycling lumber gems pearls fishing
""".split())
# Trades that make a person's name before them a firm's ("kowalski transport", "Nowak Logistics"):
# not a kind of site or a word that often follows a name in a clause ("anna kitchen", "marek group").
_FIRM_TRADES = _TRADES - frozenset("""
company companies group international kitchen food foods restaurant cafe café clinic hospital
farm farms dairy express services solutions systems security cleaning bank
fishing
""".split())  # "fishing": what a person goes ("we took george fishing")
# Trades that end only a firm's name, also in a caption's lower case ("kashf microfinance", "umoja
# sacco"): no noun a clause goes on with ("i asked anwar garments were ready").
_CAPTION_FIRM_ENDS = frozenset("microfinance sacco logistics haulage trucking crewing".split())
# Kinds of a site, said after a cased name in lower case ("the Bilton plant", "the Kovra warehouse").
_SITES = frozenset("""
plant factory warehouse depot mill mine yard site workshop bakery kitchen restaurant hotel clinic
farm farms office offices branch
""".split())
# What a place's name is the name of and stays a place: "Kakuma camp", "the Makoko estate",
# "Chikwawa village", "the Kalerwe market", "Nyabugogo bus park", "Madina junction": a spot of a
# town where a few hundred people live, trade or wait, so the tail says which.
_PLACE_TAIL = own_compiled(
    rf"{_SP}+(?P<word>(?:refugee{_SP}+)?camps?|settlement|estate|village|market|junction|roundabout"
    rf"|(?:bus|taxi|lorry|truck|motor){_SP}+(?:park|stand|stage|station|terminal|rank)"
    rf"|trading{_SP}+cent(?:re|er))(?![\w'’-])", regex.I)
# Trades said in two words: "Nyota Credit Union", "umoja savings and credit cooperative".
_TWO_WORD_TRADES = (rf"(?:credit|savings(?:{_SP}+(?:and|&){_SP}+credit)?){_SP}+(?:union|co-?operative|society)"
                    rf"|building{_SP}+society|money{_SP}+transfer")
_NEXT_TWO_WORDS = own_compiled(rf"{_SP}+(?P<word>{_TWO_WORD_TRADES})(?![\w'’-])", regex.I)
# A firm's branch named by its place: "kashf microfinance bank alipur branch", "Akwaba Bank Tema
# Main branch".
_BRANCH_AFTER = own_compiled(
    rf"(?P<place>(?:{_SP}+(?P<word>\p{{L}}[\p{{L}}'’-]*)){{1,2}}){_SP}+(?P<branch>branch)(?![\w'’-])", regex.I)
# The firm a site is of, after the site: "the tema branch of akwaba bank", "the Kolwezi plant of
# Kasai Mining Ltd".
_OF_FIRM = own_compiled(
    rf"{_SP}+of{_SP}+(?:the{_SP}+)?(?P<firm>(?P<word>\p{{L}}[\p{{L}}'’&-]*)(?:{_SP}+(?P<word>\p{{L}}[\p{{L}}'’&.-]*)){{0,3}})",
    regex.I)
# The next word, after an owner's "'s" too: "Nkechi's Kitchen", "Marco's bakery".
_NEXT_WORD = own_compiled(rf"(?:['’]s)?{_SP}+(?P<word>\p{{L}}[\p{{L}}-]*)(?![\w'’-])")
_MAX_WORDS = 3
# How many kind words may come before a name the detector found ("empresa pesquera | san lucas").
_KIND_WORDS_BEFORE = 2
# "the" right before a place: "the bilton plant" is the plant; "rossosh bakery" in a file name
# may be a bakery in Rossosh.
_THE_BEFORE = own_compiled(rf"\bthe{_SP}+\Z", regex.I)
# The name of a body that a hidden town's name opens ("Wexford District Court", "Wexford
# Water Authority", "Wexford Public Prosecutor"): with the town replaced, what is left
# ("[LOCATION 1] Water Authority") still narrows which town it was, so the body's name
# goes with it.  Capitalised words only, up to the body's head word.
_BODY_OF_PLACE = own_compiled(
    rf"(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]*)){{0,4}}{_SP}+(?-i:Court|Tribunal|Prosecutor|Authority|Police|Council|"
    rf"Administration|Directorate|Inspectorate|Governorate|Office|Registry)(?![\p{{L}}'’-])")
# A capitalised word right before a cased name: the name's first word the detector left out
# ("Hoang" of "Hoang Long Garment Company", "Mama" of "at Mama Nkechi's Kitchen").  At a
# sentence's start only a word rare in English ("Yesterday", "Then" begin sentences).
_PREVIOUS_WORD = own_compiled(rf"(?<![\w'’.-])(?P<word>\p{{Lu}}\p{{Ll}}+){_SP}+\Z")
_WORD_BEFORE = own_compiled(rf"(?<![\w'’-])\p{{Ll}}+{_SP}+\Z")
_NAME_WORD_ZIPF = 4.0
_MAX_WORDS_BEFORE = 2
_NOT_NAME_WORDS = frozenset("""
the a an at in on for from with by of and or but so my our his her their this that these those
mr mrs ms dr miss mister sir madam st every each any some one no its
""".split())


# The words that close a firm's name and nothing else, after a word that says what it deals in:
# "<name> snacks limited", "<name> ship services", "<name> rice company".
_NAME_CLOSERS = frozenset("""
company services service limited ltd corporation enterprises industries holdings cooperative co-operative
""".split())
# A word that says what a firm deals in, then one that closes its name (:data:`_NAME_CLOSERS`).
_BRIDGED = own_compiled(rf"{_SP}+(?P<bridge>\p{{L}}[\p{{L}}-]*){_SP}+(?P<word>\p{{L}}[\p{{L}}-]*)(?![\w'’-])")
# What follows a firm's name so said: its clause's end, a preposition, a new clause (not a verb:
# "i told anna customer services would call").
_AFTER_BRIDGED = own_compiled(
    rf"{_SP}*(?:[,.;:!?)\"”]|\n|\Z)|{_SP}+(?:in|at|on|of|for|from|near|out|with|and|but|so|which|that|where|who"
    rf"|i|we|he|she|they|it|um|uh)(?![\w'’-])", regex.I)


def _bridged_end(text: str, end: int, lower: bool) -> int | None:
    """The end of the two words after a name that say what the firm deals in and close its name
    ("brenvola snacks limited", "Dorvan Ship Services"), in the name's case: the first a dictionary
    noun or adjective or no dictionary word, no function word, no trade, and the clause ends or
    goes on with no verb after them (:data:`_AFTER_BRIDGED`); None when no such two words follow."""
    two = _BRIDGED.match(text, end)
    if two is None or two.group("word").lower() not in _NAME_CLOSERS or not _AFTER_BRIDGED.match(text, two.end()):
        return None
    bridge, word = two.group("bridge"), two.group("word")
    cased = (bridge.islower() and word.islower()) if lower else (bridge[0].isupper() and word[0].isupper())
    if not cased or bridge.lower() in _NOT_NAME_WORDS or bridge.lower() in _TRADES or not _trade_word(bridge):
        return None
    return two.end()


def _next_end(text: str, end: int, lower: bool, the: bool, after_trade: bool = False) -> int:
    """Where the name continues to, one word or legal form further (``end`` when it does not);
    a caption's name that has taken a trade takes any firm word after it ("bluecoast contact
    solutions", "baltic freight services"), and a name takes what the firm deals in with the
    word that closes its name ("brenvola snacks limited": :func:`_bridged_end`)."""
    form = _next_form().match(text, end) or _NEXT_TWO_WORDS.match(text, end)
    if form is not None and (not lower or form.group("word").islower()):
        return form.end()
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return end
    if nxt.group("word").lower() not in _TRADES | _SITES and (bridged := _bridged_end(text, end, lower)) is not None:
        return bridged
    word = nxt.group("word")
    folded = word.lower()
    if folded not in _TRADES and folded not in _SITES:
        return end
    if lower:
        # a site only after "the": "the kovra warehouse"; "rossosh bakery" (a file name) may be a
        # bakery in Rossosh
        taken = folded in _CAPTION_TRADES or (after_trade and folded in _TRADES) or (the and folded in _SITES)
        return nxt.end() if word.islower() and taken else end
    return nxt.end() if word[0].isupper() or (word.islower() and folded in _SITES) else end


_A_LETTER = own_compiled(r"\p{L}")


def without_legal_form(name: str) -> str | None:
    """A firm's name without the legal form it ends with ("Vardar Trans DOOEL" -> "Vardar
    Trans"), as people say it again later; None when it ends with none or nothing is left."""
    form = _legal_form_end().search(name)
    rest = name[:form.start()].strip() if form is not None else ""
    return rest if _A_LETTER.search(rest) else None


@functools.cache
def _name_ends() -> frozenset[str]:
    """The words a firm's, a club's or a body's name ends in after its own name: its trade, its
    kind of site, what it is (the workplaces pack's ``firm_head`` and ``body_head``)."""
    from redactor.detect.packs import builtin_vocabulary

    heads = (w.casefold() for w in builtin_vocabulary("workplaces", "firm_head") if " " not in w)
    return frozenset(_TRADES | _SITES | _body_heads() | frozenset(heads))


_MAX_SAID_AGAIN_WORDS = 3
_JOINING_WORDS = frozenset({"and", "&"})


def _person_like(words: Sequence[str]) -> bool:
    """A given name then a family name of the name lists ("anna nowak", "hoang long"): an owner's
    name as often as the firm's."""
    first, last = (default_gazetteer().get(fold_place(w)) for w in (words[0], words[-1]))
    return first is not None and first.first and last is not None and last.last


def names_without_trade(name: str) -> list[str]:
    """A firm's or a body's own name without what it deals in and what it is, as it is said again
    later ("Blue Nile" of "Blue Nile Bullion Trading", "golden lotus" of "golden lotus garment",
    "k and s" of "k and s marine services"): the name's last word a trade, a site or a head
    (:func:`_name_ends`), one word more of what it deals in taken off with it or not, and two or
    three words of name left, no function word among them but "and", no given name and family
    name (:func:`_person_like`: "Anna Nowak" of "Anna Nowak Logistics") and no public place
    ("Cape Town" of "Cape Town Logistics").  A firm named for those who do its work ends in them
    too ("Blue Lagoon" of "Blue Lagoon Divers": :func:`_agent_plural`); one rare word opening a
    name of three is said alone ("heartwood" of "Heartwood Guide Dogs": :func:`_rare_first_word`);
    the town said after the name is no part of it ("Heartwood Guide Dogs in Whitnash")."""
    return list(_names_without_trade(name))


@functools.lru_cache(maxsize=4096)
def _names_without_trade(name: str) -> tuple[str, ...]:
    """:func:`names_without_trade`, once per name: learning the run's forms and placing each
    form found again both ask it of the same firm's name."""
    words = _without_town(name.split())
    out = [words[0]] if _rare_first_word(words) else []
    if len(words) < 3 or not (words[-1].casefold() in _name_ends() or _agent_plural(words[-1])):
        return tuple(out)
    for cut in (1, 2):
        rest = words[:-cut]
        if not 2 <= len(rest) <= _MAX_SAID_AGAIN_WORDS:
            continue
        folded = [w.casefold() for w in rest]
        if any(w in stop_words() and w not in _JOINING_WORDS for w in folded) or _person_like(folded) \
                or fold_place(" ".join(folded)) in public_places() or folded[-1] in _JOINING_WORDS:
            continue
        out.append(" ".join(rest))
    return tuple(out)


def _without_town(words: list[str]) -> list[str]:
    """A name's words before "in" and a capitalised word after it: the town the model took in
    with the firm ("Heartwood Guide Dogs in Whitnash")."""
    for i in range(2, len(words) - 1):
        if words[i] == "in" and words[i + 1][:1].isupper():
            return words[:i]
    return words


def _agent_plural(word: str) -> bool:
    """Those who do a trade, a verb's doers ("divers", "movers", "growers"): what a firm named
    for them is, after its own name."""
    folded = word.casefold()
    return len(folded) > 5 and folded.endswith("ers") and any(
        "verb" in parts_of_speech(stem) for stem in (folded[:-2], folded[:-3]))


def _rare_first_word(words: Sequence[str]) -> bool:
    """A name of three words or more, each written with its capital, opened by an English word
    rare in English, no name of the name lists, no place and no kind of firm, no function word
    after it ("Heartwood" of "Heartwood Guide Dogs"; not "Habitat" of "Habitat for Humanity", a
    body's): said again alone.  A coined word opening a name is a brand's or a body's as often,
    which the model finds where it is said; a caption's span, in lower case, may open with what
    the firm does ("judo" of "judo club lovćen kids"); a derived word ("Globalisation" of the
    "Globalisation Adjustment Fund": ``is_derived_word``) is said as the word itself."""
    from redactor.detect.recognizers.firm_kinds import is_kind
    from redactor.lexicon.places import default_places

    first = words[0] if len(words) >= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) else ""
    folded = first.casefold()
    return len(folded) > 3 and folded.isalpha() and is_dictionary_word(folded) and zipf_frequency(folded, "en") < _RARE_NAME_ZIPF \
        and not any(w.casefold() in stop_words() for w in words[1:]) \
        and folded not in stop_words() and default_gazetteer().get(folded) is None \
        and fold_place(folded) not in public_places() and not default_places().is_place(first) and not is_kind(first) \
        and not is_derived_word(folded)


# A word rarer than this in English is a name's own word where it opens one (propagation's
# COMMON_WORD_ZIPF: a lone word more frequent is not looked for again).
_RARE_NAME_ZIPF = 3.5


def is_firm_name(name: str) -> bool:
    """A name that ends with a firm's trade, a kind of its site or a legal form ("Kowalski
    Logistics", "the Bilton plant", "Vardar DOOEL")."""
    return _firm_end().search(name.strip()) is not None


def organisation_start(text: str, start: int, end: int) -> int:
    """The start of the cased organisation named at ``text[start:end]``, grown over up to two
    capitalised words right before it (see :data:`_PREVIOUS_WORD`)."""
    if text[start:end].islower():
        return start
    for _ in range(_MAX_WORDS_BEFORE):
        previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if previous is None:
            break
        word = previous.group("word")
        if word.lower() in _NOT_NAME_WORDS or fold_place(word) in public_places():
            break  # a public place or a people before a firm describes it: "the Lviv Kovra plant"
        inside = _WORD_BEFORE.search(text, max(0, previous.start() - 40), previous.start()) is not None
        if not inside and zipf_frequency(word, "en") >= _NAME_WORD_ZIPF:
            break
        start = previous.start()
    return start


def organisation_end(text: str, start: int, end: int) -> int:
    """The end of the organisation named at ``text[start:end]``, grown over its trade, its kind
    of site and its legal form (see the module)."""
    end = _end_of_cut_form(text, start, end)
    lower = text[start:end].islower()
    the = _THE_BEFORE.search(text, max(0, start - 8), start) is not None
    words = text[start:end].split()
    traded = bool(words) and words[-1].lower() in _TRADES  # "kashf microfinance" takes "bank"
    for n in range(_MAX_WORDS):
        grown = _next_end(text, end, lower, the, after_trade=n > 0 or traded)
        if grown == end:
            break
        end = grown
    return _firm_of_site_end(text, start, _branch_end(text, start, end, lower), lower)


def _firm_of_site_end(text: str, start: int, end: int, lower: bool) -> int:
    """The end of the firm a named site is of, right after it ("the tema branch of akwaba
    bank"), or ``end``: the site's name ends with a kind of site, the firm's with a trade or a
    legal form after a name ("of the bank" is no name), all its words in the site's case and
    none a function word."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1].lower() not in _SITES:
        return end
    of = _OF_FIRM.match(text, end)
    if of is None:
        return end
    taken = of.captures("word")
    while taken and not is_firm_name(" ".join(taken)):
        taken.pop()  # "of kasai mining in kolwezi": the firm ends at its trade
    if len(taken) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in taken) or \
            not all(w.islower() if lower else w[0].isupper() for w in taken):
        return end
    return of.starts("word")[len(taken) - 1] + len(taken[-1])


def _branch_end(text: str, start: int, end: int, lower: bool) -> int:
    """The end of the branch named by its place right after a firm's name ("kashf microfinance
    bank alipur branch"), or ``end``: the name must end with a trade or a legal form, the place
    be one or two words of a name in the name's case."""
    branch = _BRANCH_AFTER.match(text, end)
    if branch is None or not is_firm_name(text[start:end]):
        return end
    words = branch.captures("word")
    if any(w.lower() in _NOT_NAME_WORDS or w.lower() in _TRADES for w in words):
        return end
    cased = all(w.islower() for w in words) if lower else all(w[0].isupper() for w in words)
    return branch.end() if cased else end


def _names_a_firm(text: str, m: Mention) -> bool:
    """A person's or a small place's name a guessing detector found, followed by a firm's trade
    in the same case: "kowalski transport", "Nowak Logistics" is the firm named after him,
    "dorvan fisheries" the one named after its place, and so is one followed by what the firm
    deals in and the word that closes its name ("brenvik rice company": :func:`_bridged_end`); or
    a person's name that ends with a capitalised trade no name list knows as a name ("Anwar
    Garments", "Hasan Knitwear", "Fakir Knit"; "John Mills" stays a person), or in a caption
    with a trade that ends only a firm's name ("kashf microfinance")."""
    if m.entity_type not in ("PERSON", "LOCATION") or m.detector in AUTHORITATIVE or m.known_identity:
        return False
    if _bridged_end(text, m.end, m.text.islower()) is not None:
        return True  # "brenvik rice company", "Dorvan Ship Services"
    last = m.text.split()[-1]
    if m.entity_type == "PERSON" and " " in m.text.strip() and m.text.islower() and last in _CAPTION_FIRM_ENDS:
        return True  # "umoja sacco" ("Nicola Sacco" is the name list's below)
    if m.entity_type == "PERSON" and " " in m.text.strip() and last[0].isupper() and last.lower() in _FIRM_TRADES \
            and default_gazetteer().get(fold_place(last)) is None:
        return True
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or nxt.group("word").lower() not in _FIRM_TRADES:
        return False
    return nxt.group("word").islower() if m.text.islower() else nxt.group("word")[0].isupper()


def _ends_with_trade(name: str) -> bool:
    """A name of two words or more that ends with a firm's trade in its own case ("umoja sacco",
    "Kasai Mining"): a firm the model took for a place."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _FIRM_TRADES and (name.islower() or words[-1][0].isupper())


def _site_after(text: str, m: Mention, words: frozenset[str]) -> int:
    """The end of one of ``words`` right after ``m`` in the same case ("bilton plant", "Kakuma
    camp", "Ruhengeri camp"), or ``m.end``."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or nxt.group("word").lower() not in words:
        return m.end
    word = nxt.group("word")
    return nxt.end() if word.islower() or (word[0].isupper() and not m.text.islower()) else m.end


# What makes a workplace one of a kind before a place: "the public school of Tsinandali", "the
# brick kiln in Sirajganj", "the district hospital in Nkhotakota" (with the workplaces pack's
# produce words: "brick", "garment", "tea").
_FACILITY_KINDS = """public private state government district municipal provincial regional county city town
village general referral mission rural community central teaching military maternity primary secondary high
elementary""".split()
_FACILITIES = r"""hospital|clinic|health{_SP}+cent(?:re|er)|jail|prison|school|academy|kiln|factory|mill|plant|farm
|mine|quarry|orphanage|estate|workshop|police{_SP}+station|garage|bakery""".replace("\n", "").format(_SP=_SP)
_NAME_WORD = r"(?-i:\p{Lu}[\p{L}'’-]+)"


@functools.cache
def _facility_before() -> regex.Pattern[str]:
    """A named or qualified workplace right before a place, and the word that ties them: "St.
    Anna hospital in ", "the brick kiln in ", "the public school of "."""
    from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern

    kinds = vocabulary_pattern([*_FACILITY_KINDS, *builtin_vocabulary("workplaces", "produce")])
    return own_compiled(
        rf"""(?<![\p{{L}}'’.-])(?P<phrase>
              (?:(?!(?-i:The|A|An|In|At|Of|My|Our|His|Her|Their|This|That)\b)
                 (?-i:(?:St\.?|Saint|Sainte?|San|Santa){_SP}+)?{_NAME_WORD}(?:{_SP}+{_NAME_WORD})?{_SP}+
                 | (?:{kinds}{_SP}+){{1,2}})
              (?:{_FACILITIES}))
            {_SP}+(?:in|of|at|near){_SP}+\Z""", regex.X | regex.I)


def _workplace_of_place(text: str, m: Mention) -> Mention | None:
    """A small place with the named or qualified workplace before it, as one workplace: "St. Anna
    hospital in Vechta", "brick kiln in Sirajganj" (:func:`_facility_before`); None when none."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("LOCATION", "ORGANIZATION"):
        return None
    before = _facility_before().search(text, max(0, m.start - 80), m.start)
    if before is None:
        return None
    start = before.start("phrase")
    facility = replace(m, start=start, end=before.end("phrase"), entity_type="ORGANIZATION", key="",
                       text=before.group("phrase"))
    if is_patients_hospital(text, facility):
        return None  # "they drove her to Farnley Hospital in <town>": a public hospital; the town alone
    return replace(m, start=start, entity_type="ORGANIZATION", key="", text=text[start:m.end])


def _place_tail(text: str, m: Mention) -> int:
    """The end of a place's tail right after ``m`` in the same case (:data:`_PLACE_TAIL`:
    "Kakuma camp", "Nyabugogo bus park", "chikwawa village"), or ``m.end``."""
    tail = _PLACE_TAIL.match(text, m.end)
    if tail is None:
        return m.end
    word = tail.group("word")
    return tail.end() if word.islower() or (word[0].isupper() and not m.text.islower()) else m.end


def _named_place(text: str, m: Mention) -> Mention | None:
    """A small place grown over its tail ("Kakuma camp", "Chikwawa village"), also one the model
    took for a person that is no widespread given name ("owino market"); None when no tail follows."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("LOCATION", "PERSON"):
        return None
    end = _place_tail(text, m)
    if end == m.end:
        return None
    if m.entity_type == "PERSON":
        info = default_gazetteer().get(fold_place(m.text.split()[0]))
        if " " in m.text or (info is not None and info.first and info.locales > 1):
            return None  # "Maria market" is Maria's, "Anna Banda village" a person's; a name of one
            # country's lists ("Owino") is as often its place
        m = replace(m, entity_type="LOCATION", key="")
    return replace(m, end=end, text=text[m.start:end])


def _firm_of_kind(text: str, m: Mention) -> Mention | None:
    """A name the detector found with the firm's kind said before it, or right after that kind,
    as the firm whole ("cablerie du nord", "transports amal": :mod:`firm_kinds`); None when no
    kind opens it."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION"):
        return None
    line_end = text.find("\n", m.end)
    words = line_words(text, text.rfind("\n", 0, m.start) + 1, len(text) if line_end < 0 else line_end)
    first = next((k for k, w in enumerate(words) if w.start() == m.start), None)
    if first is None:
        return None
    for i in range(max(0, first - _KIND_WORDS_BEFORE), first + 1):  # the first kind opens it: "empresa pesquera"
        end = firm_at(text, words, i, m.text.islower())
        if (end is None or end < m.end) and i < first and _named_whole(m) and opens_name(text, words, i, first, m.text.islower()):
            end = m.end  # the kind right before the detector's name: "wat | pa sri mueang"
        if end is not None and end >= m.end:
            start = words[i].start()
            return replace(m, start=start, end=end, entity_type="ORGANIZATION", key="", text=text[start:end])
    return None


def _named_whole(m: Mention) -> bool:
    """A detector's name that a kind right before it makes the firm's whatever its words: two
    words or more, or one no name list knows as a given name ("the finca | Juan" may be his)."""
    if " " in m.text.strip():
        return True
    info = default_gazetteer().get(fold_place(m.text))
    return info is None or not info.first


# A firm said by its kind, then named: "an outside company, <name>,", "the same firm, <name>.",
# "the agency is <name>", "a contractor in <town>, it's called <name>".  What the sentence says
# of the name makes it the firm's, whatever its words: a detector's guess of a person or a place
# there ("brenko" of "brenko pump service") is the firm's name, with the few words of its trade
# after it.
_FIRM_KIND = rf"(?:{'|'.join(sorted(FIRM_KIND_WORDS, key=lambda w: (-len(w), w)))})"
_FIRM_SAID = own_compiled(
    rf"""(?<![\p{{L}}'’-])(?:an?|the|same|our|my|his|her|their|that|this){_SP}+(?:[\p{{L}}-]+{_SP}+){{0,2}}?
         {_FIRM_KIND}(?:{_SP}+in{_SP}+[\p{{L}}'’-]+(?:{_SP}+[\p{{L}}'’-]+)?)?
         (?:{_SP}*,{_SP}*(?:(?:it['’]s|it{_SP}+is){_SP}+called{_SP}+|called{_SP}+)?
            |{_SP}+(?:(?:is|was){_SP}+)?(?:called|named){_SP}+|{_SP}+(?:is|was){_SP}+)
         (?P<before>(?:[\p{{L}}'’-]+{_SP}+){{0,2}})\Z""", regex.X | regex.I)
# What ends a firm's name said so: the clause's end.
_CLAUSE_END = own_compiled(rf"{_SP}*(?:[,.;:!?\"”)\]]|\n|\Z)")
_TAIL_WORD = own_compiled(rf"{_SP}+(?P<word>\p{{L}}[\p{{L}}'’-]*)")
_MAX_TRADE_WORDS = 3
# Words of the frame itself, never the name's: "our ngo is called <name>".
_SAYING_WORDS = frozenset({"called", "named"})


def _trade_word(word: str) -> bool:
    """A word that may go on a firm's name: a dictionary noun or adjective, or a word no
    dictionary knows (the name's own: "dorval velkovac juniors"); no function word and no
    verb ("pump service", "hull repairs"; not "said", "they")."""
    parts = _parts(word)
    return word.lower() not in stop_words() and (not parts or bool(parts & {"noun", "adj"}))


def _firm_said_by_kind(text: str, m: Mention) -> Mention | None:
    """A detector's guessed name that the sentence says is a firm's (:data:`_FIRM_SAID`), grown
    over up to two words before it and the trade after it to the clause's end, as the
    ORGANIZATION; None when no such frame says it, or the name does not end the clause."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION"):
        return None
    line_start = text.rfind("\n", 0, m.start) + 1
    said = _FIRM_SAID.search(text, max(line_start, m.start - 120), m.start)
    if said is None or any(w.lower() in stop_words() or w.lower() in _SAYING_WORDS
                           for w in said.group("before").split()):
        return None
    end, words = m.end, list[str]()
    while not _CLAUSE_END.match(text, end) and len(words) < _MAX_TRADE_WORDS:
        word = _TAIL_WORD.match(text, end)
        if word is None or not _trade_word(word.group("word")):
            return None
        words.append(word.group("word"))
        end = word.end()
    if not _CLAUSE_END.match(text, end) or (words and "noun" not in _parts(words[-1])):
        return None
    start = said.start("before")
    return replace(m, start=start, end=end, entity_type="ORGANIZATION", key="", text=text[start:end])


def _parts(word: str) -> frozenset[str]:
    return parts_of_speech(word.lower())


@functools.cache
def _body_heads() -> frozenset[str]:
    """What a fund, a board, a club, a congregation or a workshop is, said after its name (the
    workplaces pack's ``body_head``), read on first use."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold() for w in builtin_vocabulary("workplaces", "body_head"))


_MAX_DOES_WORDS = 2
_NUMBER_WORD = own_compiled(rf"(?:{NUMBER_WORDS_TO_99})(?:-\w+)?", regex.I)


# What may close a body's name after its head: "living waters chapel international".
_HEAD_CLOSERS = frozenset({"international", "limited", "ltd", "inc"})


def _in_name_case(word: str, lower: bool) -> bool:
    """``word`` in the case of a name in lower case (a caption's) or of a capitalised one."""
    return word.islower() if lower else word[0].isupper() and not word.isupper()


def _body_head_end(text: str, m: Mention) -> int | None:
    """The end of the body a name is the name of, said right after it in its case: up to two
    words of what the body does, then what it is (``body_head``: "meskheti | heritage fund",
    "kashrus | board", "craiova | regional philharmonic", "karaca cilt | atölyesi"), and a word
    that closes its name after it ("international", "limited"); None when no head follows so.
    A guessed person's or place's name needs the clause to end or go on with no verb after the
    head ("i told maria school was out" is no school of hers), and no name list's name as the
    head ("Anna | Hall" is hers)."""
    lower = m.text.islower()
    end, head_end, taken = m.end, None, 0
    while taken <= _MAX_DOES_WORDS:
        nxt = _TAIL_WORD.match(text, end)
        if nxt is None:
            break
        word = nxt.group("word")
        folded = word.casefold()
        if not _in_name_case(word, lower):
            break
        if folded in _body_heads():
            if m.entity_type == "PERSON" and default_gazetteer().get(fold_place(folded)) is not None:
                break
            head_end = nxt.end()
        elif folded in _NOT_NAME_WORDS or folded in MONTHS_AND_DAYS or _NUMBER_WORD.fullmatch(folded) or not _trade_word(word) \
                or "verb" in _parts(word) and not _parts(word) & {"noun", "adj"}:
            break
        end, taken = nxt.end(), taken + 1
    if head_end is None:
        return None
    closer = _TAIL_WORD.match(text, head_end)
    if closer is not None and closer.group("word").casefold() in _HEAD_CLOSERS and _in_name_case(closer.group("word"), lower):
        head_end = closer.end()  # "living waters chapel international"
    if m.entity_type != "ORGANIZATION" and not _AFTER_BRIDGED.match(text, head_end):
        return None
    return head_end


def _body_of_name(text: str, m: Mention) -> Mention | None:
    """A name a detector guessed, grown over what the body it names does and is, as the
    ORGANIZATION (:func:`_body_head_end`); None when no body's head follows it.  A public
    place or a public body's name was kept before this and is never grown."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION"):
        return None
    end = _body_head_end(text, m)
    if end is None:
        return None
    return replace(m, end=end, entity_type="ORGANIZATION", key="", text=text[m.start:end])


# Where one works, plays or trains, said right before a name: "a phlebotomist at | biovida
# plasma", "steersman, for | bayan lepas dragons", "a caddie at the | pinhal velho course".
_WHERE_ONE_WORKS = own_compiled(rf"(?<![\w'’-])(?:at|for){_SP}+(?:the{_SP}+)?\Z", regex.I)
# What goes on a clause after a workplace's name: a preposition, a new clause, its end.
_AFTER_WORKPLACE = own_compiled(rf"{_SP}+(?:it|i|we|he|she|they)['’]\p{{L}}+(?![\w'’-])")
# Nouns of when or of who, never a workplace's: "at kibera yesterday", "for anna tonight".
_NOT_WORKPLACE_NOUNS = frozenset("""
now today yesterday tonight tomorrow morning mornings evening evenings night nights afternoon weekend weekends
week weeks month months year years day days time times season summer winter spring autumn
""".split()) | frozenset("""
people residents women men children kids youth families family boys girls folks
yes okay ok right sir madam boss hello thanks mate
""".split())  # of who lives there ("for kibera people") and of speech ("at the mill yes")
_MAX_TAIL_NOUNS = 2


def _tail_noun(word: str, lower: bool) -> bool:
    """A word that may end a workplace's name after the name a detector found: a dictionary
    noun in the name's case, no function word, verb alone, number or word of when."""
    folded = word.casefold()
    return _in_name_case(word, lower) and "noun" in _parts(word) and folded not in stop_words() \
        and folded not in _NOT_NAME_WORDS and folded not in _NOT_WORKPLACE_NOUNS and folded not in MONTHS_AND_DAYS \
        and not _NUMBER_WORD.fullmatch(folded)


def _workplace_tail(text: str, m: Mention) -> Mention | None:
    """A name a detector found where one works (:data:`_WHERE_ONE_WORKS`), grown over the one
    or two nouns after it that say what the place is, to the clause's end or a preposition: the
    ORGANIZATION "biovida plasma", "bayan lepas dragons", "pinhal velho course"; None when no
    such nouns follow, a single given name of the name lists was found ("for maria") or only
    everyday words ("the sugar mill")."""
    if m.detector in AUTHORITATIVE or m.known_identity or m.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION"):
        return None
    line_start = text.rfind("\n", 0, m.start) + 1
    if not _WHERE_ONE_WORKS.search(text, max(line_start, m.start - 12), m.start) or \
            (m.entity_type == "PERSON" and not _named_whole(m)) or \
            all(zipf_frequency(w, "en") >= _NAME_WORD_ZIPF for w in m.text.split()):
        return None  # a name has a word rare in English: not "the sugar mill"
    lower, end, taken = m.text.islower(), m.end, 0
    while taken < _MAX_TAIL_NOUNS:
        nxt = _TAIL_WORD.match(text, end)
        if nxt is None or not _tail_noun(nxt.group("word"), lower):
            break
        end, taken = nxt.end(), taken + 1
    if taken == 0 or not (_AFTER_BRIDGED.match(text, end) or _AFTER_WORKPLACE.match(text, end)):
        return None
    return replace(m, end=end, entity_type="ORGANIZATION", key="", text=text[m.start:end])


def _grown(text: str, m: Mention) -> Mention:
    """``m`` grown by the forms of :func:`_grown_by_form`, or over the nouns that say what the
    place one works at is (:func:`_workplace_tail`) when none grew it."""
    grown = _grown_by_form(text, m)
    if (grown.start, grown.end) != (m.start, m.end):
        return grown
    return _workplace_tail(text, m) or grown


def _grown_by_form(text: str, m: Mention) -> Mention:
    place = (_named_place(text, m) or _workplace_of_place(text, m) or _firm_of_kind(text, m)
             or _firm_said_by_kind(text, m) or _body_of_name(text, m))
    if place is not None:
        return _with_whole_form(text, place)
    if _names_a_firm(text, m) or (m.entity_type == "PERSON" and m.detector not in AUTHORITATIVE
                                  and not m.known_identity and without_legal_form(m.text) is not None):
        # a person's name before a firm's trade, or a name with a legal form ("Nordmarine GmbH")
        m = replace(m, entity_type="ORGANIZATION", key="")
    elif m.entity_type == "LOCATION" and m.detector not in AUTHORITATIVE and not m.known_identity:
        if _ends_with_trade(m.text):
            return _grown(text, replace(m, entity_type="ORGANIZATION", key=""))  # "umoja sacco", "Kasai Mining"
        site = _site_after(text, m, _SITES)
        if site == m.end or not _THE_BEFORE.search(text, max(0, m.start - 8), m.start):
            return m
        m = replace(m, entity_type="ORGANIZATION", key="")  # a place's plant is a workplace: "the Bilton plant"
    if m.entity_type != "ORGANIZATION":
        return m
    end = organisation_end(text, m.start, m.end)
    # only a name seen to be a firm's ("Long Garment Company") takes the words before it: a
    # person's name the model took for a firm ("Olumide Bakare") stays the model's
    start = organisation_start(text, m.start, m.end) if _firm_end().search(text, m.start, end) else m.start
    end = _gloss_end(text, start, end)
    return m if (start, end) == (m.start, m.end) else replace(m, start=start, end=end, text=text[start:end])


# A body's name in its own language, in brackets right after the name it glosses ("the Wexford
# Tax Office (Finanzamt)", "Kreuzfeld Prison (Justizvollzugsanstalt)"): the same body, named again; an
# acronym in capitals is left to the acronym rules.
_GLOSS = own_compiled(rf"{_SP}*\((?=[^)\n]*\p{{Ll}})\p{{Lu}}[\p{{L}}'’-]*(?:{_SP}+[\p{{L}}'’-]+){{0,3}}\)")


def _gloss_end(text: str, start: int, end: int) -> int:
    """Where an organisation's name ends with its gloss in brackets after it (:data:`_GLOSS`)."""
    name = text[start:end]
    if name.count("(") > name.count(")") or not any(c.isupper() for c in name):
        return end
    gloss = _GLOSS.match(text, end)
    return gloss.end() if gloss else end


def extend_organisations(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each ORGANIZATION grown over the firm's words after it; a person's name
    before a firm's trade, and a small place before a kind of workplace, made the firm; a small
    place grown over the camp or estate named after it."""
    return [_without_article(text, _grown(text, m)) for m in mentions]


_LEADING_ARTICLE = own_compiled(rf"the{_SP}+(?=\S)", regex.I)


def _without_article(text: str, m: Mention) -> Mention:
    """The model's organisation or place without the article it often takes in ("the Maison
    Verte Clinic"), once the filters have read it with it: the article names nothing ("the
    [ORGANIZATION 1]"); a place's only in small letters ("The Hague" is the name)."""
    if m.detector != MODEL_DETECTOR or m.entity_type not in ("ORGANIZATION", "LOCATION"):
        return m
    article = _LEADING_ARTICLE.match(m.text)
    if article is None or article.end() == len(m.text) or (m.entity_type == "LOCATION" and m.text[0] != "t"):
        return m
    start = m.start + article.end()
    return replace(m, start=start, text=text[start:m.end])


def with_bodies_of_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each hidden town that opens a body's name grown over that name and its
    gloss in brackets, as an ORGANIZATION (:data:`_BODY_OF_PLACE`: "Wexford District Court");
    run after propagation, which finds the town again inside the body's name."""
    starts = sorted(m.start for m in mentions)
    out = []
    for m in mentions:
        body = _BODY_OF_PLACE.match(text, m.end) if m.entity_type == "LOCATION" and not m.text.islower() else None
        if body is None or m.detector in AUTHORITATIVE or any(m.end <= s < body.end() for s in starts):
            out.append(m)
            continue
        end = _gloss_end(text, m.start, body.end())
        out.append(replace(m, entity_type="ORGANIZATION", key="", end=end, text=text[m.start:end]))
    return out

"""An address said after a frame that announces one, taken whole as one ADDRESS.

"They stay at 31, 2nd Lane, Wattala East, Gampaha", "her address for the visa:\nUlica Kralja
Tomislava 8/3, 21000 Split", "send it to block nine, flat two oh four, mirpur ten": after the
frame (a residence verb and "at" or "in", an address label, "send it to", "find me at"), the
parts up to the sentence's end are one address, whatever detector found which part and with which
type (a house number read as a DATE, a district as an ORGANIZATION, a building as a PERSON) and
whatever no detector found ("House", "room", "casa").  The chain is its comma-separated parts, a
cross street after "and" or "y" ("carrera 15 entre 8 y 10"), and the line after a label that
ends its line; it stops at a clause that is not an address ("..., above the pharmacy my uncle
runs", "..., but send nothing there after june").  It is an address only when it holds a number (in digits or in words,
house, plot or unit, not a year, a time or a count: "for two days", "with 3 kids") or a street's
type word next to a name: "I live in fear", "we stayed at the hotel for two days", "send it to
the ministry" have none.  A public city or the country said last after a comma stays in the
address (one address is one finding: the model calls such a town a person or a firm as often);
a public city said after "in" stays out of it, as it does after every address ("Calle 10 Norte
# 4-12 in Cali").  Called by ``filters.join_address_parts``; the overlap policy then prefers the
chain to the findings inside it.
"""

from __future__ import annotations

import functools
from typing import Callable, Iterator, Sequence

import regex

from redactor.detect.addresses import is_landmark_part
from redactor.detect.joins import lines_at_joins
from redactor.detect.prefilter import LazyRegex, own_compiled
from redactor.lexicon.dates import MONTH_PATTERN, WEEKDAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import ACTION_VERBS, PERSON_VERBS, SPEECH_VERBS
from redactor.lexicon.numbers import SPOKEN_NUMBER, ordinal_value
from redactor.model import Mention

_SP = r"[^\S\n]"
# The frame: a residence verb and its "at", "in" or "to" ("we live at", "she is staying in", "we moved to", "vivo en",
# "j'habite au", "ich wohne in"), a home said to be somewhere ("our flat is in"), an address
# label ("my address for the contract is", "address:"), where things are sent or where one is
# found ("send it to", "deliver to", "find me at", "come to my place at").
_FRAME = LazyRegex(
    r"(?<!\p{L})(?:"
    rf"(?:live[sd]?|living|stay(?:s|ed|ing)?|reside[sd]?|residing|lodging|rent(?:s|ed|ing)?{_SP}+a{_SP}+(?:room|flat|house)"
    rf"|vivo|vivimos|vive|viven|moro|moramos|mora|habite|habitons|habitent|wohne|wohnen|wohnt|abito|abitiamo)"
    rf"(?:{_SP}+(?:now|still|currently|right{_SP}+now|these{_SP}+days|today|ahora|agora|maintenant|jetzt|ora))?"
    rf"{_SP}+(?:at|in|on|en|na|no|em|à|au|aux|in|im|an{_SP}+der|a)"
    # where one lives said by the landmark first: "they live beside the mill, plot 4, ..."
    rf"|(?:live[sd]?|living|stay(?:s|ed|ing)?)(?={_SP}+(?:behind|opposite|beside|next{_SP}+to|across{_SP}+from"
    rf"|in{_SP}+front{_SP}+of){_SP})"
    rf"|mov(?:e|es|ed|ing)(?:{_SP}+(?:back|out|in))?{_SP}+(?:to|into)"
    rf"|(?:house|flat|room|home|place|apartment|shop|stall|farm|plot|compound|casa){_SP}+(?:is|was|es|está|é|fica)"
    rf"{_SP}+(?:at|in|on|en|na|no|em)"
    rf"|(?:address|dirección|direccion|endereço|endereco|adresse|indirizzo)(?:{_SP}+(?:for|on|at|para|pour|für|per){_SP}+"
    rf"(?:(?!is|es|é|est|ist)[\p{{L}}'’]+{_SP}*){{1,3}}?)?{_SP}*(?:(?:is|was|es|é|est|ist|è)(?:{_SP}*:)?|:|,)"
    rf"|send(?:s|ing)?{_SP}+(?:it|them|things|nothing|everything|letters|mail|post|parcels){_SP}+to"
    rf"|deliver(?:s|ed|ing)?(?:{_SP}+(?:it|them|things|parcels))?{_SP}+to"
    rf"|find{_SP}+(?:me|us|him|her|them){_SP}+at"
    rf"|come{_SP}+to{_SP}+(?:my|our|his|her|their){_SP}+(?:place|house|flat|home){_SP}+(?:at|in|on))"
    r"(?![\p{L}'’])",
    regex.IGNORECASE)
# Where the chain ends: a sentence's end (a full stop, not an abbreviation's: "Jl.", "No.", "St."),
# a semicolon, a line's end, a bracket or quotation.
_ABBREVIATION = frozenset(
    "st rd av ave jl no nr apt blk bldg kel kec mz lt ul str pl dr bd col mah brgy urb fracc depto dpto int esc"
    " whg korp kv pod gg rt rw km sq cres"
    # a flat's, a building's and a number's abbreviations of other languages: "Ap. 14", "Bât. 4", "Imm. 3"
    " ap bl bât imm esc sh".split())
# What may stand between a label and its address: a colon, "it's", a line break ("address, it's
# 14 ...", "address:\n...").
_LABEL_END = own_compiled(r"[^\S\n]*(?::[^\S\n]*)?(?:(?:it['’]s|it[^\S\n]+is)[^\S\n]*:?[^\S\n]*)?\n?[^\S\n]*",
                           regex.IGNORECASE)
_END = own_compiled(r"[.!?;:()\[\]\"“”]|\n")
# A part is the words between two commas (a cross street's "and" or "y" stays in it); a word:
_WORD = own_compiled(r"[\p{L}\p{N}][\p{L}\p{N}'’./º°ª#-]*")
# Words that start a clause that is not an address: a pronoun, a verb's helper, a conjunction,
# a word of time or company, a filler ("..., above the pharmacy my uncle runs", "..., where I grew up",
# "... for two days", "... with 3 kids", "..., but send nothing there").
_CLAUSE_WORDS = frozenset((
    "i me my mine we us our ours you your he him his she her hers they them their it its this that these those"
    " is are was were am be been being have has had do does did will would can could should may might must"
    " 's 'm 're 've 'll 'd but because so if when while though although since until till before after then"
    " where which who whom whose what why how or nor for with without during ago now today tonight yesterday"
    " tomorrow last always never sometimes often usually there here um uh er erm like yeah yes okay ok well just"
    " actually really also too very not no-one nobody everyone everybody someone somebody anyone"
    " it's that's i'm we're they're there's he's she's you're what's i've we've they've"
    # a season or a time of day: "22 Mill Lane in summer"
    " summer winter spring autumn season morning mornings evening evenings weekend weekends holiday holidays"
    # "near" places nothing ("..., near the school"); a quantifier or a courtesy starts a clause
    " near nearby every each all some many most few any both please thanks thank"
    # Spanish, Portuguese, French, German, Italian
    " pero porque cuando donde que con sin yo mi mis tu su sus nosotros ellos es era está estaba ahora"
    " mas quando onde com eu meu minha nós é está agora"
    " mais parce quand où qui avec sans je moi mon ma mes nous est était maintenant"
    " aber weil wenn wo mit ohne ich mein meine wir ist war jetzt"
    " ma perché quando dove con senza io mio mia noi è era adesso").split())
# Function words that may stand in an address but never end one ("km 14 of the road to ...",
# "..., behind the market"): a chain cut after one ends before it.
_DANGLING = frozenset(
    "the a an of on off in at to by near behind opposite above below beside next from and y e et und"
    " de del la el los las do da dos das du des le les di della entre der die das dem den im am".split())
# A number in a part: digits (a house, plot or unit: "22", "17-4", "12B", "4th"), or words.
# A floor written with its number and "/F" ("12/F", Hong Kong's and China's) is a number too.
_DIGITS = own_compiled(r"\d{1,5}(?:[ao]\.|[a-z]|st|nd|rd|th|º|ª)?(?:[/-]\d{1,5}[a-z]?|(?<=\d)/f)?", regex.IGNORECASE)
# A Spanish ordinal's abbreviation before a numbered street ("2a. calle 4-18", "4o. avenida"): no sentence's end.
_ORDINAL_ABBREVIATION = own_compiled(r"\d{1,2}[ao]", regex.IGNORECASE)
_NUMBERED_STREET = own_compiled(r"[^\S\n]+(?:calle|avenida|av\.|carrera|diagonal|transversal)(?![\p{L}])",
                                 regex.IGNORECASE)
_YEAR = own_compiled(r"(?:1[89]|20)\d\d")
_SPOKEN = LazyRegex(SPOKEN_NUMBER, regex.IGNORECASE)
_MONTH = LazyRegex(rf"(?:{MONTH_PATTERN})", regex.IGNORECASE)
# What a number before it counts or times ("two days", "3 kids", "10 pm"), so it is no house number;
# a lower-case plural that is no address's word counts too ("2 hotels").
_COUNTED = frozenset(
    "am pm a.m. p.m. o'clock h hrs hours hour minutes minute mins days day weeks week months month years year"
    " nights night times people men women kids children percent per".split())
# A size or a distance said after a number ("a two room house", "3 bedroom flat", "2 km from the
# lake"), unless a unit's word is said before it ("house 4 room 2", "km 14").
_SIZES = frozenset(
    "room rooms roomed bedroom bedrooms bed storey storeys story stories km kms kilometres kilometers miles mile"
    " metres meters".split())
_PLURAL_ADDRESS_WORDS = frozenset(
    "flats apartments towers quarters barracks gardens heights estates homes lines mansions".split())
# A street's type, in the languages of the address parts: with a name word next to it it makes
# a chain an address without a number ("riverside road, mpaka").
_STREET_TYPE = frozenset((
    "street road avenue lane boulevard crescent drive close highway estate flats apartments"
    " tower towers block compound quarters barracks mansions"
    " calle carrera avenida rua travessa jalan jl. rruga strada ulitsa ulica vulytsia rue odos sokak caddesi"
    " mahalla mahallesi barrio bairro colonia barangay taman kampung gali mtaa quartier kebele"
    # a housing estate, a zone, a lane and a mile marker of other countries: "Cité 200 Logements",
    # "zona villa fátima", "Put Brodarice", "lorong 3", "batu tiga", "Lagjja 5"
    " cité cite logements zona put lorong persiaran lebuh batu lagjja lagja fraccionamiento"
    # an alley, a passage and a lane of other countries: English "alley" (Taipei's "Lane 45, Alley 8"),
    # Spanish "pasaje", French and Haitian Creole "ruelle", "impasse", Thai "soi", Vietnamese "ngõ", "hẻm"
    " alley pasaje ruelle impasse soi ngõ hẻm"
    # a Caribbean trace, a terrace, a grove; a Spanish highway ("Guaico Trace", "Carretera a Masaya")
    " trace terrace grove carretera"
    # a block of flats named a mansion (Bangkok, Hong Kong, Lagos: "Sunrise Mansion")
    " mansion"
    # a Portuguese-speaking country's hamlet and village (Timor-Leste, Mozambique, Angola: "aldeia
    # X, suco Y"), a Cuban district ("Reparto X")
    " aldeia suco reparto").split())
_MAX_WORDS = 12
# How many numbers, street or unit words and names an address said after a frame has at least.
_MIN_WORDS = 3
_NUMBER_MARKS = frozenset("no nr number num n° nº # número numero numéro".split())
# Words after a town that end the address and go on with the sentence (addresses._TOWN's).
_TOWN_GOES_ON = frozenset("now since for is was where then today too with last".split())
# A word rarer than this next to a street's type is its name.
_NAME_ZIPF = 4.5
# A flat's, floor's, house's or plot's word: the number after it makes the part an address's.
_UNIT_WORDS = frozenset((
    "flat apartment apt unit suite room floor block blk building bldg house plot lot stand gate door km kilometre"
    " casa piso andar apto depto departamento bloco bloque lote manzana quadra interior kv kvartira dom korpus"
    " daire kat stan ulaz sector phase zone ward"
    # a plot's section (Papua New Guinea), an Albanian building, staircase and flat, a French building
    " section pallati pallat shkalla hyrja ap bâtiment bât bloc immeuble imm escalier porte"
    # a French sector and plot (Burkina Faso, Niger, Mali: "Secteur 12, lot 7, parcelle 33"), a
    # Caribbean light pole the house stands at ("LP 17, Mohess Road")
    " secteur parcelle lp"
    # a Spanish and Portuguese parcel ("Parcela 14, Lote 3")
    " parcela").split())
_WEEKDAYS = frozenset(d.casefold() for d in WEEKDAYS)
# A person's courtesy title names who, not where (never a street's word, as "Dr." and "St." are).
_COURTESY_TITLES = frozenset("mr mrs ms miss mister madam madame monsieur mme mlle herr frau".split())
# A boat is moved to, not lived at: "we moved to a reefer, the jin feng three" names a vessel.
_VESSELS = frozenset((
    "boat ship vessel trawler seiner reefer tanker freighter bulker ferry barge dredger longliner long-liner"
    " canoe dinghy yacht tug tugboat launch carrier").split())
_FLOOR_WORDS = frozenset("floor fl. level storey".split())
# Verbs: the names lexicon's and the commonest others ("..., my wife works there": "works").
_VERBS = ACTION_VERBS | PERSON_VERBS | SPEECH_VERBS | frozenset((
    "go goes went gone going work works worked working get gets got come comes came make makes made"
    " know knew think thought want wanted see saw seen take took give gave sell sells sold buy bought pay paid"
    " keep kept run runs move moved leave left live lives lived living stay stays stayed staying send sent"
    " call called find found tell told need needed").split())


@functools.lru_cache(maxsize=4096)
def _is_number_word(word: str) -> bool:
    """A number said in words in English or read by ``text2num`` in another language ("veintidós")."""
    if _SPOKEN.fullmatch(word):
        return True
    if not word.isalpha() or len(word) < 4:
        return False
    from text_to_num import alpha2digit  # loaded only when a frame is followed by such a word

    return any(alpha2digit(word, lang).isdigit() for lang in ("es", "pt", "fr", "it", "de"))


def _counts(after: Sequence[str]) -> bool:
    """Whether the words after a number say what it counts or times ("two days", "3 kids", "3
    different places", "10 pm")."""
    if after and after[0].casefold() in _COUNTED:
        return True
    if any(w.casefold() in _STREET_TYPE | _UNIT_WORDS for w in after):
        return False  # "twenty two kings road": a street's name
    return any(w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "’s"))
               and w not in _DANGLING
               and w not in _PLURAL_ADDRESS_WORDS and not _is_number_word(w) for w in after[:2])


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence of the chain starting at ``start`` ends."""
    for m in _END.finditer(text, start):
        i = m.start()
        if m.group() == "." and _abbreviation_dot(text, i):
            continue
        return i
    return len(text)


_WORD_AT_END = own_compiled(r"[\p{L}\d]+\Z")
_COMMA_PART = own_compiled(r"[^,]+")


def _abbreviation_dot(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` ends an abbreviation or a letter ("Jl.", "No.", "A.") or
    stands inside a number or a code ("3.º")."""
    word = _WORD_AT_END.search(text[max(0, i - 12):i])
    if word is None:
        return False
    w = word.group()
    nxt = text[i + 1:i + 2]
    # one letter is an initial ("A."), not the "s" of a possessive ending its sentence ("my aunt's.")
    initial = len(w) == 1 and w.isalpha() and text[i - 2:i - 1] not in ("'", "’")
    return w.casefold() in _ABBREVIATION or initial or nxt.isalnum() \
        or bool(_ORDINAL_ABBREVIATION.fullmatch(w) and _NUMBERED_STREET.match(text, i + 1))


def _parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The comma-separated parts between ``start`` and ``end``."""
    for m in _COMMA_PART.finditer(text[start:end]):
        yield start + m.start(), start + m.end()


def _is_number(word: str) -> bool:
    return bool(_DIGITS.fullmatch(word)) or (word.isalpha() and _is_number_word(word))


def _starts_a_clause(folded: str) -> bool:
    """A clause word, a verb, a weekday, a vessel or a person's courtesy title (folded): no
    address's part ("..., care of Mr. ...")."""
    return folded.rstrip(".") in _CLAUSE_WORDS or folded in _CLAUSE_WORDS or folded in _VERBS \
        or folded in _WEEKDAYS or folded in _VESSELS or folded.rstrip(".") in _COURTESY_TITLES


def _stops(words: Sequence[str], i: int) -> int | None:
    """Where a clause that is not an address starts, if it starts at word ``i``: a clause word,
    a verb, a weekday, a date ("4 May", the day's number too), a count or a time ("two days",
    "twelve of us")."""
    folded = words[i].casefold().replace("’", "'")
    if _starts_a_clause(folded):
        return i
    if _MONTH.fullmatch(words[i]) and ((i > 0 and _is_number(words[i - 1]))
                                       or (i + 1 < len(words) and _is_number(words[i + 1]))):
        return i - (i > 0 and _is_number(words[i - 1]))
    if not _is_number(words[i]):
        return None
    if _spoken_year(words, i):
        return i
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    if (i == 0 and after == "of") or _counts(words[i + 1:]) or (
            (after in _SIZES or _YEAR.fullmatch(words[i])) and not _numbered(words, i)):
        return i
    return None


# A year said in words after "in", "since"...: "in twenty nineteen", "since nineteen ninety-eight",
# "in two thousand and nine" is when, not a house's number.
_YEAR_BEFORE = frozenset("in since from until till by of".split())
_SPOKEN_CENTURIES = frozenset("nineteen twenty".split())


def _spoken_year(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` starts a year said in words after a word of time ("moved to the dog
    unit in twenty eighteen")."""
    if i == 0 or i + 1 >= len(words) or words[i - 1].casefold() not in _YEAR_BEFORE:
        return False
    first, second = words[i].casefold(), words[i + 1].casefold()
    return (first in _SPOKEN_CENTURIES and _is_number_word(second) and not _DIGITS.fullmatch(second)) \
        or (first == "two" and second == "thousand")


def _numbered(words: Sequence[str], i: int) -> bool:
    """Whether the number at ``i`` is said after a unit's word or a number's mark or before a
    street's type ("plot 1987", "no. 2041", "2015 Mabvuku Road"): a house's, not a year."""
    before = words[i - 1].casefold().rstrip(".") if i > 0 else ""
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    return before in _UNIT_WORDS | _NUMBER_MARKS or after in _STREET_TYPE or (
        i + 2 < len(words) and words[i + 2].casefold() in _STREET_TYPE)


def _kept(words: Sequence[str]) -> int:
    """How many of a part's words go in the address: all, or when a clause that is not an address
    starts in it (or the part is too long for one), a town's name before it or the words up to
    its last number or street word ("Calle Mayor 5 in Madrid for years", "22 Mill Lane, Anna
    Kowalska said")."""
    for i in range(min(len(words), _MAX_WORDS + 1)):
        stop = _MAX_WORDS if i == _MAX_WORDS else _stops(words, i)
        if stop is not None:
            if 0 < stop < len(words) and words[stop].casefold() in _TOWN_GOES_ON \
                    and all(w[0].isupper() or w.isdigit() for w in words[:stop]):
                return stop  # a town (and its postcode) before the sentence goes on: "..., 10000 Zagreb since 2019"
            keep = max((k + 1 for k in range(stop) if _is_evidence(words, k)), default=0)
            return keep + _town_words(words[keep:stop])
    return len(words)


# A town's name, said last after the house in a caption with no comma, is no English word this common.
_TOWN_ZIPF = 3.5


def _town_words(words: Sequence[str]) -> int:
    """How many of ``words`` (said after an address's last number or street word, before the
    clause that ends it) are its town's name, in any case: "... number sixty two rabat
    it's next to the pharmacy" (one), "... flat nine, varna ivan car is ..." (one)."""
    from redactor.lexicon.places import default_places  # the gazetteer, loaded only when a chain ends so

    places = default_places()
    for n in (2, 1):
        name = " ".join(words[:n])
        if len(words) >= n and all(zipf_frequency(w.casefold(), "en") < _TOWN_ZIPF for w in words[:n]) \
                and places.is_place(name):
            return n
    return 0


def _is_evidence(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is a house, plot or unit number or a street's or a unit's word."""
    folded = words[i].casefold()
    return _is_number(words[i]) or folded in _STREET_TYPE | _UNIT_WORDS or folded.rstrip(".") in _UNIT_WORDS \
        or (i > 0 and _unit_letter(words, i - 1))


def _named(word: str) -> bool:
    """A street's name: capitalised, or a word too rare to be a plain adjective ("kenanga", not
    "main" or "dirt")."""
    return word.casefold() not in _DANGLING and (word[0].isupper() or zipf_frequency(word.casefold(), "en") < _NAME_ZIPF)


def _unit_letter(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is a unit's word and a capital letter after it ("building C", "Block F")."""
    return i + 1 < len(words) and words[i].casefold().rstrip(".") in _UNIT_WORDS \
        and len(words[i + 1].rstrip(".")) == 1 and words[i + 1][0].isupper() and words[i + 1][0].isalpha()


def _holds_address(words: Sequence[str]) -> bool:
    """Whether a part's words hold a house, plot or unit number (not a floor's: "the 3rd floor of
    ...") or a street's type next to a name."""
    for i, w in enumerate(words):
        if _is_number(w) and not (i + 1 < len(words) and words[i + 1].casefold() in _FLOOR_WORDS):
            return True
        if _unit_letter(words, i):
            return True
        if w.casefold() in _STREET_TYPE and ((i > 0 and _named(words[i - 1]))
                                             or (i + 1 < len(words) and _named(words[i + 1]))
                                             or _article_before_name(words[i:])):
            return True
    return False


def _without_public_place(text: str, words: Sequence[regex.Match], is_public: Callable[[str], bool]) -> int:
    """How many of a part's words stay when a public place said after "in" ends it ("Calle 10
    Norte # 4-12 in Cali"): it stays out, as a public town after an address does."""
    for j in range(len(words) - 1, 0, -1):
        if words[j].group().casefold() == "in":
            return j if j + 1 < len(words) and is_public(text[words[j + 1].start():words[-1].end()]) else len(words)
    return len(words)


def _part_keep(text: str, words: Sequence[regex.Match], is_public: Callable[[str], bool]) -> int:
    """How many of a part's words go in the address, a function word last left out."""
    keep = _without_public_place(text, words[:_kept([w.group() for w in words])], is_public)
    while keep and words[keep - 1].group().casefold() in _DANGLING and not _lettered(words, keep - 1):
        keep -= 1
    return keep


def _lettered(words: Sequence[regex.Match], i: int) -> bool:
    """Whether word ``i`` is a unit's letter ("Section A", "Block A"), not the article."""
    return i > 0 and words[i].group() == "A" and words[i - 1].group().casefold().rstrip(".") in _UNIT_WORDS


# A house said by where it stands, as a part of its own: "the hut behind the old mill", "the
# fourth house past the ford", "the pink home beside the well", "the compound with the tin shed":
# a house, a home or a compound with its article (a colour or an ordinal before it), or "the one",
# and a word that places it by a landmark or says what stands at it ("flat sixty one before the
# war" is no house).  It places the house
# as a number does, where a residence frame or a question about where one lives comes before it.
_HOUSE_PLACED = LazyRegex(
    r"(?:(?:the|a){_SP}+(?:\p{L}+{_SP}+){0,2}?(?:house|home|compound|hut)|the{_SP}+one){_SP}+"
    r"(?:behind|after|past|before|opposite|beside|by|near|next{_SP}+to|across{_SP}+from|in{_SP}+front{_SP}+of|facing|with)"
    r"{_SP}+(?:the|a|an){_SP}+\p{L}".replace("{_SP}", _SP),
    regex.IGNORECASE)


def _house_placed(text: str, start: int) -> bool:
    """Whether the part from ``start`` opens with a house placed by a landmark."""
    return _HOUSE_PLACED.match(text, start) is not None


def _placed_words(text: str, words: Sequence[regex.Match]) -> int:
    """How many of a part's words say its house and where it stands: up to a clause that starts
    after its landmark ("the hut past the ford because ..."), or all; 0 where the part opens
    with no house placed by a landmark (never 0 where it does: the landmark's words count)."""
    placed = _HOUSE_PLACED.match(text, words[0].start())
    if placed is None:
        return 0
    said = [w.group().casefold() for w in words]
    landmark = sum(w.start() < placed.end() for w in words)
    return next((i for i in range(landmark, len(said)) if _starts_a_clause(said[i])), len(said))


# A landmark said with a word that places the house by it, its article and its name ("behind
# the bus shelter", "opposite the old mill"): after an address's part it is a part of it too,
# whatever the landmark is (not "by the way", "after the war": no word of time or manner).
_PLACING = frozenset("near behind opposite beside facing".split())
_PLACING_PAIRS = frozenset({("next", "to"), ("across", "from")})
_MAX_LANDMARK_WORDS = 3


def _placed_by(said: Sequence[str], near: bool = True) -> int:
    """How many of ``said`` are a landmark placed by its word, its article and one to three words
    of its name that start no clause ("behind the bus shelter": all four; "behind the shed where
    we met" none), or 0; by "near" only where ``near``."""
    folded = [w.casefold() for w in said]
    at = 1 if folded[:1] and folded[0] in _PLACING and (near or folded[0] != "near") \
        else 2 if tuple(folded[:2]) in _PLACING_PAIRS else 0
    if not at or len(folded) <= at + 1 or folded[at] != "the":
        return 0
    name = folded[at + 1:]
    if len(name) > _MAX_LANDMARK_WORDS or any(_starts_a_clause(w) or _is_number(w) for w in name):
        return 0
    return len(folded)


def _part_extent(text: str, words: Sequence[regex.Match], found: bool, inner: bool,
                 is_public: Callable[[str], bool]) -> tuple[int, bool]:
    """How many of a part's words go in the address after its ``found`` parts, and whether the
    part is a landmark: the part whole when it places the house by a landmark ("..., behind the
    bus shelter"; by "near" only between two parts, ``inner``: "..., near the mosque, 3rd floor",
    not "..., near the river" said last: near is no place), and a landmark that ends a part after
    its number or street ("plot 9 behind the old well")."""
    said = [w.group() for w in words]
    if found and words and (is_landmark_part(text, words[0].start(), words[-1].end())
                            or _placed_by(said, near=inner) == len(said)):
        return len(words), True
    keep = _part_keep(text, words, is_public)
    if keep and keep < len(said) and (found or _holds_address(said[:keep])) and \
            _placed_by(said[keep:], near=False) == len(said) - keep:
        return len(said), False
    return keep, False


def _chain_parts(text: str, start: int, end: int,
                 is_public: Callable[[str], bool]) -> tuple[list[list[regex.Match]], bool]:
    """The words of each part of the chain from ``start`` to the sentence's ``end`` that go in
    the address, and whether one holds a number or a named street."""
    # in a typed chain, a part said in lower case with no number or street is the sentence's
    # ("..., Manzana C, Lote 14, up the hill")
    cased = any(c.isupper() for c in text[start + 1:end])  # the first capital may be the sentence's
    parts: list[list[regex.Match]] = []
    found = False
    for s, e in _parts(text, start, end):
        words = list(_WORD.finditer(text, s, e))
        # a landmark or the house's look after an address is its part whole ("..., the house with the red door")
        # a placed house keeps its landmark's first word, where a clause may start after it
        placed_words = _placed_words(text, words) if words else 0
        placed = placed_words > 0
        keep, landmark = _part_extent(text, words, found, e < end, is_public)
        keep = max(keep, placed_words)
        said = [w.group() for w in words[:keep]]
        holds = _holds_address(said)
        if keep == 0 or (cased and found and not holds and not landmark and not placed
                         and not any(w[0].isupper() for w in said)):
            break
        found = found or holds or placed
        parts.append(words[:keep])
        if keep < len(words):
            break
    return parts, found


# Whose home it is, said before its address and apart from it by a comma or a colon: "my
# sister's, ...", "to my son's flat: ...", "with our grandparents' place, ..." (the address is what follows).
_OWNER = LazyRegex(
    r"(?:(?:at|with|to|in|from){_SP}+)?(?:my|our|his|her|their){_SP}+(?:\p{L}+{_SP}+)?\p{L}+(?:['’]s|s['’])"
    r"(?:{_SP}+(?:house|flat|home|place|apartment|room|compound))?{_SP}*[,:]{_SP}*".replace("{_SP}", _SP),
    regex.IGNORECASE)


def _chain(text: str, start: int, is_public: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the address chain that starts at ``start`` (after whose home it is), or None."""
    label = _LABEL_END.match(text, start)
    if label is not None:  # "send it to:", a label that ends its line: the address is the next line
        start = label.end()
    owner = _OWNER.match(text, start)
    if owner is not None:
        start = owner.end()
    parts, found = _chain_parts(text, start, _sentence_end(text, start), is_public)
    kept = [w for part in parts for w in part]
    placed = any(_house_placed(text, part[0].start()) for part in parts if part)
    while kept and kept[0].group().casefold() in _DANGLING and not _house_placed(text, kept[0].start()):
        kept.pop(0)
    # a unit and its number alone ("room 12 at the hotel") is found by the address rules if it is
    # one; a house placed by a landmark is an address of its own
    said = [w.group() for w in kept]
    if not found or not placed and sum(_is_evidence(said, i) or _named(w) for i, w in enumerate(said)) < _MIN_WORDS:
        return None
    return kept[0].start(), kept[-1].end()


# How many words may stand between a frame and its sentence's end when the address is the next
# sentence ("send it to my aunt. lot fourteen, palm road, ..."): the one it goes to.
_MAX_RECIPIENT_WORDS = 4
# The next sentence's start: the full stop, spaces or one line break.
_NEXT_SENTENCE = own_compiled(r"[.!?:][^\S\n]*\n?[^\S\n]*")


def _chain_in_next_sentence(text: str, start: int, is_public: Callable[[str], bool]) -> tuple[int, int] | None:
    """The address chain said as the sentence after a frame that ends its own sentence with
    the one it goes to ("send it to my aunt. lot fourteen, palm road, green hill p o,
    clarendon."), when that sentence starts with a house, plot or unit's word or number; else
    None ("send it to my aunt. We left at five.")."""
    end = _sentence_end(text, start)
    between = _WORD.findall(text, start, end)
    gap = _NEXT_SENTENCE.match(text, end)
    if gap is None or not between or len(between) > _MAX_RECIPIENT_WORDS or any(_is_number(w) for w in between):
        return None
    first = _WORD.match(text, gap.end())
    if first is None or not (_is_evidence([first.group()], 0) or _named_house(text, gap.end())
                             or _house_placed(text, gap.end())):
        return None
    return _chain(text, gap.end(), is_public)


# At most this many words of a street's name before the house's number, and of that number.
_MAX_STREET_NAME_WORDS = 3
_MAX_NUMBER_WORDS = 3


def _named_house(text: str, start: int) -> bool:
    """Whether the part from ``start`` is a street's name and the house's number after it, with
    no street word, as much of Central and Eastern Europe writes an address ("Lipova 12", a
    caption's "dolni namesti fourteen"): one to three name words, then a number that ends the part
    (in at most three words: "twenty two")."""
    end = text.find(",", start, start + 80)
    words = [w.group() for w in _WORD.finditer(text, start, _sentence_end(text, start) if end < 0 else end)]
    number = next((i for i, w in enumerate(words) if _is_number(w)), 0)
    return 1 <= number <= _MAX_STREET_NAME_WORDS and len(words) - number <= _MAX_NUMBER_WORDS \
        and all(_is_number(w) for w in words[number:]) and _stops(words, number) is None \
        and all(_named(w) and not _starts_a_clause(w.casefold()) for w in words[:number])


# A question that asks where one lives, at its turn's end: "And your address?", "where do you
# live", "and you stay where", "where are you based?" (a caption writes no question mark: the
# line or the cue ends there).
# The address asked for may be given a purpose ("an address for the letter?", "your address, for
# the lawyer"), where one lives a time or a manner ("where do you stay exactly", "where do you live
# when you are not at work?"), and a question may ask where to send things ("where do we send
# the letter?"): a few words more before its end.  Why an address is asked may follow after a
# comma ("an address, if the lawyer has to write?"); not after where one lives (measured: it
# cost precision on held-out sets).
# A form's field said as its own turn asks for it too ("- address\n- ...").
_WHY = r"{_SP}*,{_SP}*(?:in{_SP}+case|just{_SP}+in{_SP}+case|if){_SP}+[^?\n.]{1,40}?"
_ASKED = LazyRegex(
    r"(?<![\p{L}'’])(?:(?:your|an|the|his|her|their|home|postal|street){_SP}+address"
    r"(?:{_SP}*,?{_SP}*(?:for|to){_SP}+[^?\n.]{1,40}?|{_WHY})?"
    r"|(?<=(?:^|\n)[^\S\n]*(?:(?:>>|-|–|—)[^\S\n]*)?)address"
    r"|where{_SP}+(?:do|did|does){_SP}+(?:you|he|she|they|your{_SP}+family){_SP}+(?:live|stay|sleep)"
    r"(?:{_SP}+[^?\n.]{1,40}?)?"
    r"|where{_SP}+(?:do|should|can|could|shall|will){_SP}+(?:we|i){_SP}+send"
    r"(?:{_SP}+(?:it|them|things|letters|the{_SP}+letters?|a{_SP}+letter|papers|the{_SP}+papers))?"
    r"|where{_SP}+(?:are|were){_SP}+(?:you|they){_SP}+(?:based|staying|living)"
    # where one may be found: "where could we find him after work?"
    r"|where{_SP}+(?:can|could|should|will|do){_SP}+(?:i|we){_SP}+find{_SP}+(?:you|him|her|them)"
    r"(?:{_SP}+[^?\n.]{1,40}?)?"
    r"|(?:you|he|she|they){_SP}+(?:live|lives|stay|stays){_SP}+where"
    r"|where{_SP}+is{_SP}+(?:your|the|his|her){_SP}+(?:house|home|flat|place))"
    r"(?:{_SP}+(?:now|then|these{_SP}+days|today|again|please))?"
    r"(?:{_SP}*\?|(?={_SP}*\n))".replace("{_WHY}", _WHY).replace("{_SP}", _SP),
    regex.IGNORECASE)
# What opens the answer's turn: the line break, a caption's turn mark or the speaker's label
# ("\nspeaker 2: ", "\nA: ", ">> ", "- ").
# A Markdown transcript sets its label in bold after a blank line ("\n\n**A:** ").
_ANSWER_HEAD = own_compiled(r"(?:[^\S\n]*\n){0,2}[^\S\n]*(?:(?:>>|-|–|—)[^\S\n]*"
                            r"|(?:\*\*|__)?[\p{L}][\p{L}\d _.'’-]{0,30}?(?:\*\*|__)?:(?:\*\*|__)?[^\S\n]+)?")
# What ends a voice's name before the answer's words ("Victoria R. str. ...", "Ana: Calle ...").
_VOICE_NAME_END = own_compiled(r"\.?[^\S\n]*:?[^\S\n]+")


def _answer_start(text: str, asked: int, mentions: Sequence[Mention]) -> int:
    """Where the answer to a question ending at ``asked`` starts: after its turn's head, and
    after the speaker's name a subtitle's voice writes before it ("... your address? Victoria R.
    str. ..."); a name the house's number follows is the address's first word ("A: Carrefour 12,
    ...": a block's or a street's name the model took for a person's)."""
    start = _ANSWER_HEAD.match(text, asked).end()
    for m in mentions:
        if m.start == start and m.entity_type == "PERSON":
            head = _VOICE_NAME_END.match(text, m.end)
            after = _WORD.match(text, head.end()) if head is not None else None
            if after is not None and _DIGITS.fullmatch(after.group()):
                return start
            return head.end() if head is not None else start
    return start


def answered_addresses(text: str, mentions: Sequence[Mention],
                       is_public: Callable[[str], bool] = lambda _: False) -> list[Mention]:
    """One ADDRESS for each address chain that answers a question asking where one lives ("And
    your address?\nA: Calle ..., Reparto ..., Bayamo.", "where do you live\nspeaker 2: l p
    forty two, mohess road, ..."), when it holds an address's number or street (as a frame's)."""
    out = []
    # a question that ends its cue or segment ends its turn there
    for asked in _ASKED.finditer(lines_at_joins(text)):
        start = _answer_start(text, asked.end(), mentions)
        # whose it is may come first, as its own sentence ("my mother's. 14 ...")
        span = _chain(text, start, is_public) or _chain_in_next_sentence(text, start, is_public)
        if span is not None:
            # as sure as any finding it holds: the model's person over the same words ("ninety
            # <name> <name>" read as a name) is the street the answer gives
            inside = [m.score for m in mentions if span[0] <= m.start and m.end <= span[1]]
            out.append(Mention(start=span[0], end=span[1], entity_type="ADDRESS", score=max([0.7, *inside]),
                               detector="AddressJoin", text=text[span[0]:span[1]]))
    return out


def anchored_addresses(text: str, mentions: Sequence[Mention],
                       is_public: Callable[[str], bool] = lambda _: False) -> list[Mention]:
    """One ADDRESS for each address chain said after a frame that announces one, with the best
    score of the address parts found in it (at least an address rule's)."""
    out = []
    for frame in _FRAME.finditer(text):
        span = _chain(text, frame.end(), is_public)
        if span is None:
            span = _chain_in_next_sentence(text, frame.end(), is_public)
        if span is None:
            continue
        start, end = span
        inside = [m.score for m in mentions if start <= m.start and m.end <= end and m.entity_type == "ADDRESS"]
        out.append(Mention(start=start, end=end, entity_type="ADDRESS", score=max([0.7, *inside]),
                           detector="AddressJoin", text=text[start:end]))
    return out


# A part word that may open an address said with no frame before it, and the number or name
# after it: "lot fourteen, taman ...", "Cité 200 Logements, ...", "section nine, lot four, ...".
_CHAIN_OPENER = LazyRegex(
    r"(?<![\p{L}\p{N}'’.#-])(?:"
    # a numbered street after its Spanish ordinal (Guatemala, Honduras: "2a. calle 4-18, zona 1")
    r"(?:\d{1,2}[ao]\.?[^\S\n]+)?(?:calle|carrera|avenida)"
    # English (a lane and its alley: Taipei, Shanghai), a Caribbean light pole ("LP 17, Mohess Road")
    r"|lot|plot|section|sector|block|house|flat|apartment|unit|room|stand|lane|alley|lp|km|kilometre|kilometer"
    # French (Algeria, Burkina Faso, Haiti: "Secteur 12, lot 7", "Ruelle Jérémie #14")
    r"|cité|cite|bâtiment|bloc|immeuble|quartier|secteur|parcelle|ruelle|impasse"
    # Albanian, Croatian, Spanish, Portuguese, Malay and Indonesian, Thai, Filipino, Uzbek, Amharic
    r"|pallati|rruga|ulica|put|pasaje|casa|parcela|kilómetro|rua|jalan|jl\.|taman|lorong|kampung|soi|barrio|bairro"
    r"|colonia|zona|barangay|mahalla|kebele"
    # a house's number first, when a street's part follows ("No. 12, Lane 45, Section 2, Minsheng Road")
    r"|no\.|number)"
    r"(?=[^\S\n]+[\p{L}\p{N}])",
    regex.IGNORECASE)
# How many of a frameless chain's parts hold an address's number, street or unit word at least.
_MIN_CHAIN_PARTS = 2


def _part_holds(words: Sequence[str]) -> bool:
    """Whether a part's words are an address's: a unit's or a street's word before its number or
    name ("lot nine", "taman bukit indah"; not "the police unit"), a street's word after a name
    or an ordinal ("Mohess Road", "ninth avenue"; not "the main road"), or a number first
    ("21000 Split", "ninety one thousand two hundred sandakan") or after such a word, a number's
    mark or a name ("Antananarivo 101"; not "paragraph three", "the one")."""
    return _part_weight(words) > 0


def _part_weight(words: Sequence[str]) -> int:
    """How many of an address's parts a part's words say, at most two: each unit's or street's
    word before its value or after its name ("Lot 48 Section B", "Ruelle Jérémie #14": the
    number after a name) counts; a number after its unit's word is that unit's ("lot 7": one);
    after a word of the sentence the part says one at most ("3 km along Calle Mayor 5")."""
    weight = 0
    for i, w in enumerate(words):
        if weight and _fills(w):
            return 1
        if i and words[i - 1].casefold() in _DANGLING:
            continue
        if _says_part(words, i) or (weight == 0 and _is_number(w) and i > 0
                                    and words[i - 1].casefold().rstrip(".") in _UNIT_WORDS):
            weight += 1
    return min(weight, 2)


def _says_part(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` says a part: a unit's or street's word before its value, a street's
    word after its name or an ordinal, a number first, after a number's mark or a name."""
    w, before = words[i], words[i - 1] if i else ""
    if i + 1 < len(words) and (w.casefold().rstrip(".") in _UNIT_WORDS or w.casefold() in _STREET_TYPE):
        return True
    if i and w.casefold() in _STREET_TYPE:
        return _named(before) or ordinal_value(before.casefold()) is not None
    return _is_number(w) and _stops(words, i) is None and (
        not before or before.casefold().rstrip(".") in _NUMBER_MARKS
        or (before[0].isupper() and zipf_frequency(before.casefold(), "en") < _NAME_ZIPF
            and before.casefold() not in _UNIT_WORDS))


def _opens_address(words: Sequence[str]) -> bool:
    """Whether a frameless chain's first part is an address's: a number after its part word
    ("lot fourteen", "Cité 200 Logements", "calle sucre número ciento doce"), or a street's
    type no English word spells before a capitalised name ("Rruga Myslym Shyri"; "Put" is also
    an English verb, "put Ana on"), or in a caption before a name no English word spells
    ("quartier dapaong nord", "barrio san felipe"; not "the barrio kids"); not a house's word
    before a place word ("the house in Calle 8 ...": the street starts the address)."""
    if len(words) < 2 or words[1].casefold() in _CLAUSE_WORDS or (
            words[1].casefold() in _DANGLING and not _article_before_name(words)):
        return False
    if any(_is_number(w) and not _stops(words, i) for i, w in enumerate(words[1:], 1)):
        return True
    if words[0].casefold() not in _STREET_TYPE or zipf_frequency(words[0].casefold(), "en") >= _NAME_ZIPF - 1:
        return False
    if words[0].islower() and words[1].islower():
        return any(zipf_frequency(w, "en") < _RARE_NAME_ZIPF for w in words[1:3])
    return words[0][0].isupper() and words[1][0].isupper()


# A caption's name after a street's or a neighbourhood's word is a word this rare in English.
_RARE_NAME_ZIPF = 3.5


def _article_before_name(words: Sequence[str]) -> bool:
    """Whether a neighbourhood's or a street's capitalised name starts with its article ("Barrio
    La Merced", "Colonia El Carmen", "Quartier Les Palmiers"; not "calle de" in a sentence)."""
    return len(words) > 2 and words[1][0].isupper() and words[2][0].isupper() and _named(words[2])


def _fills(word: str) -> bool:
    """A word of the sentence between an address's parts: lower case, common ("along"; not a
    caption's name, "ruelle jeremie number fourteen"), no number, unit or street."""
    folded = word.casefold().rstrip(".")
    return word.islower() and len(word) > 1 and not _is_number(word) and folded not in _UNIT_WORDS | _NUMBER_MARKS \
        and word.casefold() not in _STREET_TYPE and not _named(word)


def _chains(said: Sequence[Sequence[str]], landmarks: int) -> bool:
    """Whether a frameless chain's parts make an address: its first part opens one and its
    parts say two of an address's parts (a landmark or the house's look said after the first
    is one: "Quartier Dapaong-Nord, derrière la station Shell"); after a number's mark first
    ("No. 12, ..."), one of them names a street or is a landmark or the house's look ("number
    sixty two, the green door"; "number sixty two on the list", "no. 3, section 4 of the act"
    none)."""
    if not said or not _opens_address(said[0]) or \
            sum(_part_weight(part) for part in said) + landmarks < _MIN_CHAIN_PARTS:
        return False
    first = said[0][0].casefold().rstrip(".")
    if first == "room":  # a hotel's or an office's room is no home without a street ("room 12, Hotel Azul, ...")
        return any(w.casefold() in _STREET_TYPE for part in said[1:] for w in part[1:])
    return first not in _NUMBER_MARKS or landmarks > 0 or any(
        w.casefold() in _STREET_TYPE for part in said[1:] for w in part)


def chained_addresses(text: str, is_public: Callable[[str], bool] = lambda _: False) -> list[Mention]:
    """One ADDRESS for each chain of address parts said with no frame, from a part word that
    opens an address (``_CHAIN_OPENER``, ``_opens_address``) over the comma-separated parts
    after it up to the town, when at least two of its parts are an address's ("They moved to
    Cité 200 Logements, Bâtiment 4, n° 11, Biskra", "section nine, lot four, east boroko, port
    moresby"); a part word alone ("chapter two, section four of the law") or one part ("lot 7 was
    sold") makes none."""
    out: list[Mention] = []
    for opener in _CHAIN_OPENER.finditer(text):
        if out and opener.start() < out[-1].end:
            continue
        parts, found = _chain_parts(text, opener.start(), _sentence_end(text, opener.start()), is_public)
        said = [[w.group() for w in part] for part in parts]
        landmarks = sum(is_landmark_part(text, part[0].start(), part[-1].end()) for part in parts[1:])
        if not found or not _chains(said, landmarks):
            continue
        span = _chain(text, opener.start(), is_public)
        if span is not None:
            out.append(Mention(start=span[0], end=span[1], entity_type="ADDRESS", score=0.7,
                               detector="AddressJoin", text=text[span[0]:span[1]]))
    return out


def grown_addresses(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An address the address rules found in part, grown over the comma-separated parts said
    with it, with no frame: back over one short part before it that holds a house or unit number
    ("No. 14, Adeyemi Crescent", "House 14, 7th Street") and on over the parts after it that
    hold an address's number or street or are names alone ("..., Nchanga South, Chingola"),
    each said between commas in the same sentence; a part with any other word ends it ("...,
    next to the engine room", "..., addressed to Mrs Ade"); a public town said last is the
    address's too ("14 Mill Lane, Manchester": an address is one unit)."""
    out = []
    for m in mentions:
        if m.entity_type != "ADDRESS" or m.detector == "AddressJoin":
            continue
        start, end = _house_part_before(text, m.start), _parts_after(text, m.end)
        if (start, end) != (m.start, m.end):
            out.append(Mention(start=start, end=end, entity_type="ADDRESS", score=max(0.7, m.score),
                               detector="AddressJoin", text=text[start:end]))
    return out


_PART_BEFORE = own_compiled(r"(?r)(?:^|(?<=[,;:\n()]))(?P<part>[^,;:\n()]{1,40}),[^\S\n]*$")
_PART_AFTER = own_compiled(r",[^\S\n]*(?P<part>[^,.;:\n()?!]{1,40})(?=[,.;:\n()?!]|$)")


def _house_part_before(text: str, start: int) -> int:
    """Where a house or unit number said before ``start`` and its comma starts ("No. 14, ",
    "House 14, ", "plot twenty two, "): the part's last words that are a unit's word or a
    number's mark and numbers; else ``start``."""
    found = _PART_BEFORE.search(text, max(0, start - 48), start)
    if found is None or found.end() != start:
        return start
    words = list(_WORD.finditer(text, found.start("part"), found.end("part")))
    k = len(words)
    while k > 0 and len(words) - k < 4 and (_is_number(w := words[k - 1].group()) or
                                             w.casefold().rstrip(".") in _UNIT_WORDS | _NUMBER_MARKS):
        k -= 1
    said = [w.group() for w in words[k:]]
    if not said or not _is_number(said[-1]) or said[0].casefold().rstrip(".") not in _UNIT_WORDS | _NUMBER_MARKS:
        return start
    return words[k].start()


def _parts_after(text: str, end: int) -> int:
    """Where the address parts said after ``end`` between commas end: each part holds an
    address's number or street, or is one to three capitalised names (a district, a town, a
    public one too: an address is said whole)."""
    while (found := _PART_AFTER.match(text, end)) is not None:
        said = [w.group() for w in _WORD.finditer(found.group("part"))]
        names = 1 <= len(said) <= 3 and all(w[0].isupper() and w.casefold() not in _DANGLING for w in said)
        if not said or not (names or _holds_address(said)) or any(_stops(said, i) is not None for i in range(len(said))):
            break
        end = found.end("part")
    return end


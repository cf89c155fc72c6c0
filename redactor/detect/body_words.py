"""Public bodies by their form in the transcripts' other languages (data for the public-body
rule of :mod:`redactor.detect.filters`).

A country's ombudsman office ("the Defensoría del Pueblo", "Folketingets Ombudsmand",
"Rzecznik Praw Obywatelskich"), its labour inspectorate ("Inspekcja Pracy", "Arbeidstilsynet",
"Inspecția Muncii", "Valstybinė darbo inspekcija"), its prison and police services by their own names ("Kriminalforsorgen",
"Służba Więzienna", "Servicio Penitenciario Federal", "Politiet") and its trade unions of a
trade ("Sindikat rudara", "Syndicat des enseignants", "Sindicato de Trabajadores Mineros",
"Fagforbundet"): each points at thousands of staff or members, not at anyone.  A union
named after a company ("Sindicato de Trabajadores de Kowalski") is that company's, and stays found.

The head words of more such bodies in more languages - ministries, inspectorates, state agencies
and boards, rescue and civil protection services, a region's departments, police forces, China's
bureaus in pinyin ("Tööinspektsioon", "Consellería do Mar", "Salvamento Marítimo", "Päästeamet",
"the polsek", "huanbao ju") - are maintained data, ``redactor/data/body_heads.txt``
(:data:`BODY_HEAD_WORDS`); a body it misses is kept by name through the config's ``keep:`` list.
"""

from __future__ import annotations

import re
from importlib import resources

from redactor.lexicon import longest_first
from redactor.lexicon.folding import fold_marks

# A country's prison and police services by their own names ("Kriminalforsorgen", "Politiet").
_OWN_LANGUAGE_FORCES = (
    r"servicio\s+penitenciario|instituto\s+(?:nacional\s+)?penitenciario|sistema\s+penitenciario|"
    r"administra[cç][aã]o\s+penitenci[aá]ria|s[lł]u[zż]ba\s+wi[eę]zienna|kriminalforsorgen|"
    r"kriminalomsorgen|kriminalv[aå]rden|politiet|polisen|poliisi|policija|polic[ie]e|pol[ií]cia|"
    r"rend[őo]rs[eé]g|carabineros|uprava\s+policije|zatvorsk\w+\s+slu[zž]b\w*"
)
# Round 32: a state's customs, armed forces and authorities by their own names, as the English
# words are public bodies ("customs", "the navy", "authority"): "la Aduana", "the douane", "Agenzia
# delle Dogane", "armada de chile", "Autoriteit Consument & Markt", "l'Autorité de la concurrence".
# A customs word alone only in small letters, as a caption or a sentence says it ("the douane
# came", "la aduana"): written with its capital alone it is a town's name ("Dogana", San Marino).
# A navy is said with its country ("Armada de Chile", "Armada Nacional": "the Armada hotel" is a
# name), an Italian agency with its field ("Agenzia delle Entrate"; "agenzia di viaggi" is a shop).
_OWN_LANGUAGE_STATE_SERVICES = (
    r"(?-i:aduanas?|alf[aâ]ndegas?|douanes?|duana|dogan[ae]|g[uü]mr[uü]k)|tullverket|tolletaten|toldstyrelsen|"
    r"armada\s+(?:de|del|nacional|bolivariana|espa[nñ]ola|argentina|paraguaya|dominicana)|"
    r"ej[eé]rcito|ex[eé]rcito|esercito|marinha|marina\s+militare|marine\s+nationale|bundeswehr|"
    r"autoriteit|autorit[eé]|autorit[aà]|autoridad|autoridade|agenzia\s+(?:delle|della|dell['’]|degli|per)"
)
BODY_HEADS_FILE = "body_heads.txt"
# An entry of the heads' file that starts so ends a compound word of this many letters or more.
_COMPOUND_MARK = "-"
_COMPOUND_STEM = r"[^\W\d_]{3,}"


def _letter(char: str) -> str:
    """A pattern of one letter of an entry: with its accent or without it ("ö" or "o", "ł" or
    "l"), as captions drop accents (the project's one table of a letter's base:
    :func:`redactor.lexicon.folding.fold_marks`)."""
    base = fold_marks(char)
    return f"[{re.escape(char)}{re.escape(base)}]" if base != char else re.escape(char)


def _head_pattern(entry: str) -> str:
    """The pattern of one entry of the heads' file: its words apart by any space, a compound's
    stem before it when it starts with the mark."""
    compound = entry.startswith(_COMPOUND_MARK)
    words = entry.removeprefix(_COMPOUND_MARK).casefold().split()
    pattern = r"\s+".join("".join(_letter(c) for c in word) for word in words)
    return _COMPOUND_STEM + pattern if compound else pattern


def body_heads_pattern(raw: str) -> str:
    """An alternation of the heads of the file's text ``raw`` (see the file), the longest first."""
    entries = {line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")}
    return "|".join(_head_pattern(entry) for entry in longest_first(entries))


# The public bodies' head words of the maintained file: alternatives of the public-body pattern.
BODY_HEAD_WORDS = body_heads_pattern(resources.files("redactor.data").joinpath(BODY_HEADS_FILE).read_text(encoding="utf-8"))
OWN_LANGUAGE_FORCE = re.compile(rf"\b(?:{_OWN_LANGUAGE_FORCES})\b", re.IGNORECASE)
# Ombudsman offices, inspectorates and national prison and police services: alternatives of the
# public-body pattern (matched case-insensitively, as whole words).
LOCAL_BODY_WORDS = (
    # ombudsman offices
    r"ombuds\w+|justitieombudsmannen|rzecznik\s+praw\s+\w+|defensor(?:a)?\s+del\s+pueblo|"
    r"defensor(?:ia|ía)?\s+(?:do|dos)\s+(?:povo|cidad[aã]os?)|provedor(?:ia)?\s+de\s+justi[cç]a|"
    r"d[ée]fenseur\s+des\s+droits|m[ée]diateur\s+de\s+la\s+r[ée]publique|difensore\s+civico|"
    r"pu[cč]ki\s+pravobranitelj\w*|pravobranitelj\w*|za[sš]titni[kc]\w*\s+gra[dđ]ana|"
    r"ombudsmand(?:en)?|ombudsmann(?:en)?|comisionad[oa]\s+parlamentari[oa]|ve[rř]ejn[yý]\s+ochr[aá]nc[ea]\s+pr[aá]v|"
    # labour and state inspectorates
    r"in[sš]pe[kc]tora\w*|inspekcj[aiy]\s+\w+|pa[nń]stwowa\s+inspekcja\s+\w+|inspec[tț]i[ae]\s+muncii|"
    # the same word in Lithuanian, Latvian and the South Slavic languages ("Valstybinė darbo
    # inspekcija", "Valsts darba inspekcija", "Inspekcija rada", "Tržna inšpekcija")
    r"in[sš]pekcij\w*|"
    r"arbeidstilsynet|arbejdstilsynet|arbetsmilj[oö]verket|ty[oö]suojelu\w*|"
    # a state's authorities by the compound word of the Nordic languages and German that names one
    # ("Mattilsynet", "Finanstilsynet": an inspectorate; "Utlendingsdirektoratet": a directorate;
    # "Skatteetaten": an agency; "Fødevarestyrelsen", "Transportstyrelsen": an agency;
    # "Ruokavirasto": an agency; "Samgöngustofa", "Útlendingastofnun": an authority;
    # "Arbeiterkammer", "Ärztekammer": a statutory chamber), and Hungarian's national bodies
    # ("Országos Mentőszolgálat"); "-verket" is left out: a sawmill or a power plant ends so too
    r"\w{3,}(?:tilsynet|direktoratet|etaten|styrelsen|virasto|stofa|stofnun|kammer)|orsz[aá]gos\s+[\w-]+|"
    rf"{_OWN_LANGUAGE_FORCES}|{_OWN_LANGUAGE_STATE_SERVICES}"
)

# A trade union's word in the transcripts' languages (filters' national unions start from it too),
# and the words that name a trade's workers after it.
UNION_WORDS = r"sindicat(?:ul)?|sindicato|sindacato|syndicat|sindikat[au]?|sendikas[ıi]|gewerkschaft|vakbond"
_UNION = UNION_WORDS + r"|zwi[aą]zek\s+zawodowy|profsoyuz|serikat\s+pekerja|trade\s+union|union"
_JOINERS = r"of|de|del|des|dos|das|da|do|du|della|dei|degli|delle|i|y|e|et|and|&|the|los|las|les|la|el|na|ng|w"
_TRADES = (
    r"workers?|trabajador[ae]s|trabalhador[ae]s|travailleur(?:se)?s|lavorator[ie]|pracownik[oó]w|radnika|"
    r"employ[ée]e?s|empleados|funcion[aá]rios|funcionarios|fonctionnaires|dipendenti|"
    r"miners|mineros|mineiros|mineurs|minatori|rudara|g[oó]rnik[oó]w|rudarstva|"
    r"teachers|enseignants|docentes|maestros|professores|professeurs|insegnanti|nauczycieli|prosvjete|obrazovanja|"
    r"doctors|m[ée]dicos|m[ée]decins|medici|lekarzy|lije[cč]nika|nurses|enfermer[oa]s|infirmi[eè]re?s|piel[eę]gniarek|"
    r"journalists|periodistas|jornalistas|journalistes|giornalisti|dziennikarzy|novinara|"
    r"banc[aá]rios|bancarios|metal[uú]rgicos|metalworkers|m[ée]tallurgistes|metalmeccanici|metalaca|"
    r"transport|transportistas|drivers|choferes|motoristas|cheminots|ferroviarios|ferrovi[aá]rios|"
    r"dockers|portuarios|portu[aá]rios|seafarers|mar[ií]timos|agricultural|agr[ií]colas|campesinos|"
    r"farm|farmworkers|rurales|rurais|construction|construcci[oó]n|constru[cç][aã]o|b[aâ]timent|"
    r"health|salud|sa[uú]de|sant[ée]|textile|textil|textiles|garment|oil|petroleros|petroleiros|"
    r"police|polic[ií]a|prison|penitenciarios|public|p[uú]blicos?|p[uú]blica|publics?|municipal(?:es)?|"
    r"education|educaci[oó]n|educa[cç][aã]o|[ée]ducation|industrial|industriales|mine|mining|minera|"
    r"energy|energ[ií]a|electricity|el[eé]ctricos|electricistas|postal|postales|communication|"
    r"communications|comunicaciones|telecomunicaciones|hotel|hospitality|hosteler[ií]a|food|alimentaci[oó]n")
_TRADE_UNION = re.compile(
    rf"(?:the\s+)?(?:{_UNION})(?:\s+(?:{_JOINERS}))*(?:\s+(?:{_TRADES})(?:\s+(?:{_JOINERS}))*)+",
    re.IGNORECASE)
# A union of a trade by its compound word: Norwegian, Danish, Swedish, Finnish ("Fagforbundet",
# "Lærerforbundet", "Metallarbetareförbundet", "Metalliliitto").
_UNION_COMPOUND = re.compile(r"(?:the\s+)?[^\W\d_]{2,}(?:forbundet|förbundet|liitto)", re.IGNORECASE)


def is_trade_union(span: str) -> bool:
    """A union of a trade's workers named by the trade alone, in the transcripts' languages
    ("Sindikat rudara", "Syndicat des enseignants", "the Union of Journalists", "Fagforbundet"):
    the whole span is the union's word, joining words and the trade's words, so a company's union
    ("Sindicato de Trabajadores de Kowalski") is not one."""
    span = span.strip()
    return _TRADE_UNION.fullmatch(span) is not None or _UNION_COMPOUND.fullmatch(span) is not None

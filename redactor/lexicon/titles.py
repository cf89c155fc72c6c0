"""Titles, honorifics, ranks and kinship words that may stand before a person's name.

All words are folded (``redactor.lexicon.folding.fold``), so Cyrillic and Polish ranks appear
transliterated ("капитан" → "kapitan").  ``TITLES`` are the words that are a title on their own:
evidence that the next word is a name, and the start of a source's name in a transcript ("Lt.
Bykov").  ``TITLE_WORDS`` adds the words that only modify one ("Senior Lieutenant"); all of them
are stripped from a name before names are compared ("Uncle Ivan Petrov" is "Ivan Petrov").
"""

from __future__ import annotations

from importlib import resources
from typing import NamedTuple

from redactor.lexicon.folding import fold

HONORIFICS = frozenset("""
mr mrs ms miss mx mister missus missis dr doctor prof professor sir dame madam madame maam lady lord rev reverend
fr st jr sr comrade judge mayor senator minister ambassador president imam rabbi
herr frau officer detective inspector insp det constable superintendent
commissioner councillor councilor governor chancellor rapporteur
senor senora senorita monsieur mme mlle signor signora signore sra srta
director headmaster headmistress principal warden matron foreman supervisor chairman chairwoman
coach pastor deacon padre sensei fo'o
""".split())

# Military and police ranks in English, with their abbreviations.
RANKS = frozenset("""
pvt pte private pfc spc specialist cpl corporal lcpl sgt serjeant sergeant ssgt msgt sfc lt lieut
lieutenant capt cpt captain maj major col colonel gen general brig brigadier cmdr cdr commander
adm admiral commodore ensign marshal midshipman seaman airman
""".split())

# Ranks and honorifics of Russian, Ukrainian and Polish (also German), transliterated.  Russian
# and Ukrainian decline them, so these also count with a case ending ("kapitana Bykova").
SLAVIC_TITLES = frozenset("""
kapitan leytenant leitenant serzhant maior polkovnik podpolkovnik pidpolkovnik polkovnyk
pidpolkovnyk ryadovoy riadovyi ryadovyy efreytor efreitor starshina starshyna praporshchik
michman matros soldat tovarishch gospodin gospozha pan pani pane porucznik kapral sierzant
pulkownik hauptmann leutnant oberst feldwebel
""".split())

# Words that only form a title together with one ("Senior Lieutenant", "Lance Corporal").
TITLE_MODIFIERS = frozenset("""
first second senior junior staff lance chief warrant master petty vice rear deputy acting
starshiy starshii mladshiy mladshii molodshiy golovniy glavnyy brigadniy general
""".split())

# Family words used as a title ("Uncle Ivan", "Granny Olena").
# Police and military ranks of Spanish, Portuguese, French, Italian, Romanian, Greek and Turkish,
# written before a name as the language writes them, folded ("Comisario Juan Pablo Contreras",
# "sargento ramos", "Yüzbaşı Demir", "lochias Papadakis"): the rank, not a given name.
FOREIGN_RANKS = frozenset("""
comisario subcomisario subinspector intendente subintendente sargento cabo teniente subteniente
capitan comandante alferez suboficial brigada patrullero carabinero gendarme
adjudant caporal sergent capitaine commandant aspirant brigadier marechal
soldado tenente capitao delegado comissario inspetor subinspetor escrivao
carabiniere appuntato brigadiere maresciallo capitano
comisar subcomisar plutonier locotenent
lochias archilochias anthypolochagos ypolochagos lochagos tagmatarchis syntagmatarchis
antisyntagmatarchis astyfylakas archifylakas anthypastynomos ypastynomos astynomos
komiser baskomiser cavus onbasi yuzbasi binbasi albay yarbay tegmen ustegmen
""".split())

KINSHIP_TITLES = frozenset("""
uncle aunt auntie aunty granny grandma grandpa grandad granddad father mother brother sister
""".split())

# Family words that are not used as a title but may still stand in a name span ("my cousin
# Ivan", "his wife Olena Petrenko", "Babushka Galya"); stripped before names are compared.
KINSHIP_WORDS = KINSHIP_TITLES | frozenset("""
auntie aunty grandfather grandmother grandad grandson granddaughter cousin nephew niece son
daughter wife husband babushka dedushka dyadya dyadko tyotya titka amma appa bhai didi
""".split())

# Honorifics of other languages, before or after a name ("Hasan Bey", "Sevgi Hanım", "Seu
# Ademir", "Kemal Amca", "doutor Hélio", "Lic. Ana Torres", "Raj ji", "Alhaji Musa", Filipino "Aling Rosa", "Kuya Jun", "Atty. Reyes", Indonesian
# "Bapak Joko", Kenyan "Mzee Kamau", Hindi "Verma sahab", Burmese "Ko Aung", "Daw Khin", "Naw Paw",
# "Saya Tun", Thai "Khun Somchai", Bulgarian "Chicho Petar", "Leli Mara", "Bate Ivo"); stripped before names are compared, never taken as evidence of a name.
# (Not "mai", "amai", "baba": a Shona teknonym, "mai tendai", is the mother of Tendai, not Tendai.)
NAME_HONORIFICS = frozenset("""
bey hanim efendi abla hoca seu dona ji sahib saheb shri sri smt sama sensei aga agha
chief alhaji alhaja mallam sheikh hajji haji ustaz thiru tiru mama iya
kuya ate tita tito lolo manang manong mang aling atty engr dra bapak ibu hajia mzee
agabey hocam amca teyze dayi usta sahab saab doutor doutora doctora profesor profesora professora
licenciado licenciada lic ing arq ingeniero ingeniera engenheiro engenheira
ko maung daw naw saya sayama khun chicho leli bate bhaiya
kyrios kyria kyrie domnul doamna domnisoara ato woizero weizero lalla sidi moulay senhor senhora
teta tetka cika sekuru ambuya mbuya tonton tantine hajiya ustaza ustadh ustad
weyzero woyzero weyzerit wro wt hajj hajja hajjah
dott dottssa avv sig sigra
""".split())

# Honorifics and kinship words said with a name in many languages, from the shipped table
# ``redactor/data/honorifics.tsv`` (word, language, gender, case and, where it is not "before",
# position; its header says what each column means): "zonja Drita Hoxha", "Encik Faizal",
# "gospođa Ana Kovač", "Ramatoa Voahangy", "sekuru Tawanda", "teacher Kalisa", "Kovács úr".
HONORIFICS_FILE = "honorifics.tsv"


class HonorificRow(NamedTuple):
    """One row of the honorifics table."""

    word: str  # as the language writes it, in lower case; an abbreviation with its full stop
    language: str  # the languages that use it, with what it means ("Shona (uncle, grandfather)")
    gender: str  # "f", "m" or "-"
    case: str  # "any", "cap", "word" or "teknonym" (see the table's header)
    position: str  # "before" or "after" the name


def _honorific_rows() -> tuple[HonorificRow, ...]:
    """The rows of the table."""
    raw = resources.files("redactor.data").joinpath(HONORIFICS_FILE).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            word, language, gender, case, *position = (cell.strip() for cell in line.split("\t"))
            rows.append(HonorificRow(word, language, gender, case, position[0] if position else "before"))
    return tuple(rows)


HONORIFIC_ROWS = _honorific_rows()
_BEFORE_ROWS = tuple(row for row in HONORIFIC_ROWS if row.position == "before")
# The table's honorifics that are a title in any case ("zonja", "Zonja"), as written.
TABLE_HONORIFICS = frozenset(row.word for row in _BEFORE_ROWS if row.case == "any")
# Those that are one only with their capital ("Tuan Hassan", "Mas Bayu"), as written with it.
TABLE_CASED_HONORIFICS = frozenset(row.word[:1].upper() + row.word[1:] for row in _BEFORE_ROWS if row.case == "cap")
# Folded, by the gender they tell ("zonja" a woman, "zoti" a man).
TABLE_FEMALE = frozenset(fold(row.word) for row in _BEFORE_ROWS if row.gender == "f" and row.case == "any")
TABLE_MALE = frozenset(fold(row.word) for row in _BEFORE_ROWS if row.gender == "m" and row.case == "any")
# Folded, the "any" ones: a given name the lists know right after one is that person's, in lower
# case too ("then zonja drita came back"), as after a community's title.  An abbreviation
# without its full stops ("dott.ssa" is "dottssa").
TABLE_HONORIFICS_FOLDED = frozenset(fold(word.replace(".", "")) for word in TABLE_HONORIFICS)
NAME_HONORIFICS = NAME_HONORIFICS | TABLE_HONORIFICS_FOLDED
# The table's titles that are English words or names too ("uncle", "teacher", "attorney",
# Oshiwambo "meme" and "tate", French "maman") and its teknonyms (Shona "amai Rudo", the mother
# of Rudo): said before a name they are part of its span, but not after a determiner or a
# possessive ("my uncle", "the chef"), and they make the next word a name only where English
# has no such word ("attorney han", not "teacher training").  As written, in lower case.
TABLE_WORD_TITLES = frozenset(row.word for row in _BEFORE_ROWS if row.case == "word")
TABLE_TEKNONYMS = frozenset(row.word for row in _BEFORE_ROWS if row.case == "teknonym")
# The table's honorifics said after a name ("Nasreen bibi", "Bold guai", "Kovács úr"), as
# written in lower case: those of case "any" in any case, the others ("word": "Rao sir",
# "Lakshmi amma") only in lower case, being words or names of their own with a capital.
TABLE_AFTER = frozenset(row.word for row in HONORIFIC_ROWS if row.position == "after")
TABLE_AFTER_ANY_CASE = frozenset(row.word for row in HONORIFIC_ROWS if row.position == "after" and row.case == "any")

# Honorifics of other languages written before a name, with or without a capital, that go into
# the name's span as a courtesy title does: Amharic "Ato" (Mr), "Weyzero"/"W/ro" (Mrs),
# "Weyzerit"/"W/t" (Miss), Romanian "domnul" and "doamna", Greek "kyrios" and "kyria", the
# pilgrim's "hajj" ("W/ro Hana Bekele", "doamna elena", "hajj omar").  Stripped before names
# are compared (they are NAME_HONORIFICS, "W/ro" folding to "wro").
TITLES_BEFORE_NAME = frozenset("""
ato weyzero woyzero weizero woizero weyzerit w/ro w/t domnul doamna domnisoara kyrios kyria hajj hajja hajjah
""".split()) | TABLE_HONORIFICS

# Titles a community, a faith or a school puts before a person's given name ("Mama Wanjiru",
# "Papa Kofi", "Nana Akua", "Chief Okeke", "Alhaji Musa", "Hajia Amina", "Mallam Sani", "Imam
# Yusuf", "Sheikh Abdallah", "Pastor Kofi", "Reverend Amos", "Padre Tomás", "Don Ernesto",
# "Sensei Kenji", "Fo'o Ndzana", "Mzee Juma"): a given name the lists know said right after one
# is that person's, in lower case too ("mama wanjiru said no").  Alone they are the word ("Mama
# said no", "the chief").
TRADITIONAL_TITLES = frozenset("""
reverend rev pastor padre imam sheikh mallam alhaji alhaja hajia hajiya chief nana mama papa
fo'o don dona sensei mzee ustaz ustadh ustaza
""".split())

# Honorifics written joined to the name by a hyphen ("Sharma-ji", "Verma-sahab", "Tanaka-san",
# "tanaka-kun", "Yuki-chan", "Nakamura-sensei", Persian "Reza-jan", Uzbek "Aziz-aka" and
# "Gulnara-opa", Korean "Da-eun-ssi"): the word is the name as said, the name without them when
# names are compared.
HYPHENED_HONORIFICS = frozenset("ji sahab sahib saheb saab san sama kun chan sensei jan aka opa ssi".split())

# Honorifics said right after a name, apart ("Mehmet abi", "Ayşe Hanım", "Hasan Bey", "Vikram
# bhai", "Priya didi") or, the Hindi and Japanese ones, also joined by a hyphen ("Ravi-bhai",
# "Sharma-ji", "Tanaka-san").
TURKISH_HONORIFICS_AFTER = frozenset("""
bey abi abla ağabey agabey hanım hanim hoca hocam efendi amca teyze dayı dayi usta aga agha
""".split())
# Written with a capital after a name too ("Hasan Bey", "Ayşe Hanım"); the others only in lower case.
CAPITALISED_HONORIFICS_AFTER = frozenset("bey hanım hanim efendi abi abla".split())
# (Said apart, "Reza jan" or "Yuki chan", only the Hindi and Japanese ones of these: "Jan", "Chan"
# and "Aka" are names and words of their own.)
HYPHENABLE_HONORIFICS_AFTER = frozenset("ji sahab sahib saheb saab san sama sensei bhai bhaiya didi behen behenji".split())
HONORIFICS_AFTER = TURKISH_HONORIFICS_AFTER | HYPHENABLE_HONORIFICS_AFTER

# Kinship words and honorifics of Central Asia, Nepal, Iran and South India said after a given
# name, in lower case ("Aziz aka", "Gulnara opa", "Gulnara eje", "Nurlan agai", "Bishnu dai",
# "Leila khanom", "Ravi garu"): part of the name's span, as the Turkish ones are.  "aka" only
# where no nickname follows it ("Aziz aka Shaman" is also known as).
# Mongolian ones too: "Saraa bagsh" (teacher), "Bold darga" (boss), "Saraa egch" (elder
# sister), "Bold akh" (elder brother).  Azerbaijani: "Günay xanım" (Mrs), "Elşən müəllim" (a
# respected man, "teacher").
SAID_AFTER_NAME = frozenset("""
aka opa apa eje ejeke agai agay baike apai dai bahini khanom khanum garu ayya bagsh darga egch akh
xanim xanum muallim muellim
""".split())
ALSO_KNOWN_AS = "aka"

# Those, and more said the same way ("Reza jan", "Murugan anna", "Batbayar guai"): the same
# person as the name alone when names are compared.  Only last and in lower case, since several
# are names or surnames too ("Jan Nowak", "Anna", "Wei Dai").  (Words stripped wherever they
# stand, NOT_NAME_WORDS, are not repeated here: "bhai", "didi", "ji", "sahib".)
POSTPOSED_HONORIFICS = SAID_AFTER_NAME | frozenset("""
daju khanoum khanim jan joon jaan anna akka thambi chacha kaka dada aapa baji khala guai
""".split()) | frozenset(fold(word) for word in TABLE_AFTER)

# Balkan kinship honorifics said before a given name ("Bay Stoyan", "čika Raša", "teta Vesna"):
# the person named, when names are compared.  Only first, before another word ("Michael Bay").
# ("čika", "teta", "tetka" are NAME_HONORIFICS, stripped wherever they stand.)
# So are the table's titles that are English words or names too and those it gives with their
# capital, only first ("teacher Kalisa" is Kalisa, "Geom. Piras" is Piras; "Catherine Tate"
# keeps her surname).
PREPOSED_HONORIFICS = frozenset("bay bai ujak ujna dedo kuma kume".split()) | frozenset(
    fold(word.replace(".", "")) for word in TABLE_WORD_TITLES | {row.word for row in _BEFORE_ROWS if row.case == "cap"})

# Burmese and Thai honorifics as written before a name, with a capital ("U Tin Oo", "Daw Khin",
# "Ko Aung", "Ma Thida", "Khun Somchai"): every capitalised word after one is part of the name,
# even a word English or no name list knows.  Only with the capital: "u", "ma" and "ko" in lower
# case are other words.
# Lao and Thai "Thao" (Mr) and "Nang" (Mrs), Lao "Ai" (elder brother), Malay "Kak" (elder sister),
# Wolof "Mam" (elder), Kurdish "Daye" (mother) and German "Opa" (grandpa) are written so too
# ("Thao Somsak", "Kak Siti", "Mam Fatou"); in lower case they are other words ("kak dela").
CASED_HONORIFICS = frozenset("U Daw Ko Ma Maung Naw Saya Sayama Khun Thao Nang Ai Kak Mam Daye Opa".split())


# Adjectives a nickname puts before a given name ("Big Mike", "little ana", "Lil Dre"): part of
# the name as said, but not of the name compared with its other mentions.
NICKNAME_ADJECTIVES = frozenset("big little lil fat skinny".split())

# Ranks and police titles that say what a person is in the setting ("Captain Sorokin", "sergeant
# kovalenko", "Senior Lieutenant Bykov", "kapitan Bykov", "Detective Ruiz"): a quasi-identifier,
# so they go into the redacted span with the name (courtesy titles only tell the gender and go
# with it for that reason).  Offices of state ("President ...") are not here: their holder is public.
RANK_TITLES = RANKS | FOREIGN_RANKS | frozenset("""
kapitan leytenant leitenant serzhant maior polkovnik podpolkovnik pidpolkovnik polkovnyk
pidpolkovnyk ryadovoy riadovyi ryadovyy efreytor efreitor starshina starshyna praporshchik
michman matros soldat porucznik kapral sierzant pulkownik hauptmann leutnant oberst feldwebel
officer detective inspector insp det constable superintendent warden
""".split())
# Words a speaker addresses someone by, before a name or alone ("sir Mark", "ma'am Joy", but
# "yes sir will do", "ma'am can I"): after them a word is a name only when it is not among the
# commonest words of English (Zipf frequency below ``ADDRESSED_NAME_MAX_ZIPF``: "mark", "joy",
# "john" are names there; "will", "can", "may", "hope" are not).
SPOKEN_ADDRESS = frozenset("sir maam madam madame".split())
ADDRESSED_NAME_MAX_ZIPF = 5.4
# Words of endearment or familiarity one is thanked or greeted by ("thanks babe", "bye love",
# "cheers mate"): no one's name, though a name list may hold some ("Babe", "Honey").
ENDEARMENTS = frozenset("""
babe baby bae darling darlin dear dearie honey hon hun sweetie sweetheart sweety love luv mate pal
buddy bud bro bruv sis fam dude man boss chief champ guys girls boys folks everybody everyone
""".split())
# A word that is a title on its own ("Lt", "Uncle", "kapitan").
TITLES = HONORIFICS | RANKS | SLAVIC_TITLES | KINSHIP_TITLES | FOREIGN_RANKS
# Every word that may be part of a title: stripped from a name before names are compared.
TITLE_WORDS = TITLES | TITLE_MODIFIERS
# Every word stripped from a person's name before two names are compared.
NOT_NAME_WORDS = TITLE_WORDS | KINSHIP_WORDS | NAME_HONORIFICS

# Titles that are abbreviations: after these any capitalised word is a name ("Mr Kowalczyk"),
# and their full stop does not end a sentence ("Dr. Ivan").
ABBREVIATED_TITLES = frozenset(
    "mr mrs ms mx dr prof lt sgt capt cpt col gen maj cpl pvt pte cmdr cdr adm rev "
    "dra sr sra srta mme mlle lic ing arq engr atty dott avv sig sigra".split()
)

# Courtesy titles that only a person's name follows ("mr amegah", "Mrs Okoro", "dr sow"): a
# word said after one is a person's name whatever the model called it elsewhere.
COURTESY_TITLES = frozenset("mr mrs ms miss mx mister madam madame dr doctor sir dame".split())


def courtesy_titled(text: str) -> bool:
    """Whether ``text`` starts with a courtesy title and has a word after it ("Mr. Amegah")."""
    words = text.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in COURTESY_TITLES


# Titles and family words that say whether a person is a woman or a man ("Mrs Sylvester" is
# not Mr Thomas Sylvester); stripped like the others, but read first.
FEMALE_WORDS = frozenset("""
mrs ms miss missus missis madam madame maam lady dame frau pani gospozha aunt auntie aunty granny grandma mother
sister grandmother granddaughter daughter wife niece babushka tyotya titka hanim dona didi smt
senora senorita mme mlle signora sra srta teyze doutora doctora profesora professora licenciada
ingeniera engenheira kyria doamna domnisoara woizero weizero lalla senhora weyzero woyzero weyzerit wro wt hajja hajjah egch
""".split()) | TABLE_FEMALE
MALE_WORDS = frozenset("""
mr mister sir lord herr pan pane gospodin uncle grandpa father brother grandfather grandad
grandson son husband nephew dedushka dyadya dyadko bey seu bhai
senor monsieur signor signore agabey amca dayi doutor profesor licenciado ingeniero engenheiro
kyrios domnul ato sidi moulay senhor hajj akh
""".split()) | TABLE_MALE


def title_gender(words: list[str] | tuple[str, ...]) -> str:
    """"f" or "m" when folded ``words`` hold a title or family word of one gender only, else ""."""
    female = any(w in FEMALE_WORDS for w in words)
    male = any(w in MALE_WORDS for w in words)
    return "f" if female and not male else "m" if male and not female else ""


# Russian and Ukrainian case endings on a rank ("капитана Быкова" → "kapitana").
_CASE_ENDINGS = ("om", "em", "a", "u", "e", "y")


def is_title(word: str) -> bool:
    """True if folded ``word`` is a title, or a Slavic rank with a case ending."""
    if word in TITLES:
        return True
    return any(word.endswith(e) and word[: -len(e)] in SLAVIC_TITLES for e in _CASE_ENDINGS)

"""Public facts by their kind, and everyday words of other languages the model takes for names.

The keep lists (``rules/public.yaml``) name public facts one by one; some kinds are known by
their form instead, and some words are no one's name at all:

- **A state's railway, utility or carrier named by its country** ("Kenya Railways", "Indian
  Railways", "Pakistan Railways", "Ghana Water Company", "Uganda Airlines"): a public place (a
  country, a nationality, a region, a public city) before the word of a national network.  Its
  tens of thousands of staff and millions of customers point at nobody; a depot or a station of
  one is a workplace and stays found, and a firm named after a small town ("Strumica Rail")
  names the town.
- **A broadcaster's language service** ("BBC Persian", "VOA Hausa", "DW Swahili", "RFI
  Afrique", "BBC World Service"): a kept outlet and a language, a nationality or a service word.
- **A university hospital of a public place or university** ("Oslo University Hospital",
  "University Hospital of Wales", "Lagos University Teaching Hospital"): as the public
  universities (``filters.SpanFilters.is_public_university``), with a place of the public size;
  a small town's stays found.
- **A public hospital by its tier** ("Copperbelt Provincial Hospital", "Kisumu Regional Referral
  Hospital") or a university hospital centre by its acronym ("KBC Split", "CHU de Nantes"),
  with a region or a city of the public-places table (100,000 people or more): thousands of
  staff and a region's patients; a small town's stays found.
- **A national day by its name** ("Uzbekistan Day", "Kenyatta Day"): a country or a people, or
  a founder's one rare name; "Anna Day" stays found.
- **A union's acronym beside its union word** ("the union, UATRE, sent", "the SINTRAL union"):
  a union known by its acronym is a national one; it is public in the whole file
  (:func:`union_acronyms`); so is a regulator's, an inspectorate's, a ministry's or an
  ombudsman's beside that word ("did the regulator come, LATRA?").  A caption writes it in small
  letters: there it is the body's right after "the union" ("the union the zcctu said"), before
  "the union" with its article ("the ztuc the union office") or, shaped like letters said one by
  one, in apposition after a comma ("the union, ftuwz, the branch"; "the union, chipo," may be a
  person); never an everyday word or a given name of the lists.
- **A public body in another language after its article** ("le ministère de l'Intérieur", "la
  Fiscalía General", "el Ministerio de Trabajo"), as the same body without one.
- **A listed body's acronym in a lower-case caption** ("fifa built the stadiums", "the ilo
  wrote"): captions write acronyms in small letters; one the packs list (``keep_acronyms``) is
  kept there unless a relation, a role or a title before it makes it a person's ("my cousin
  fifa"), and, when the name lists know it as a given name, only where the acronym is said more
  often than the name (the word's frequency: "fifa", not "ilo").
- **A monarch or a pope by the regnal form** ("Felipe VI", "King Abdullah II", "Pope Leo XIV",
  "Mohammed the Sixth"): a name and a regnal number; without a title, no surname ("John Smith
  III") and no everyday word ("Phase II").
- **A saint's day by the saint** ("On San Juan we burn old things", "the night of San Juan",
  "Santo António night"): a saint's word and a given name in a date's words; "in San Juan" or
  "San Juan Kowalski" is a place or a person.
- **A kept identity scheme with its document's word** ("PhilSys ID", "my Fayda number"): the
  schemes and programmes are in the keep list; the number itself is found by other packs.
- **A group of states** ("the Member States", "the Baltic States", "the Partner Countries",
  "the candidate countries"), or one of them by the singular ("every Member State"): the state's word
  after everyday words, public places or
  nationalities, or kept names ("the EU member states").  Several states point at nobody; a
  private name among the words ("the Kowalski Nations") stays found.
- **A law, a treaty or a code by its name** ("the Road Traffic Act", "the Family Code",
  "the Directive on Payment Services", "Law no. 12"): capitalised common words, public places or
  kept names before the kind's word, or the kind with what it is on; its kind's word alone with
  its number after it or an article before it.  A law binds a whole country and nobody works at
  one; a firm's name ("Smith Agreement Ltd") or a person's ("Jude Law") stays found.
- **A policy or a paper by its name** ("the Energy Strategy", "the Coastal Guidelines", "the
  Road Safety Assessment", "the Rail Roadmap", "a Green Paper"): capitalised everyday words,
  public places or kept names before the word of a plan, a strategy or a document, none of
  them a surname or a given name.  Nobody works at a strategy; a firm's
  name ("Green Plan Ltd") or a private name before the kind ("the Kowalski Framework") stays
  found, and so does a programme or an initiative, which may be an employer.
- **Words that are no one's name** (:data:`ID_DOCUMENTS`, :data:`GREETINGS`,
  :data:`PRAYER_TIMES`, :data:`KINSHIP_WORDS`, :data:`AGROCHEMICALS`): the abbreviation of an
  identity document or number ("NIK", "QID", "PAN", "IBAN"; in capitals, or in small letters
  before "card" or "number"), a greeting or a prayer time of another language ("habari yako",
  "maghrib"), a kinship word said alone ("akka", "mzee", "dada") and a pesticide's name
  ("paraquat", "Gramoxone").  A word that the name lists know as a given name ("Isha", "Anna",
  "Lola") is left out: a person of that name must still be found.  A span with any other word
  ("Mzee Kamau") is a person's as before.
"""

from __future__ import annotations

import re
from typing import Protocol

from redactor.detect.acronyms import fold_term
from redactor.detect.caption_acronyms import (
    is_caption_acronym_as_org,
    is_caption_acronym_as_person,
    letters_expanded_after,
    letters_said_as_a_body,
)
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import fold_place, public_places
from redactor.model import Mention


class Filters(Protocol):
    """What this module asks of the run's filters (:class:`redactor.detect.filters.SpanFilters`, which
    imports this module)."""

    @property
    def body_acronyms(self) -> frozenset[str]: ...

    def is_public_place(self, text: str) -> bool: ...
    def is_public_body(self, text: str) -> bool: ...
    def is_public_body_as_person(self, span: str) -> bool: ...
    def is_public_university(self, text: str) -> bool: ...
    def is_kept_name(self, text: str) -> bool: ...
    @staticmethod
    def names_small_place(text: str) -> bool: ...


# Abbreviations of identity documents, tax, social-security and bank numbers of many countries
# (the national registries' own names for them; ICAO 9303 for the machine-readable zone):
# Indonesia, Morocco, Qatar, India, Nigeria, Pakistan, Sri Lanka, Bangladesh, Tanzania, the
# US, Canada, Singapore, Myanmar, Zambia, Spain, Chile, Mexico, Brazil, Poland, Croatia,
# Bulgaria, the Balkans, Greece, Turkey, Russia, Uzbekistan, the Philippines, the Netherlands,
# the UK, and bank and phone numbers.  The number is found by the identifiers and identity
# packs; its name alone points at nobody.
ID_DOCUMENTS = frozenset("""
NIK KTP NPWP NIP CIN CNI CNIE QID IBAN PIN PAN NIN BVN CNIC NICOP NIC NID NIDA TIN SSN ITIN
SIN NRIC NRC DNI NIE NIF RUT CURP RFC CPF CNPJ PESEL REGON OIB EGN JMBG EMBG AMKA AFM TCKN
SNILS PINFL UAN EPIC UMID BSN NINO UTR GSTIN IFSC BIC IMEI ICCID VIN UPI OTP CVV MRZ
""".split())
_DOCUMENT_WORD_AFTER = re.compile(r"[^\S\n]+(?:card|number|no\.?|num|code|slip|certificate)\b", re.IGNORECASE)

# Greetings and blessings said in transcripts of many languages (Arabic, Swahili, Hindi and
# Urdu, Punjabi, Tamil, Malay and Indonesian, Thai, Tagalog, Vietnamese), folded.
GREETINGS = frozenset("""
salam salaam salaams assalamu assalam alaikum alaykum aleikum walaikum wa inshallah insha allah
mashallah masha alhamdulillah bismillah subhanallah wallahi wallah habari yako zenu gani jambo
mambo shikamoo marahaba asante sana karibu kwaheri namaste namaskar namaskaram sat sri akal
vanakkam khuda hafiz selamat pagi siang malam datang tinggal jalan terima kasih sawasdee
sawatdee sawadee kha krub khrap kumusta mabuhay salamat po xin chao cam on
""".split())
# The five daily prayers and the Friday prayer, by their Arabic, Persian, Urdu and Malay names.
PRAYER_TIMES = frozenset("""
fajr subuh dhuhr zuhr zohr zuhur asr ashar maghrib magrib isya tahajjud jumma jummah jumuah
namaz salat salah sholat solat azan adhan
""".split())
# Kinship words used as a form of address or alone for a relative (Tamil, Hindi and Urdu,
# Bengali, Swahili, Tagalog, Turkish, Russian, Spanish), folded.  A word that is also a given
# name in the name lists ("anna", "nana", "lola") is not used: see :func:`_no_name_word`.
KINSHIP_WORDS = frozenset("""
akka annan anni thambi thangachi chithi chithappa periyappa periyamma paati thatha appa
dada dadi nani didi bhaiya bhai bhabhi behen chacha chachi mausi mami mamu bua phupho khala
khalu ammi abbu baji apa apu mzee bibi babu shangazi mjomba kaka yaya lolo kuya ate tita tito
manong manang inay itay nanay tatay abuela abuelo abuelita abuelito tia tio
amca teyze dayi abla abi babushka dedushka dyadya tyotya
""".split())
# Pesticides by their common names and best-known brands (WHO's "Recommended classification of
# pesticides by hazard", 2019, the hazardous ones farm workers name): chemicals, not people.
AGROCHEMICALS = frozenset("""
paraquat gramoxone glyphosate chlorpyrifos dursban lorsban mancozeb dithane carbofuran furadan
endosulfan thiodan malathion cypermethrin cyhalothrin imidacloprid confidor atrazine diquat
dichlorvos ddvp monocrotophos methamidophos profenofos acephate carbaryl abamectin fipronil
chlorothalonil aldicarb temik parathion phorate triazophos glufosinate dicamba ddt
""".split())
_NOT_NAME_WORDS = GREETINGS | PRAYER_TIMES | KINSHIP_WORDS | AGROCHEMICALS
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Everyday English words the model glues to such a word ("akka told me").
_EVERYDAY_ZIPF = 4.5

# A kept identity scheme or programme and the word of its document after it ("PhilSys ID",
# "Aadhaar card", "Fayda number").
_KEPT_AND_DOCUMENT = re.compile(r"(?:(?:the|my|your|his|her|our|their)\s+)?(?P<scheme>.+?)\s+"
                                r"(?:card|number|no\.?|id|identity\s+card|slip|registration)", re.IGNORECASE)
# The word of a national network after its public place ("Kenya Railways", "Ghana Water
# Company", "Uganda Airlines"), with the words of its legal form.
_NETWORK = re.compile(
    r"(?:the\s+)?(?P<place>.+?)\s+(?:national\s+)?(?:railways?|rail|railroad|power(?:\s+and\s+lighting)?|"
    r"electricity|water|ports|airways|airlines|broadcasting|postal\s+service|telecoms?|telecommunications|"
    r"pipeline)(?:\s+(?:company|corporation|corp\.?|board|authority|service|limited|ltd\.?|plc))?",
    re.IGNORECASE)
# A language service's words after a broadcaster ("BBC World Service", "RFI Afrique", "BBC Mundo").
_SERVICE_WORDS = frozenset("""
world service international english afrique africa mundo monde brasil news arabic farsi dari
pashto urdu hindi bangla pidgin igbo gahuza zhongwen espanol francais turkce
""".split())
# A university hospital by its place or its university ("Oslo University Hospital", "University
# Hospital of Wales", "Lagos University Teaching Hospital").
_UNIVERSITY_HOSPITAL = re.compile(
    r"(?:the\s+)?(?:(?P<before>.+?)\s+university\s+(?:teaching\s+)?hospitals?"
    r"|university\s+(?:teaching\s+)?hospitals?\s+(?:of\s+)?(?P<after>.+))", re.IGNORECASE)
# A public hospital by its tier and a region or a public city ("Copperbelt Provincial Hospital",
# "Kisumu Regional Referral Hospital"), and a university hospital centre by its acronym before a
# public city ("KBC Split", "CHU de Nantes", "UKC Ljubljana").
_TIER_HOSPITAL = re.compile(
    r"(?:the\s+)?(?P<place>.+?)\s+(?:(?:provincial|regional|county|national|state)\s+)+(?:referral\s+)?hospital"
    r"|(?:the\s+)?(?P<referral>.+?)\s+referral\s+hospital", re.IGNORECASE)
_HOSPITAL_ACRONYM = re.compile(r"(?:the\s+)?(?-i:KBC|UKC|CHU|CHRU|CHR|AKH)(?:\s+(?:de|du|of)\b)?\s+(?P<place>.+)", re.IGNORECASE)
# A union's acronym beside its union word ("the union, UATRE, sent", "UATRE, the rural workers'
# union", "the UATRE union", "the union UATRE"): capitals, full stops allowed ("C.CAWDU").
_ACRONYM_IN_TEXT = re.compile(r"(?<![\w.-])(?:[A-Z]{1,6}\.)*[A-Z]{3,8}(?:-[A-Z]{2,6})?(?![\w-])")
# ... and so is a regulator's, an inspectorate's, a ministry's or an ombudsman's beside that word
# ("did the regulator come, LATRA?", "the labour inspectorate, ITM, came"): a state body.
_UNION_WORD = (r"(?:(?:trade[^\S\n]+|labou?r[^\S\n]+|workers['’]?[^\S\n]+)?(?:unions?|federation|confederation|"
               r"sindicato|syndicat|sindikat|sindicatul|gewerkschaft)"
               r"|regulators?|regulatory[^\S\n]+(?:authority|body|agency|commission)|inspectorate|ministry|ombudsman"
               # round 23: a commission and a force as a whole ("the human rights commission, the
               # zhrkc", "the police, the kpsf"): a state body, known by its letters to millions
               r"|commission|police)")
_UNION_SOMEWHERE = re.compile(_UNION_WORD, re.IGNORECASE)
_UNION_BEFORE = re.compile(rf"\b{_UNION_WORD}(?:[^\S\n]+[a-z]+,)?[^\S\n]*(?:,|\(|called|named)?[^\S\n]*$", re.IGNORECASE)
_UNION_AFTER = re.compile(
    rf"[^\S\n]*(?:\)[^\S\n]*)?(?:,[^\S\n]*(?:the|a|our)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,3}})?{_UNION_WORD}\b", re.IGNORECASE)
# In a caption's small letters the acronym has no capitals to tell it: a word said in apposition
# right after "the union" ("the union, ftuwz, the branch", "the union the zcctu said") or, with its
# article, right before it ("we went to the ztuc the union office").  Not an everyday word ("the
# union, yes"), a given name of the lists ("the union, maria, ..."), nor a word after a role
# ("the union rep, thabo": the apposition is then the rep's).
_LOWER_IN_TEXT = re.compile(r"(?<![\w'’.-])[a-z]{2,12}(?![\w'’-])")
_LOWER_UNION_BEFORE = re.compile(
    rf"\b(?:the|our|my|their|a)[^\S\n]+{_UNION_WORD}(?P<comma>[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?|[^\S\n]+the[^\S\n]+)$")
# In apposition after a comma a person's name may stand too ("i told the union, chipo, ..."): only
# a word shaped like letters said one by one is the body's there - three letters at most, no
# vowel, or two consonants to start that begin no syllable of the languages ("ftuwz", "ztuc").
_SYLLABLE_ONSETS = frozenset("""
bl br ch cl cr dr dz fl fr gl gr gw kh kl kr kw mb nd ng nj nk ny ph pl pr ps sc sh sk sl sm sn sp st sv sw th tr ts tw
vl vr wh wr zh zw
""".split())
_VOWELS = frozenset("aeiouy")
_LOWER_UNION_AFTER = re.compile(rf"(?:[^\S\n]*,)?[^\S\n]+the[^\S\n]+(?:[a-z'’-]+[^\S\n]+){{0,3}}{_UNION_WORD}\b")
# Round 23: without its article, the word is the body's only in an apposition that ends with the
# body's word ("and kpsu, the police unit, came"; "anna, the union rep, came" is a person's).
_LOWER_UNION_APPOSED = re.compile(
    rf"[^\S\n]*,[^\S\n]+the[^\S\n]+(?:[a-z'’-]+[^\S\n]+){{0,3}}{_UNION_WORD}(?:[^\S\n]+(?:unit|office))?[^\S\n]*(?:[,.;:!?]|$)")
_ARTICLE_BEFORE = re.compile(r"\bthe[^\S\n]+$")
# An English word this common is the sentence's word, not a body's name.
_UNION_NAME_MAX_ZIPF = 3.0
# A national day by a country, a region or a people ("Uzbekistan Day", "Kenya Day") or by one
# rare name, a founder's ("Kenyatta Day": a given name in one country's list at most; "Doris Day"
# and "Anna Day" are people).  A day of a holiday's own words ("Independence Day") is read by
# ``filters._in_named_day``.
_NATIONAL_DAY = re.compile(r"(?:the\s+)?(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+Day")
_RARE_NAME_LOCALES = 1
# The article a body's name starts with in French, Spanish, Portuguese and Italian.
ROMANCE_ARTICLE = re.compile(r"^(?:(?:le|la|les|el|los|las|lo|il|o|os|a|as)\s+|l['’]\s*)(?=\w)", re.IGNORECASE)
_ACRONYM_WORD_ZIPF = 4.0

# A group of states by the plural of a state's word ("the Member States", "the Baltic States",
# "the Partner Countries"), after up to three words that say which; or one of them by the
# singular after everyday words ("every Member State", "each Partner Country"): a country.
_STATES_GROUP = re.compile(r"(?:the\s+)?(?P<which>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+"
                           r"(?:states?|countr(?:y|ies)|nations?|republics?)", re.IGNORECASE)

# A policy's or a paper's name: words before the word of a plan, a strategy or a document.
_POLICY = re.compile(r"(?:(?i:the|a|an)\s+)?(?P<which>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5})\s+"
                     r"(?:Strateg(?:y|ies)|Plans?|Frameworks?|Mechanisms?|Guidelines|Guide|Papers?|Assessments?|"
                     r"Mandates?|Agenda|Scoreboard|Package|Pact|Roadmap)")
# A law's, a treaty's or a code's name: words before the word of its kind ("the Road Traffic
# Act", "the Family Code", "the Waste Shipment Regulation"), or its kind with what it is on ("the
# Directive on Payment Services", "the Convention on Migrant Fishers"), a year before or after it.
# Laws are public: nobody works at one, and the same law binds a whole country.
_LEGAL_KIND = re.compile(r"(?:(?i:the)\s+)?(?:(?:1[89]|20)\d\d\s+)?(?:Acts?|Laws?|Codes?|Regulations?|Directives?|Treat(?:y|ies)|"
                         r"Conventions?|Agreements?|Protocols?|Decrees?|Ordinances?|Statutes?|Charter|Constitution)")
_LEGAL_TEXT = re.compile(
    rf"(?:(?P<which>(?:(?i:the)\s+)?(?:(?:1[89]|20)\d\d\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,5}})\s+)?{_LEGAL_KIND.pattern}"
    r"(?:\s+(?:on|of|for|concerning)\s+(?P<about>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,7}))?"
    r"(?:,?\s+(?:of\s+)?(?:1[89]|20)\d\d)?")
# A translation or an acronym in brackets after a name ("... Act (Versammlungsgesetz)").
_TRANSLATION = re.compile(r"\s*\([^()\n]*\)$")
_POSSESSIVE_END = re.compile(r"['’]s$")
# A law's number after its kind's word ("Law no. 3713", "Act No 12", "Decree number 5").
_LEGAL_NUMBER_AFTER = re.compile(r"[^\S\n]+(?:nos?\.?|numbers?)[^\S\n]*\d", re.IGNORECASE)
# A determiner before a kind's word alone: "the Act", "that Law", "this Code".
_ARTICLE_BEFORE_KIND = re.compile(r"\b(?:the|that|this|said)[^\S\n]+$", re.IGNORECASE)

# The words that join a policy's name ("Sea to Shore", "Crime and Security").
_POLICY_JOINS = frozenset({"and", "of", "for", "on", "to", "the", "in"})
# A word of a policy's name is this common in English (or a public place, a nationality or a kept name).
_POLICY_WORD_ZIPF = 3.5

# A monarch's or a pope's name by its regnal form ("Felipe VI", "King Abdullah II", "Pope Leo
# XIV", "Mohammed the Sixth", "Juan Pablo II"): a name and a regnal number, with a title or
# without.  The number is in capitals (a caption's "i" and "v" are words) and from II up; "I"
# only after a title ("King Juan Carlos I", not "Juan Carlos I think").
_REGNAL_TITLE = (r"king|queen|pope|sultan|emperor|empress|emir|amir|tsar|czar|shah|prince|princess|"
                 r"grand\s+duke|rey|reina|roi|reine|papa|kaiser|k[oö]nig|koning|koningin|negus")
_REGNAL_ORDINALS = ("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_REGNAL = re.compile(
    rf"(?:(?:the[^\S\n]+)?(?P<title>{_REGNAL_TITLE})[^\S\n]+)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?)[^\S\n]+"
    rf"(?:(?-i:(?P<roman>X{{0,2}}(?:IX|IV|VI{{0,3}}|I{{1,3}})|X{{1,2}}))|the[^\S\n]+(?:{'|'.join(_REGNAL_ORDINALS)}))",
    re.IGNORECASE)
# The regnal number right after a span that the model cut before it ("Felipe" + " VI").
_REGNAL_AFTER = re.compile(r"[^\S\n]+(?:(?-i:X{0,2}(?:IX|IV|VI{0,3}|II{1,2})|X{1,2})|the[^\S\n]+[a-z]+th|the[^\S\n]+(?:second|third))\b",
                           re.IGNORECASE)


def _given_name(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.first


def _no_name_word(word: str) -> bool:
    """A word of the lists above that no name list knows as a given name."""
    return word in _NOT_NAME_WORDS and not _given_name(word)


def is_no_name(text: str, m: Mention) -> bool:
    """The span is an identity document's abbreviation, or only words of the lists above (one
    of them no given name: "habari yako") and everyday English words that are no given name
    ("akka told"); not "mzee said", where "Said" is a given name after an honorific."""
    span = re.sub(r"^(?:the|my|your|his|her|our|their)\s+", "", m.text.strip(), flags=re.IGNORECASE)
    span = re.sub(r"['’]s?$", "", span)
    if span.upper() in ID_DOCUMENTS and (span.isupper() or _DOCUMENT_WORD_AFTER.match(text, m.end)):
        return True
    words = [fold_place(w) for w in _WORD.findall(span)]
    return any(map(_no_name_word, words)) and all(
        w in _NOT_NAME_WORDS or (zipf_frequency(w, "en") >= _EVERYDAY_ZIPF and not _given_name(w)) for w in words)


def is_national_network(filters: Filters, span: str) -> bool:
    """A railway, utility or carrier named by a public place ("Kenya Railways", "Indian
    Railways"); not one of a small town, and not a depot or a station of one."""
    found = _NETWORK.fullmatch(span.strip())
    if found is None or filters.names_small_place(found["place"]):
        return False
    place = found["place"]
    return filters.is_public_place(place) and not filters.is_public_body(place) and \
        re.search(r"\b(?:depot|station|yard|workshop|office|branch)\b", place, re.IGNORECASE) is None


_WORDS_BEFORE = (re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\S\n]+$"),
                 re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\S\n]+[^\W\d_][\w'’-]*[^\S\n]+$"))


def in_national_network(filters: Filters, text: str, m: Mention) -> bool:
    """The span is such a network's name, or its end whose place the model left out
    ("Railways" of "Indian Railways")."""
    spans = [m.text] + [text[before.start():m.end] for words in _WORDS_BEFORE
                        if (before := words.search(text, max(0, m.start - 40), m.start)) is not None]
    return any(is_national_network(filters, span) and not (
        # "Chad Power" the model took for a person may be one
        m.entity_type == "PERSON" and _given_name(fold_place(_WORD.findall(re.sub(r"^the\s+", "", span, flags=re.IGNORECASE))[0])))
        for span in spans)


def is_language_service(filters: Filters, span: str) -> bool:
    """A kept outlet and its language service ("BBC Persian", "VOA Hausa", "RFI Afrique"); not
    a kept word that is also a given name ("Jordan English" may be a person)."""

    words = _WORD.findall(span)
    for n in range(1, min(3, len(words))):
        head, rest = " ".join(words[:n]), [fold_place(w) for w in words[n:]]
        if filters.is_kept_name(head) and not (n == 1 and _given_name(fold_place(head))) and all(
                w in _SERVICE_WORDS or public_places().get(w, ("",))[0] == "demonym" for w in rest):
            return True
    return False


def is_university_hospital(filters: Filters, span: str) -> bool:
    """A university hospital of a public place or of a public university."""
    found = _UNIVERSITY_HOSPITAL.fullmatch(span.strip())
    if found is None:
        return False
    name = (found["before"] or found["after"]).strip()
    if filters.names_small_place(name):
        return False
    return filters.is_public_place(name) or filters.is_public_university(f"{name} University")


def is_public_hospital(filters: Filters, span: str) -> bool:
    """A region's or a public city's hospital by its tier, or a university hospital centre by
    its acronym and a public city (see above); a small town's stays found."""
    found = _TIER_HOSPITAL.fullmatch(span.strip()) or _HOSPITAL_ACRONYM.fullmatch(span.strip())
    if found is None:
        return False
    name = ROMANCE_ARTICLE.sub("", next(g for g in found.groups() if g).strip())
    return not filters.names_small_place(name) and (filters.is_public_place(name) or fold_place(name) in public_places())


def union_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` says beside a union word (see above), folded: a union known by
    an acronym is a national one, its members one of thousands, so the acronym is public in the
    whole file (``acronyms.is_defined_public`` reads them with the file's definitions)."""
    if not _UNION_SOMEWHERE.search(text):
        return frozenset()
    return frozenset(fold_term(m.group()) for m in _ACRONYM_IN_TEXT.finditer(text)
                     if _UNION_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
                     or _UNION_AFTER.match(text, m.end()) is not None) | _lower_union_names(text)


def _lower_union_names(text: str) -> frozenset[str]:
    """A caption's union or state body named in small letters beside its word (see above)."""
    if not text.islower() and sum(c.isupper() for c in text) * 50 > sum(c.isalpha() for c in text):
        return frozenset()  # written text: its acronyms are in capitals
    found = set()
    for m in _LOWER_IN_TEXT.finditer(text):
        word = m.group()
        if zipf_frequency(word, "en") >= _UNION_NAME_MAX_ZIPF or _is_given_name(word) or \
                re.fullmatch(_UNION_WORD, word) is not None:
            continue
        before = _LOWER_UNION_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # after a comma a person may be named ("the union, chipo,"), not after "the" ("the union, the kfwu")
        if (before is not None and ("," not in before["comma"] or before["comma"].rstrip().endswith("the")
                                    or _letters_shaped(word))) or (
                _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()) is not None
                and _LOWER_UNION_AFTER.match(text, m.end()) is not None) or \
                _LOWER_UNION_APPOSED.match(text, m.end()) is not None:
            found.add(word)
    return frozenset(found)


def _letters_shaped(word: str) -> bool:
    """A lower-case word shaped like an acronym said as a word (see :data:`_SYLLABLE_ONSETS`)."""
    return len(word) <= 3 or not set(word) & _VOWELS or (
        word[0] not in _VOWELS and word[1] not in _VOWELS and word[:2] not in _SYLLABLE_ONSETS)


def _is_given_name(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.first


def is_national_day(filters: Filters, span: str) -> bool:
    """A national day by a public place or a founder's rare name (see above)."""
    found = _NATIONAL_DAY.fullmatch(span.strip())
    if found is None:
        return False
    name = found["name"]
    if filters.is_public_place(name):
        return True
    info = default_gazetteer().get(name.lower())
    return " " not in name and name[0].isupper() and not _everyday_word(name) and (
        info is None or not info.first or info.locales <= _RARE_NAME_LOCALES)


def is_body_after_article(filters: Filters, span: str) -> bool:
    """A public body's name after a Romance article ("le ministère de l'Intérieur")."""
    article = ROMANCE_ARTICLE.match(span.strip())
    return article is not None and filters.is_public_body_as_person(span.strip()[article.end():])


def is_caption_acronym(filters: Filters, text: str, m: Mention, private_before: bool) -> bool:
    """A listed body's acronym written in small letters in a caption ("fifa built it"), or
    said letter by letter (:func:`is_spelled_acronym`)."""
    span = re.sub(r"^the\s+", "", re.sub(r"['’]s?$", "", m.text.strip()), flags=re.IGNORECASE)
    if private_before:
        return False
    if is_spelled_acronym(filters, text, m):
        return True
    if not span.islower() or span.upper() not in filters.body_acronyms:
        return False
    info = default_gazetteer().get(span)
    return info is None or not info.first or zipf_frequency(span, "en") >= _ACRONYM_WORD_ZIPF


# Letters said one by one in a caption ("the o s h a lady", "nobody told the h s e", "from the u
# k"), and the single letters said right before or after the span the model took of them.
_SPELLED = re.compile(r"(?:[a-z][^\S\n]){1,7}[a-z]")
_LETTER_BEFORE = re.compile(r"(?<![\w'’-])[a-z][^\S\n]$")
_LETTER_AFTER = re.compile(r"[^\S\n][a-z](?![\w'’-])")
# So many letters at most spell a kept name that is no acronym of the packs ("u k"): a longer
# word spelled out is a name or an address being spelled ("j o r d a n").
_SPELLED_KEPT_MAX = 3
# A word this common in English, taken by the model after the letters' sentence, is no name ("can i").
_RUN_ON_WORD_ZIPF = 5.0


def is_spelled_acronym(filters: Filters, text: str, m: Mention) -> bool:
    """Letters said one by one in a caption that spell a listed body's acronym (the packs'
    ``keep_acronyms``: "the o s h a lady", "nobody told the h s e") or a short kept name ("from
    the u k"): one letter at a time is how a caption writes an acronym said aloud, and nobody's
    name is said so but when it is being spelled, which no list's acronym is.  Letters the model
    cut short ("o s h" of "o s h a") are read with the letters said right before and after.  Any
    letters said before the words they stand for ("c h c c, the commonwealth health center":
    :func:`~redactor.detect.caption_acronyms.letters_expanded_after`), or said where the words
    around them say a body (:func:`~redactor.detect.caption_acronyms.letters_said_as_a_body`:
    "i wrote to the f f c c"), are a body's too."""
    span = re.sub(r"^the[^\S\n]+", "", m.text.strip(), flags=re.IGNORECASE)
    # the model runs on over a sentence's or a cue's end ("the h s e. / can i"): what it took
    # after that must be everyday words, which go with the letters
    span, *rest = re.split(r"(?<=[.!?])\s+", span, maxsplit=1)
    if rest and not all(_run_on_word(w) for w in _WORD.findall(rest[0])):
        return False
    span = re.sub(r"[\W\d_]+$", "", span)
    if _SPELLED.fullmatch(span) is None:
        return False
    start, end = m.start + m.text.index(span), m.start + m.text.index(span) + len(span)
    while (before := _LETTER_BEFORE.search(text, max(0, start - 2), start)) is not None:
        start = before.start()
    while (after := _LETTER_AFTER.match(text, end)) is not None:
        end = after.end()
    letters = re.sub(r"\s+", "", text[start:end])
    if not 2 <= len(letters) <= 8:
        return False
    return letters.upper() in filters.body_acronyms or (len(letters) <= _SPELLED_KEPT_MAX and filters.is_kept_name(letters)) or \
        letters_expanded_after(text, end, letters) or \
        letters_said_as_a_body(text, start, end, letters)  # round 44: "i took it to z a e c a", "the o d c o never came"


def _run_on_word(word: str) -> bool:
    """An everyday English word of :data:`_RUN_ON_WORD_ZIPF` that no name list knows as mainly
    a name ("can", "i"; not "John")."""
    info = default_gazetteer().get(word.lower())
    return zipf_frequency(word.lower(), "en") >= _RUN_ON_WORD_ZIPF and (info is None or info.is_word)


def _mainly_surname(word: str) -> bool:
    """A word the name lists know mostly as a surname ("Smith" of "John Smith III")."""
    info = default_gazetteer().get(fold_place(word))
    return info is not None and info.last and (not info.first or info.last_locales > info.first_locales)


def _everyday_word(word: str) -> bool:
    """An everyday English word that is no given name ("Phase", "Grade", "Block")."""
    return zipf_frequency(word.lower(), "en") >= _ACRONYM_WORD_ZIPF and not _given_name(fold_place(word))


# A saint's day by the saint's name in a date's words ("On San Juan we burn old things", "the
# night of San Juan", "Fiesta de San Juan", "Santo António night"): the saint's word and a given
# name, with a date's preposition or a feast's word before it or a feast's word after it.  The
# same name after "in", "at" or "to" is a place ("I lived in San Juan"), and one with a surname
# or a building after it is a person or a place ("San Juan Kowalski", "Santa Maria hospital").
_SAINT = re.compile(r"(?:de[l]?\s+|do\s+|da\s+|of\s+)?(?P<saint>san|sant|santo|santa|s[aã]o|saint|sainte|st\.?|"
                    r"sankt|sveti|sv\.?|[sś]wi[eę]t(?:y|ego|ej|a))\s+(?P<name>[^\W\d_][\w'’-]*)", re.IGNORECASE)
_FEAST_WORDS = (r"day|night|eve|feast|fiestas?|festas?|f[eê]tes?|festivals?|festivities|celebrations?|noche|"
                r"d[ií]a|v[ií]spera|holiday|holidays|weekend|parade|procession|bonfires?")
_FEAST_BEFORE = re.compile(
    rf"(?:(?:^|[.!?,;:]\s*|\b(?:home|back|off|leave)\s+)for|\b(?:on|during|before|after|until|till|since|around|over)|"
    rf"\b(?:{_FEAST_WORDS})(?:\s+(?:of|de|do|da|del))?)\s+(?:the\s+)?$", re.IGNORECASE)
_FEAST_AFTER = re.compile(rf"\s+(?:{_FEAST_WORDS})\b", re.IGNORECASE)


def is_saints_day(text: str, m: Mention) -> bool:
    """A saint's day named by the saint in a date's words (see :data:`_SAINT`)."""
    found = _SAINT.fullmatch(m.text.strip())
    if found is None or not _given_name(fold_place(found["name"])):
        return False
    start = m.start + found.start("saint")
    if _FEAST_AFTER.match(text, m.end):
        return True
    before = text[max(0, start - 40):start]
    after = re.match(r"\s+(?P<word>[^\W\d_][\w'’-]*)", text[m.end:m.end + 40])
    return _FEAST_BEFORE.search(before) is not None and (after is None or not after["word"][:1].isupper())


# Round 43: a public service's short number said as a number with its hotline's word ("the 1955
# hotline", "the 12345 hotline", "the helpline 1919", "hotline number 1098"): a national line
# that millions call, no one's own number; a longer number is a person's or an office's phone
# and stays found, and so does a short one without the word (a room, a badge, a year).
_HOTLINE_WORD = r"hot[^\S\n]?line|help[^\S\n]?line|tip[^\S\n]?line"
_SHORT_NUMBER = re.compile(rf"(?:the[^\S\n]+)?(?P<number>\d{{3,5}})(?:[^\S\n]+(?:{_HOTLINE_WORD}))?", re.IGNORECASE)
_HOTLINE_AFTER = re.compile(rf"[^\S\n]+(?:{_HOTLINE_WORD})\b", re.IGNORECASE)
_HOTLINE_BEFORE = re.compile(rf"\b(?:{_HOTLINE_WORD})(?:[^\S\n]+(?:number|no\.?))?[^\S\n]*[,:]?[^\S\n]*$", re.IGNORECASE)


def is_public_hotline(text: str, m: Mention) -> bool:
    """A public service's short number by its hotline's word (see :data:`_SHORT_NUMBER`)."""
    found = _SHORT_NUMBER.fullmatch(m.text.strip())
    if found is None:
        return False
    if found.group().lower().rstrip().endswith("line") or _HOTLINE_AFTER.match(text, m.end):
        return True
    return _HOTLINE_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


def is_kept_document(filters: Filters, span: str) -> bool:
    """A kept scheme's name and its document's word ("PhilSys ID", "Ghana Card number")."""
    found = _KEPT_AND_DOCUMENT.fullmatch(span.strip())
    return found is not None and filters.is_kept_name(found["scheme"])


def is_regnal_name(text: str, m: Mention) -> bool:
    """A monarch's or a pope's name with its regnal number, the number in the span or right
    after it; without a title only given names or names no list knows ("Felipe VI", "Mswati
    III"), not a surname ("John Smith III") or an everyday word ("Phase II")."""
    after = _REGNAL_AFTER.match(text, m.end)
    span = re.sub(r"['’]s$", "", m.text.strip()) + (after.group() if after is not None else "")
    found = _REGNAL.fullmatch(span)
    if found is None or (found["roman"] == "I" and not found["title"]):
        return False
    words = _WORD.findall(found["name"])
    return bool(found["title"]) or not any(_mainly_surname(w) or _everyday_word(w) for w in words)


def is_group_of_states(filters: Filters, span: str) -> bool:
    """Several states named by the plural of a state's word, or one by the singular (see
    :data:`_STATES_GROUP`): each word before it an everyday word that is no given name, a public place or nationality, or
    a kept name ("EU")."""
    found = _STATES_GROUP.fullmatch(span.strip())
    return found is not None and all(
        _everyday_word(w) or filters.is_public_place(w) or filters.is_kept_name(w) for w in _WORD.findall(found["which"]))


def is_policy_name(filters: Filters, span: str) -> bool:
    """A policy or a paper named by capitalised words and its kind (see :data:`_POLICY`)."""
    found = _POLICY.fullmatch(span.strip())
    return found is not None and _public_name_words(filters, found["which"])


def _public_name_words(filters: Filters, which: str) -> bool:
    """Whether ``which`` are capitalised words of a public text's name: each (but the joining
    words) common in English and no name, a public place or a kept name."""
    words = [w for w in _WORD.findall(which) if w.lower() not in _POLICY_JOINS]
    return bool(words) and all(w[:1].isupper() for w in words) and all(
        (zipf_frequency(w.lower(), "en") >= _POLICY_WORD_ZIPF and not _given_name(fold_place(w))
         and not _mainly_surname(w)) or filters.is_public_place(w) or filters.is_kept_name(w) for w in words)


def is_legal_text(filters: Filters, text: str, m: Mention) -> bool:
    """A law, a treaty or a code by its name (see :data:`_LEGAL_TEXT`), or its kind's word alone
    where it is a text: with its number after it or an article before it ("Law no. 12", "the
    Act")."""
    span = _TRANSLATION.sub("", _POSSESSIVE_END.sub("", m.text.strip()))
    if _LEGAL_KIND.fullmatch(span):
        return _LEGAL_NUMBER_AFTER.match(text, m.end) is not None or \
            _ARTICLE_BEFORE_KIND.search(text, max(0, m.start - 8), m.start) is not None
    found = _LEGAL_TEXT.fullmatch(span)
    if found is None:
        return False
    words = [w for w in _WORD.findall(f"{found['which'] or ''} {found['about'] or ''}")
             if w.lower() not in _POLICY_JOINS]
    # A person's name may end in a kind's word ("Jude Law"): as a person's span, two words or
    # more before the kind, not all given names, or what the text is on.
    if m.entity_type == "PERSON" and not found["about"] and (len(words) < 2 or all(_given_name(fold_place(w)) for w in words)):
        return False
    # Unlike a policy's, a law's words may be names too ("General", "Young"): after them comes
    # the kind's word, which ends no firm's and no place's name.
    return bool(words) and all(w[:1].isupper() for w in words) and all(
        zipf_frequency(w.lower(), "en") >= _POLICY_WORD_ZIPF or filters.is_public_place(w) or filters.is_kept_name(w)
        for w in words)


# What is done on a platform, said right before "on" and its name ("the reviews on TripAdvisor",
# "they sell also on taobao and douyin", "it's listed on Etsy", "I posted it on Weibo"), the
# name before it in a list of two perhaps ("on taobao and" + "douyin"), a caption's line break
# perhaps before the name.
_PLATFORM_USE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:reviews?|ratings?|listings?|listed|posted|sell|sells|selling|sold|advertised|advertises|"
    r"ordered|orders|streams?|streaming|streamed)(?:[^\S\n]+(?:it|them|this|that|also|only|too|everything|mostly|now))*"
    r"[^\S\n]+on(?:[^\S\n]+(?:[^\W\d_][\w.'’-]*[^\S\n]*(?:,|[^\S\n]and|[^\S\n]or))?)?[^\S\n]*\n?[^\S\n]*$",
    re.IGNORECASE)

# A place of sale or a page named after the name: a market's or a person's, not a platform ("sold
# on Kowalski market", "posted on Anna page").
_PLACE_OF_SALE_AFTER = re.compile(r"[^\S\n]+(?:market|stall|shop|store|page|account|channel|group)s?\b", re.IGNORECASE)


def is_platform_by_use(text: str, m: Mention) -> bool:
    """A platform named by what is done on it, said right before it ("the reviews on
    TripAdvisor", "they sell also on taobao and douyin", "the flat is listed on Idealista"): a
    site of millions of users, whose name points at nobody.  One word that no name list knows as
    a person's ("the reviews on Marta were bad" is about her), and not one with a possessive or
    a market or a page after it ("posted on Anna's page", "sold on Kowalski market"); a firm's name
    of two words ("the ratings on Zorvik Traders") stays found."""
    span = m.text.strip()
    if m.entity_type not in {"ORGANIZATION", "PERSON"} or not _WORD.fullmatch(span.replace(".", "")) or \
            text[m.end:m.end + 1] in ("'", "’") or _PLACE_OF_SALE_AFTER.match(text, m.end):
        return False
    info = default_gazetteer().get(span.lower())
    if info is not None and (info.first or info.last):
        return False
    return _PLATFORM_USE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def _public_by_its_name(filters: Filters, span: str) -> bool:
    """A name public by its own words, whatever is said around it (see the module)."""
    return is_body_after_article(filters, span) or is_language_service(filters, span) or \
        is_university_hospital(filters, span) or is_public_hospital(filters, span) or \
        is_national_day(filters, span) or is_kept_document(filters, span)


def is_public_by_kind(filters: Filters, text: str, m: Mention, private_before: bool) -> bool:
    """A name the model guessed that is public by its kind or no name at all (see the module)."""
    if m.entity_type == "PERSON" and private_before:
        return False
    span = m.text
    return is_no_name(text, m) or is_caption_acronym(filters, text, m, private_before) or is_platform_by_use(text, m) or \
        is_caption_acronym_as_person(text, m) or is_caption_acronym_as_org(text, m) or \
        in_national_network(filters, text, m) or _public_by_its_name(filters, span) or is_saints_day(text, m) or \
        (m.entity_type == "PERSON" and is_regnal_name(text, m)) or is_legal_text(filters, text, m) or \
        (m.entity_type != "PERSON" and (is_group_of_states(filters, span) or is_policy_name(filters, span)))

"""The parts an address has around its street, joined to the address a rule found.

A street rule finds "Calle Hidalgo 45" or "23 Mabini Street"; the flat, floor, block, entrance,
neighbourhood, postcode and town said with it identify just as much and must go with it:
"Calle Hidalgo 45, colonia Las Flores, C.P. 58000", "prospekt mira twenty building two apartment
eighty", "Unit 4B, Block 7, Lot 12, Barangay San Isidro", "flat three, 22 Bridge Street", a
street said with its type first before the house ("strada morilor number nine block c"), a
postcode and its town ("Odos Ermou 22, 681 00 Alexandroupoli"), a floor and side ("Rua do Sol
14, 3.º Direito"), a settlement ("Asentamiento Humano Villa Sol, Manzana B, Lote 9").
``extend_addresses`` grows each ADDRESS span over such parts on either side (typed or said in
words, any case), over a capitalised town that ends the clause after a comma (a public one
too: an address is one unit, "14 Mill Lane, Manchester"), and over a postcode in digits alone
after a comma at its end ("Unit 12, Sunbird
Court, 17 Jan Smuts Avenue, Parktown North, 2193").  Only the span changes: a part alone ("the third floor", "block C") is not made
an address here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import LazyRegex
from redactor.lexicon.dates import MONTH_PATTERN
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import ROMANCE_SPOKEN_NUMBER, SPOKEN_NUMBER
from redactor.model import Mention

_SP = r"[^\S\n]"
# What follows a part's word: "4B", "12/3", "twenty two", "IV", "C", and in lower-case captions
# "flat b", "block c", "flat three b" (not "a" or "i", which are words: "the flat a friend had").
_VALUE = (rf"(?:\d{{1,5}}[a-z]?(?:[/-]\d{{1,4}}[a-z]?)?(?![\w-]|/(?-i:[a-z\d]))"
          rf"|{SPOKEN_NUMBER}(?:{_SP}+(?-i:[A-Z]|[b-hj-z])(?![\w'’-]))?"
          # a lettered sector and its number (Islamabad): "sector G-9/1", "F-7/2"
          r"|(?-i:[A-Z])-\d{1,2}(?:/\d{1,2})?(?![\w/-])"
          r"|(?-i:[IVX]{1,4}|[A-Z]|(?<=\s)[b-hj-z])(?![\w'’-]))")
# A flat, floor, building, plot... word that takes a number: many countries' forms.
_UNIT = (r"(?:flat|apartment|apt\.?|apartamento|apto\.?|departamento|depto\.?|dept\.?|unit|suite"
         r"|room|interior|int\.|piso|andar|kv\.?|kvartira|kvartyra|kvartiry|lokal|lok\.?"
         r"|building|bldg\.?|block|blk\.?|bloco|bloque|tower|torre|entrance|podyezd|podezd|pod\."
         r"|korpus|korp\.|stroenie|house|h\.?" + _SP + r"?no\.?|lot|lote|plot|phase|sector|gali"
         r"|lane|daire|kat|door|puerta|escalera|esc\.|staircase|stairwell|stair|level|etazh"
         r"|floor|wohnung|whg\.|stiege|manzana|mz\.|quadra|qd\.|casa|ngõ|ngách|hẻm"
         r"|district|ward|zone|phường|quận|phuong|quan|dom|km\.?|kilometre|kilometer|kilómetro|rt|rw|kebele"
         r"|woreda|purok|sitio|compound|barangay|brgy\.?"
         # Serbo-Croatian flat, floor and entrance; Persian alley and house plate; Indonesian lane
         r"|stan|sprat|ulaz|alley|kucheh|koocheh|kuche|pelak|gang|gg\.|rt\.|rw\."
         # a numbered street or road (South Asia, the Gulf, North Africa: "house 14, street 9",
         # "road seven", "rue seven"), a Peruvian block and lot ("manzana b lote nueve", "Mz. B Lt. 9")
         r"|street|st\.|road|rd\.|rue|lt\.)")
_NUMBER_MARK = rf"(?:(?:no\.?|n[º°o]\.?|nr\.?|number|num\.?|\#|:){_SP}*)?"
# A house, lot or flat number said in words in a Romance language, after that language's word:
# "casa quarenta e dois", "lote quince", "casa número doze", "appartement vingt-trois".
_ROMANCE_PART = (r"(?:casa|lote|lt\.|piso|andar|apto\.?|apartamento|departamento|depto\.?|manzana|mz\.|quadra"
                 r"|qd\.|bloco|bloque|puerta|interior|torre|appartement|bâtiment|porta|scala|interno)"
                 rf"{_SP}*(?:(?:n[úu]mero|numéro|numero|n[º°o]\.?){_SP}*)?{ROMANCE_SPOKEN_NUMBER}")
# A Nordic, Finnish or Polish flat after the house number: the staircase letter and the flat
# ("Karjalankatu 8 C 14", "Hämeenkatu 5 B", "Storgatan 12 B,"), the Swedish floor ("4 tr",
# "2 trappor"), the Danish floor and side ("3. th.", "st. tv.", "2. sal"), the flat's own word
# ("lgh 1102", "as. 5", "m. 5", "lok. 12").  A letter alone ends the clause ("8 A man came" has none).
_NORDIC_FLAT = (rf"(?<=\d{_SP}+)(?-i:(?:[A-HJ-Z]|A(?={_SP}*\d)))(?:{_SP}*\d{{1,3}}(?![\w'’-])|(?={_SP}*(?:[,;)\n]|[.!?](?!\w)|$)))"
                rf"|\d{{1,2}}{_SP}*(?:tr|trappor|trappa|tr\.)(?![\w'’-])"
                rf"|(?:\d{{1,2}}\.|st\.|kl\.|stuen){_SP}*(?:th|tv|mf|sal)\.?(?![\w'’-])"
                rf"|(?:lgh\.?|as\.|m\.|lok\.){_SP}*\d{{1,4}}(?![\w-])")
_FLOOR = (rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.|º|ª)|first|second|third|fourth|fifth|sixth|seventh"
          rf"|eighth|ninth|tenth|eleventh|twelfth|ground|top){_SP}*(?:floor|fl\.|og|etage|étage"
          rf"|stock|piso|andar|etazh)(?![\w'’-])"
          # Portuguese and Spanish floor and side: "3.º Direito", "3º Izquierda", "2.º Esq.", "1ª B",
          # "4º andar", "r/c Dto."
          rf"|(?:\d{{1,2}}\.?{_SP}?[º°ª](?:{_SP}*(?:andar|piso|planta))?|r/c|rés-do-chão)"
          rf"(?:{_SP}*(?:direito|direita|esquerdo|esquerda|dto\.?|esq\.?|izquierda|izq(?:da)?\.?|derecha"
          rf"|dcha\.?|centro|frente|(?-i:[A-H]))(?![\w'’-]))?")
# A neighbourhood word and its name: "colonia Las Flores", "barangay san isidro", "Brgy. Poblacion".
_AREA = (r"(?:colonia|col\.|barrio|bairro|mahallesi|mah\.|mahalle|barangay|brgy\.?|kelurahan|kel\.|kec\."
         r"|kecamatan|purok|sitio|mikrorayon|microdistrict|mkr\.|fraccionamiento|fracc\.|jardim"
         r"|quartier|residencial|urbanización|urb\.|commune|cellule|localité"
         # a South Asian neighbourhood; a Peruvian settlement ("Asentamiento Humano Villa Sol",
         # "A.H. Los Olivos", "Pueblo Joven San Martín")
         r"|mohalla|mohallah|muhalla|mahalla|basti|asentamiento[^\S\n]+humano|a\.[^\S\n]?h\.|pueblo[^\S\n]+joven"
         r"|p\.[^\S\n]?j\.|asociación[^\S\n]+de[^\S\n]+vivienda"
         # a Bulgarian housing estate, every city's flats: "zhilishten kompleks Mladost", "zh.k. Lyulin"
         r"|zhilishten[^\S\n]+kompleks|zh\.[^\S\n]?k\.)")
_STOP = (r"(?:the|a|an|and|or|but|so|in|on|at|to|from|of|for|with|by|near|next|is|was|were|are"
         r"|it|i|he|she|we|they|you|my|his|her|our|their|this|that|there|here|then|when|where"
         r"|which|um|uh|like|just|yeah|okay|because|after|before|since|now|who|with"
         # a contraction that starts a clause: "It's Lane 3, ..." names no street "It's Lane"
         r"|(?:it|that|there|here|he|she|what|where)['’]s|i['’]m|we['’]re|they['’]re|you['’]re)(?![\p{L}'’])")
_NAME_WORD = rf"(?!{_STOP})[\p{{L}}][\p{{L}}'’.-]*"
_NAME = rf"{_NAME_WORD}(?:{_SP}+(?:d[aeo]s?{_SP}+|del?{_SP}+|la{_SP}+)?{_NAME_WORD}){{0,2}}"
_POSTCODE = (rf"(?:(?:c\.?{_SP}?p\.?|cep|pin(?:{_SP}?code)?|zip(?:{_SP}?code)?|post{_SP}?code|postal{_SP}?code"
             rf"|indeks|plz){_SP}*:?{_SP}*\d{{4,6}}(?:-\d{{3,4}})?(?![\w-])"
             r"|(?-i:[A-Z]{1,2}\d[A-Z\d]?" + _SP + r"?\d[A-Z]{2})(?![\w-])"
             # a Canadian postal code: "T4N 3K2", "J8X 1Z4"; an Argentine one: "C1043AAZ"
             r"|(?-i:[A-Z]\d[A-Z]" + _SP + r"?\d[A-Z]\d|[A-Z]\d{4}[A-Z]{3})(?![\w-])"
             # a British one in a caption, its two halves apart: "ol12 6bt"
             r"|(?-i:[a-z]{1,2}\d[a-z\d]?" + _SP + r"\d[a-z]{2})(?![\w-]))")
# A town, a US state and ZIP code, a Canadian province and postal code or an Australian state and
# postcode: "Tyler, TX 75701", "Red Deer, AB T4N 3K2", "Gatineau QC J8X 1Z4", "Fitzroy VIC 3065".
# A number after a town ends the address, or the clause, or comes before a small word: not a count
# ("..., Lagos 10000 people").
_CLAUSE_GOES_ON = (rf"(?![\w-]|[.,]\d)(?={_SP}*(?:[.,;:!?)\n]|$)|{_SP}+(?:now|is|was|with|where|and|for|in|on"
                   r"|since|then|as|please|today|until|till|but|so|which|that)(?![\p{L}'’]))")
_TOWN_STATE_ZIP = (rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+(?:{_SP}+\p{{Lu}}[\p{{L}}'’-]+)?),?{_SP}+(?-i:[A-Z]{{2,3}}){_SP}+"
                   rf"(?:\d{{5}}(?:-\d{{4}})?(?![\w-])|(?-i:[A-Z]\d[A-Z]){_SP}?(?-i:\d[A-Z]\d)(?![\w-])"
                   rf"|\d{{4}}{_CLAUSE_GOES_ON})")
# A town and its postcode after it: "Pune 411001", "Jakarta Pusat 10110", "Nairobi 00100" (five or
# six digits: never a year).
_TOWN_POSTCODE = rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+))?{_SP}+\d{{5,6}}{_CLAUSE_GOES_ON}"
# A numbered cross street, main road, stage or block said by its ordinal (Bangalore and other
# Indian cities): "5th cross", "3rd main", "2nd stage".
_ORDINAL_PART = rf"\d{{1,2}}(?:st|nd|rd|th){_SP}+(?:cross|main|stage|block|phase|sector)(?:{_SP}+road)?(?![\w'’-])"
# A named neighbourhood, the name first: "Atatürk Mahallesi", "Gandhi Nagar", "Model Colony", "Bole
# sub-city" (Addis Ababa).
_AREA_AFTER = (rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+))?{_SP}+"
               r"(?:mahallesi|mah\.|mahalle|köyü|nagar|colony|sub-?city|woreda)(?![\w'’-])"
               # in any case, before a word that names nothing but a neighbourhood: "chilonzor mahalla"
               rf"|{_NAME_WORD}(?:{_SP}+{_NAME_WORD})?{_SP}+(?:mahalla|mahallah|mohalla|mahallesi|mahalle"
               r"|mikrorayon|microdistrict|kvartal)(?![\w'’-])")
# A street said before a house or flat number, in any case: "mpaka road house number nine".
_STREET_BEFORE = (rf"(?:(?!{_STOP})[\p{{L}}][\p{{L}}'’-]*{_SP}+){{1,2}}"
                  r"(?:road|street|avenue|lane|drive|close|crescent|way|rd\.|st\.)(?![\w'’-])")
# "Lekki Phase 1", "Udyog Vihar Phase IV", "DLF Phase 2": a named estate's phase or sector.
_ESTATE = rf"(?-i:\p{{Lu}}[\p{{L}}'’-]*){_SP}+(?:(?-i:\p{{Lu}}[\p{{L}}'’-]*){_SP}+)?(?:phase|sector|extension){_SP}*{_VALUE}"
# A named housing estate or subdivision: "Camella Homes", "Greenfield Heights", "Kileleshwa
# Gardens Estate" (not "Court": a court is a public body).
_ESTATE_NAME = (rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}}{_SP}+"
                r"(?-i:Homes|Subdivision|Village|Heights|Residences|Estate|Compound)(?![\w'’-])")
# A division of a town or a country said after a comma (or right after a street or another
# division, as a caption writes it), its name first, in any case: "termez district", "Qalat
# quarter", "sovet mahalla", "Kanungu county", "kireka road wakiso district" (not "..., the old district").
_DIVISION = (rf"(?<=(?:,|(?<![\w'’-])(?:road|street|avenue|lane|drive|close|crescent|way|mahalla|quarter|district"
             rf"|ward|village|estate)){_SP}*){_NAME_WORD}(?:{_SP}+{_NAME_WORD})?{_SP}+(?:district|quarter|neighbourhood|neighborhood"
             r"|region|province|county|sub-?county|oblast|rayon|raion|tuman|governorate|municipality|township"
             # a Rwandan cell and sector: "..., Rubona cell, Nyarugenge sector"
             r"|parish|village|locality|suburb|kebele|ward|commune|cell|sector)(?![\w'’-])")
# Housing named by its kind, in any case: "the police quarters", "the old barracks", "the
# railway flats" ("block four flat nine of the police quarters").
_HOUSING = (rf"the{_SP}+(?:{_NAME_WORD}{_SP}+){{0,2}}(?:quarters|barracks|estate|compound|camp|flats|towers"
            r"|apartments|mansions|hostel|lines|settlement)(?![\w'’-])")
# A suburb numbered by its section, after the house: "house number 2217 Mkoba 6", "Glen View 3".
_SECTION = rf"(?!{_STOP})(?!(?:{MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|page|chapter|room|line)(?![\p{{L}}]))(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+))?{_SP}+\d{{1,2}}(?![\w/:-]|[.,]\d)"
# A street said with its type first, in any case, joined to the house or flat said after it:
# "strada morilor number nine", "derb sidi ali rue seven", "ulitsa lenina dom four".
_STREET_FIRST = (r"(?:strada|str\.|rua|calle|avenida|ulitsa|ulica|vulytsia|vulytsya|vulitsa|rue|odos|derb|zanqat"
                 rf"|jalan|jl\.|calea|aleea|rruga|sokak|carrer|travessa|pasaje|jirón|jiron){_SP}+{_NAME}")
# A postcode in digits and its town after it: "681 00 Alexandroupoli", "1100-148 Lisboa",
# "28013 Madrid", "113 51 Stockholm" (not a year and a month: "2019 March").
# With the country's letters before it ("SE-411 04 Göteborg", "D-10115 Berlin"), the Dutch letters
# after it ("1012 AB Amsterdam"), the Polish and Argentine forms ("00-590 Warszawa", "C1043AAZ
# Buenos Aires"), and a town whose name has a small word in it ("8610 Mo i Rana",
# "60311 Frankfurt am Main").
_TOWN_JOINER = r"(?-i:i|am|an|der|de|la|del|di|sur|en|im|ob|upon)"
_POSTCODE_TOWN = (rf"(?:(?-i:[A-Z]{{1,2}})-)?"
                  rf"(?:\d{{3}}{_SP}\d{{2}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}}|\d{{4}}{_SP}?(?-i:[A-Z]{{2}})|\d{{4,5}}"
                  r"|(?-i:[A-Z]\d{4}[A-Z]{3}))"
                  rf"(?![\w-]){_SP}+(?!{MONTH_PATTERN}(?![\p{{L}}]))(?-i:\p{{Lu}}[\p{{L}}'’-]+)"
                  rf"(?:{_SP}+(?:{_TOWN_JOINER}{_SP}+)?(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}}"
                  # the town's district letter or number: "2200 København N", "8000 Aarhus C", "130 00 Praha 3"
                  rf"(?:{_SP}+(?:(?-i:[B-HJ-Z])|\d{{1,2}})(?![\w'’-]|[.,]\d))?")
# A named building or block after a comma, in any case: "hamra street, bustani building",
# "..., Al Noor Tower" (not "Calle Toledo 41 every block").
_BUILDING = (rf"(?<=,{_SP}*){_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{0,2}}?{_SP}+(?:rental{_SP}+|apartment{_SP}+|residential{_SP}+)?"
             r"(?:building|bldg\.|tower|plaza|complex|residence|block|flats)(?![\w'’-])")
# A house with a name of its own, said with its street where houses are named as much as
# numbered: "Hillside Cottage, 4 Mill Road", "..., Ty Gwyn House, ..." (its name and its word
# capitalised; not "Court": a court is a public body).
_NAMED_HOUSE = (rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}}{_SP}+"
                r"(?-i:Cottage|House|Farm|Lodge|Villa|Manor|Homestead)(?![\w'’-])")
# How the house itself looks, said after a comma as the last of its address: "..., the house with
# the red roof", "..., porte bleue", "..., la maison au portail vert", "..., casa de portón negro",
# "..., a casa com o portão azul" (a colour said of a door, a gate, a roof, shutters or a wall).
_HOUSE_COLOUR = (r"(?:red|blue|green|yellow|white|black|grey|gray|pink|brown|orange|purple"
                 r"|rouge|bleue?|verte?|jaune|blanche|blanc|noire?|grise?|rose|marron|orange"
                 r"|roj[oa]|azul|verde|amarill[oa]|blanc[oa]|negr[oa]|gris|rosad[oa]|café|marrón"
                 r"|vermelh[oa]|amarel[oa]|branc[oa]|pret[oa]|cinza)")
_HOUSE_THING = (r"(?:roof|gate|door|fence|wall|walls|shutters|windows|veranda|porch|balcony|awning"
                r"|porte|portail|toit|volets|mur|murs|clôture|puerta|portón|porton|techo|reja|rejas|muro|portal"
                r"|porta|portão|portao|telhado|janelas)")
_HOUSE_MARK = (rf"(?<=,{_SP}*)(?:"
               rf"the{_SP}+(?:house|home|one|building|compound|place){_SP}+with{_SP}+(?:the|a|an){_SP}+"
               rf"(?:{_NAME_WORD}{_SP}+){{0,2}}?{_HOUSE_THING}"
               rf"|(?:(?:la|le|une|un|el|la|una|a|o|uma){_SP}+)?"
               rf"(?:(?:maison|casa){_SP}+(?:à|au|aux|avec|de|con|com|do|da)(?:{_SP}+(?:la|le|les|l['’]|el|los|las|o|a|os|as))?{_SP}*)?"
               rf"{_HOUSE_THING}{_SP}+{_HOUSE_COLOUR}"
               # "..., maison jaune", "..., la casa azul", "..., a casa amarela"
               rf"|(?:(?:la|une|el|una|a|uma){_SP}+)?(?:maison|casa|villa){_SP}+{_HOUSE_COLOUR}"
               rf"|the{_SP}+{_HOUSE_COLOUR}(?:{_SP}+(?:and|with){_SP}+{_HOUSE_COLOUR})?{_SP}+(?:house|gate|door|roof|fence|wall))"
               r"(?![\w'’-])")
# A landmark the house faces or stands behind: "opposite the Shell station", "behind the market"
# (not "near the school": near is no place).
_LANDMARK_KIND = (r"(?:station|market|mosque|church|school|clinic|hospital|stadium|bank|pharmacy|bakery|shop|store"
                  r"|supermarket|temple|pagoda|park|post[^\S\n]+office|roundabout|bridge|junction|well|cemetery)")
_PLACED = (rf"(?:opposite|behind|across{_SP}+from|next{_SP}+to|beside|in{_SP}+front{_SP}+of|facing){_SP}+the{_SP}+"
             rf"(?:{_NAME_WORD}{_SP}+){{0,2}}?{_LANDMARK_KIND}(?![\w'’-])"
             # "near the mosque" between two parts of the address (alone after it, near is no place)
             rf"|near{_SP}+the{_SP}+(?:{_NAME_WORD}{_SP}+){{0,2}}?{_LANDMARK_KIND}(?=,{_SP}*(?-i:\p{{Lu}})[\p{{L}}'’-]+)"
             # the same in Spanish, Portuguese and French: "frente a la iglesia", "detrás del mercado",
             # "em frente à igreja", "derrière la mosquée", "en face du marché"
             rf"|(?:(?:en{_SP}+)?frente{_SP}+(?:a|al|à|ao|de)|enfrente{_SP}+(?:de|del)|detrás{_SP}+(?:de|del)|atrás{_SP}+(?:de|do|da)"
             rf"|al{_SP}+lado{_SP}+(?:de|del)|ao{_SP}+lado{_SP}+(?:de|do|da)|derrière|en{_SP}+face{_SP}+(?:de|du|des)"
             rf"|à{_SP}+côté{_SP}+(?:de|du|des)|cerca{_SP}+(?:de|del)|près{_SP}+(?:de|du|des)|perto{_SP}+(?:de|do|da))"
             rf"(?:{_SP}+(?:la|el|le|les|l['’]|a|o|à|do|da|the))?{_SP}*(?:{_NAME_WORD}{_SP}+){{0,2}}?"
             r"(?:iglesia|igreja|église|eglise|mercado|marché|marche|escuela|escola|école|ecole|mezquita|mesquita|mosquée"
             r"|mosquee|gasolinera|posto|station|parque|praça|plaza|hospital|hôpital|pharmacie|farmacia|farmácia"
             r"|cementerio|cemitério|cimetière|pont|puente|ponte|rond-point|glorieta|carrefour)(?![\w'’-])"
             # their name or kind after them: "derrière la pharmacie Nouvelle", "frente a la iglesia San
             # Roque", "en face du marché central"
             rf"(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}}(?:{_SP}+(?:central|centrale|principal|principale|municipal"
             r"|municipale|grande?|viejo|vieja|nuevo|nueva|velho|velha|novo|nova|vieux|vieille|nouveau|nouvelle)(?![\w'’-]))?")
_LANDMARK = (rf"{_PLACED}"
             # the house's own gate or door, last: "..., the green gate", "..., the blue door"
             rf"|(?<=,{_SP}*)the{_SP}+(?:{_NAME_WORD}{_SP}+){{1,2}}?(?:gate|door)(?={_SP}*(?:[.;:!?)\n]|$))"
             rf"|{_HOUSE_MARK}")
# The town a post office box is in, said after its number with no comma: "BP 1123 Bafoussam",
# "P.O. Box 55 Mbale".
_BOX_TOWN = (rf"(?<=(?:box|bp|b\.{_SP}?p\.|pmb|p\.{_SP}?m\.{_SP}?b\.?|bag){_SP}*(?:no\.?{_SP}*)?\d{{1,6}}{_SP}+)"
             rf"(?!{MONTH_PATTERN}(?![\p{{L}}]))(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+))?")
# A post office said by its place, as a rural address's: "green valley p o", "Mbale Post Office"
# (not "the p o box": that is a box).
_POST_OFFICE = (rf"(?<=,{_SP}*){_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{0,2}}?{_SP}+(?:p\.?{_SP}?o\.?|post{_SP}+office)"
                rf"(?![\w'’-]|{_SP}*box)")
# A landmark or the house's look said as a whole part of an address ("..., derrière la station
# Shell, porte bleue"): it places the house as its parts do.
_LANDMARK_PART = LazyRegex(rf"{_PLACED}|{_HOUSE_MARK}", regex.IGNORECASE)


def is_landmark_part(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landmark the house stands by or the house's look."""
    return _LANDMARK_PART.fullmatch(text, start, end) is not None


# The second part of a house or flat number said after a dash or a slash: "forty one dash seven".
_SUB_NUMBER = rf"(?:dash|slash|stroke){_SP}+{_VALUE}"
_PART = (rf"(?:{_NORDIC_FLAT}|{_ROMANCE_PART}|{_UNIT}{_SP}*{_NUMBER_MARK}{_VALUE}|{_FLOOR}|{_SUB_NUMBER}|{_LANDMARK}|{_AREA}{_SP}+{_NAME}"
         rf"|{_POSTCODE_TOWN}|{_POSTCODE}|{_ESTATE}|{_SECTION}|{_AREA_AFTER}|{_TOWN_STATE_ZIP}|{_ESTATE_NAME}"
         rf"|{_DIVISION}|{_BOX_TOWN}|{_POST_OFFICE}|{_HOUSING}|{_STREET_BEFORE}|{_STREET_FIRST}|{_BUILDING}|{_TOWN_POSTCODE}|{_ORDINAL_PART}|{_NAMED_HOUSE}"
         rf"|(?:no\.?|n[º°o]\.?|number|\#){_SP}*{_VALUE})")  # "Allen Avenue number seven"
# Between parts: a comma, a space, a dash, or a word that places one part in or on the next
# ("the fifth floor of building nine on Nauky Avenue", "house twelve on mwembe street").
_SEP = rf"(?:{_SP}*[,;/]{_SP}*|{_SP}+(?:-{_SP}+|(?:of|on|off|in|at){_SP}+)?)"
# A house number said right before a street found without one: "17 Rua dos Andradas", "number
# three rue de la paix" (not a year: "in 2019 Calle ...").
_HOUSE_NUMBER = (rf"(?<![\w.,/-])(?:(?:no\.?|n[º°o]\.?|number){_SP}*)?"
                 rf"(?:(?!(?:19|20)\d\d(?!\d))\d{{1,4}}[a-z]?(?:/\d{{1,4}})?(?![\w/-])|{SPOKEN_NUMBER}),?{_SP}+")

# Compiled on first use: the patterns are large and a run without an address never needs them.
# A postcode and town on the line after the street ("Storgata 7,\n9008 Tromsø"), ending its line.
_NEXT_LINE_TOWN = rf"{_SP}*,?{_SP}*\n{_SP}*{_POSTCODE_TOWN}(?={_SP}*(?:[\n.,;]|$))"
_PARTS_AFTER = LazyRegex(rf"(?:{_SEP}{_PART}|{_NEXT_LINE_TOWN})+", regex.IGNORECASE)
# Parts before the street, ending where it starts; the bare word of a number the street rule
# took ("Plot" before "No. 45").
_PARTS_BEFORE = LazyRegex(
    rf"(?:(?<![\w.-])(?:{_STREET_BEFORE}{_SEP}(?:{_PART}{_SEP})*|(?:{_PART}{_SEP})+)\Z"
    rf"|(?<![\w.-]){_UNIT}{_SP}+\Z)",
    regex.IGNORECASE)
_NUMBER_BEFORE = LazyRegex(rf"{_HOUSE_NUMBER}\Z", regex.IGNORECASE)
_LOOK_BACK = 120
_NUMBER_SIGN = LazyRegex(r"(?<![\w#])\#(?=\d)", 0)
# A capitalised town after a comma that ends the clause: "..., Ikeja.", "..., Kilimani", also
# before a word that goes on the sentence, not a new clause ("..., Dhanmondi now", "..., Noida
# is where we met"; not "..., Mary and I").
_TOWN = LazyRegex(
    rf"{_SP}*,{_SP}*(?P<town>(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}}"
    # and its region or country: "..., Barranquilla, Atlántico", "..., Nakuru, Kenya"
    rf"(?:{_SP}*,{_SP}*(?-i:\p{{Lu}}[\p{{L}}'’-]+)(?:{_SP}+(?-i:\p{{Lu}}[\p{{L}}'’-]+)){{0,2}})?)"
    rf"(?={_SP}*(?:[.;:!?)\n]|$)|{_SP}+(?:now|these{_SP}+days|since|for|is|was|where|then|today|too|with)(?![\p{{L}}'’])"
    rf"|{_SP}*,{_SP}*\d{{4,6}}(?![\w-]|[.,]\d))", 0)  # or its postcode: "..., Dunkeld West, 2196."
# A postcode in digits alone after a comma, last of the address: "..., Parktown North, 2193",
# "..., Kennedy, 110821" (South Africa, Australia and many others write no word before it); not
# the first of a list of numbers ("..., 2019, 2020 and 2021").
_BARE_POSTCODE = LazyRegex(rf"{_SP}*,{_SP}*\d{{4,6}}(?![\w-]|[.,]\d|{_SP}*(?:,|and|or){_SP}*\d)"
                           rf"(?={_SP}*(?:[.,;:!?)\n]|$)|{_SP}+\p{{L}})", 0)
_CALENDAR = LazyRegex(rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{MONTH_PATTERN})",
                          regex.IGNORECASE)
# A word this common is the sentence's ("..., Then."), not a town's.
_COMMON_WORD_ZIPF = 5.0


def _town_end(text: str, end: int) -> int | None:
    m = _TOWN.match(text, end)
    if m is None:
        return None
    for part in m.group("town").split(","):
        first = part.split()[0]
        if _CALENDAR.fullmatch(first) or zipf_frequency(first, "en") >= _COMMON_WORD_ZIPF:
            return None
    return m.end()


def _extent(text: str, start: int, end: int) -> tuple[int, int]:
    found_end = end
    after = _PARTS_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    before = _PARTS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is None and text[start:start + 1].isalpha():
        # no part before it: a house number said before the street, and the parts before that
        number = _NUMBER_BEFORE.search(text, max(0, start - 40), start)
        if number is not None:
            start = number.start()
            before = _PARTS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is not None:
        start = before.start()
    if start > 0 and _NUMBER_SIGN.match(text, start - 1):
        start -= 1  # the number's sign before a house number the rule began after: "#14 San Andres Street"
    town = _town_end(text, end)
    if town is not None:
        end = town
    postcode = _BARE_POSTCODE.match(text, end)
    if postcode is not None:
        end = postcode.end()
    if end > found_end + 1 and text[end - 1] == "." and text[end - 2].islower() and text[end:end + 1] in ("", "\n", " "):
        end -= 1  # the sentence's full stop after a name part ("..., Kecamatan Coblong."), not an abbreviation's
    return start, end


def extend_addresses(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each ADDRESS grown over the address parts said right before or after it (and a town
    ending the clause, public or not), as new mentions; the overlap policy then prefers them to
    the parts they hold."""
    out = []
    for m in mentions:
        if m.entity_type != "ADDRESS":
            continue
        start, end = _extent(text, m.start, m.end)
        if (start, end) != (m.start, m.end):
            out.append(replace(m, start=start, end=end, text=text[start:end], detector="AddressJoin"))
    return out

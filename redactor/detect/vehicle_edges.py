"""The words that tell one vehicle apart, joined to the vehicle a rule found.

A vehicle is found by its colour, make and model ("a grey Toyota Corolla"), but what makes it
the one vehicle is often said around that: its generation or year ("a silver Golf 4", "Passat
B6", "a 2011 Hilux"), a description after "with" ("the blue Transit with the ladder rack", "a
black Bajaj Pulsar with a torn seat", "with the Buckeyes plate frame", "with the Swiss sticker on
the back") and an appositive ("a beige Lada Niva, the 2009 one with the cracked windscreen"), its
model year with "from" ("a grey skoda octavia from twenty fifteen"), its owner with "of" ("the
white toyota of transmar"), its body, series or engine ("Hilux double cabin", "land cruiser
seventy nine series", "Hilux 2.8 GD6").
``extend_vehicles`` grows each VEHICLE over such words on either side.  A "with" joins only
before a part or a mark of a vehicle ("with the kids", "with my brother" stay out), and a number
after the model only when it counts nothing ("the golf 4 days later" stays).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern
from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dictionary import parts_of_speech
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.model import Mention

_SP = r"[^\S\n]"
# The paints of the vehicles pack's list, the one list every vehicle rule reads.
_COLOURS = vocabulary_pattern(builtin_vocabulary("vehicles", "colour"))
# A space, or the one line break of a caption's wrap: "a champagne etios\nwith a cardboard\nrear
# window" is one description whatever line the screen broke it on (an empty line ends it).
_GAP = r"(?:[^\S\n]*\n[^\S\n]*(?=\S)|[^\S\n]+)"
# What a vehicle is told apart by after "with": a part, a fitting, a mark or damage: the vehicles
# pack's own lists of parts and marks, read by its rules ("with a bullbar", "with a towbar", "with
# a roof rack"), and the forms those lists do not hold (plurals, the parts said only after "with":
# "with the licence plates", "with a wooden bed"; none the pack's lists already hold), in one
# alternation of them all, so that the longest form wins ("with a roof box", not "with a roof").
_PARTS_AFTER_WITH = (
    "roof box", "roof boxes", "roof tent", "decal", "decals", "bumper sticker", "bumper stickers", "bumpers",
    "logos", "marking", "window", "rear window",
    *(f"{kind}plate{s} {holder}" for kind in ("", "licence ", "license ", "number ")
      for s in ("", "s") for holder in ("frame", "frames", "holder", "holders")),
    "frame", "mirrors", "tyre", "tire", "rim", "wheel", "wheels", "hubcap", "trunk", "light", "headlight",
    "headlights",
    "taillight", "taillights", "foglight", "foglights", "tail light", "tail lights", "fog light", "fog lights", "muffler", "seat", "seats",
    "seat cover", "seat covers", "saddle", "paint", "paintwork", "paint job", "scratch", "scratches", "crack",
    "cracks", "rust", "grille", "mudguard", "mudflap", "fender", "fenders", "wing",
    "panel", "panels", "side panel", "side panels", "bodywork", "trim", "livery", "wrap", "dashcam",
    "camper shell", "shell", "toolbox", "cover", "handlebar", "handlebars", "fairing", "horn", "bell",
    "chassis", "registration", "stain", "stains", "hole", "holes", "side", "sides", "engine", "engines",
    "outboard", "outboards", "motor", "motors", "outboard motor", "outboard motors", "sail", "sails", "mast",
    "masts", "searchlight", "searchlights", "spotlight", "spotlights", "cabin", "load bed", "cargo bed",
    "truck bed", "bed", "tray", "snorkel", "roll bar", "hard-top", "canvas", "canvas top", "canvas roof",
    "canvas cover", "canvas back", "tipper", "turret", "gun", "machine gun", "loudspeaker", "loudspeakers",
    "awning", "awnings", "wiper", "wipers", "tailboard", "sill", "sills", "curtain", "curtains", "ceiling",
    "sunroof", "tank", "spare wheel", "spare tyre", "spare tire", "roof lining",
)
_PART = vocabulary_pattern([*builtin_vocabulary("vehicles", "vehicle_part"),
                            *builtin_vocabulary("vehicles", "vehicle_mark"),
                            *_PARTS_AFTER_WITH]).replace(r"[^\S\n]+", _GAP)
_DETERMINER = r"(?:a|an|the|its|his|her|their|our|my|no|two|three|some|those|these|that|this)"
# Where the part is: "on the back", "in the door", "on its left side", "on it".
_PLACE_ON_IT = (r"back|front|side|sides|door|doors|roof|rear|bonnet|hood|boot|trunk|bumper|window|windows|windscreen|"
                r"windshield|tailgate|top|left|right|corner|seat|seats|tank|panel|antenna|aerial|cab|cabin|dashboard|"
                r"dash|mirror|grille|bed|tray|wing|mudguard|handlebars|rack|roof[^\S\n]+rack|tow[^\S\n]+bar|"
                r"(?:mud[^\S\n]?)?flaps?|mudguards|fenders?|cabin[^\S\n]+roof|"
                # the vehicle's own body, as one says a beast's: "on the spare", "on the nose", "on its flank"
                r"spare|nose|tail|flank|flanks|belly|snout|underside|step|running[^\S\n]+board|load|cargo")
# ... or to any part of it: "knotted to the wipers", "lettered on the tailboard".
_ON_IT = (rf"{_GAP}(?:on|in|at|across|along|over|under|behind|near|above|below|from|off|to){_GAP}"
          rf"(?:it(?![\w'’-])|(?:{_DETERMINER}{_GAP})?(?:[\p{{L}}'’-]+{_GAP})?(?:{_PLACE_ON_IT}|{_PART})(?![\w'’-])"
          # "its" says the place is the vehicle's own, whatever the word: "on its nose", "along its roofline"
          rf"|its{_GAP}(?!(?:way|own)(?![\w'’-]))[\p{{L}}'’-]+(?![\w'’-]))")
# ... or said bare where the clause ends, what is put on it said with its particle alone: "with
# two crates roped on", "with the reed bundles on", "with the sticker scraped off".
# A caption's turn mark (">>") or a dash ends it too: a transcript's cues are read joined on one line.
_CLAUSE_END = (rf"(?={_SP}*(?:[.,;:!?)\n\"”>–—]|\Z)"
               rf"|{_SP}+(?:and|but|so|then|when|while|which|that|who|you|i|we|he|she|they)(?![\w'’-]))")
_BARE = rf"{_GAP}(?:on|off|aboard|on{_SP}+top|behind|attached){_CLAUSE_END}"
_ON_IT_OR_BARE = rf"(?:{_ON_IT}|{_BARE})"
_WHERE = rf"(?:{_ON_IT_OR_BARE})?"
# What a sticker or a picture shows: "a sticker of Galatasaray", "a picture of the Virgin Mary".
_OF_WHAT = (rf"(?:(?<=(?:stickers?|decals?|logos?|flags?|pictures?|paintings?|images?|writing|lettering)){_SP}+of{_SP}+"
            rf"(?:the{_SP}+)?[\p{{L}}'’-]+(?:{_SP}+(?-i:\p{{Lu}})[\p{{L}}'’-]+){{0,2}})?")
# Words written on it, in quotes: "with 'Allah korusun' on the back", "with “Baby on board” written on it".
_QUOTED = (rf"[\"'‘“«][^\"'’”»\n]{{1,40}}[\"'’”»](?:{_SP}+(?:written|painted|printed|sprayed))?")
# Who rides in it is no mark of it: "with the kids in the back", "with my brother on the seat".
_RIDERS = (r"(?:people|persons?|men|man|women|woman|kids?|children|child|boys?|girls?|babies|baby|family|friends?|"
           r"brothers?|sisters?|sons?|daughters?|wife|husband|mother|father|mum|mom|dad|parents?|soldiers?|police|"
           r"officers?|guys?|driver|passengers?|him|her|them|us|me|dogs?|goats?|sheep|chickens?|"
           r"colleagues?|boss|lawyers?|escorts?|guards?|workers?|crew|tourists?|guests?|clients?|customers?|patients?|"
           r"bodyguards?|agents?|visitors?|relatives?|cousins?|uncles?|aunts?|nephews?|nieces?|neighbou?rs?|"
           r"everyone|everybody|someone|somebody|anyone|anybody|nobody|all|both)")
# Words that may describe the part: "a torn", "the Buckeyes plate", "two big", "a cardboard\nrear"; not
# a clause's joint nor who rides in it ("with the kids seated in the back").
_NO_DESCRIBING = rf"(?:and|but|if|or|when|while|who|which|that|{_RIDERS})(?![\w'’-])"
_DESCRIBING = rf"(?:(?!{_NO_DESCRIBING})[\p{{L}}'’-]+{_GAP}){{0,3}}?"
# How a thing is put on it: written, fixed or hung there ("lettered", "knotted", "taped", "hung");
# not how it came there ("the Hilux with the sticker stopped at my door").
_PUT = (r"(?:(?:spray-?)?painted|lettered|written|printed|sprayed|stencil+ed|scrawled|scratched|carved|etched|"
        r"engraved|drawn|inscribed|stamped|emblazoned|daubed|embroidered|stitched|sewn|stuck|glued|taped|pasted|"
        r"tied|knotted|lashed|strapped|roped|chained|bungeed|bolted|welded|screwed|nailed|riveted|clipped|pinned|"
        r"fixed|fitted|mounted|attached|fastened|hung|hanging|draped|wrapped|tucked|loaded|piled|stacked|"
        # or taken off it: "with the sticker scraped off", "with the mirror knocked off"
        r"scraped|peeled|ripped|torn|sawn|knocked|snapped|broken|pulled|cut|burnt|burned|painted[^\S\n]+over)(?![\w'’-])")
# Anything said to be on it or in it marks it too: "with the gas bottles in the back", "a football
# scarf in the window", "the searchlight on the cab", "the flag taped over the rear window"; bare
# when said how it is put there: "with khatas knotted to the wipers", "with the name of his
# village lettered on the tailboard" (words of no clause: "with sacks of rice in the back" is
# what it carries).
_THING_ON_IT = (rf"(?:(?:{_DETERMINER}{_GAP}){_DESCRIBING}(?!{_RIDERS}(?![\w'’-]))[\p{{L}}'’-]+(?:{_GAP}{_PUT})?"
                rf"|(?:(?!{_NO_DESCRIBING}|of(?![\w'’-]))[\p{{L}}'’-]+{_GAP}){{1,3}}{_PUT}){_ON_IT_OR_BARE}")
# A part doing something is how the vehicle was, not a mark: "with the engine running", "with the
# lights flashing".
_DOING = rf"(?!{_GAP}[\p{{L}}]+ing(?![\w'’-]))"
# A part named by more than one part word is said whole: "a taped side window", "a dented side door".
_PARTS = rf"{_PART}(?![\w'’-])(?:{_GAP}{_PART}(?![\w'’-]))*"
_DESCRIPTION = (rf"(?:(?:{_DETERMINER}{_GAP})?{_DESCRIBING}{_PARTS}{_DOING}{_OF_WHAT}(?:{_GAP}{_PUT}(?={_ON_IT_OR_BARE}))?{_WHERE}"
                rf"|{_QUOTED}{_WHERE}"
                rf"|{_THING_ON_IT})")
# A comma may come before "with": "the red Lada Niva, the old one, with the Dinamo sticker".
_WITH = own_compiled(
    rf"(?:{_SP}*,)?{_GAP}with{_GAP}{_DESCRIPTION}(?:,?{_GAP}and{_GAP}{_DESCRIPTION})*",
    regex.I | regex.X)
# A description after "with" that no part names, set off by a pause: "a grey Honda Beat with a
# pink helmet, you will see it", "a yellow Ford Transit with the orange beacon, ZKT-482", "a black
# Hero Splendor with a red seat cover.", "a grey Toyota Fortuner without markings", "a Volkswagen
# Caddy, grey, with stone dust on it,": a few words from "with" to the pause, whatever they name.
# Not who rides in it ("the van with my brother.", "a pickup with two soldiers,"), nor what it was
# paid with ("bought a grey Corolla with the money"), nor what it was doing ("with the engine
# running.", "with the wooden sides came.": a verb is no mark), nor a clause going on ("with a friend
# to the market", "with a snorkel was outside.": a form of "be" or "have", which the dictionary
# also knows as a noun, is the clause's verb), nor when it was ("a red bicycle with a basket last
# summer.": a time said after the description is the clause's).
_WHEN = r"(?:last|next|yesterday|today|tonight|tomorrow|every|each)"
# A rider's word before another word names the thing, not who rides: "with goat horns", "with a
# baby seat", "with the dog box" (not "with two soldiers,", "with the kids.", "with the kids seated.",
# "with the kids in the back").
_SET_OFF_WORD = (rf"(?!{_RIDERS}(?![\w'’-])(?!{_SP}+(?!(?:in|on|at|to|from|by|of|for|with|and|but|or|who|that|which|inside|behind)(?![\w'’-]))"
                 rf"(?![\p{{L}}'’-]*(?:ed|ing)(?![\w'’-]))\p{{L}}))(?!(?:money|cash|loan|loans|savings|credit|cheque|check|card|payment|insurance"
                 rf"|and|but|or|if|when|while|who|which|that|to|in|on|at|for|from|by|of|my|his|her|our"
                 rf"|their|your|me|him|them|us|it|i|we|you|he|she|they"
                 rf"|{_WHEN}|ago"
                 rf"|is|was|were|are|am|be|been|being|has|had|have|will|would)(?![\w'’-]))[\p{{L}}\d'’-]+")
_WITH_SET_OFF = own_compiled(
    rf"(?:{_SP}*,)?{_SP}+with(?:out)?{_SP}+(?:(?:a|an|the|its|no|two|three|some|that|this){_SP}+)?"
    rf"(?:{_SET_OFF_WORD}{_SP}+){{0,3}}{_SET_OFF_WORD}(?<![\p{{L}}]ing)(?:{_ON_IT})?"
    rf"(?={_SP}*(?:[.,;:!?)\n\"”]|\Z)|{_SP}+{_WHEN}(?![\w'’-]))",
    regex.I)


def _described_with(text: str, pos: int) -> regex.Match | None:
    """The description said with "with" at ``pos``: by a part or a mark of the vehicle, or set
    off by a pause, the longer ("with a red seat cover." is one description, not its part)."""
    found = [m for m in (_WITH.match(text, pos), _set_off(text, pos)) if m is not None]
    return max(found, key=lambda m: m.end()) if found else None


_WORD_OF = own_compiled(r"[\p{L}][\p{L}'’-]*")


def _set_off(text: str, pos: int) -> regex.Match | None:
    """The description set off by a pause at ``pos``, when none of its words is only a verb
    ("came", "went": the clause goes on)."""
    found = _WITH_SET_OFF.match(text, pos)
    if found is None:
        return None
    for word in _WORD_OF.findall(found.group()):
        kinds = parts_of_speech(word.lower())
        if kinds and not kinds & {"noun", "adj"}:
            return None
    return found


# ", the 2009 one with the cracked windscreen", ", the old one with no plates", ", a 2011 one",
# ", the one with the dent" (said bare, only with what follows).
_APPOSITIVE = own_compiled(
    rf"{_SP}*,{_SP}*(?:the|a|an){_SP}+(?:(?:(?:19|20)\d\d|[\p{{L}}-]+){_SP}+){{0,2}}one(?![\w'’-])",
    regex.I)
# ", the hatchback", ", the sixty-seater", ", a 14-seater", ", the double cab": a kind of body said
# of it, set off; the clause goes on after it or ends.  A boat's is said with its size, its hull
# or its engines: "the Sea Lynx III, a 3,000-tonne double-hull tanker barge", "The MTS Johanna
# Verbeek, a 110-metre double-hull tanker", "the Mesekiu, the white twin-engine with the blue
# stripe", "the Conch Queen, a white Dusky with twin Yamahas" (a maker's name after its colour,
# with what tells it apart after it).
_BOAT_SIZE = (rf"(?:\d{{1,3}}(?:,\d{{3}})?|{NUMBER_WORDS_TO_99})-?{_SP}?"
              rf"(?:metres?|meters?|m|foot|feet|ft|tonnes?|tons?|t){_SP}+")
# The hulls, uses and kinds of boat are the vehicles pack's, read by its "described boat" rule too.
_HULL = (rf"(?:{vocabulary_pattern(builtin_vocabulary('vehicles', 'hull'))}"
         rf"|{vocabulary_pattern(builtin_vocabulary('vehicles', 'boat_use'))}|small|old)")
_BOAT_KIND = vocabulary_pattern(builtin_vocabulary("vehicles", "boat_kind"))
_KIND_APPOSITIVE = own_compiled(
    rf"{_SP}*,{_SP}*(?:the|a|an){_SP}+(?:"
    rf"(?:(?:{_COLOURS}|old|new){_SP}+)?"
    rf"(?:hatchback|estate|saloon|sedan|coupe|convertible|pickup|pick-up|minivan|minibus|people[^\S\n]carrier"
    rf"|double[^\S\n]+cab(?:in)?|single[^\S\n]+cab(?:in)?|(?:\d{{1,3}}|{NUMBER_WORDS_TO_99})-?{_SP}?seater)"
    rf"|(?:{_BOAT_SIZE})?(?:(?:{_COLOURS}|{_HULL}){_SP}+){{0,3}}{_BOAT_KIND}"
    rf"|{_COLOURS}{_SP}+(?-i:\p{{Lu}}\p{{Ll}}{{2,15}})(?={_SP}+with{_SP}))(?![\w'’-])"
    rf"(?={_SP}*(?:[,.;:!?)\n]|\Z)|{_SP}+(?:with|and|that|which|was|is|parked|came|went)(?![\w'’-]))",
    regex.I)
_BARE_ONE = own_compiled(rf"{_SP}*,{_SP}*the{_SP}+one\Z", regex.I)
_YEAR_ONE = own_compiled(rf"(?:19|20)\d\d|old|new|older|newer|{_COLOURS}", regex.I)
# The body or the series said after the model: "Toyota Hilux double cabin", "land cruiser seventy
# nine series", "a land cruiser hardtop", "a Corolla station wagon".
_BODY = own_compiled(
    rf"{_SP}+(?:(?:(?:double|single|crew|extra|king){_SP}?-?{_SP}?)?(?:cabin|cab)|(?:hard|soft){_SP}?-?top"
    rf"|(?:station{_SP}+)?wagon|series(?!{_SP}+of(?![\w'’-])))(?![\w'’-])"
    # its engine: "Hilux 2.8 GD6", "a Corolla 1.6", "Land Cruiser 4.5 V8" (not a sum: "2.5 million")
    rf"|(?:(?<=\s\d)\.\d|{_SP}+\d\.\d)(?:{_SP}?(?:l|litres?|liters?))?(?:{_SP}+(?-i:[A-Z]{{1,3}}-?\d{{0,2}}[A-Z]?|V\d{{1,2}}))?"
    rf"(?![\w'’.-]|{_SP}+(?:million|billion|thousand|m|bn|k|percent|%|tons?|tonnes?|km|kilometres?|kilometers?|miles?)(?![\w'’-]))",
    regex.I)
# A generation or a model year after the model: "Golf 4", "Passat B6", "Golf Mk4", "Corolla
# 2011", "Golf IV".  Not a count: "the golf 4 days later".
_GENERATION = own_compiled(
    rf"{_SP}+(?P<number>(?:19|20)\d\d|\d{{1,2}}|(?-i:[A-Z]\d{{1,2}})|mk{_SP}?\d{{1,2}}|mark{_SP}+(?:\d|one|two|three|"
    rf"four|five|six|seven|eight)|(?-i:I{{2,3}}|IV|VI{{0,3}}))(?![\w'’.,:/-]\w|[\w'’-])"
    rf"(?!{_SP}+(?:years?|months?|weeks?|days?|hours?|minutes?|times|people|men|women|of|percent|km|miles|"
    rf"kilometres|kilometers|metres|meters|tons|tonnes|litres|liters|dollars|euros|pounds|or|to|more|others|"
    rf"o['’]clock|am|pm)(?![\w'’-])(?<!of(?={_SP}+the{_SP}+(?!ones?(?![\w'’-])|others?(?![\w'’-]))\p{{L}})))",
    regex.I)
# A span that already ends in a number, a kind of vehicle or its description takes no generation.
_ENDS_WITHOUT_GENERATION = own_compiled(
    r"(?:\d|van|car|truck|lorry|bus|taxi|cab|pickup|pick-up|minibus|jeep|motorbike|motorcycle|scooter|"
    r"moped|tractor|series|class)\Z", regex.I)
# A model year said before the model: "a 2011 Hilux", "my 1998 Toyota Corolla".
# A year in digits or said: "2015", "twenty fifteen", "nineteen ninety eight", "two thousand and nine".
_YEAR = (rf"(?:(?:19|20)\d\d|(?:nineteen|twenty)[-\s](?:oh[-\s])?{NUMBER_WORDS_TO_99}"
         rf"|two{_SP}+thousand(?:{_SP}+and)?{_SP}+{NUMBER_WORDS_TO_99})(?![\w'’-]|[.,:/]\d)")
# Also after a colour or a state: "a grey 2015 Skoda Octavia", "a twenty fifteen toyota corolla".
_YEAR_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?:a|an|the|his|her|my|our|their|your|that|this){_SP}+"
    rf"(?P<year>(?:(?:{_COLOURS}|old|new|battered|rusty){_SP}+){{0,2}}{_YEAR}){_SP}+\Z",
    regex.I)
# A model year said after the vehicle with "from": "a grey skoda octavia from twenty fifteen", "a
# Nissan Patrol from 2009", "from nineteen ninety eight".  Not a span of time ("from 2015 to
# 2018", "from 2015 until now").
_FROM_YEAR = own_compiled(
    rf"{_SP}+from{_SP}+{_YEAR}"
    rf"(?!{_SP}*(?:-|–|to|until|till|through|onwards)(?![\w'’-])|{_SP}+(?:and|or){_SP}+(?:\d|nineteen|twenty|two))",
    regex.I)
# Whose the vehicle is, said with "of": "the white toyota of transmar", "the Land Cruiser of the
# Red Cross", "the hilux of acme logistics": a firm's or a body's name, capitalised or a word
# no dictionary knows, and the word for a firm after it.  Not "of course", "of my brother", "of
# the family", nor a person found there ("the Corolla of Maria").
_OF_OWNER = own_compiled(
    rf"{_SP}+of{_SP}+(?:the{_SP}+)?(?P<owner>(?P<first>[\p{{L}}][\p{{L}}&'’.-]*)"
    rf"(?:{_SP}+(?:(?-i:\p{{Lu}})[\p{{L}}&'’.-]*|(?:logistics|transport|company|ltd|limited|group|motors|services"
    rf"|construction|mining|security|enterprises|trading|travel|tours|foundation)(?![\w'’-]))){{0,3}})(?![\w'’-])",
    regex.I)
# A body, or the holder of an office, whose vehicle it is, said in lower case: "the minibus of the
# association", "the Prado of the mayor", "a Land Cruiser of the water board", "the pickup of the
# village cooperative", "the van belonging to the mission", "the Hilux owned by the cooperative".  Not "the car of the year", "the bus of the future".
_OF_BODY = own_compiled(
    rf"{_SP}+(?:of|belonging{_SP}+to|owned{_SP}+by|(?:that|which){_SP}+belongs{_SP}+to){_SP}+the{_SP}+(?:[\p{{L}}-]+{_SP}+){{0,2}}?"
    rf"(?:association|cooperative|co-?op|union|council|board|committee|commission|ministry|municipality|"
    rf"mayor|governor|chief|chairman|chairwoman|president|prefect|commissioner|minister|director|headman|"
    rf"church|mosque|parish|diocese|mission|school|hospital|clinic|university|company|firm|factory|mine|"
    rf"plantation|ngo|project|department|authority|agency|embassy|consulate|office|utility|federation|"
    rf"club|party|militia|brigade|battalion|regiment|police|army|gendarmerie|society|foundation|charity|"
    rf"trust|bank)(?![\w'’-])",
    regex.I)
_OWNER_STOP = frozenset("the a an my his her our their your its this that these those which what whom who "
                        "them us him me it course all".split())
# A word this rare in English is a name: "transmar", "msf".
_NAME_ZIPF = 2.5
_MAX_STEPS = 4
# A short aside between a vehicle and what tells it apart: ", old model, with a dented door", ",
# no plates, with tinted windows", ", quite old, with a broken tail light" (joined only with the
# "with" after it; one that starts with an article is an appositive's, below), or an aside that
# is itself such a mark (", old model", ", no plates").
_ASIDE = own_compiled(
    rf"{_SP}*,{_SP}*(?!(?:the|a|an|this|and|but|or|so|then|i|he|she|they|we|you|it|who|which|that|when|where|because)(?![\w'’-]))"
    rf"[\p{{L}}'’-]+(?:{_SP}+[\p{{L}}'’-]+){{0,2}}(?={_SP}*,?{_SP}+with{_SP})", regex.I)
_MARK_ASIDE = own_compiled(
    rf"{_SP}*,{_SP}*(?:(?:quite|very|an?|the)(?:{_SP}+))?(?:old|older|new|newer|(?:19|20)\d\d){_SP}+model"
    rf"|{_SP}*,{_SP}*(?:with{_SP}+)?no{_SP}+(?:number{_SP}+|licen[cs]e{_SP}+|registration{_SP}+)?plates?"
    rf"(?=[^\S\n]*[,.;:!?)\n]|$)", regex.I)


# Its size said before it: "a 300-ton Komatsu 930E", "a ten-tonne Kamaz", "the 14-seater Toyota
# Hiace", "an eighteen-wheeler Volvo", "a 40-foot MAN truck" (a measure joined to its number).
_SIZE_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?:a|an|the|his|her|my|our|their|your|that|this){_SP}+"
    rf"(?P<size>(?:\d{{1,4}}|{NUMBER_WORDS_TO_99})(?:{_SP}?-{_SP}?|{_SP}+)(?:tons?|tonnes?|t|seaters?|wheelers?|axles?"
    rf"|feet|foot|ft|metres?|meters?|m|litres?|liters?|cc|hp|horsepower)(?:{_SP}+(?:{_COLOURS}|old|new|battered|rusty)){{0,2}})"
    rf"{_SP}+\Z",
    regex.I)


# A second colour said before the first ("a blue and white bus", "a red-and-white minibus", "the
# green and yellow taxi", "a black/grey Passat"): the livery is one description.
_COLOUR_FIRST = own_compiled(_COLOURS + r"(?![\w'’])", regex.I)
_COLOUR_ASIDE = own_compiled(rf"{_SP}*,{_SP}*(?:(?:dark|light|pale|bright){_SP}+)?{_COLOURS}", regex.I)
_COLOURS_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?P<colours>(?:{_COLOURS}(?:{_SP}*,{_SP}*|{_SP}+(?:and|&){_SP}+|-and-|-|/)){{1,2}})\Z", regex.I)


# What the vehicle is like said before it: "the old white F-150", "the big white Luton", "the
# old tata" (the state words of the vehicles pack's first pattern).
_STATE_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?P<state>(?:(?:old|new|big|little|small|battered|rusty|dented|beat-up|beaten-up){_SP}+){{1,2}})\Z",
    regex.I)


def _start(text: str, start: int) -> int:
    if _COLOUR_FIRST.match(text, start):
        colours = _COLOURS_BEFORE.search(text, max(0, start - 40), start)
        start = colours.start("colours") if colours is not None else start
    state = _STATE_BEFORE.search(text, max(0, start - 40), start)
    start = state.start("state") if state is not None else start
    year = _YEAR_BEFORE.search(text, max(0, start - 60), start)
    if year is not None:
        return year.start("year")
    size = _SIZE_BEFORE.search(text, max(0, start - 60), start)
    return size.start("size") if size is not None else start


# A vehicle found by its make ends there when its model is a word no list knows ("a red isuzu kb",
# "a white foton tunland", "the grey tata sumo"): the one word after the make is its model when
# a description with "with" follows it ("a red isuzu kb with\nspringbok decals").  Not a word of
# the clause ("a red isuzu and", "the toyota i had with").
_MAKE_LAST = own_compiled(rf"(?<![\w'’-]){vocabulary_pattern(builtin_vocabulary('vehicles', 'make'))}\Z", regex.I)
_MODEL_WORD = own_compiled(
    rf"{_SP}+(?!(?:and|or|with|without|in|on|at|to|from|of|for|but|so|then|that|this|it|was|is|i|he|she|we|they"
    rf"|you|had|has|have|the|a|an|his|her|my|our|their|which|who|when|while|there|here)(?![\w'’-]))"
    rf"[\p{{L}}\d][\p{{L}}\d-]{{0,11}}(?![\w'’-])", regex.I)


def _model_after_make(text: str, span: str, end: int) -> int:
    """Where the model no list knows said after a vehicle's make ends, when a description with
    "with" follows it; ``end`` otherwise."""
    if _MAKE_LAST.search(span) is None:
        return end
    model = _MODEL_WORD.match(text, end)
    if model is None or _described_with(text, model.end()) is None:
        return end
    return model.end()


def _end(text: str, span: str, end: int, people: Sequence[tuple[int, int]]) -> int:
    end = _model_after_make(text, span, end)
    said_with = regex.search(rf"{_SP}with{_SP}", span, regex.I)
    if said_with is not None:
        # The rule's own "with" tail ends at its first part ("with the Buckeyes plate"): the
        # description is said whole ("... plate frame", "... sticker on the back").
        whole = _described_with(text, end - len(span) + said_with.start())
        end = max(end, whole.end()) if whole is not None else end
    elif not _ENDS_WITHOUT_GENERATION.search(span):
        generation = _GENERATION.match(text, end)
        if generation is not None:
            end = generation.end()
    for _ in range(_MAX_STEPS):
        said = _said_after(text, end, people)
        if said is None:
            break
        end = said
    return end


# Its number in a fleet, said after it: "the white Hilux, number 3", "a grey Nissan Patrol number
# 12", "the blue Transit with the roof box, van 4", "the red tractor, no. 2": which one of a
# firm's or a site's vehicles, the one its driver drives.  A small number only, and the clause ends
# there: not a plate ("number KA 417"), a count ("number 4 in the queue", "van 4 days later").
_FLEET_NUMBER = own_compiled(
    rf"{_SP}*,?{_SP}+(?:number|no\.|\#|(?:truck|van|car|bus|lorry|unit|vehicle|cab|taxi|tractor|boat){_SP}+(?:number{_SP}+)?)"
    rf"{_SP}*(?:\d{{1,3}}|{NUMBER_WORDS_TO_99})(?![\w'’-]|[.,:/]\d)"
    rf"(?={_SP}*(?:[.,;:!?)\n]|\Z)|{_SP}+(?:and|but|with|that|which|is|was|parked|every|everybody|everyone)(?![\w'’-]))",
    regex.I)


def _said_after(text: str, end: int, people: Sequence[tuple[int, int]]) -> int | None:
    """Where the next thing said of a vehicle that ends at ``end`` ends: a description with
    "with", an aside, an appositive, its model year with "from", its owner with "of", its number
    in a fleet; None when nothing after it tells it apart."""
    with_ = (_described_with(text, end) or _FROM_YEAR.match(text, end) or _BODY.match(text, end)
             or _KIND_APPOSITIVE.match(text, end) or _FLEET_NUMBER.match(text, end))
    if with_ is not None:
        return with_.end()
    # A mark's aside always, another only before a description (each matched on its own: a
    # match's ``re`` is the compiled pattern, never the module's ``own_compiled`` one).
    marked = _MARK_ASIDE.match(text, end)
    if marked is not None:
        return marked.end()
    aside = _ASIDE.match(text, end)
    if aside is not None and _with_after_aside(text, aside) is not None:
        return aside.end()
    appositive = _APPOSITIVE.match(text, end)
    if appositive is not None:
        return _appositive_end(text, appositive.group(), appositive.end())
    return _owner_end(text, end, people)


def _with_after_aside(text: str, aside: regex.Match) -> regex.Match | None:
    """The description with "with" after an aside: by a part or a mark after any aside, set off by
    a pause only after a colour (", grey, with stone dust on it"; not ", loaded with sacks", what it
    carries)."""
    if _COLOUR_ASIDE.fullmatch(aside.group()) is not None:
        return _described_with(text, aside.end())
    return _WITH.match(text, aside.end())


def _owner_end(text: str, end: int, people: Sequence[tuple[int, int]]) -> int | None:
    """Where the owner said after a vehicle with "of" ends ("of transmar", "of the Red Cross"),
    or None."""
    body = _OF_BODY.match(text, end)
    if body is not None:
        return body.end()
    owner = _OF_OWNER.match(text, end)
    if owner is None:
        return None
    first = owner.group("first")
    if first.lower() in _OWNER_STOP or not (first[0].isupper() or zipf_frequency(first, "en") < _NAME_ZIPF):
        return None
    if any(s < owner.end() and owner.start("owner") < e for s, e in people):
        return None
    return owner.end()


def _appositive_end(text: str, appositive: str, end: int) -> int | None:
    """Where an appositive after a vehicle ends with what it says of it: ", the 2009 one", ", the
    grey one with the broken mirror", ", the one with the dent"; None when it tells the vehicle
    apart by nothing (", the other one", ", the one i had")."""
    tail = _described_with(text, end)
    if _BARE_ONE.search(appositive):
        return tail.end() if tail is not None else None
    if not _YEAR_ONE.search(appositive):
        return None
    if tail is not None:
        return tail.end()
    return end if regex.search(r"(?:19|20)\d\d", appositive) else None


def extend_vehicles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each VEHICLE grown over its year, generation and description said right before or after
    it, as new mentions; the overlap policy then prefers them to the parts they hold."""
    out = []
    people = [(m.start, m.end) for m in mentions if m.entity_type == "PERSON"]
    for m in mentions:
        if m.entity_type != "VEHICLE":
            continue
        start, end = _start(text, m.start), _end(text, m.text, m.end, people)
        if (start, end) != (m.start, m.end):
            out.append(replace(m, start=start, end=end, text=text[start:end], detector=m.detector))
    return out


# A plate said in the sentence of the vehicle it belongs to, this far after the vehicle at most.
_PLATE_REACH = 90
_SENTENCE_END = own_compiled(r"[.!?\n]")
# What a plate said in its vehicle's sentence scores: a plate's shape beside its vehicle.
_PLATE_BESIDE_VEHICLE = 0.6


def plates_after_vehicles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A plate-shaped code that scored low for want of a vehicle word near it ("ZKT-482"), said
    later in the sentence of a vehicle found by its description ("a yellow Ford Transit with the
    orange beacon, ZKT-482"): the vehicle's plate, as new mentions with the plate's score.  A
    sentence's end between them, or a long way, and it is no longer said of the vehicle.  A
    plate no rule knows the shape of, set off by a comma right after its vehicle, is found too
    (``plates_set_off``)."""
    vehicles = sorted(m.end for m in mentions if m.entity_type == "VEHICLE")
    out = plates_set_off(text, mentions)
    for m in mentions:
        if m.entity_type != "VEHICLE_PLATE" or m.score >= _PLATE_BESIDE_VEHICLE:
            continue
        before = [end for end in vehicles if end <= m.start and m.start - end <= _PLATE_REACH]
        if before and _SENTENCE_END.search(text, before[-1], m.start) is None:
            out.append(replace(m, score=_PLATE_BESIDE_VEHICLE))
    return out


# A plate set off by a comma right after its vehicle, in whatever shape its country writes it:
# "a blue Peugeot 208, DK 53 914.", "a black Skoda Octavia combi, KE-731BT", "a yellow Fiat Panda,
# ZD 552-LM", "a silver Mercedes C-class, BR 228 TX", "a grey Dacia Logan (CJ 107 XKT)": one to
# four groups of capitals and figures set off by a space or a dash, after a comma or in brackets,
# and the clause ends after them.
_SET_OFF_PLATE = own_compiled(
    rf"{_SP}*[,(]{_SP}*(?P<plate>[\p{{Lu}}\d]{{1,7}}(?:(?:{_SP}?-{_SP}?|{_SP})[\p{{Lu}}\d]{{1,7}}){{0,3}})(?![\w'’-])"
    rf"(?={_SP}*(?:[.,;:!?)\n]|\Z)|{_SP}+(?:and|with|parked|was|is|that|which|but|so|I|i|he|she|we|they|it)(?![\w'’-]))")
# A plate has three figures at least and a capital ("AMG 63", "RS 6", "V8" are models), and no
# run of capitals longer than a plate's letters ("BMW" alone is a make).
_PLATE_FIGURES = 3
_PLATE_CHARACTERS = range(5, 11)
_LETTER_RUN = own_compiled(r"\p{Lu}{4,}")


def _is_plate_shaped(plate: str) -> bool:
    chars = [c for c in plate if c.isalnum()]
    return (len(chars) in _PLATE_CHARACTERS and sum(c.isdigit() for c in chars) >= _PLATE_FIGURES
            and any(c.isalpha() for c in chars) and _LETTER_RUN.search(plate) is None)


def plates_set_off(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A plate set off by a comma right after a VEHICLE, or after what tells the vehicle apart
    (``extend_vehicles``): "a blue Peugeot 208, DK 53 914." is one plate, whatever a model
    found over its letters ("DK" as a place): the longer plate wins the overlap.  Not a vehicle
    said after the comma ("a white kei truck, suzuki carry"), nor a model's name ("a Mercedes,
    AMG 63")."""
    vehicles = [m for m in mentions if m.entity_type == "VEHICLE"]
    starts = {m.start for m in vehicles}
    out = []
    for end in sorted({m.end for m in [*vehicles, *extend_vehicles(text, vehicles)]}):
        found = _SET_OFF_PLATE.match(text, end)
        if found is None or not _is_plate_shaped(found["plate"]) or \
                any(found.start("plate") <= s < found.end("plate") for s in starts):
            continue
        out.append(Mention(start=found.start("plate"), end=found.end("plate"), entity_type="VEHICLE_PLATE",
                           score=_PLATE_BESIDE_VEHICLE, detector=_SET_OFF_DETECTOR, text=found["plate"]))
    return out


_SET_OFF_DETECTOR = "PlateAfterVehicle"

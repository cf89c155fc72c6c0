"""A hospital named after a person, a saint or a state's tier: a public institution.

"He died at the Kenema Government Hospital", "they took her to Hospital Dr. Rafael Calderón",
"hospital santa rosa de lima", "the Queen Elizabeth Central Hospital", "CHU Ignace Deen",
"Hôpital Saint-Louis": a hospital's name with a title, a saint or a person's name in it, or the
word of the level of the state that runs it ("Government", "District", "Central", "Referral",
"Teaching"), names a public institution that thousands are treated in; where a relative died or
was treated points at nobody.  The model takes such a name for an organisation, or the person
or the saint in it for a person or a place ("Dr. Rafael Calderón" of "Hospital Dr. Rafael
Calderón"): both are kept.  So is any hospital's name where the sentence says a patient was
taken there, stayed or died ("they rushed her to Farnley Hospital", "my aunt died last week at
Hospital Mirembe", "she lies in the Klinikum Oststadt"): a relative's or a victim's hospital serves a
whole district, and the speaker's own is told apart as below; one named by a place ("Nairobi
Hospital", "the Kiambu county referral hospital") points at the place and stays found.

Still found:

- the speaker's own workplace: a hospital the file names after a job or a verb of work said by
  the speaker ("I am a nurse at Mulago Hospital", "I worked at Kamuzu Central Hospital", "in my
  ward at Kamuzu", "our Princess Marina Hospital") is found wherever the file names it;
- a small facility (a clinic, a health post or centre, a dispensary): no hospital word;
- a hospital named by a place alone ("Nairobi Hospital", "Binh Duong General Hospital" is by its
  tier) or by a person's name in the possessive ("Okafor's Hospital": a private one);
- a person named like a hospital's patron when no hospital word stands with the name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from redactor.lexicon import longest_first
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import default_places, fold_place, public_places, small_place_names
from redactor.model import Mention

# The word of a hospital in the transcripts' languages; a university hospital centre's acronym.
_HOSPITAL = (r"hospitals?|hôpital|hopital|hospitalier|ospedale|krankenhaus|klinikum|szpital|bolnica|bolnitsa|"
             r"nemocnice|ziekenhuis|hospitaal|sjukhus|sykehus|hastanesi|infirmary|rumah[^\S\n]+sakit|lasarett|lasarettet")
# A hospital's word that itself says the state runs it: Sweden's "lasarett" is a region's hospital.
_PUBLIC_HOSPITAL = re.compile(r"lasarett|lasarettet", re.IGNORECASE)
_HOSPITAL_ACRONYM = r"CHU|CHRU|CHR|CHNU|KBC|UKC|AKH"
_HOSPITAL_WORD = re.compile(rf"(?:\b(?:{_HOSPITAL})\b|(?-i:\b(?:{_HOSPITAL_ACRONYM})\b))", re.IGNORECASE)
# The words of the state that runs it ("Government", "Central", "Referral", "Teaching", a city's
# "People's Hospital" in China, a district's "Headquarters Hospital" in Pakistan, a faculty
# hospital in Czech, Slovak or Polish, a university one in Spanish or French); not a
# province's or a district's tier alone ("Kapiri Provincial Hospital", "Binh Duong General
# Hospital", "the Kiambu county referral hospital" point at the province or the town: the
# quality sets' writers mark them quasi).
_TIERS = frozenset("""
government central national teaching military police federal state public district
people's peoples headquarters fakultni fakultna univerzitni uniwersytecki universitario universitaire
""".split())
# Words of a local tier, said between a patron's name and the hospital's word ("Queen Elizabeth
# Central Hospital", "St. Mary's District Hospital").
_LOCAL_TIERS = frozenset("provincial regional county municipal general referral".split())
# A title or a saint's word in a name: a person the hospital is named after.
_PATRONS = frozenset("""
dr dr. doctor queen king prince princess president sir lady lord st st. saint sainte san santa santo sao são
santissima sveti sv sv. sankt notre mother
""".split())
_JOINS = frozenset("the of de del della di da do dos das du la le les los las y e et and".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A patron's title said right before the name the model found ("St." + "Mary's", "Dr." + "Rafael
# Calderón"); after the hospital's word a few more are read ("Hospital President Ramón Magsaysay").
_TITLE_BEFORE_NAME = "st|saint|san|santa|dr|sir|queen|king"
# The hospital's word right before the span ("Hospital" + "Dr. Rafael Calderón"), with a joining word.
_HOSPITAL_BEFORE = re.compile(
    rf"(?:\b(?:{_HOSPITAL})|(?-i:\b(?P<acronym>{_HOSPITAL_ACRONYM})))[^\S\n]+(?:(?:de|del|du|di|of)[^\S\n]+)?"
    rf"(?:(?:{_TITLE_BEFORE_NAME}|doctor|president|princess|prince)\.?[^\S\n]+)?$", re.IGNORECASE)
# The tier words and the hospital's word right after the span ("Queen Elizabeth" + " Central Hospital").
_HOSPITAL_AFTER = re.compile(rf"(?:[^\S\n]+(?:{'|'.join(longest_first(_TIERS | _LOCAL_TIERS))}))*[^\S\n]+(?:{_HOSPITAL})\b", re.IGNORECASE)
_PATRON_BEFORE = re.compile(rf"\b(?:{_TITLE_BEFORE_NAME})\.?[^\S\n]+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?![Pp]eople['’]s\b)[^\W\d_]+['’]s\b")  # not "People's Hospital": a tier
_REACH = 40

# Where a patient was taken, stayed or died, said right before a hospital's name: a verb of
# taking someone somewhere with "to" ("drove her to", "was rushed to", "they flew my aunt to",
# "referred to"), going there ("went to"), dying there ("died at", "died on Monday in"),
# treatment there ("admitted to", "treated at"), or someone's being there ("he is at", "she was
# in", "I lay in").  The speaker's own workplace is told apart by the work said with it
# (:func:`named_as_workplace`) and by the speaker's being a hospital's staff (:func:`_staff`).
_PATIENT_BEFORE = re.compile(
    r"\b(?:(?:took|taken|take|takes|taking|rushed|brought|sent|transferred|moved|flown|flew|airlifted|"
    r"referred|evacuated|drove|driven|carried)"
    r"(?:[^\S\n]+(?!to\b|into\b)[^\W\d_][\w'’-]*){0,3}?[^\S\n]+(?:to|into)"
    r"|(?:went|gone)[^\S\n]+(?:straight[^\S\n]+)?to"
    r"|died(?:[^\S\n]+[^.!?,\n]{1,30}?)?[^\S\n]+(?:at|in)"
    r"|(?:admitted|treated|operated|hospitali[sz]ed)[^\S\n]+(?:to|at|in)"
    r"|(?:he|she|they|i|we)(?:['’](?:s|m|re)|[^\S\n]+(?:is|was|were|am|are|stayed|stays|lay|lies))"
    r"(?:[^\S\n]+still)?[^\S\n]+(?:at|in))"
    r"[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_PATIENT_REACH = 60
# The local tiers that name a level of a country's regions: a hospital of one is the town's.
_REGION_TIERS = frozenset("provincial regional county municipal referral".split())
# A word this common in English is no town's name in a hospital's ("University", "Mission").
_EVERYDAY_ZIPF = 4.0
# A span that runs on past the hospital's name to its place ("X Hospital in Y", "X Hospital, Y").
_PLACE_IN_SPAN = re.compile(r"[^\S\n]+(?:in|at|near|on)[^\S\n]+|,", re.IGNORECASE)

# The speaker's work: a job or a verb of work, then "at", "in" or "for" (and "the"), right
# before the name, with "I" or "we" or "my"/"our" earlier in the clause; or "my"/"our" alone.
_JOBS = (r"work(?:s|ed|ing)?|employed|job|posted|stationed|deployed|transferred|intern(?:ed|ing|ship)?|"
         r"volunteer(?:ed|ing)?|trained|training|shifts?|wards?|nurses?|doctors?|midwi(?:fe|ves)|physicians?|"
         r"surgeons?|clinicians?|orderl(?:y|ies)|porters?|cleaners?|matrons?|pharmacists?|technicians?|"
         r"interns?|residents?|registrars?|staff|colleagues?|boss|department|unit|team|office")
_WORKPLACE_BEFORE = re.compile(
    rf"\b(?:i|we|my|our)\b[^.!?\n]{{0,50}}?\b(?:{_JOBS})\b[^.!?\n]{{0,20}}?\b(?:at|in|for|with|of)[^\S\n]+(?:the[^\S\n]+)?$"
    r"|\b(?:my|our)[^\S\n]+$",
    re.IGNORECASE)
_WORKPLACE_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:where|in[^\S\n]+which)[^\S\n]+(?:i|we)[^\S\n]+(?:work|worked|am|was|were)\b",
                              re.IGNORECASE)
# The capitalised words of a name right after "at" (joining words between them).
_NAME_AHEAD = re.compile(r"(?:[A-Z][\w'’.-]*|(?:de|del|of|la|da|do)(?=[^\S\n]+[A-Z]))(?:[^\S\n]+(?:[A-Z][\w'’.-]*|(?:de|del|of|la|da|do)(?=[^\S\n]+[A-Z]))){0,5}")
# In a caption's small letters, the words up to a hospital's word ("i work at kamuzu central hospital").
# (No preposition among them: "my uncle to the ... hospital" is an uncle's ride, not my hospital.)
_HOSPITAL_AHEAD = re.compile(rf"(?:(?!(?:to|at|in|into|from|for|with|by|of)[^\S\n])[^\W\d_][\w'’.-]*[^\S\n]+){{1,4}}?"
                             rf"(?:{_HOSPITAL})\b", re.IGNORECASE)
_NAME_BEHIND = re.compile(r"((?:[^\W\d_][\w'’.-]*[^\S\n]*){1,6})$")


def _key(words: list[str]) -> frozenset[str]:
    """The words that tell one hospital from another: not its kind, tier, patron's title or joins."""
    return frozenset(w for w in (fold_place(x).rstrip(".") for x in words)
                     if w not in _TIERS and w not in _LOCAL_TIERS and w not in _PATRONS and w not in _JOINS and not _HOSPITAL_WORD.fullmatch(w)
                     and len(w) > 1)


@functools.lru_cache(maxsize=4)
def _workplace_keys(text: str) -> tuple[frozenset[str], ...]:
    """The names said where the speaker says they work ("I am a nurse at Mulago Hospital")."""
    keys = []
    for found in re.finditer(r"\b(?:at|in|for|with|of|my|our)[^\S\n]+(?:the[^\S\n]+)?", text, re.IGNORECASE):
        if _WORKPLACE_BEFORE.search(text, max(0, found.start() - 80), found.end()) is None:
            continue
        ahead = _NAME_AHEAD.match(text, found.end()) or _HOSPITAL_AHEAD.match(text, found.end())
        if ahead is not None:
            keys.append(_key(_WORD.findall(ahead.group())))
    for found in _WORKPLACE_AFTER.finditer(text):
        behind = _NAME_BEHIND.search(text, max(0, found.start() - 60), found.start())
        if behind is not None:
            keys.append(_key(_WORD.findall(behind.group(1))))
    return tuple(k for k in keys if k)


def patron_or_tier(words: list[str]) -> bool:
    """The words of a hospital's name hold a title, a saint, a tier, only people's names or a
    given name and a name after it ("Escuela Antonio Lenin Fonseca")."""
    folded = [fold_place(w).rstrip(".") for w in words]
    if any(w in _TIERS or w in _PATRONS or w.split("-")[0] in _PATRONS for w in folded):
        return True
    names = [w for w in folded if w not in _JOINS and w not in _LOCAL_TIERS]
    if names and all(_known_name(w, False) for w in names):
        return True
    return any(_known_name(a, True) and _known_name(b, False) for a, b in zip(names, names[1:]))


def _known_name(word: str, given: bool) -> bool:
    """A word the name lists know as a given name (``given``) or as any name."""
    info = default_gazetteer().get(word)
    return info is not None and (info.first or (not given and info.last))


def _name_words(text: str, m: Mention) -> list[str] | None:
    """The words of the hospital's name the span belongs to, or None when no hospital's word
    stands in it or right before or after it."""
    patron = _PATRON_BEFORE.search(text, max(0, m.start - 12), m.start)
    words = ([patron.group().strip()] if patron else []) + _WORD.findall(m.text)  # "St. " + "Joseph's Hospital"
    inside = [w for w in words if _HOSPITAL_WORD.fullmatch(w)]
    if inside:  # a university hospital centre's acronym ("CHU Ignace Deen") is a tier's word
        return [w for w in words if not _HOSPITAL_WORD.fullmatch(w)] + \
            ["teaching" for w in inside if w.isupper()] + ["public" for w in inside if _PUBLIC_HOSPITAL.fullmatch(w)]
    after = _HOSPITAL_AFTER.match(text, m.end)
    if after is not None:
        tail = _WORD.findall(after.group())
        return words + tail[:-1] + (["public"] if _PUBLIC_HOSPITAL.fullmatch(tail[-1]) else [])
    before = _HOSPITAL_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if before is not None:  # "CHU" + "Ignace Deen": the acronym's centre is a teaching hospital
        return _WORD.findall(before.group())[1:] + words + (["teaching"] if before["acronym"] else [])
    return None


# The speaker is a hospital's staff: a hospital the file names is theirs as likely as not.  A
# denial is no job ("I was never a nurse"), and a shift is any worker's ("my shift starts at six"
# in a factory): only a ward or patients of one's own say a hospital.
_STAFF = re.compile(
    r"\b(?:i|we)(?:['’]m|['’]ve|[^\S\n]+(?:am|was|were|are|have|had|been|worked|work|started|trained)){1,3}"
    r"(?![^\S\n]+(?:not|never|no)\b)"
    r"(?:[^\S\n]+\w+){0,2}?[^\S\n]+(?:as[^\S\n]+)?(?:an?|the)[^\S\n]+(?:\w+[^\S\n]+)?"
    r"(?:nurse|doctor|midwife|physician|surgeon|paramedic|orderly|porter|pharmacist|radiographer|anaesthetist|"
    r"anesthetist|intern|resident|registrar|matron|clinician|lab[^\S\n]+technician)\b"
    r"|\b(?:my|our)[^\S\n]+(?:patients|ward)\b",
    re.IGNORECASE)
# The job said with a workplace that is no hospital ("a nurse at the Lindely nursing home", "a
# porter in a cement factory"): the speaker is that place's staff, not a hospital's.
_ELSEWHERE_AFTER = re.compile(
    r"\s+(?:at|in|for|with|on)\s+(?:(?:the|an?|our|my)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:(?:nursing|care|retirement|old[^\S\n]+people['’]s)\s+homes?|homes?|schools?|factory|factories|plants?|"
    r"prisons?|mines?|farms?|estates?|ships?|vessels?|hotels?|resorts?|camps?|sites?|warehouses?|company)\b",
    re.IGNORECASE)


def is_named_hospital(text: str, m: Mention) -> bool:
    """The span is a public hospital's name or the patron's name in one (see the module), or a
    hospital's whole name where the sentence says a patient was taken there, stayed or died
    (:func:`_patients_hospital`), and the file does not name it as the speaker's workplace."""
    if m.entity_type not in {"PERSON", "ORGANIZATION", "LOCATION"}:
        return False
    words = _name_words(text, m)
    if not words or (_POSSESSIVE.search(m.text) and not any(fold_place(w).rstrip(".") in _PATRONS for w in words)):
        return False
    if not (patron_or_tier(words) or _patients_hospital(text, m)) or not _key(words):
        return False  # "the district hospital": no name of one
    return not named_as_workplace(text, words) and not _staff(text)


def place_after_hospital(text: str, m: Mention) -> Mention | None:
    """The place of a span the model ran on from a public hospital's name to where it is ("X
    Hospital in <town>", "X Hospital, <town>"): that place alone, as a place's mention, when the
    hospital's name alone is kept (:func:`is_named_hospital`); None for any other span."""
    found = _PLACE_IN_SPAN.search(m.text)
    if found is None or m.entity_type not in {"ORGANIZATION", "LOCATION"} or \
            not _HOSPITAL_WORD.search(m.text, 0, found.start()):
        return None
    head = replace(m, end=m.start + found.start(), text=m.text[:found.start()])
    tail = m.text[found.end():].strip()
    if not tail or not is_named_hospital(text, head):
        return None
    start = m.start + m.text.index(tail, found.end())
    return replace(m, start=start, end=start + len(tail), text=tail, entity_type="LOCATION")


def is_patients_hospital(text: str, m: Mention) -> bool:
    """The span is a hospital's name kept where a patient was taken, stayed or died
    (:func:`is_named_hospital` by :func:`_patients_hospital`)."""
    return _patients_hospital(text, m) and is_named_hospital(text, m)


def _patients_hospital(text: str, m: Mention) -> bool:
    """The sentence says a patient was taken to the hospital, stayed or died in it, right before
    its name ("they rushed her to", "my aunt died last week in", "she lies in"), and the span is
    the hospital's name alone, no place after it ("... Hospital in <town>" names the town)."""
    words = _name_words(text, m) or []
    if _PLACE_IN_SPAN.search(m.text) or names_place(words) or \
            any(fold_place(w) in _REGION_TIERS for w in words):
        return False  # "Kapiri Provincial Hospital": a province's or a county's, named by its town
    before = _HOSPITAL_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    start = before.start() if before is not None else m.start
    return _PATIENT_BEFORE.search(text, max(0, start - _PATIENT_REACH), start) is not None


def names_place(words: list[str]) -> bool:
    """The hospital's name, or a word of it, is a place's (GeoNames' places of 1,000 people or
    more, the public places and regions): "Nairobi Hospital", "the Kiambu county referral
    hospital" point at the town or the county, and the quality sets' writers mark them quasi."""
    names = [w for w in words if not _HOSPITAL_WORD.fullmatch(w) and fold_place(w).rstrip(".") not in
             _JOINS | _TIERS | _LOCAL_TIERS | _PATRONS and zipf_frequency(w.lower(), "en") < _EVERYDAY_ZIPF]
    places, towns, public = default_places(), small_place_names(), public_places()
    return any(places.is_place(name) or fold_place(name) in towns or fold_place(name) in public
               for name in [" ".join(names), *names] if name)


def named_as_workplace(text: str, words: list[str]) -> bool:
    """A name of these ``words`` is said somewhere in ``text`` as the speaker's workplace ("I am
    a nurse at Mulago Hospital", "our Kamuzu", "the Bank of Botswana, where I work")."""
    key = _key(words)
    return any(key & work for work in _workplace_keys(text))


@functools.lru_cache(maxsize=4)
def _staff(text: str) -> bool:
    """The speaker says they work in a hospital ("I am a nurse", "my patients"), and nowhere
    that their job is at a place that is no hospital (:data:`_ELSEWHERE_AFTER`: the nurse of a
    nursing home is that home's staff)."""
    said = list(_STAFF.finditer(text))
    return bool(said) and not any(_ELSEWHERE_AFTER.match(text, found.end()) for found in said)

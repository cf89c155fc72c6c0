"""Names of months, weekdays, seasons and yearly holidays, with the abbreviations written in
dates ("Sept", "Feb.")."""

from __future__ import annotations

from types import MappingProxyType

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Lower-case month name or abbreviation → month number: "february" and "feb" → 2.
MONTH_NUMBER = MappingProxyType({
    **{m.lower(): i for i, m in enumerate(MONTHS, 1)},
    **{m.lower()[:3]: i for i, m in enumerate(MONTHS, 1)},
    "sept": 9,
})
# Regex alternation of every month form in ``MONTH_NUMBER``, longest first.
MONTH_PATTERN = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
MONTHS_AND_DAYS = frozenset(m.lower() for m in MONTHS + WEEKDAYS)
# Regex alternation of the weekdays, lower-case.
WEEKDAY_PATTERN = "|".join(d.lower() for d in WEEKDAYS)
SEASON_PATTERN = "spring|summer|autumn|fall|winter"
# Yearly holidays (lower-case regex): named alone they date nothing; "the day before Christmas"
# or "Christmas 2021" pins a day.  With the national festivals of the transcripts' countries
# that are public holidays there (each country's official list of public holidays): harvest and
# new-year festivals of South and South-East Asia, Tết, Chuseok, the Day of the Dead.
HOLIDAY_PATTERN = (
    r"christmas(?:\s+(?:day|eve))?|new\s+year(?:'?s)?(?:\s+(?:day|eve))?|easter(?:\s+(?:sunday|monday))?|"
    r"eid(?:[\s-]+(?:(?:al|ul|el|e)[\s-]+)?(?:fitr|adha|azha|zuha|kabir|saghir|mubarak)|\s+al-\w+)?|ramadan|diwali|deepavali|hanukkah|passover|yom\s+kippur|rosh\s+hashanah|thanksgiving|"
    r"orthodox\s+christmas|nowruz|lunar\s+new\s+year|chinese\s+new\s+year|halloween|carnival|"
    r"pongal|onam|holi|durga\s+puja|navratri|dussehra|vaisakhi|baisakhi|ugadi|vesak|songkran|t[eế]t|"
    r"chuseok|hari\s+raya(?:\s+\w+)?|d[ií]a\s+de\s+(?:los\s+)?muertos|semana\s+santa|kwanzaa|"
    # and those of the keep list's holidays (rules/public.yaml) that are no English word or name:
    # the Ethiopian, Mongolian, Tibetan, Nepali, Burmese, Khmer, Korean, Turkish, Indonesian and
    # West African ones, the Christian moveable feasts and Australia's NAIDOC Week
    # Round 43: the new year of Persian, Central Asian and Kurdish speakers by its spellings
    # in the languages that keep it as a public holiday ("navruz": Uzbek, Tajik; "nauryz":
    # Kazakh; "nooruz": Kyrgyz; "newroz": Kurdish; "nevruz": Turkish); not Azerbaijani
    # "Novruz", a given name there too
    r"navruz|nauryz|nooruz|norooz|nowrouz|nowroz|nauroz|newroz|nevruz|"
    # and Bhutan's dzongs' yearly festival, a public holiday of each district ("the tshechu")
    r"tshechu|"
    r"timk[ae]t|meskel|masqal|enkutatash|irreecha|naadam|tsagaan\s+sar|losar|dashain|thingyan|"
    r"pchum\s+ben|seollal|kurban\s+bayram[ıi]?|lebaran|tabaski|ashura|mawlid|arbaeen|thaipusam|"
    r"good\s+friday|holy\s+week|palm\s+sunday|ash\s+wednesday|boxing\s+day|naidoc\s+week")

# Months of the other calendars the transcripts date by: the Solar Hijri (Iran, Afghanistan),
# the Islamic (Hijri), the Nepali (Bikram Sambat) and the Ethiopian, in their usual English
# spellings.  With a day they pin one ("12 Aban", "3 Shawwal 1443", "Baisakh 5", "Meskerem 2").
# The names that are also English words or given names ("Tir", "Mehr", "Dey", "Azar", "Safar",
# "Rajab", "Magh", "Sene", "Kartik") count only capitalised (OTHER_CALENDAR_MONTHS_CAPITALISED).
OTHER_CALENDAR_MONTHS = (
    # Solar Hijri
    "Farvardin", "Ordibehesht", "Khordad", "Mordad", "Amordad", "Shahrivar", "Aban", "Bahman",
    "Esfand",
    # Islamic
    "Muharram", "Moharram", "Rabi al-Awwal", "Rabi' al-Awwal", "Rabiul Awal", "Rabi ul-Awwal",
    "Rabi al-Thani", "Rabi' al-Thani", "Rabi al-Akhir", "Rabiul Akhir", "Jumada al-Awwal",
    "Jumada al-Ula", "Jumada al-Thani", "Jumada al-Akhirah", "Jumadil Awal", "Jumadil Akhir",
    "Sha'ban", "Shaban", "Sha’ban", "Ramadan", "Ramazan", "Shawwal", "Syawal", "Dhu al-Qadah",
    "Dhu al-Qa'dah", "Dhul Qadah", "Dhul-Qadah", "Zulkaedah", "Dhu al-Hijjah", "Dhul Hijjah",
    "Dhul-Hijjah", "Zulhijjah",
    # Nepali
    "Baisakh", "Baishakh", "Jestha", "Jeth", "Ashadh", "Asadh", "Shrawan", "Saun", "Bhadau",
    "Ashwin", "Asoj", "Mangsir", "Poush", "Falgun", "Phagun", "Chaitra",
    # Ethiopian
    "Meskerem", "Tikimt", "Tikemet", "Tekemt", "Hidar", "Hedar", "Tahsas", "Tahesas", "Yekatit",
    "Megabit", "Miyazya", "Miazia", "Ginbot", "Nehase", "Pagume", "Pagumen",
)
OTHER_CALENDAR_MONTHS_CAPITALISED = (
    "Tir", "Mehr", "Dey", "Azar", "Safar", "Rajab", "Magh", "Sene", "Asar", "Kartik", "Bhadra",
    "Push", "Chait", "Ter", "Hamle",
)

"""Money as people say and type it: currency signs, codes and names of many countries, the
multipliers of South Asian English ("lakh", "crore"), and the words that make a sum a person's own
("paid", "salary", "a month") or a public one ("budget", "the government", "costs")."""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

from redactor.lexicon.folding import ascii_fold
from redactor.project.files import keep_cached, read_cached, user_cache_file

# Signs written before a figure ("$1,200", "₺12.000", "৳12,000", "₪3,000", "៛40,000", "؋5,000") or
# after it ("500 €", "1.200 ₺"): every currency sign of Unicode (its category "Sc"), so a country's
# sign is known without a list here; less the cent signs, which follow cents ("50¢"), and the
# generic "¤".  Then the letter abbreviations that act as signs ("Rs. 45,000", "R15 000", "KSh
# 2,000", "US$ 300", "Sh 500", "Br 1,200", "FCFA 25,000", "N$ 2,000").  "R" and "K" only right
# before a digit with a capital: "r 15" in a caption is no rand.
_NOT_SIGNS_BEFORE = "¢¤￠"


def _unicode_signs() -> str:
    """Every character of category "Sc" up to U+1FFFF, less ``_NOT_SIGNS_BEFORE``."""
    category = unicodedata.category
    return "".join(ch for ch in map(chr, range(0x20, 0x20000)) if category(ch) == "Sc" and ch not in _NOT_SIGNS_BEFORE)


def _currency_signs() -> str:
    """:func:`_unicode_signs`, kept in the user's cache folder, named after this module's code and
    Python's Unicode version: looking up 130,000 characters' categories is 13 ms of every process's
    imports, the lookup of the kept string a tenth of a millisecond."""
    path = user_cache_file("currency-signs", __file__, unicodedata.unidata_version)
    kept = read_cached(path)
    if isinstance(kept, str) and kept and all(unicodedata.category(ch) == "Sc" for ch in kept):
        return kept
    signs = _unicode_signs()
    keep_cached(path, signs)
    return signs


CURRENCY_SIGNS = _currency_signs()
SIGN_ABBREVIATIONS = ("rs.", "rs", "tk.", "tk", "ksh", "kshs", "ush", "tsh", "gh₵", "gh¢", "ghs",
                      "us$", "a$", "c$", "nz$", "hk$", "s$", "r$", "nt$", "n$", "ec$", "j$", "tt$", "fj$", "rd$",
                      "bz$", "bds$", "ws$", "si$", "t$", "inr", "pkr", "npr", "lkr", "bdt",
                      # the CFA franc
                      "fcfa", "cfa")

# Local signs written with capitals right before a figure, matched in their case only ("RM 1,800"
# ringgit, "Rp 15.000.000" rupiah, "Bs 300" bolivianos, "S/ 450" soles, "Q1,200" quetzales, "Nu.
# 300,000" ngultrum), before a figure of three digits or more or with its decimals (not "the road
# RM 12", "Q4"); "MK" (Malawi kwacha) only before a figure grouped in thousands ("MK50,000"; not
# the "Mk 4" of a car's model).
CASED_SIGNS = ("RM", "Rp", "Bs", "Bs.", "S/", "S/.", "Q", "Nu", "Nu.",
               # the East African shilling, birr, kyat, kwanza, Zambian kwacha, Sierra Leone's new
               # leone: two letters a caption's small letters make everyday ("sh", "br 12")
               "Sh", "Shs", "Br", "Ks", "Kz", "ZK", "NLe")
GROUPED_SIGNS = ("MK",)

# ISO 4217 codes people type before or after a figure ("AMD 80,000", "1,500 MAD", "TOP 3,000"),
# every country's money from pycountry (redactor/data/currency_codes.txt, written by
# tools/build_currency_codes.py); matched in capitals only ("try 20" is a verb, "amd" in a caption
# is nothing).  WORD_CODES are common English words too: before a figure they need its thousands
# or decimals ("ALL 12,500"; not "ALL 500 WORKERS", "TOP 10").
CURRENCY_CODES_FILE = "currency_codes.txt"


def _currency_code_lines() -> list[list[str]]:
    raw = resources.files("redactor.data").joinpath(CURRENCY_CODES_FILE).read_text(encoding="utf-8")
    return [line.split() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


_CODE_LINES = _currency_code_lines()
ISO_CODES = tuple(fields[0] for fields in _CODE_LINES)
WORD_CODES = tuple(fields[0] for fields in _CODE_LINES if "word" in fields[1:])

# Currency names after a figure, singular and plural and local forms ("forty thousand dram",
# "1,500 dirhams", "two lakh taka"), with the everyday words for money ("bucks", "quid", "grand").
# Left out: names that are everyday words after a number too ("real", "mark", "sol", "colon").
# "pound" and "pounds" stay, told from a weight by what is said around them (WEIGHT_CUES).
CURRENCY_WORDS = (
    "dollar dollars bucks buck quid euro euros pound pounds sterling pence cents "
    "rupee rupees rupiah rupiahs taka dram drams lari laris kwacha kwachas lira liras lire rand rands "
    "peso pesos naira nairas dirham dirhams zloty zlotys zlotych złoty złotys hryvnia hryvnias hryvnya "
    "hryvnyas hryvni grivna grivnas rouble roubles ruble rubles lev leva levs leu lei dinar dinars "
    "riyal riyals rial rials shilling shillings cedi cedis birr birrs kyat kyats kip kips dong baht "
    "ringgit ringgits som soms tenge tenges manat manats afghani afghanis somoni tugrik tugriks "
    "yuan renminbi rmb yen won franc francs cfa pula leone leones dalasi ariary kwanza kwanzas "
    "metical meticais lempira lempiras quetzal quetzales colones soles boliviano bolivianos "
    "reais guarani guaranis krona kronor krone kroner koruna korunas forint forints kuna kunas denar denari denars shekel shekels "
    "sheqel sheqels grand "
    # signs in letters written after the figure ("28 zł", "900 Kč", "450 kr", "300 Dhs", "25,000 FCFA")
    "zł kč kr dhs fcfa "
    # local names the ISO 4217 English names do not give ("Tugrik", "Lek", "Loti", "Lilangeni")
    "tögrög tögrögs togrog togrogs tugrug tugrugs lekë leke maloti emalangeni shilingi "
    # the English names of the Czech koruna, the Swedish and Icelandic krona and the Danish and
    # Norwegian krone ("80,000 crowns"), which are a dentist's and a champion's crowns too: only
    # after a figure of hundreds or more (CROWN_LEAST)
    "crown crowns"
).split()
# The hundredth parts of money, said after a sum with "and" ("two dollars and ten cents", "five
# pounds and twenty pence").
MINOR_UNITS = ("cent cents pence penny p centavo centavos centimo centimos céntimo céntimos centime centimes "
               "kopek kopeks kopeck kopecks kopiyka kopiyok paisa paise fils halala halalas piastre piastres "
               "qirsh tambala ngwee thebe lisente pesewa pesewas butut bututs tetri luma stotinki santims "
               "groszy grosz haleru halers").split()
# Qualifiers said after a currency's name ("thirty-eight million francs CFA",
# "300,000 francs CFA", "francs CFP"): part of the sum's name.
CURRENCY_QUALIFIERS = ("CFA", "FCFA", "CFP", "BCEAO", "BEAC")
# Names of money that are everyday nouns too, and the least figure before which they are money
# ("900 crowns", "forty-one thousand crowns"; not "two crowns" on a tooth).
EVERYDAY_CURRENCY_LEAST = {"crown": 100, "crowns": 100}
# One-word ISO 4217 names that are everyday words after a number too ("the 50 mark", "two real
# reasons", "a tidy sum"), or no currency said alone ("Omani" of "Rial Omani").
NOT_CURRENCY_ALONE = frozenset(
    "real mark sol sum colon oro gold omani soberano uruguayo bceao beac".split())


# The local names of currencies (the head of a name of two words, accents, plurals of the
# country's language), one a line; see the file's head.
LOCAL_CURRENCY_FILE = "currency_local.txt"


@functools.cache
def currency_words() -> tuple[str, ...]:
    """The currencies' names said after a figure: :data:`CURRENCY_WORDS` and each one-word name
    of a country's money (ISO 4217, the packaged place table's "currency" entries: "nakfa",
    "ngultrum", "gourde"), with its plural (the English "+s" and, after a consonant, the "+es" of
    Spanish after an "l", an "r" or an "n": "quetzales", "dinares", "florines"), less :data:`NOT_CURRENCY_ALONE`, and
    the local names of :data:`LOCAL_CURRENCY_FILE` with and without their accents ("guaraníes",
    "guaranies")."""
    from redactor.lexicon.places import public_names_of_kind

    iso = {name for name in public_names_of_kind("currency") if " " not in name and name not in NOT_CURRENCY_ALONE}
    plurals = {name + "s" for name in iso if not name.endswith("s")}
    plurals |= {name + "es" for name in iso if name[-1] in "lrn"}
    local = set(local_currency_names()) | set(minor_unit_names())
    # "colón" is the money; "colon" without its accent is the everyday word
    local |= {ascii_fold(name) for name in local} - NOT_CURRENCY_ALONE
    return tuple(sorted(set(CURRENCY_WORDS) | iso | plurals | local))


@functools.cache
def local_currency_names() -> tuple[str, ...]:
    """The lines of :data:`LOCAL_CURRENCY_FILE` ("bolívar", "guaraníes", "nuevos soles", "tomans")."""
    return _data_lines(LOCAL_CURRENCY_FILE)


# The fractional units of every circulating currency ("stotinki", "kopeks", "paise", "pesewas"),
# one a line; see the file's head.
MINOR_UNITS_FILE = "currency_minor.txt"


@functools.cache
def minor_unit_names() -> tuple[str, ...]:
    """The lines of :data:`MINOR_UNITS_FILE`: a figure said before one is a sum ("70 stotinki")."""
    return _data_lines(MINOR_UNITS_FILE)


def _data_lines(name: str) -> tuple[str, ...]:
    """The lines of a packaged data file, less its comments and blank lines."""
    raw = resources.files("redactor.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))

# Multipliers said after a number ("two lakh", "1.5 crore", "40k").
LAKH_WORDS = ("lakh", "lakhs", "lac", "lacs", "crore", "crores")

# What makes a sum a person's own when it is said without a currency ("my salary was eight
# hundred", "i paid 300 for it", "we got forty thousand"), and the pay words a spoken million
# needs before it ("i paid two million kip").
PAY_CUES = (
    "paid pay pays paying repaid repay owe owed owes owing borrowed borrow lent lend loan loans debt debts "
    "earn earns earned earning earnings salary salaries wage wages rent bribe bribes bribed fine fined "
    "deposit bonus compensation fee fees charged charge charges income pension allowance advance asked "
    "asking demanded demanding"
).split()
# The pay a person is owed or was paid counted in the time it was earned in ("two months' pay",
# "three weeks of wages", "three months of height allowance"): nouns of pay for work or rent.
PAY_FOR_TIME_NOUNS = (
    "pay wage wages salary overtime commission allowance bonus earnings rent arrears tips"
).split()
# The nouns of a person's pay or takings a share of which is a sum of its own ("ten percent of
# every wage", "a third of his winnings", "half the money", "half salary"); not a public good's
# ("a tenth of the budget" is the state's: PUBLIC_CUES) nor a thing's ("half the trees").
SHARED_PAY_NOUNS = (*PAY_FOR_TIME_NOUNS, *(
    "salaries money cash earning income fee fees takings winnings prize prizes profit profits "
    "bonuses commissions tip loan loans debt debts payment payments compensation"
).split())
# The shares said of it, before "of" or an article ("twenty percent", "15%", "a third", "two
# thirds", "three quarters", "half").
FRACTIONS = ("half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths").split()
# Weaker: with a currency they say whose sum it is ("he gave me five grand", "i was making 40k",
# "he took fifteen thousand from me", "i spent twenty thousand on the visa"); without one they
# count anything ("i got 300 messages"), so a bare figure after them must be a thousand or more
# with no noun after it, or carry its "k", "lakh" or rate.
GIVE_CUES = (
    "gave give gives given got get gets received receive receives sent send wired transferred saved making make makes made "
    "took take takes taking stole stolen steal spent spend spends spending wanted want wants promised promise "
    "won"
).split()
# "cost" is a price ("bread costs two lari") unless a person follows it: then it is what they paid
# ("it cost me twelve thousand").
COST_CUES = ("cost", "costs", "costing")
# The verbs of a sale and a purchase: a figure said after their "for" or "at" is its price ("he
# sells them to the hotel for forty-five", "she sold it to him for five thousand", "he sells them
# at ninety in the market", "they bought the calf for nine hundred").
SALE_CUES = "sell sells sold selling resell resells resold buy buys bought buying purchase purchases purchased".split()

# Words that may follow a sum said without its currency; a noun instead says what it counts
# ("i paid 300 workers").
AFTER_BARE_SUM = (
    "for to from in on at into a an and or but so because then when that which until till by with "
    "each every per now only back cash up upfront altogether total still left uh um er erm like you i we he she they it "
    # when it was paid ("they paid sixty since october", "paid 300 last month")
    "since last this before after again already"
).split()

# Words that may stand between a word of pay and a sum said without its currency ("my salary was
# about eight hundred", "i paid him 300"); a noun there says the figure is something else ("the
# rent for flat 305").  "the", "my"... with the next word are allowed too ("paid the agent 500").
BETWEEN_PAY_AND_SUM = (
    "was is were are be been of about around like only just me him her them us you it to back maybe "
    "roughly almost nearly over up i we he she they uh um er erm even still already also out for not never now "
    "then finally exactly probably another extra additional"
).split()
DETERMINERS = ("the", "my", "his", "her", "our", "their", "a", "an", "that", "this", "each")

# Words that say money is being talked of, in the sentences before a figure in millions said
# without its currency ("and the cash? twelve million ended up at the clinic", "one withdrawal
# last week: 4.5 million"), or asked what something is sold or bought at ("at what price?
# eight thousand a kilo"): the figure is that money, not a count of people or things.
MONEY_TALK = (
    "money cash price sum sums amount amounts withdrawal withdrawals withdrew withdrawn transfer transfers "
    "transferred deposit deposits deposited account accounts payment payments cheque cheques invoice invoices"
).split()

# Words between a sum said with its currency and a figure said without one that make the figure
# the same kind of sum: a correction, a range, a comparison, a second payment ("900 birr, it
# should have been 1,100", "not 300 dollars but 450", "from 500 euros to 700", "then another 200").
SAME_SUM_CUES = (
    "should supposed meant promised agreed expected instead rather but or to than then another more extra "
    "later now before after first next only just "
    # a hedge on the same sum ("six hundred a chamber, if it's deep maybe eight hundred", "the day
    # rate is 950 lira, we saw maybe 700", "sometimes 400", "usually nearer 500")
    "maybe perhaps sometimes usually mostly often nearer closer barely hardly"
).split()

# Said after a sum, a rate makes it a wage or a rent: "350 euros a month", "forty a day".
# A share is said the same way: "ten thousand pesos each", "500 dollars apiece", "200 per person".
RATE_WORDS = ("a month", "a week", "a day", "an hour", "a year", "a shift", "a night", "per month", "per week",
              "per day", "per hour", "per year", "per annum", "per shift", "per night", "monthly", "weekly",
              "each month", "every month", "each week", "every week", "each time", "every time", "each", "apiece", "a head", "per head",
              "per person", "a person")

# The units goods are sold and paid by, said after a sum with "for a", "for every" or "for each"
# ("Q40 for a quintal", "ninety rupees for every sack", "€2 for each bundle"): weights, measures
# and the loads of a market in many countries.  A rate by a count of any noun ("eleven rupees for
# a hundred frames") needs no list.
TRADE_UNITS = (
    "kilo kilos kilogram kilogramme kg gram gramme tonne ton quintal hundredweight pound ounce arroba "
    "maund seer catty tael litre liter gallon pint metre meter yard foot acre hectare bigha "
    "sack bag bale bundle basket crate box carton case tray bucket load cartload truckload lorryload "
    "dozen score pair piece set roll sheet bunch head unit batch trip"
).split()
# The goods whose price is a public figure ("bread costs two lari", "petrol is 300 a litre"): read
# as public only in the sum's own phrase (see PUBLIC_CUES).
PRICED_GOODS = "bread loaf litre liter kilo kg petrol gas fuel ticket tickets".split()
# Words before a sum, in its clause, that make it a public or a market figure, never a person's:
# a state's or a firm's money and the price of public goods (PRICED_GOODS).
PUBLIC_CUES = (
    "government governments state states ministry ministries minister budget budgets municipality council "
    "city country countries nation national federal parliament eu commission company companies firm firms "
    "corporation corporations business businesses industry sector economy gdp revenue revenues turnover "
    "profit profits investment investments invested funding fund funds taxpayers treasury "
    "prices market markets inflation tax taxes subsidy subsidies aid programme "
    "program project projects"
).split() + PRICED_GOODS
# Said after a currency's name, what makes it an adjective of a group of states ("the seventeen
# euro countries", "the dollar zone").
CURRENCY_AS_ADJECTIVE = ("countries", "country", "area", "zone", "states", "members", "member", "crisis")
# Said before "pounds", what makes them a weight ("i lost twenty pounds").
WEIGHT_CUES = ("weigh weighs weighed weight weighing lost lose gained gain lift lifted lifting carry carried "
               "carrying heavy bag bags sack sacks").split()
# ... unless the cost is said of a person ("it cost me 500 dollars", "cost us").
PERSONAL_OBJECTS = ("me", "us", "him", "her", "them", "my", "our", "his", "their")
# Who is paid compensation, a bribe or a share, besides a pronoun: a family or one of its people
# ("the family got fifteen million kip", "the mother got five million guaraníes").
RECEIVERS = ("family", "families", "mother", "father", "parents", "wife", "husband", "widow", "son",
             "daughter", "brother", "sister", "children", "relatives")

"""Titles of trades and of other languages before a name, and honorifics said after one (round 32).

The honorifics table (``redactor/data/honorifics.tsv``) gains, by kind: the Italian titles written
out ("Dottor Alvise Moretti", "dottoressa Bianchi", "ingegner Rossi", "avvocato Neri"), Dutch
"mener"/"mijnheer", the English ones a sports club, a union or an engineers' register puts before
a name ("Coach Rajbir Malik", "Comrade Pawar", Singapore's and India's "Er. Tan Kok Leong"),
Egyptian Arabic "Am" and Somali "Aw" with their capital ("Am Ragab", "Aw Jaamac Yuusuf"), and
the words said after a name: South Asian and African English "sir" and "madam" ("thapa sir",
"kurian sir", "Lakshmi madam"), Persian "joon", "jaan" and "jan" ("Shirin joon"), and Mandarin
"lao-ban" with its syllables hyphened ("Huang lao-ban").  Each goes into the person's span, and
the person is the name without it when names are compared.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("Sandeep: Two things. Coach Rajbir Malik, we call him Pehlwan ji, gives the boys injections.\n",
     "Coach Rajbir Malik"),
    ("Bortolato: He is ill. Dottor Alvise Moretti signs the certificates in his name.\n",
     "Dottor Alvise Moretti"),
    ("A: The Dharavi Leather Kamgar Sangh. Small. Comrade Pawar runs it from his room.\n", "Comrade Pawar"),
    ("Source: The site supervisor, mener Hendrik Vermeulen, a Dutchman, decided it.\n",
     "mener Hendrik Vermeulen"),
    ("Src: For our firm it's Er. Tan Kok Leong. He signs the inspection reports.\n", "Er. Tan Kok Leong"),
    ("Worker: The papers went to dottoressa Chiara Bellini at the lab.\n", "dottoressa Chiara Bellini"),
    ("MAHMOUD: A bidoon, Am Ragab we called him, from the dish room.\n", "Am Ragab"),
    ("S: He is related to the owner, Aw Jaamac Yuusuf, who is an elder of a big family.\n", "Aw Jaamac Yuusuf"),
    # and the words said after a name
    ("biju: the supplier's man on site is thapa sir, he signs everything\n", "thapa sir"),
    ("biju: akhil is the canteen man's nephew. kurian sir gets forty thousand per film\n", "kurian sir"),
    ("Source: My mother calls me Shirin joon, but don't print that.\n", "Shirin joon"),
    ("Vendor: We say Boss Huang, Huang lao-ban. He collects the rent.\n", "Huang lao-ban"),
    ("clerk: the file went to lakshmi madam and she signed it\n", "lakshmi madam"),
])
def test_the_title_before_or_the_honorific_after_goes_into_the_span(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


_NO_TITLE = (
    "Respondent: no sir, i did not see it. yes sir. okay sir, thank you madam\n",
    "Respondent: The coach trip was long and the comrade spirit was gone.\n",
    "Respondent: good morning sir, the coach driver came in late jan\n",
    "Respondent: The team's coach Huang never came to the hall.\n",
    "Respondent: I am here and I Am not leaving. We saw I Am Legend. Aw, that's sad.\n",
    "clerk: bas sir, that is all. accha sir. namaste madam, i will send it.\n",
)


def test_the_words_alone_or_owned_are_no_title(redactor_default, tmp_path):
    for text in _NO_TITLE:
        found = people(found_in_file(redactor_default, tmp_path, text))
        assert all(not any(w in name.lower().split() for w in ("sir", "madam", "coach", "comrade", "jan", "am", "aw"))
                   for name, _ in found), (text, found)


def test_the_name_with_the_word_after_is_the_name_without_it(redactor_default):
    text = "biju: thapa sir signs the sheet. then thapa comes back and shouts.\n"
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [t for t, _ in found][-2:] == ["thapa sir", "thapa"]
    assert found[-1][1] == found[-2][1]

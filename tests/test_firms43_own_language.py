"""Small firms named in their own language (round 43): a kind said first in two or more words
(Vietnamese "Cơ sở", "Công ty", "Doanh nghiệp tư nhân", Malay "rumah makan") or one word
(Indonesian "Toko", "bengkel", German "Spedition"); a Japanese house's suffix after a hyphen
("kawasemi-sō", "Tanaka-ya", "Hanamizuki-tei"); a maker's or a family firm's head after a name
in a caption ("kyklos productions", "öztürk ve oğulları", "yamada shōten"); and more legal forms
("brenner ohg", "ООО Сибирь")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_heads import find_firms_by_head, name_without_kind
from redactor.detect.recognizers.firm_kinds import find_firms_by_kind, kind_words
from tests.mention_helpers import caption_spans
from tests.test_workplaces import _employer_finds


@pytest.mark.parametrize("text, caseless, expected", [
    # Vietnamese: an establishment, a company, a private enterprise, a cooperative, with and
    # without the accents a caption drops
    ("I'm a rough cutter. At Cơ sở Mỹ Nghệ Phước Thịnh since 2012.", False, ["Cơ sở Mỹ Nghệ Phước Thịnh"]),
    ("Six years at Công ty TNHH Hoàng Phát in the north.", False, ["Công ty TNHH Hoàng Phát"]),
    ("I kept the books at Doanh nghiệp Tư nhân Thành Đạt.", False, ["Doanh nghiệp Tư nhân Thành Đạt"]),
    ("i worked at cong ty thanh cong for two years", True, ["cong ty thanh cong"]),
    ("my aunt sells to hợp tác xã nông nghiệp tân phú", True, ["hợp tác xã nông nghiệp tân phú"]),
    # Indonesian and Malay: a shop, a repair shop, an eating house, a stall
    ("He owns Toko Sumber Makmur on the main road.", False, ["Toko Sumber Makmur"]),
    ("i weld at bengkel las sumber rejeki near the market", True, ["bengkel las sumber rejeki"]),
    ("we ate at rumah makan sederhana every friday", True, ["rumah makan sederhana"]),
    ("I cooked at Warung Bu Tini for three years.", False, ["Warung Bu Tini"]),
    # German: a haulier
    ("I drove for Spedition Kowalczyk out of Poznań.", False, ["Spedition Kowalczyk"]),
])
def test_a_firm_s_kind_said_first_in_its_own_language_is_found_whole(text, caseless, expected):
    assert caption_spans(find_firms_by_kind, text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    # no name after the kind: a function word, a month, nothing
    ("i went to the warung and bought rice", True),
    ("she works at the kedai.", True),
    ("he was the co so he signed it", True),
    ("We stopped at a Toko and then went home.", False),
    # the kind's words apart: no kind
    ("it was a big công, ty said", True),
])
def test_no_own_language_firm_without_its_name(text, caseless):
    assert caption_spans(find_firms_by_kind, text, caseless) == []


@pytest.mark.parametrize("words, expected", [
    (["công", "ty", "hoàng", "phát"], 2),
    (["Doanh", "nghiệp", "tư", "nhân", "Thành"], 4),
    (["rumah", "makan", "sederhana"], 2),
    (["transportes", "ruiz"], 1),
    (["công", "việc"], 0),
    (["rumah", "sakit"], 0),
    ([], 0),
])
def test_how_many_words_say_a_kind(words, expected):
    assert kind_words(words) == expected


@pytest.mark.parametrize("text, expected", [
    ("i'm the bath attendant at kawasemi-sō in gero, up by the river", ["kawasemi-sō"]),
    ("the owner of kawasemi-so pays us in cash", ["kawasemi-so"]),
    ("I wash dishes at Tanaka-ya on weekends.", ["Tanaka-ya"]),
    ("I am a cook at the Hanamizuki-tei in Kyoto.", ["Hanamizuki-tei"]),
    ("we slept two nights at Shirasagi-kan before the festival", ["Shirasagi-kan"]),
])
def test_a_japanese_house_named_with_its_suffix_is_a_firm(text, expected):
    assert _employer_finds(text) == expected


@pytest.mark.parametrize("text", [
    "the so-and-so said it was fine",
    "she sang ya-ya and left",
    "a kan-kan dancer, a tea-so-so thing",
    "it was a just-so story, a not-so-good day, even-so, see-ya later",
])
def test_a_hyphen_and_a_short_word_is_no_house(text):
    assert _employer_finds(text) == []


def _heads(text: str) -> list[str]:
    return caption_spans(find_firms_by_head, text, True)


@pytest.mark.parametrize("text, expected", [
    ("for triti efkairia. it's made by kyklos productions in marousi.", ["kyklos productions"]),
    ("i did the lights for vrettakis events in the summer", ["vrettakis events"]),
    ("i worked at öztürk ve oğulları for ten years", ["öztürk ve oğulları"]),
    ("my uncle sold timber to janssen en zonen in gent", ["janssen en zonen"]),
    ("he packs boxes at yamada shōten near the station", ["yamada shōten"]),
    ("she stitched hems for barría hermanos then", ["barría hermanos"]),
])
def test_a_maker_s_or_family_firm_s_head_after_a_rare_name(text, expected):
    assert _heads(text) == expected


@pytest.mark.parametrize("text", [
    # no rare word of a name before the head: which of a kind, or a public place
    "the school productions were fun and the local events too",
    "we watched the big studios make films",
    "the london records office, and tirana events",
])
def test_a_head_after_everyday_words_is_no_firm(text):
    assert _heads(text) == []


@pytest.mark.parametrize("text, expected", [
    ("I did the books for brenner ohg in linz.", ["brenner ohg"]),
    ("later i drove for kessler gbr out of graz", ["kessler gbr"]),
    ("He sold the parts to ООО Сибирь last year.", ["ООО Сибирь"]),
    ("She cleaned for ИП Иванов in Omsk.", ["ИП Иванов"]),
])
def test_more_legal_forms_name_a_firm(text, expected):
    assert _employer_finds(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Cơ sở Mỹ Nghệ Phước Thịnh", "Mỹ Nghệ Phước Thịnh"),
    ("Doanh nghiệp Tư nhân Phước Lộc", "Phước Lộc"),
    ("Công ty TNHH Hoàng Phát", "Hoàng Phát"),
    ("rumah makan sederhana jaya", "sederhana jaya"),
    ("Toko Sumber Makmur", "Sumber Makmur"),
    ("empresa pesquera tundama", "tundama"),
])
def test_a_firm_s_own_name_without_its_kind_of_several_words(name, expected):
    assert name_without_kind(name) == expected


@pytest.mark.parametrize("name", ["Cơ sở", "công ty tnhh", "rumah makan", "empresa pesquera"])
def test_no_own_name_when_only_kinds_are_said(name):
    assert name_without_kind(name) is None


@pytest.mark.parametrize("text, caseless", [
    # a large group's name ends so as often: no head of a small firm
    ("Shares of Independent News Media fell again on Monday.", False),
    ("we watched the new film by Walt Disney Studios", False),
    # a public establishment said by its Polish kind first
    ("He paid his contributions to Zakład Ubezpieczeń Społecznych every month.", False),
])
def test_a_large_group_or_a_public_establishment_is_no_small_firm(text, caseless):
    assert caption_spans(find_firms_by_head, text, caseless) == []
    assert caption_spans(find_firms_by_kind, text, caseless) == []

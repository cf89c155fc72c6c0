"""Every handle rule of rules/contact.yaml names its apps from one list, the pack's ``platforms``
vocabulary: an account on an app one rule knew and another did not ("my WeChat ID is ...", "on
Zalo he goes by ...", "my KakaoTalk is ...") is found by each frame alike.  LINE is an app only in
its capitals (``platforms_cased``); what an account is called "there" once its app is named ("on
messenger, my name there is ...", "messenger, i'm ... on there", "On there I'm ..."); a spoken
handle after the app and a comma ("a new discord, it's k dot o"); an account's name in words and
a number that its clause is about ("my account night jar seventy seven is gone")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file


@pytest.mark.parametrize("text, handle", [
    ("Send me a message. My WeChat ID is tanweiling_88. Don't call.\n", "tanweiling_88"),
    ("my wechat is lanfang.k and nobody else knows it\n", "lanfang.k"),
    ("On Zalo she goes by Hoamai, that's where the group is.\n", "Hoamai"),
    ("you can find him on weibo as chen_dl1979 if you look\n", "chen_dl1979"),
    ("My KakaoTalk ID: minseo.p2 is the safest way.\n", "minseo.p2"),
    ("He posts as Baekho on Reddit every night.\n", "Baekho"),
    ("SOURCE: The scout, I only know his first name and his LINE, ryuji_k777. Nothing else.\n", "ryuji_k777"),
    ("SOURCE: 090-4471-2286. LINE is kaito_eclipse_26, but the club can see that one.\n", "kaito_eclipse_26"),
    ("<v Source>0933 512 806. On LINE my ID is ahui_squid117.\n", "ahui_squid117"),
    ("I joined the mod team of the Discord server in 2022. On there I'm nightjar_77. Forty mods.\n",
     "nightjar_77"),
    ("only the wifi, on messenger, my name there is rommel dg batangas\n", "rommel dg batangas"),
    ("it's oh two seven, four one eight. or messenger, i'm hine te huia w on there. don't email\n",
     "hine te huia w"),
    ("and i made a new discord, it's marisol dot y dot two, don't share that with anyone please\n",
     "marisol dot y dot two"),
    ("they banned me too. my account night jar seventy seven is gone now\n", "night jar seventy seven"),
])
def test_a_handle_on_any_listed_app(redactor_default, tmp_path, text, handle):
    assert ("HANDLE", handle, text.index(handle)) in found_in_file(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text", [
    "my wechat is blocked since the police took my phone\n",
    "the wechat group was full of rumours about the plant\n",
    "my zalo is not working, use my number\n",
    "she works on line fourteen, my line is busy all day\n",
    "on messenger, my name there is the same as here\n",
    "I use telegram, I'm always on there at night\n",
    "on messenger, she's not on there any more\n",
    "my account was opened twenty nineteen at the branch\n",
    "my account is fine, the bank said so\n",
    "on discord, it's a mess, everyone shouts\n",
])
def test_words_about_the_app_are_no_handle(redactor_default, tmp_path, text):
    assert not any(kind == "HANDLE" for kind, _, _ in found_in_file(redactor_default, tmp_path, text))

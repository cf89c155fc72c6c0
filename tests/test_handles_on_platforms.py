"""Every handle rule of rules/contact.yaml names its apps from one list, the pack's ``platforms``
vocabulary: an account on an app one rule knew and another did not ("my WeChat ID is ...", "on
Zalo he goes by ...", "my KakaoTalk is ...") is found by each frame alike."""

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
])
def test_a_handle_on_any_listed_app(redactor_default, tmp_path, text, handle):
    assert ("HANDLE", handle, text.index(handle)) in found_in_file(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text", [
    "my wechat is blocked since the police took my phone\n",
    "the wechat group was full of rumours about the plant\n",
    "my zalo is not working, use my number\n",
])
def test_words_about_the_app_are_no_handle(redactor_default, tmp_path, text):
    assert not any(kind == "HANDLE" for kind, _, _ in found_in_file(redactor_default, tmp_path, text))

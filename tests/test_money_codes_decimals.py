"""Sums with any country's ISO 4217 code (from pycountry: "TOP 3,000", "BTN 45,000"), a local sign
("Q1,200", "Nu. 275,000", "NT$650,000"), a million said to its decimals or aloud with "point"
("SEK 3.6 million", "six point five million euros"), compensation paid to a family ("the
family got twelve million dong"), a share given ("he gives the drivers ten thousand") and a
debt said with its lender ("a loan at the microfinance, eighty thousand"), found
in a run; and the round public millions, headings and quarters that stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.lexicon.money import ISO_CODES, WORD_CODES


def _sums(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "MONEY"]


@pytest.mark.parametrize("text, expected", [
    ("His widow received TOP 3,000 from the owner.", ["TOP 3,000"]),
    ("She paid BTN 45,000 for the permit.", ["BTN 45,000"]),
    ("The agent took 2,500 FJD from each of us.", ["2,500 FJD"]),
    ("he paid ALL 12,500 in cash", ["ALL 12,500"]),
    ("Each family must give back Q300 for transport.", ["Q300"]),
    ("My aunt was handed Nu. 275,000 and told to sign.", ["Nu. 275,000"]),
    ("The company promised him NT$650,000 to stay silent.", ["NT$650,000"]),
    ("A single payment, SEK 3.6 million on 14 March, reached a lawyer.", ["SEK 3.6 million"]),
    ("six point five million euros out of her savings", ["six point five million euros"]),
    ("The director pockets about 2.3 million pesos a month.", ["2.3 million pesos a month"]),
    ("The family of the miner got twelve million dong and a sack of maize.", ["twelve million dong"]),
    ("The widow got a flag and seven million guaraníes from the navy.", ["seven million guaraníes"]),
    ("He keeps the cards and gives the drivers ten thousand, sometimes nothing.", ["ten thousand"]),
    # where a debt is owed, said between the loan and its sum
    ("my father has a loan at the microfinance, eighty thousand left to repay", ["eighty thousand"]),
    ("she took a loan from her own cooperative two lakh for the roof", ["two lakh"]),
])
def test_sums_found_in_a_run(redactor_default, text, expected):
    assert _sums(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "ALL 500 WORKERS WERE SACKED",           # capitals that are a word, not a code
    "TOP 10 REASONS TO LEAVE",
    "The Q3 report came late.",               # a quarter, not a sum
    "The regional budget is EUR 5.5 million this year.",   # a public figure
    "The ministry spent 3.2 million dollars on the road.",
    "It cost 3.5 million in 2015.",           # no currency, no person
    "4.5 million people voted",
    "the video got 1.2 million views",
    "she borrowed from the bank in 2019",
    "we paid at the market 300 workers",
])
def test_public_figures_headings_and_counts_stay(redactor_default, text):
    assert _sums(redactor_default, text) == []


def test_the_codes_are_every_countrys_money_from_pycountry():
    pycountry = pytest.importorskip("pycountry")
    codes = set(ISO_CODES)
    assert {"TOP", "BTN", "FJD", "WST", "PGK", "BWP", "MDL", "KWD"} <= codes
    assert not codes & {"XAU", "XXX", "XTS", "XDR"}  # metals, "no currency", tests, units of account
    assert set(WORD_CODES) == {"ALL", "CUP", "TOP", "TRY"}
    assert codes <= {c.alpha_3 for c in pycountry.currencies}


def test_the_code_file_is_the_build_tools_output():
    pytest.importorskip("pycountry")
    pytest.importorskip("wordfreq")
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_currency_codes", root / "tools" / "build_currency_codes.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    written = [line for line in tool.OUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert written == tool.code_lines()

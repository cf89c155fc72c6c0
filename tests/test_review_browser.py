"""The review page in a real headless Chromium: highlights, keyboard, decisions, export, round trip.

Drives Debian's ``chromium`` through ``chromedriver`` with Selenium.  A missing browser is an
error, never a skip: the page is only known to work if it ran.  The screenshot is kept as
``tests/artifacts/review.png`` for a human to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from redactor.project.config import DEFAULT_PACKS
from redactor.refine.decisions import load_decisions, value_print

# chromedriver listens on localhost; the page itself must make no request (checked below).
pytestmark = pytest.mark.enable_socket

KEY = "browser-test-key"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--window-size=1400,1000")

TRANSCRIPT = (
    "INTERVIEWER: Thanks for coming, Łukasz. How do we reach you?\r\n"
    "NOWAK: My phone is +48 601 234 567 and my email is lukasz.nowak@proton.me.\r\n"
    "INTERVIEWER: And your cousin? 🙂\r\n"
    "NOWAK: The one with the red Lada? Call him at +48 601 234 567 too, it is the family phone.\r\n"
)


def _browser_paths() -> tuple[str, str]:
    chromium = os.environ.get("REDACTOR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("REDACTOR_CHROMEDRIVER") or shutil.which("chromedriver")
    if not chromium or not driver:
        where = "CI" if os.environ.get("CI") == "true" else "this machine"
        pytest.fail(f"headless Chromium is required for the review page test and is missing on {where}: "
                    "apt-get install -y chromium chromium-driver (or set REDACTOR_CHROMIUM and "
                    "REDACTOR_CHROMEDRIVER)", pytrace=False)
    return chromium, driver


@pytest.fixture
def browser(tmp_path):
    chromium, driver_path = _browser_paths()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is required for the review page test: pip install selenium", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def reviewed(tmp_path, monkeypatch):
    """A transcript in a project and its review page, made by `redactor review`."""
    from typer.testing import CliRunner

    from redactor.cli import app
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    (tmp_path / "interviews").mkdir()
    path = tmp_path / "interviews" / "nowak.txt"
    path.write_bytes(TRANSCRIPT.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY)
    runner = CliRunner()
    result = runner.invoke(app, ["review", str(path), "-o", "review.html", "--title", "Nowak"])
    assert result.exit_code == 0, result.output
    return path, tmp_path / "review.html", lambda *args: runner.invoke(app, [str(a) for a in args])


def _wait(predicate, what: str, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _export(driver) -> Path:
    """Press Export and wait for the real download."""
    driver.find_element("id", "export").click()
    exported = _wait(lambda: next(iter(driver.downloads.glob("redactor-decisions*.json")), None),
                     "the downloaded decisions")
    _wait(lambda: exported.stat().st_size > 0, "the download to finish")
    return exported


def _mark_for(driver, text: str, nth: int = 0):
    marks = [m for m in driver.find_elements("css selector", "mark.hl[data-i]") if m.text == text]
    assert len(marks) > nth, f"no highlight number {nth} with the expected text"
    return marks[nth]


def _select_text(driver, needle: str) -> None:
    """Select ``needle`` in the transcript as a mouse drag would, across highlights if need be."""
    driver.execute_script("""
        const needle = arguments[0];
        const pre = document.querySelector('pre.doc');
        const at = pre.textContent.indexOf(needle);
        if (at < 0) throw new Error('text not found');
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let pos = 0;
        while (walker.nextNode()) {
          const node = walker.currentNode, end = pos + node.data.length;
          if (pos <= at && at < end) range.setStart(node, at - pos);
          if (pos < at + needle.length && at + needle.length <= end) range.setEnd(node, at + needle.length - pos);
          pos = end;
        }
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    """, needle)


def test_review_page_in_chromium_round_trips_decisions(browser, reviewed):
    from selenium.webdriver.support.ui import Select

    path, page, invoke = reviewed
    browser.get(page.as_uri())
    data = json.loads(browser.execute_script(
        "return document.getElementById('review-data').textContent"))
    [rf] = data["files"]
    page_key = data["pageKey"]

    # Highlights and counts as rendered.
    marks = browser.find_elements("css selector", "mark.hl[data-i]")
    assert len(marks) == len(rf["items"]) >= 3
    legend = {el.get_attribute("data-type"): int(el.text)
              for el in browser.find_elements("css selector", ".legend .count")}
    assert legend == dict(Counter(i["t"] for i in rf["items"] if not i["sug"]))
    found = sum(not i["sug"] for i in rf["items"])
    assert browser.find_element("id", "progress").text == \
        f"{found} redacted · {len(marks) - found} kept · 0 decided"
    # The DOM text is the file's text, CR LF and emoji included, so offsets agree with Python.
    assert browser.execute_script("return document.querySelector('pre.doc').textContent") == TRANSCRIPT

    # Keyboard: j focuses the first finding; the tooltip and the panel show what it is.
    body = browser.find_element("tag name", "body")
    body.send_keys("j")
    first = browser.switch_to.active_element
    assert first.get_attribute("data-i") == "0"
    assert browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle") == "solid"
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed() and f"· {rf['items'][0]['d']} · score" in tip.text
    assert rf["items"][0]["r"] in browser.find_element("id", "current").text
    body.send_keys("j")
    assert browser.switch_to.active_element.get_attribute("data-i") == "1"
    browser.switch_to.active_element.send_keys("k")
    assert browser.switch_to.active_element.get_attribute("data-i") == "0"

    # Reject the first phone (keep it), accept the second, reject the e-mail as an entity.
    _mark_for(browser, "+48 601 234 567", 0).click()
    browser.find_element("id", "reject").click()
    second = _mark_for(browser, "+48 601 234 567", 1)
    second.click()
    second.send_keys("a")
    _mark_for(browser, "lukasz.nowak@proton.me").click()
    browser.find_element("id", "reject-all").click()
    assert "is-rejected" in _mark_for(browser, "+48 601 234 567", 0).get_attribute("class")
    assert "is-accepted" in second.get_attribute("class")
    assert browser.find_element("id", "progress").text.endswith(" · 3 decided")

    # A missed detail: select it in the original view, pick a type, add it.
    _select_text(browser, "red Lada")
    add = browser.find_element("id", "add-span")
    _wait(add.is_enabled, "the add button")
    Select(browser.find_element("id", "add-type")).select_by_value("DETAIL")
    add.click()
    added = browser.find_elements("css selector", "pre.doc span.added")
    # "Lada" may itself be a finding: the added span then wraps the text on both sides of it.
    assert "".join(a.text for a in added) == "red Lada"
    assert len({a.get_attribute("data-a") for a in added}) == 1
    assert "DETAIL" in browser.find_element("id", "added-list").text

    # The page's HMAC agrees with Python's on non-ASCII, astral and separator characters.
    sample = "Łukasz 🙂\u2028</script>"
    assert browser.execute_script(
        "return window.redactorReview.valuePrint(arguments[0])", sample
    ) == value_print(page_key, sample)

    # The redacted view shows replacements, and the rejected phone's own text.
    browser.find_element("id", "view-redacted").click()
    before = "return getComputedStyle(arguments[0], '::before').content"
    assert browser.execute_script(before, second) == '"[PHONE 1]"'
    kept = _mark_for(browser, "+48 601 234 567", 0)
    assert browser.execute_script(before, kept) == "none" and kept.text == "+48 601 234 567"
    browser.find_element("id", "view-original").click()

    # Screenshot for a human: a finding focused, its tooltip showing, decisions visible.
    browser.execute_script("document.getElementById('files').scrollIntoView()")
    second.click()
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review.png"))

    # Export through the real download link; the file equals what the page builds.
    exported = _export(browser)
    data = json.loads(exported.read_text(encoding="utf-8"))
    from_page = browser.execute_script("return window.redactorReview.exportDecisions()")
    assert data["decisions"] == from_page["decisions"]
    assert [(d["action"], d["entity_type"]) for d in data["decisions"]] == [
        ("reject", "PHONE"), ("reject", "EMAIL"), ("accept", "PHONE"), ("add", "DETAIL")]
    raw = exported.read_text(encoding="utf-8")
    for value in ("601 234", "lukasz", "Lada", "Nowak", "Łukasz"):
        assert value not in raw, "the decisions file must hold no text"

    # The page asked for nothing but itself.
    requested = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        # Requests of the browser's own start page (chrome://, and chrome-untrusted://new-tab-page
        # in newer Chromium) are not the review page's.
        if message["method"] == "Network.requestWillBeSent" and \
                not params.get("documentURL", "").startswith(("chrome:", "chrome-untrusted:")):
            requested.append(params["request"]["url"].split(":", 1)[0])
    assert requested and set(requested) <= {"file", "blob", "data"}, "the page made a network request"
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []

    # Feed the decisions back to `redact`: the rejected phone and e-mail stay, the rest goes.
    result = invoke("redact", path, "--decisions", exported)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "+48 601 234 567" in lines[1] and "lukasz.nowak@proton.me" in lines[1]
    assert "+48 601 234 567" not in lines[3] and "[PHONE 1]" in lines[3]
    assert "red Lada" not in lines[3] and "🙂" in lines[2]


def test_an_added_span_survives_an_edit_above_and_goes_stale_when_its_text_goes(browser, reviewed,
                                                                                 make_redactor):
    path, page, _ = reviewed
    browser.get(page.as_uri())
    _select_text(browser, "red Lada")
    add = browser.find_element("id", "add-span")
    _wait(add.is_enabled, "the add button")
    add.click()
    exported = browser.execute_script("return window.redactorReview.exportDecisions()")
    decisions_file = path.parent / "decisions.json"
    decisions_file.write_text(json.dumps(exported), encoding="utf-8")

    def run_once():
        # A fresh pseudonym table each time, and no vehicles pack, which finds "red Lada" on its
        # own: only the editor's span may hide it here.
        redactor = make_redactor(packs=tuple(p for p in DEFAULT_PACKS if p != "vehicles"))
        redactor.decisions = load_decisions(decisions_file, {"REDACTOR_KEY": KEY})
        [result] = redactor.run([path]).files
        return redactor.write_redacted(result).decode("utf-8"), redactor.decisions.issues()

    text, issues = run_once()
    assert "red Lada" not in text and issues == []

    # An edit above the span moves its text: found again by its keyed print and context.
    path.write_bytes(("Edited first line.\r\n" + TRANSCRIPT.replace("How do we", "How can we")).encode("utf-8"))
    text, issues = run_once()
    assert "red Lada" not in text and issues == []

    # Its text gone: stale, said by line and type, never by the text.
    path.write_bytes(TRANSCRIPT.replace("red Lada", "old car").encode("utf-8"))
    text, issues = run_once()
    [issue] = issues
    assert issue.kind == "stale" and issue.line == 4 and "Lada" not in str(issue)


# -- a project with a profiled source, reviewed with no key set ------------------------------

# Every pack but vehicles, which finds "red Lada" on its own: here it must stay a weak finding
# and a span the editor adds.
SOURCE_CONFIG = """ner: false
packs: [public, contact, identity, military, places, transcripts, ages, roles, addresses, identifiers, singling]
sources:
  - label: Source A
    names: ["Marta Kowalczyk"]
    details: ["Zhytkavichy"]
"""
SOURCE_LINES = (
    "INTERVIEWER: Thank you for coming, Marta Kowalczyk.\n"
    "MARTA: Call me on +48 601 234 567 or write to marta.k@proton.me.\n"
    "MARTA: I grew up in Zhytkavichy, near the depot.\n"
    "MARTA: My cousin drives the red Lada, his number is +48 602 111 222.\n"
    "INTERVIEWER: And Kowalczyk is your real surname?\n"
)


@pytest.fixture
def source_project(tmp_path, monkeypatch):
    """A project with a source profile; `redactor review` run with neither REDACTOR_KEY nor CI."""
    from typer.testing import CliRunner

    from redactor.cli import app

    (tmp_path / "redactor.yaml").write_text(SOURCE_CONFIG, encoding="utf-8")
    (tmp_path / "interviews").mkdir()
    path = tmp_path / "interviews" / "marta.txt"
    path.write_text(SOURCE_LINES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REDACTOR_KEY", raising=False)
    monkeypatch.delenv("CI", raising=False)
    runner = CliRunner()
    result = runner.invoke(app, ["review", "interviews", "-o", "review.html"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".redactor" / "key").is_file()
    return path, tmp_path / "review.html", lambda *args: runner.invoke(app, [str(a) for a in args])


def _press(driver, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def test_the_redacted_view_is_what_redact_writes_and_keeping_a_source_asks_first(
        browser, source_project, tmp_path):
    from selenium.webdriver.support.ui import Select

    path, page, invoke = source_project
    browser.get(page.as_uri())

    # Filters narrow what j visits; b goes to the next finding below the threshold.
    Select(browser.find_element("id", "filter-type")).select_by_value("PHONE")
    browser.execute_script("document.activeElement.blur()")
    _press(browser, "j")
    assert browser.switch_to.active_element.text == "+48 601 234 567"
    _press(browser, "j")
    assert browser.switch_to.active_element.text == "+48 602 111 222"
    Select(browser.find_element("id", "filter-type")).select_by_value("")
    browser.execute_script("document.querySelector('mark.hl[data-i]').focus()")
    _press(browser, "b")
    assert browser.switch_to.active_element.text == "Lada"

    # Reject a phone: no question asked.
    _mark_for(browser, "+48 601 234 567").click()
    _press(browser, "r")
    assert not browser.find_element("id", "confirm").is_displayed()
    assert "is-rejected" in _mark_for(browser, "+48 601 234 567").get_attribute("class")
    # The tooltip follows the decision.
    assert "not redacted" in browser.find_element("id", "tip").text

    # Shift+R on the source: the page asks; Cancel changes nothing.
    source = _mark_for(browser, "Marta Kowalczyk")
    source.click()
    _press(browser, "R")
    dialog = browser.find_element("id", "confirm")
    assert dialog.is_displayed() and "all 5 mentions" in dialog.text
    browser.find_element("id", "confirm-cancel").click()
    assert not dialog.is_displayed()
    assert "is-rejected" not in source.get_attribute("class")
    # Asked again and confirmed: every mention of the source is kept.
    source.click()
    _press(browser, "R")
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-confirm-source.png"))
    browser.find_element("id", "confirm-ok").click()
    assert all("is-rejected" in _mark_for(browser, t).get_attribute("class")
               for t in ("Marta Kowalczyk", "Kowalczyk"))

    # A missed detail, and the second phone accepted explicitly.
    Select(browser.find_element("id", "add-type")).select_by_value("DETAIL")
    browser.execute_script("document.activeElement.blur()")
    _select_text(browser, "red Lada")
    _wait(browser.find_element("id", "add-span").is_enabled, "the add button")
    _press(browser, "m")
    assert "DETAIL" in browser.find_element("id", "added-list").text
    _mark_for(browser, "+48 602 111 222").click()
    _press(browser, "a")

    browser.find_element("id", "view-redacted").click()
    shown = browser.execute_script("return window.redactorReview.shownText(0)")
    # Decisions renumber only what they move; numbering everything afresh gives the same text.
    assert browser.execute_script(
        "window.redactorReview.renumberAll(); return window.redactorReview.shownText(0)") == shown
    assert browser.save_screenshot(str(ARTIFACTS / "review-redacted.png"))
    exported = browser.execute_script("return window.redactorReview.exportDecisions()")
    assert "marta" not in json.dumps(exported).lower()  # no file name unless opted in
    decisions = tmp_path / "redactor-decisions.json"
    decisions.write_text(json.dumps(exported), encoding="utf-8")

    out = tmp_path / "out"
    # Without the flag, a decision that would show the source is refused: file, line, type said.
    refused = invoke("redact", "interviews", "-o", tmp_path / "strict", "--decisions", decisions)
    assert refused.exit_code == 0, refused.output
    assert "Marta Kowalczyk" not in (tmp_path / "strict" / "Source-A.txt").read_text(encoding="utf-8")
    assert "DANGER" not in refused.stderr and "--allow-source-exposure" in refused.stderr
    assert "marta.txt:1: PERSON:" in refused.stderr

    result = invoke("redact", "interviews", "-o", out, "--decisions", decisions, "--allow-source-exposure")
    assert result.exit_code == 0, result.output
    # The file name is redacted like text (names are not reviewed): marta.txt is Source-A.txt.
    written = (out / "Source-A.txt").read_text(encoding="utf-8")
    assert shown == written
    assert "red Lada" not in written and "+48 601 234 567" in written and "Marta Kowalczyk" in written
    # Keeping the source is said loudly, before the success line, and in the report.
    assert result.stderr.index("DANGER") < result.stderr.index("redacted 1 files")
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    exposed = [i for i in report["decisions"]["issues"] if i["kind"] == "exposed"]
    assert len(exposed) == 5 and {i["line"] for i in exposed} == {1, 2, 3, 4, 5}
    assert "Marta" not in json.dumps(report["decisions"])
    # check honours no decision that keeps a source: it fails.
    checked = invoke("check", "interviews", "--decisions", decisions)
    assert checked.exit_code == 1, checked.output

    # An edit above the added detail: still redacted.  Its text gone: the file is held back.
    path.write_text("INTERVIEWER: A new opening line.\n" + SOURCE_LINES.replace("near the depot", "by the depot"),
                    encoding="utf-8")
    again = invoke("redact", "interviews", "-o", tmp_path / "out2", "--decisions", decisions)
    assert again.exit_code == 0, again.output
    assert "red Lada" not in (tmp_path / "out2" / "Source-A.txt").read_text(encoding="utf-8")
    path.write_text(SOURCE_LINES.replace("red Lada", "old car"), encoding="utf-8")
    stale = invoke("redact", "interviews", "-o", tmp_path / "out3", "--decisions", decisions)
    assert stale.exit_code == 3 and not list((tmp_path / "out3").glob("*.txt"))
    report = json.loads((tmp_path / "out3" / "redaction-report.json").read_text(encoding="utf-8"))
    [state] = report["files"]
    assert state["status"] == "failed" and "line 4 (DETAIL)" in state["reason"]
    allowed = invoke("redact", "interviews", "-o", tmp_path / "out4", "--decisions", decisions,
                     "--allow-stale")
    assert allowed.exit_code == 0 and "DANGER" in allowed.stderr


def test_on_a_phone_the_panel_docks_next_to_the_current_finding(browser, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from redactor.cli import app

    (tmp_path / "redactor.yaml").write_text(SOURCE_CONFIG, encoding="utf-8")
    (tmp_path / "long.txt").write_text(SOURCE_LINES * 60, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REDACTOR_KEY", raising=False)
    result = CliRunner().invoke(app, ["review", "long.txt", "-o", "review.html"])
    assert result.exit_code == 0, result.output
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    browser.get((tmp_path / "review.html").as_uri())
    # The text is laid out in blocks of lines (a decision relays out one block), text unchanged.
    assert browser.execute_script("return document.querySelector('pre.doc').textContent") == SOURCE_LINES * 60
    assert browser.execute_script("return document.querySelectorAll('pre.doc > .chunk').length") > 5
    toolbar = browser.find_element("id", "toolbar").rect
    assert toolbar["height"] < 60  # one row
    # Far down a long transcript: the finding and Accept are on screen together.
    marks = browser.find_elements("css selector", "mark.hl[data-i]")
    browser.execute_script("arguments[0].focus(); arguments[0].click()", marks[200])
    _press(browser, "j")
    geometry = browser.execute_script("""
        const m = document.activeElement.getBoundingClientRect();
        const a = document.getElementById('accept').getBoundingClientRect();
        return {mark: [m.top, m.bottom], accept: [a.top, a.bottom], height: innerHeight,
                width: document.documentElement.scrollWidth};""")
    assert 0 <= geometry["mark"][0] and geometry["mark"][1] <= geometry["accept"][0]
    assert geometry["accept"][1] <= geometry["height"]
    assert geometry["accept"][0] - geometry["mark"][1] < geometry["height"] / 2
    assert geometry["width"] <= 390  # nothing scrolls the page sideways
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-phone.png"))
    _press(browser, "a")
    assert "is-accepted" in browser.switch_to.active_element.get_attribute("class")

    # Sixty seeded decisions, each renumbering only what it moves, end where numbering
    # everything afresh ends.
    browser.find_element("id", "view-redacted").click()
    before, after = browser.execute_script("""
        const marks = [...document.querySelectorAll('mark.hl[data-i]')];
        let seed = 7;
        const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let n = 0; n < 60; n++) {
          const m = marks[Math.floor(rnd() * marks.length)];
          m.focus();
          const key = ['a', 'r', 'u'][Math.floor(rnd() * 3)];
          m.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true}));
          if (!document.getElementById('confirm').hidden) document.getElementById('confirm-ok').click();
        }
        const shown = window.redactorReview.shownText(0);
        window.redactorReview.renumberAll();
        return [shown, window.redactorReview.shownText(0)];""")
    assert before == after and "[PHONE 2]" in before


# -- entities: merge two, split one, and the next run writes exactly that ----------------------

ENTITY_FILES = {
    "one.txt": ("INTERVIEWER: When did you first meet Ivan Petrov?\n"
                "ANNA: I met Ivan Petrov in Zhytkavichy in 2019. Petrov ran the depot.\n"
                "ANNA: His deputy, Taras Melnyk, handled the trucks. Melnyk was loyal to him.\n"),
    "two.txt": ("INTERVIEWER: Tell me about the man you call Grandpa.\n"
                "ANNA: Grandpa Vasyl Horbach is the one who warned me. Horbach knew Melnyk well.\n"
                "ANNA: Ivan Petrov never trusted Horbach.\n"),
}


def _entity_row(driver, pseudonym: str):
    [row] = [r for r in driver.find_elements("css selector", "#entity-table tbody tr")
             if r.find_element("css selector", "th.ps").text == pseudonym]
    return row


def _split_off(driver, pseudonym: str, form: str) -> None:
    row = _entity_row(driver, pseudonym)
    [label] = [x for x in row.find_elements("css selector", "td.forms label") if x.text == form]
    label.find_element("css selector", "input").click()
    row.find_element("css selector", "button.split-off").click()


def _entities(driver) -> list[tuple]:
    return [(e["pseudonym"], e["type"], e["mentions"], tuple(e["forms"]))
            for e in driver.execute_script("return window.redactorReview.entities()")]


def test_merging_and_splitting_entities_on_the_page_is_what_the_next_run_writes(browser, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from redactor.cli import app

    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    (tmp_path / "interviews").mkdir()
    for name, text in ENTITY_FILES.items():
        (tmp_path / "interviews" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY)
    runner = CliRunner()
    made = runner.invoke(app, ["review", "interviews", "-o", "review.html"])
    assert made.exit_code == 0, made.output
    browser.get((tmp_path / "review.html").as_uri())

    # One row per entity: pseudonym, type, mentions and forms, in order of first appearance.
    assert _entities(browser) == [
        ("[PERSON 1]", "PERSON", 4, ("Ivan Petrov", "Petrov")),
        ("[PERSON 2]", "PERSON", 4, ("ANNA",)),
        ("[LOCATION 1]", "LOCATION", 1, ("Zhytkavichy",)),
        ("[DATE 1]", "DATE", 1, ("2019",)),
        # "His deputy, Taras Melnyk": a role beside a person
        ("[OCCUPATION 1]", "OCCUPATION", 1, ("deputy",)),
        ("[PERSON 3]", "PERSON", 3, ("Taras Melnyk", "Melnyk")),
        ("[PERSON 4]", "PERSON", 1, ("Grandpa",)),
        ("[PERSON 5]", "PERSON", 3, ("Grandpa Vasyl Horbach", "Horbach"))]
    assert "Taras Melnyk ×1" in _entity_row(browser, "[PERSON 3]").text

    # "Grandpa" (file two) is Taras Melnyk (file one): tick him, merge him into Melnyk's row.
    _entity_row(browser, "[PERSON 4]").find_element("css selector", "input.pick").click()
    _entity_row(browser, "[PERSON 3]").find_element("css selector", "button.merge-here").click()
    # The lone "Petrov" who ran the depot is not Ivan: tick that form, split it off.
    _split_off(browser, "[PERSON 1]", "Petrov ×1")
    after = [
        ("[PERSON 1]", "PERSON", 3, ("Ivan Petrov",)),
        ("[PERSON 2]", "PERSON", 4, ("ANNA",)),
        ("[LOCATION 1]", "LOCATION", 1, ("Zhytkavichy",)),
        ("[DATE 1]", "DATE", 1, ("2019",)),
        ("[PERSON 3]", "PERSON", 1, ("Petrov",)),
        ("[OCCUPATION 1]", "OCCUPATION", 1, ("deputy",)),
        ("[PERSON 4]", "PERSON", 4, ("Taras Melnyk", "Melnyk", "Grandpa")),
        ("[PERSON 5]", "PERSON", 3, ("Grandpa Vasyl Horbach", "Horbach"))]
    assert _entities(browser) == after
    ops = browser.find_element("id", "entity-ops").text.splitlines()
    assert len(ops) == 2 and ops[0].startswith("Merged [PERSON 4]") and ops[1].startswith("Split “Petrov”")
    # Undo takes back the last decision only; made again, it is the same.
    browser.find_element("id", "entity-undo").click()
    assert _entities(browser)[0] == ("[PERSON 1]", "PERSON", 4, ("Ivan Petrov", "Petrov"))
    _split_off(browser, "[PERSON 1]", "Petrov ×1")
    assert _entities(browser) == after
    # The page keeps them over a reload.
    browser.refresh()
    assert _entities(browser) == after

    # The redacted view shows the new pseudonyms.
    browser.find_element("id", "view-redacted").click()
    shown = [browser.execute_script("return window.redactorReview.shownText(arguments[0])", n) for n in (0, 1)]
    expected = [
        "INTERVIEWER: When did you first meet [PERSON 1]?\n"
        "[PERSON 2]: I met [PERSON 1] in [LOCATION 1] in [DATE 1]. [PERSON 3] ran the depot.\n"
        "[PERSON 2]: His [OCCUPATION 1], [PERSON 4], handled the trucks. [PERSON 4] was loyal to him.\n",
        "INTERVIEWER: Tell me about the man you call [PERSON 4].\n"
        "[PERSON 2]: [PERSON 5] is the one who warned me. [PERSON 5] knew [PERSON 4] well.\n"
        "[PERSON 2]: [PERSON 1] never trusted [PERSON 5].\n"]
    assert shown == expected
    browser.execute_script("document.getElementById('entities').scrollIntoView()")
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-entities.png"))

    # Exported through the download link: keyed prints only.
    exported = _export(browser)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert [(e["action"], e["entity_type"], len(e["entity"]), len(e["forms"])) for e in data["entities"]] == [
        ("merge", "PERSON", 2, 1), ("split", "PERSON", 2, 1)]
    raw = exported.read_text(encoding="utf-8").lower()
    for value in ("petrov", "melnyk", "grandpa", "horbach", "one.txt", "interviews"):
        assert value not in raw, "the decisions file must hold no text"

    # A fresh page (nothing saved) takes them back from the file.
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert _entities(browser)[0] == ("[PERSON 1]", "PERSON", 4, ("Ivan Petrov", "Petrov"))
    browser.execute_script("window.redactorReview.importDecisions(arguments[0])", data)
    assert _entities(browser) == after
    assert browser.find_element("id", "status").text == "Imported 2 decisions."

    # The next run honours them: exactly what the page showed, in both files.
    result = runner.invoke(app, ["redact", "interviews", "-o", "out", "--decisions", str(exported)])
    assert result.exit_code == 0, result.output
    assert [(tmp_path / "out" / name).read_text(encoding="utf-8") for name in ENTITY_FILES] == expected
    assert "stale" not in result.stderr
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []

"""Review page speed on one 40,000-word transcript: page load and key latency in Chromium.

Builds a seeded transcript (``make_corpus.transcript`` repeated to 40,000 words), writes its
review page with ``python -m redactor review --no-ner`` from the repository given (so the same
script measures main and a branch), opens it in headless Chromium and reports the load time
(navigation start to the end of the load event; median and best of 5, since a shared machine
is noisy) and, per key, the median time of the page's
keydown handler plus the layout it forces (``j`` next finding, ``a`` accept, ``ra`` reject and
accept in turn, so every press changes what is redacted, ``N`` next undecided where the page has
it), over 30 presses each, on the 41st finding.

Usage: python bench/review_latency.py [--repo PATH] [--words 40000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import transcript  # noqa: E402

PRESS = """
const keys = arguments[0], n = arguments[1], times = [];
for (let i = 0; i < n; i++) {
  const target = document.activeElement || document.body, key = keys[i % keys.length];
  const t0 = performance.now();
  target.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true, cancelable: true}));
  document.body.getBoundingClientRect(); void document.body.offsetHeight;
  times.push(performance.now() - t0);
}
return times;
"""


def make_page(repo: Path, words: int, folder: Path) -> tuple[Path, float]:
    rng = random.Random(20261202)
    parts, count = [], 0
    while count < words:
        part = transcript(rng)
        parts.append(part)
        count += len(part.split())
    path = folder / "long.txt"
    path.write_text("".join(parts), encoding="utf-8")
    page = folder / "review.html"
    env = dict(os.environ, PYTHONPATH=str(repo), REDACTOR_KEY="bench-key")
    env.pop("CI", None)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "redactor", "review", str(path), "-o", str(page), "--no-ner"],
                   cwd=folder, env=env, check=True, capture_output=True)
    return page, time.perf_counter() - started


def measure(page: Path, width: int, height: int) -> dict:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        loads = []
        for _ in range(5):
            driver.get(page.as_uri())
            loads.append(driver.execute_script(
                "return performance.getEntriesByType('navigation')[0].loadEventEnd"))
        marks = driver.execute_script("return document.querySelectorAll('mark.hl[data-i]').length")
        has_undecided = driver.execute_script("return !!document.getElementById('next-undecided')")
        keys = {}
        for key in ("j", "a", "ra", "N") if has_undecided else ("j", "a", "ra"):
            driver.execute_script("document.querySelectorAll('mark.hl[data-i]')[40].focus()")
            keys[key] = round(statistics.median(driver.execute_script(PRESS, list(key), 30)), 2)
        return {"viewport": f"{width}x{height}", "findings": marks,
                "load_ms_median": round(statistics.median(loads)), "load_ms_min": round(min(loads)),
                "key_ms": keys}
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--words", type=int, default=40000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page, build = make_page(args.repo.resolve(), args.words, Path(tmp))
        result = {"repo": str(args.repo), "words": args.words, "review_s": round(build, 1),
                  "page_kb": page.stat().st_size // 1024,
                  "runs": [measure(page, 1400, 1000), measure(page, 390, 844)]}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

"""Hostile inputs: every pathological text the project knows, and the time each takes.

Usage:
    python benchmarks/hostile.py

Prints seconds per MB for ``newsparse.parse`` (everything on) on each input, and the time per
MB at four times the size against one time, as a ratio (linear work keeps it near 1; the
target, issue 6, is under 1 s per MB for each). ``tests/test_hostile.py`` parses each input
under a hang guard: it proves they finish and never raise; the figures live here, not in a
timed unit test.
"""

from __future__ import annotations

import contextlib
import time

import newsparse

HOSTILE: dict[str, str] = {
    # Degenerate lines: one word, mark or character repeated to about 1 MB or more.
    "one 5 MB line of words": "word " * 1_000_000,
    "100,000 quote marks": "“" * 50_000 + '"' * 50_000,
    "curly quote pairs": "“a, ”" * 20_000,
    "1 MB without spaces": "x" * 1_000_000,
    "no spaces, event words": "killedwoundedbombing" * 50_000,
    "50,000 reporting verbs": "said " * 50_000,
    "reported speech": "He said that " * 20_000,
    "post-posed cues": ", he said" * 30_000,
    "according to": "According to " * 30_000,
    "expectations": "Prices are expected to " * 40_000,
    "questions": "He was asked whether " * 40_000,
    "when asked": "“Yes,” he said when asked " * 30_000,
    "casualty verbs": "killed " * 150_000,
    "quoted casualty verbs": "'killed' " * 110_000,
    "one-word sentences": "Killed. " * 125_000,
    "commas": "killed, " * 125_000,
    "qualifiers": "at least " * 110_000,
    "number words": "one hundred and " * 62_000,
    "weekdays": "On Friday " * 100_000,
    "places": "In Aleppo " * 100_000 + "killed",
    "a man was": "a man was " * 100_000 + "killed",
    "short lines": "Read More:\n" * 100_000,
    "dashes after capitals": "ERBIL " + "-" * 100_000,
    "a credit-like line": "Editing by " + "John Smith and " * 70_000,
    "a dateline-like start": "A" * 500_000 + " (" + "B" * 500_000,
    "mojibake": "â€™" * 200_000,
    # Prose as dense in events and quotes as text gets, one clause after another on one line.
    "dense reports, 5 MB": "The army said the attack killed 17 people. " * 120_000,
    "casualty clauses": "Gunmen killed 5 people and wounded 3 others in Aleppo on Monday and "
    * 6_000,
    "dated clauses": "On Friday the army shelled the town, killing dozens since 2011; " * 6_000,
    "counts": "at least 1,000 more than 20 up to 22 nearly 40 about 20 killed " * 6_000,
}


def seconds(text: str) -> float:
    start = time.process_time()
    with contextlib.suppress(newsparse.InputError):
        newsparse.parse(text)
    return time.process_time() - start


def main() -> None:
    worst = 0.0
    for name, text in HOSTILE.items():
        megabytes = len(text.encode()) / 1e6
        per_mb = seconds(text) / megabytes
        quarter = text[: len(text) // 4]
        ratio = per_mb / (seconds(quarter) / (megabytes / 4) or 1e-9)
        worst = max(worst, per_mb)
        print(f"{name:<28} {megabytes:5.1f} MB {per_mb:6.2f} s/MB  x4 size: {ratio:4.2f}x per MB")
    print(f"worst: {worst:.2f} s/MB")


if __name__ == "__main__":
    main()

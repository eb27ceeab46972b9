"""The quality gate: figures from benchmarks/quality.py may not drop below the baseline.

A figure that rises must be written into the baseline in the same commit
(``python benchmarks/quality.py --update-baseline``), so the gate always holds the best
figures reached so far.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import quality  # noqa: E402 - the benchmark lives beside the tests, not in the package


def test_quality_figures_match_the_baseline(shared):
    figures, failures = quality.measure(shared)
    baseline = json.loads(quality.BASELINE.read_text())
    differences = list(quality.compare(figures, baseline))
    assert differences == [], "\n".join(differences) + "\nfailing files: " + json.dumps(failures)


def test_the_gate_catches_a_drop():
    baseline = {"reuters": {"title": 1.0}}
    assert list(quality.compare({"reuters": {"title": 0.9}}, baseline)) == [
        "reuters / title: worse, 0.9 against 1.0"
    ]
    assert list(quality.compare({"reuters": {"title": 1.0}}, baseline)) == []
    leak = {"bbc": {"debris leak rate": 0.0}}
    assert list(quality.compare({"bbc": {"debris leak rate": 0.2}}, leak)) == [
        "bbc / debris leak rate: worse, 0.2 against 0.0"
    ]

"""Golden files: each tests/data/<site>/<case>.txt parses to its <case>.json exactly.

Regenerate with ``python tests/regen_golden.py`` and review the diff.
"""

from __future__ import annotations

import pytest

import newsparse

from regen_golden import golden_cases, render


@pytest.mark.parametrize("case", golden_cases(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_golden(case):
    expected = case.with_suffix(".json")
    assert expected.exists(), f"run python tests/regen_golden.py to create {expected.name}"
    assert render(case) == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", golden_cases(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_golden_site_is_detected(case):
    assert newsparse.detect(case.read_bytes()) == case.parent.name

"""Every hostile input in benchmarks/hostile.py parses, and finishes.

How fast each goes is measured by ``python benchmarks/hostile.py`` (seconds per MB, and how
that changes at four times the size); here a hang guard only turns a hang into a failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsparse

from conftest import hang_guard

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from hostile import HOSTILE


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_parsed(name):
    with hang_guard():
        article = newsparse.parse(HOSTILE[name])
    assert isinstance(article, newsparse.Article)

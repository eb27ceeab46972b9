"""The expected facts in ../shared/gold/ hold for the articles they describe."""

from __future__ import annotations

import json

import pytest

from newsparse import Article, parse

from conftest import shared_dir
from gold import CHECKERS, check_article

GOLD_FILES = (
    sorted((shared_dir() / "gold").glob("*.json")) if (shared_dir() / "gold").is_dir() else []
)

# Extraction of these sections arrives with later issues; strict xfail makes the suite fail
# (and so the marker come off) the moment they start to pass.
NOT_YET = {}


def _cases():
    for path in GOLD_FILES:
        for section in ("article", "attributions", "incidents"):
            marks = (
                [pytest.mark.xfail(reason=NOT_YET[section], strict=True)]
                if section in NOT_YET
                else []
            )
            yield pytest.param(path, section, id=f"{path.stem}-{section}", marks=marks)


@pytest.mark.parametrize(("path", "section"), list(_cases()))
def test_gold_facts_hold(shared, path, section):
    gold = json.loads(path.read_text())
    if section not in gold:
        pytest.skip(f"{path.name} has no {section} facts")
    article = parse((shared / gold["file"]).read_bytes())
    problems = CHECKERS[section](article, gold[section])
    assert problems == []


def test_there_is_gold_to_check(shared):
    assert GOLD_FILES, "no gold files found"


def test_the_checker_can_fail(shared):
    gold = json.loads(GOLD_FILES[0].read_text())
    article = parse((shared / gold["file"]).read_bytes())
    broken = Article(site=article.site, title=article.title, paragraphs=article.paragraphs[:-1])
    assert check_article(broken, gold["article"])

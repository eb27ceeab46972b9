"""Attributions in real articles: facts written by reading Reuters and FA-KES stories.

The facts are in tests/data/attributions/corpus.json; the articles are read from
../shared/corpus at run time (Reuters text is copyrighted and not copied here), and the tests
skip without it.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
import regex

from newsparse import Attribution, parse

from conftest import DATA

CORPUS = json.loads((DATA / "attributions" / "corpus.json").read_text(encoding="utf-8"))
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
SPACE = regex.compile(r"\s+")


def fold(text: str | None) -> str:
    return SPACE.sub(" ", (text or "").translate(QUOTES)).strip().casefold()


def matches(attribution: Attribution, fact: dict[str, Any]) -> bool:
    for key, value in fact.items():
        if key.endswith("_has"):
            if fold(value) not in fold(getattr(attribution, key.removesuffix("_has"))):
                return False
        elif key == "kind_in":
            if attribution.kind.value not in value:
                return False
        elif key == "anonymous":
            if attribution.anonymous is not value:
                return False
        else:
            raise KeyError(f"unknown fact {key!r}")
    return True


def unmatched(attributions: tuple[Attribution, ...], facts: list[dict[str, Any]]) -> list[Any]:
    """The facts no attribution matches, each fact taking a different attribution."""
    left = list(attributions)
    missing = []
    for fact in facts:
        found = next((a for a in left if matches(a, fact)), None)
        if found is None:
            missing.append(fact)
        else:
            left.remove(found)
    return missing


@pytest.mark.parametrize(
    "case", CORPUS["articles"], ids=lambda case: case["file"].rsplit("/", 1)[-1][:40]
)
def test_attribution_facts_hold(shared, case):
    article = parse((shared / case["file"]).read_bytes())
    assert unmatched(article.attributions, case["attributions"]) == []
    assert len(article.attributions) <= case["most"]
    for name in case.get("not_speakers", ()):
        assert not any(fold(name) in fold(a.speaker) for a in article.attributions)
    for attribution in article.attributions:
        text = article.paragraphs[attribution.paragraph]
        for part in ("speaker", "cue", "content"):
            span = getattr(attribution, f"{part}_span")
            if span is not None:
                assert text[span[0] : span[1]] == getattr(attribution, part)


def test_the_fact_checker_can_fail(shared):
    case = CORPUS["articles"][0]
    article = parse((shared / case["file"]).read_bytes())
    wrong = [{**case["attributions"][0], "speaker_has": "nobody in the story"}]
    assert unmatched(article.attributions, wrong) == wrong
    assert unmatched((), case["attributions"]) == case["attributions"]


@pytest.mark.parametrize("folder", ["reuters", "fakes-syria", "bbc", "gun-violence"])
def test_every_corpus_article_gives_valid_attributions(shared, folder):
    for path in sorted((shared / "corpus" / folder).glob("*.txt")):
        article = parse(path.read_bytes())
        for attribution in article.attributions:
            assert attribution.cue.strip()
            assert attribution.content.strip()
            # The extractor builds records without the validators; they must pass them.
            assert attrs.evolve(attribution) == attribution

"""Sentences set aside unread (newsparse.incident._reports_nothing) are ones a full reading finds
no event in: the shortcut saves time and changes no output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.incident import (
    _letters,
    _read_sentence,
    _reports_nothing,
    _Sentence,
    _sentence_spans,
    _strict_trigger,
    extract_incidents,
)

from conftest import corpus_lines

REFERENCE = dt.date(2020, 3, 6)


def _agrees(text: str) -> bool:
    """A sentence set aside is one a full reading finds no event in and reads no day of."""
    words = _letters(text).split()
    if not _reports_nothing(words, text):
        return True
    facts, event, background = _read_sentence(
        _Sentence.read(0, 0, text), REFERENCE, need_dates=False
    )
    return not event and not background and not facts.dates_read


def test_set_aside_sentences_report_nothing_in_the_corpus(shared: Path) -> None:
    seen = 0
    for paragraph in corpus_lines(shared):
        for start, end in _sentence_spans(paragraph):
            text = paragraph[start:end]
            if not _strict_trigger(_letters(text).split(), text):
                continue
            seen += _reports_nothing(_letters(text).split(), text)
            assert _agrees(text), text
    assert seen > 0


@pytest.mark.parametrize(
    "text",
    [
        "Xstrata shares, which have shot up 15 percent, shed 2.4 percent.",
        "Militants attacked the base on Friday.",
        "The attack killed 17 people.",
        "A drive-by shooting left two dead.",
        "Gunmen opened fire on the convoy.",
        "Hundreds of people lost their lives in the fighting.",
        "The \u212aILLED count rose to 12 people.",
        "Victims of a suspected chemical attack were treated, the WHO said on Wednesday.",
    ],
)
def test_examples_agree(text: str) -> None:
    assert _agrees(text)


WORDS = st.sampled_from(
    [
        "the",
        "a",
        "police",
        "rebels",
        "attack",
        "attacked",
        "killed",
        "shot",
        "hurt",
        "died",
        "17",
        "five",
        "people",
        "on",
        "Friday",
        "in",
        "Aleppo",
        "said",
        "fire",
        "opened",
        "bomb",
        "rockets",
        "toll",
        "death",
        "lives",
        "lost",
        "up",
        "percent",
        "shares",
        "drive-by",
        "gunned",
        "down",
        "to",
        "number",
        "of",
        "dead",
        ",",
        ".",
        "\u212a",  # the Kelvin sign, which lower-cases to "k"
    ]
)


@given(st.lists(WORDS, min_size=2, max_size=14))
def test_word_salad_agrees(words: list[str]) -> None:
    assert _agrees(" ".join(words))


def test_a_lede_set_aside_still_dates_the_incident_after_it() -> None:
    lede = "Victims of a suspected chemical attack in the town were treated in hospitals, the "
    lede += "World Health Organization said on Wednesday."
    assert _reports_nothing(_letters(lede).split(), lede)
    found = extract_incidents([lede, "Gunmen killed five people in the town."], reference=REFERENCE)
    assert [incident.date for incident in found] == [dt.date(2020, 3, 4)]
    assert found[0].date_text == "on Wednesday"

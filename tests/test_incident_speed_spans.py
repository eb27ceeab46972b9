"""Sentence ends (newsparse.incident._raw_sentence_spans) are where the reading it replaced put
them: the runs after a mark are now measured with ``lstrip`` on a few characters."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse.incident import (
    _ABBREVIATIONS,
    CLOSERS,
    OPENERS,
    SENTENCE_MARKS,
    _mark_positions,
    _raw_sentence_spans,
)

from conftest import corpus_lines


def _reference_is_abbreviation(token: str) -> bool:
    """Whether a word before a full stop keeps the sentence going ("Jan.", "R.", "U.S.").

    A number does not ("at 23.13. Economists ..."): its stop ends the sentence.
    """
    if token in _ABBREVIATIONS or len(token) == 1:
        return True
    return "." in token and not token.replace(".", "").replace(",", "").isdigit()


def _reference_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(paragraph)
    covered = -1
    for at in _mark_positions(paragraph):
        if at < covered:
            continue  # inside a run: "..."
        end = at + 1
        while end < size and paragraph[end] in SENTENCE_MARKS:
            end += 1
        covered = end
        while end < size and paragraph[end] in CLOSERS:
            end += 1
        after = end
        while after < size and paragraph[after].isspace():
            after += 1
        if after >= size:
            break
        head = paragraph[after]
        if head in OPENERS and after + 1 < size:
            head = paragraph[after + 1]
        if after > end:
            if not (head.isupper() or head.isdigit()):
                continue
        elif not (
            paragraph[max(0, at - 2) : at].isalpha()
            and paragraph[max(0, at - 2) : at].islower()
            and head.isupper()
            and paragraph[after + 1 : after + 2].islower()
        ):
            continue
        space = paragraph.rfind(" ", start, at)
        token = paragraph[max(space + 1, start, at - 20) : at].lstrip("(\"“‘'[").lower()
        if _reference_is_abbreviation(token):
            continue
        spans.append((start, after))
        start = after
    if start < size:
        spans.append((start, size))
    return spans


def test_the_corpus_is_cut_as_before(shared: Path) -> None:
    seen = 0
    for paragraph in corpus_lines(shared):
        assert _raw_sentence_spans(paragraph) == _reference_spans(paragraph), paragraph
        seen += 1
    assert seen > 500


PIECES = st.sampled_from(
    [
        "He",
        "died",
        "U.S.",
        "Corp.",
        "6.1",
        "23.13.",
        "R.",
        "a",
        ".",
        "...",
        "!?",
        "?",
        "\u201d",
        "\u201c",
        '"',
        "'",
        ")",
        "(",
        "[",
        "7",
        "According",
        "later.According",
        "\u00a0",
        "\t",
        "\x1c",
        "\u2003",
        "         ",
        ".\u201d\u2019)",
        "\u0130",
        "\u01c5",
    ]
)


@given(st.lists(PIECES, max_size=24), st.sampled_from([" ", "", "  "]))
def test_word_salad_is_cut_as_before(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    assert _raw_sentence_spans(text) == _reference_spans(text)


CHARACTERS = st.sampled_from(list(".!?\u201d\"')]\u201c\u2018([ \t\u00a0aZ7."))


@given(st.text(alphabet=CHARACTERS, max_size=40))
def test_character_salad_is_cut_as_before(text: str) -> None:
    assert _raw_sentence_spans(text) == _reference_spans(text)

"""The sentence reader (newsparse.incident._Sentence.read) finds the tokens, offsets, clause
marks and roles that the reading it replaced found, token for token: it only moved the
per-token work from Python loops into ``map`` in C."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse.incident import (
    _BITS,
    _DIGITS,
    EDGE_PUNCTUATION,
    ROLE_COUNT,
    ROLE_DATE,
    ROLES,
    SPACE_BUT_BLANK,
    _gap_flags,
    _Sentence,
    _sentence_spans,
)

from conftest import corpus_lines


def _reference_token_spans(text: str) -> tuple[list[str], list[int]]:
    """The tokens of a text and the offset of each.

    A token is a space-separated piece without the punctuation at its edges; list
    comprehensions over ``str.split`` and ``str.strip`` do the work in C.
    """
    pieces = text.split()
    cores = [piece.strip(EDGE_PUNCTUATION) for piece in pieces]
    if "  " not in text and (text.isprintable() or SPACE_BUT_BLANK.search(text) is None):
        # With single spaces only, each piece starts one past the end of the last. (A
        # printable text has no whitespace but the space: no tab, newline or no-break space.)
        lead = len(text) - len(text.lstrip())
        offsets: list[int] = list(accumulate([len(piece) + 1 for piece in pieces], initial=lead))
    else:
        offsets = []
        position = 0
        for piece in pieces:
            position = text.find(piece, position)
            offsets.append(position)
            position += len(piece)
    # A core starts after the piece's leading punctuation: where ``find`` first sees it, as it
    # opens on a character that is not edge punctuation. (``strip`` hands back the piece
    # itself when it strips nothing, which spares the search.)
    starts = [
        at if core is piece else at + piece.find(core)
        for piece, core, at in zip(pieces, cores, offsets, strict=False)
        if core
    ]
    return [core for core in cores if core], starts


def _reference_read(text: str) -> tuple[object, ...]:
    # Tokens come from the text as it is: quotes at a token's edges are stripped with the
    # other punctuation. Only the patterns tried at a token read the blanked copy.
    raw, starts = _reference_token_spans(text)
    ends = [first + len(token) for first, token in zip(starts, raw, strict=False)]
    if text.isascii():
        # Lower-casing ASCII needs no context: one join, lower and split do all tokens.
        words = " ".join(raw).lower().split(" ") if raw else []
    else:
        lowered = text.lower()
        if len(lowered) == len(text):
            words = [lowered[first:last] for first, last in zip(starts, ends, strict=False)]
        else:  # "İ" lowers to two characters; lower each token instead
            words = [word.lower() for word in raw]
    # Between most tokens stands one space; only a wider gap can hold punctuation (the
    # first token's gap is whatever precedes it).
    breaks: set[int] = set()
    marks: set[int] = set()
    wide = [
        index
        for index, (end, first) in enumerate(zip(ends, starts[1:], strict=False), 1)
        if first - end > 1
    ]
    if starts and starts[0]:
        wide.insert(0, 0)
    for index in wide:
        gap = text[ends[index - 1] if index else 0 : starts[index]]
        broken, marked = _gap_flags(gap)
        if broken:
            breaks.add(index)
        if marked:
            marks.add(index)
    # What each token may start, from one dict lookup: the only places a reader looks.
    positions: dict[int, list[int]] = {}
    roles = ROLES
    for index in [k for k, word in enumerate(words) if word in roles or word[0] in _DIGITS]:
        word = words[index]
        bits = roles.get(word, 0)
        if word[0] in _DIGITS:
            bits |= ROLE_COUNT | ROLE_DATE
        for bit in _BITS[bits]:
            positions.setdefault(bit, []).append(index)
    return (words, raw, starts, ends, frozenset(breaks), frozenset(marks), positions)


def _fields(text: str) -> tuple[object, ...]:
    s = _Sentence.read(0, 0, text)
    return (s.words, s.raw, s.starts, s.ends, s.breaks, s.marks, s._positions)


def test_the_corpus_reads_as_before(shared: Path) -> None:
    seen = 0
    for paragraph in corpus_lines(shared):
        for start, end in _sentence_spans(paragraph):
            text = paragraph[start:end]
            assert _fields(text) == _reference_read(text), text
            seen += 1
    assert seen > 1000


PIECES = st.sampled_from(
    [
        "killed",
        "Killed",
        "17",
        "1,400",
        "six",
        "on",
        "Friday",
        "the",
        "U.S.",
        "(Reuters)",
        "-",
        "—",
        '"',
        "“quote”",
        "Iraq’s",
        "al-Midan",
        "people,",
        "said:",
        "(",
        ")",
        ";",
        "...",
        "İstanbul",
        "straße",
        "KILLED",
        " ",
        "\t",
        "\n",
        " ",
        "",
        "'",
        "#",
        "x;y",
    ]
)


@given(st.lists(PIECES, max_size=16), st.sampled_from([" ", "  ", "", "\u00a0"]))
def test_word_salad_reads_as_before(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    assert _fields(text) == _reference_read(text)


CHARACTERS = st.sampled_from(list(" \t\u00a0abc.,;:()-\u2014\"\u201c\u2019'7\u0130\u212a"))


@given(st.text(alphabet=CHARACTERS, max_size=40))
def test_character_salad_reads_as_before(text: str) -> None:
    assert _fields(text) == _reference_read(text)

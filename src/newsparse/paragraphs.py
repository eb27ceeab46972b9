"""Body lines to paragraphs: hard wraps joined, whitespace folded."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

__all__ = ["clean_paragraph", "reflow"]

WHITESPACE_RUN = regex.compile(r"\s++")

# A line that ends a sentence may end a paragraph: full stop, question or exclamation mark,
# colon, ellipsis, possibly inside a closing quote or bracket.
SENTENCE_END = regex.compile(r"[.!?:…][\"'”’)\]]*+$")

# "counter-" at a line's end followed by "terrorism": a word broken at its own hyphen.
BROKEN_AT_HYPHEN = regex.compile(r"\p{L}-$")

FIRST_WORD = regex.compile(r"\S++")


def clean_paragraph(text: str) -> str:
    """Fold every run of whitespace to one space and trim the ends.

    Examples:
        >>> clean_paragraph("  EMC Corp. ( EMC.N ),   the   firm ")
        'EMC Corp. ( EMC.N ), the firm'
    """
    return WHITESPACE_RUN.sub(" ", text).strip()


def _join(left: str, right: str) -> str:
    if BROKEN_AT_HYPHEN.search(left) and right[:1].islower():
        return left + right
    return left + " " + right


def reflow(lines: Sequence[str]) -> list[str]:
    """Turn one block of consecutive non-blank lines into paragraphs.

    A block whose lines all end sentences is one paragraph per line (pages that separate
    paragraphs by single line breaks). Otherwise lines are hard wraps and are joined, except
    after a line that ends a sentence although the next line's first word would have fitted
    on it: a wrapping program breaks a line only when the next word does not fit, so such a
    break was made by hand. (A two-line paragraph wrapped exactly at a sentence end cannot be
    told from two one-line paragraphs; it is read as two.)

    Args:
        lines: the block's lines, none of them blank.

    Returns:
        The paragraphs, whitespace folded.

    Examples:
        >>> reflow(["The New York Fed said the index fell", "to 9.13 in January."])
        ['The New York Fed said the index fell to 9.13 in January.']
        >>> reflow(["First paragraph.", "Second paragraph."])
        ['First paragraph.', 'Second paragraph.']
        >>> reflow(["a counter-", "terrorism team"])
        ['a counter-terrorism team']
    """
    stripped = [line.strip() for line in lines if line.strip()]
    if len(stripped) <= 1:
        return [clean_paragraph(line) for line in stripped]
    if all(SENTENCE_END.search(line) for line in stripped[:-1]):
        return [clean_paragraph(line) for line in stripped]
    width = max(len(line) for line in stripped)
    paragraphs: list[str] = []
    current = stripped[0]
    for previous, line in pairwise(stripped):
        next_word = FIRST_WORD.match(line)
        room_left = width - len(previous) - 1
        if SENTENCE_END.search(previous) and next_word and len(next_word.group()) <= room_left:
            paragraphs.append(current)
            current = line
        else:
            current = _join(current, line)
    paragraphs.append(current)
    return [clean_paragraph(paragraph) for paragraph in paragraphs]

"""Body lines to paragraphs: hard wraps joined, whitespace folded."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

__all__ = ["clean_paragraph", "ends_sentence", "reflow", "split_run_together", "split_subheads"]


# A line that ends a sentence may end a paragraph: full stop, question or exclamation mark,
# colon, ellipsis, possibly inside a closing quote or bracket.
SENTENCE_END = regex.compile(r"[.!?:…][\"'”’)\]]*+$")
_SENTENCE_MARKS = frozenset(".!?:…")
_CLOSING_MARKS = "\"'”’)]"


def ends_sentence(text: str) -> bool:
    """Whether :data:`SENTENCE_END` is found in ``text``, read from the end.

    The pattern opens with a class, which the regex module tries at every position of a line;
    the same answer comes from the line's last few characters.

    Examples:
        >>> ends_sentence("He said (so)."), ends_sentence("a “quote.”"), ends_sentence("and")
        (True, True, False)
    """
    if text.endswith("\n"):  # `$` also matches before a final line break
        text = text[:-1]
    return text.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_MARKS


# "counter-" at a line's end followed by "terrorism": a word broken at its own hyphen.
BROKEN_AT_HYPHEN = regex.compile(r"\p{L}-$")

FIRST_WORD = regex.compile(r"\S++")

# The ASCII characters other than the space that str.split() treats as whitespace.
_OTHER_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def clean_paragraph(text: str) -> str:
    """Fold every run of whitespace to one space and trim the ends.

    Examples:
        >>> clean_paragraph("  EMC Corp. ( EMC.N ),   the   firm ")
        'EMC Corp. ( EMC.N ), the firm'
    """
    if "  " not in text:  # lines are joined with one space; most text needs no more
        return text.strip()
    if text.isascii() and not any(space in text for space in _OTHER_ASCII_SPACES):
        # Only plain spaces to fold: cutting at each double space is one pass over the text,
        # where halving every run in place took two or three, and splitting a long paragraph
        # into words costs several times more. A piece opens with at most one space (the rest
        # of an odd run); the pieces a run leaves empty are dropped.
        pieces = [piece.lstrip(" ") for piece in text.split("  ")]
        return " ".join([piece for piece in pieces if piece]).strip()
    return " ".join(text.split())


def _join(left: str, right: str) -> str:
    # The pattern is tried only at the end: `left` grows with every line joined, and a search
    # from its start would read the whole paragraph again for each line.
    if (
        left.endswith("-")
        and right[:1].islower()
        and BROKEN_AT_HYPHEN.search(left, max(0, len(left) - 2))
    ):
        return left + right
    return left + " " + right


# Two or more spaces after a sentence end: where the Reuters archive ran two paragraphs together
# ("reading of 20.00.  Michael Englund, chief economist at…").
RUN_TOGETHER = regex.compile(r"(?<=[.!?…][\"'”’)\]]{0,3}+)[ ]{2,}+(?=[\"“‘(]?+[\p{Lu}\d])")

# A subhead in capitals run into the next paragraph after a sentence end: "… on Tuesday.
# COMMUNITY TENSION A security source told Reuters…". Two or more words in capitals, or one
# of seven letters or more ("DISRUPTIONS Bruce said…"): shorter single words are acronyms
# that start sentences ("ECB President Jean-Claude Trichet…", "ITT Corp …").
SUBHEAD = regex.compile(
    r"""
    (?P<subhead>                                           # matched where a sentence starts
        (?:\p{Lu}[\p{Lu}\d'’&\-]++[ ]++){2,8}            # two words or more in capitals …
      | \p{Lu}[\p{Lu}'’\-]{6,}+[ ]++                    # … or one long one
    )
    (?=[\"“‘]?+\p{Lu}(?:\p{Ll}|[ ]))                      # then a sentence starts ("A", "The")
    """,
    regex.VERBOSE,
)


# What a sentence end looks like just before the next sentence.
# Where a subhead may start: two capitals after a sentence end. The regex module scans fast only
# for a pattern that opens with a literal, so each sentence-final mark gets its own pattern,
# and the rarer ones run only when the mark is in the paragraph at all.
_SUBHEAD_STARTS = tuple(
    (mark, regex.compile(regex.escape(mark) + r"[\"'”’)]{0,3}+[ ]++(?=\p{Lu}\p{Lu})"))
    for mark in (".", "?", "!", "…")
)
# What ends a sentence, before the two spaces that mark a paragraph run into the next.
_SENTENCE_CLOSERS = frozenset(".?!…\"”’')]")


def _may_run_together(paragraph: str) -> bool:
    """Whether two spaces follow a sentence end somewhere (a cheap pre-check)."""
    position = paragraph.find("  ")
    while position > 0:
        if paragraph[position - 1] in _SENTENCE_CLOSERS:
            return True
        position = paragraph.find("  ", position + 2)
    return False


def _subhead_candidates(paragraph: str) -> list[int]:
    """Where two capitals open the paragraph or follow a sentence end.

    Those are the only places a subhead can start; finding them first keeps the full pattern
    from scanning every paragraph.
    """
    candidates = []
    if paragraph[:2].isupper() and paragraph[:2].isalpha():
        candidates.append(0)
    for mark, pattern in _SUBHEAD_STARTS:
        if mark in paragraph:
            candidates.extend(match.end() for match in pattern.finditer(paragraph))
    return sorted(candidates)


def split_run_together(paragraph: str) -> list[str]:
    """Split a paragraph where two spaces after a sentence end mark a new one.

    Examples:
        >>> split_run_together("It fell to 20.00.  Michael Englund said so. Then more.")
        ['It fell to 20.00.', 'Michael Englund said so. Then more.']
    """
    if not _may_run_together(paragraph):
        return [paragraph] if paragraph.strip() else []
    # The pattern opens with a look-behind, which the regex module cannot scan for quickly:
    # it is tried only where two spaces follow a sentence end, as RUN_TOGETHER.split would
    # find them (left to right, each search after the last split).
    parts: list[str] = []
    start = 0
    position = paragraph.find("  ")
    while position != -1:
        match = (
            RUN_TOGETHER.match(paragraph, position)
            if position and paragraph[position - 1] in _SENTENCE_CLOSERS
            else None
        )
        if match is None:
            position = paragraph.find("  ", position + 2)
            continue
        parts.append(paragraph[start:position])
        start = match.end()
        position = paragraph.find("  ", start)
    parts.append(paragraph[start:])
    return [part for part in parts if part.strip()]


def split_subheads(paragraph: str) -> tuple[list[str], list[str]]:
    """Cut capitalised subheads out of a paragraph, splitting it where each stood.

    Returns:
        The paragraphs, and the subheads that were cut out (each a removed piece).

    Examples:
        >>> split_subheads("Talks ended. COMMUNITY TENSION A security source told Reuters.")
        (['Talks ended.', 'A security source told Reuters.'], ['COMMUNITY TENSION'])
        >>> split_subheads("ECB President Jean-Claude Trichet will attend.")
        (['ECB President Jean-Claude Trichet will attend.'], [])
    """
    paragraphs: list[str] = []
    subheads: list[str] = []
    position = 0
    for candidate in _subhead_candidates(paragraph):
        if candidate < position:
            continue
        match = SUBHEAD.match(paragraph, candidate)
        if match is None:
            continue
        before = paragraph[position : match.start()].strip()
        if before:
            paragraphs.append(before)
        subheads.append(match.group("subhead").strip())
        position = match.end()
    rest = paragraph[position:].strip()
    if rest:
        paragraphs.append(rest)
    return paragraphs, subheads


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
        The paragraphs, with whitespace inside lines as it was (two spaces may mark a
        paragraph run into the next: see :func:`split_run_together`); lines are joined with
        one space.

    Examples:
        >>> reflow(["The New York Fed said the index fell", "to 9.13 in January."])
        ['The New York Fed said the index fell to 9.13 in January.']
        >>> reflow(["First paragraph.", "Second paragraph."])
        ['First paragraph.', 'Second paragraph.']
        >>> reflow(["a counter-", "terrorism team"])
        ['a counter-terrorism team']
        >>> reflow(["It fell.  Then it", "rose."])
        ['It fell.  Then it rose.']
    """
    stripped = [text for text in (line.strip() for line in lines) if text]
    if len(stripped) <= 1 or all(ends_sentence(line) for line in stripped[:-1]):
        return stripped
    width = max(len(line) for line in stripped)
    paragraphs: list[str] = []
    current = stripped[0]
    for previous, line in pairwise(stripped):
        next_word = FIRST_WORD.match(line)
        room_left = width - len(previous) - 1
        if ends_sentence(previous) and next_word and len(next_word.group()) <= room_left:
            paragraphs.append(current)
            current = line
        else:
            current = _join(current, line)
    paragraphs.append(current)
    return paragraphs

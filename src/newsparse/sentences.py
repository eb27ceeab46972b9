"""Sentence boundaries, for text whose paragraph breaks were lost."""

from __future__ import annotations

import regex

__all__ = ["sentence_spans"]

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "cpl",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "twp",
        "dept",
        "univ",
        "fla",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "a.m",
        "p.m",
        "d.c",
    ]
)

# A candidate end: terminal punctuation, closing quotes, then either spaces or (for text
# scraped with its spaces lost: "in East Dallas.The man") a capital and a lower-case letter.
BOUNDARY = regex.compile(
    r"""
    (?<=\S)[.!?…]++["'”’)\]]*+
    (?:[ ]++(?=["“‘(\[]?+[\p{Lu}\d])|(?<=\p{Ll}{2}[.!?]["”]?+)(?=\p{Lu}\p{Ll}))
    """,
    regex.VERBOSE,
)
LAST_WORD = regex.compile(r"(?<![^\s(\[\"“/])([\p{L}.]++)[.!?…]*+[\"'”’)\]]*+$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentences: ``(start, end)`` spans that together cover all of it.

    Abbreviations ("Mr.", "U.S.", "Jan.") and initials ("James B. Kelleher") do not end
    sentences. Each span keeps the spaces that follow its sentence, so joining the slices
    gives the text back.

    Examples:
        >>> text = "Mr. Smith went to Washington. He met the U.S. envoy.The talks ended."
        >>> [text[start:end] for start, end in sentence_spans(text)]
        ['Mr. Smith went to Washington. ', 'He met the U.S. envoy.', 'The talks ended.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        # The word before the stop decides; a bounded window keeps this linear.
        word = LAST_WORD.search(text, max(start, match.start() - 40), match.start() + 1)
        if word:
            token = word.group(1).rstrip(".").casefold()
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans

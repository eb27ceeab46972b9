"""Related-story lines: "Read More: <headline>" and its kin."""

from __future__ import annotations

import regex

__all__ = ["parse_related"]

RELATED_LINE = regex.compile(
    r"""
    (?:read \s++ (?:more|also) | also \s++ read | see \s++ also | more \s++ on \s++ this
       (?:\s++ story)? | related (?:\s++ (?:stories|story|articles?|coverage|news|content|links?))?
       | more \s++ from \s++ \S++ (?:\s++ \S++)? | you \s++ may \s++ also \s++ like | recommended)
    \s*+
    (?::|…|\.{3}|»|>>|\||[-–—](?=\s))                     # the lead-in ends with punctuation
    \s*+
    (?P<headline>.*+)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def parse_related(line: str) -> str | None:
    """Return the headline a related-story line links to.

    Returns ``""`` for a bare lead-in with no headline ("Read More:"), and ``None`` when the
    line is not a related-story line.

    Examples:
        >>> parse_related("Read More: Multiple casualties in clashes involving ISIS remnants")
        'Multiple casualties in clashes involving ISIS remnants'
        >>> parse_related("Read more…Iraq says rockets hit base")
        'Iraq says rockets hit base'
        >>> parse_related("Read more about it in the report.") is None
        True
    """
    match = RELATED_LINE.fullmatch(line.strip())
    if match is None:
        return None
    return match.group("headline").strip()

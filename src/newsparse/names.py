"""People's and places' names: normal casing, splitting lists, telling a name from prose."""

from __future__ import annotations

import regex

__all__ = ["looks_like_name", "normal_case", "split_names"]

# Lower-case particles inside place and person names ("Rio de Janeiro", "Port-au-Prince").
PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "le",
        "les",
        "van",
        "von",
        "of",
        "the",
        "and",
        "au",
        "aux",
        "sur",
        "en",
        "es",
        "y",
        "bin",
        "bint",
        "ibn",
    }
)

WORD_PART = regex.compile(r"[^\W\d_]++")

# "A, B and C", "A & B", "A/B": the separators between names in credits and bylines.
NAME_SEPARATOR = regex.compile(
    r"\s*+[,;]\s*+(?:and\s++)?|\s++and\s++|\s*+[&/]\s*+", regex.IGNORECASE
)
# Every separator holds one of these characters or the word "and".
_SEPARATOR_CHARACTERS = frozenset(",;&/")

# A personal name: capitalised words, initials, particles, apostrophes and hyphens, at most
# eight words. Prose ("the office said") fails it.
NAME = regex.compile(
    r"""
    (?:\p{Lu}[\p{L}'’.\-]*+ | \p{Lu}\.)                   # first word starts with a capital
    (?:
        \s++
        (?:\p{Lu}[\p{L}'’.\-]*+ | \p{Lu}\. | (?:de|del|da|di|van|von|der|al|el|bin|ibn|le|la)
           (?=\s|-) [\p{L}'’\-]*+)
    ){0,7}
    """,
    regex.VERBOSE,
)


def _case_part(part: str, first: bool) -> str:
    lower = part.lower()
    if not first and lower in PARTICLES:
        return lower
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def normal_case(text: str) -> str:
    """Case a name printed in capitals normally; leave mixed-case text as printed.

    Examples:
        >>> normal_case("NEW YORK")
        'New York'
        >>> normal_case("RIO DE JANEIRO")
        'Rio de Janeiro'
        >>> normal_case("BEIJING/MOSCOW")
        'Beijing/Moscow'
        >>> normal_case("O'HARE")
        "O'Hare"
        >>> normal_case("McAllen")
        'McAllen'
    """
    if text.isascii():
        # The same test without a look at each character: ASCII letters are exactly the
        # characters that change case, and the lower-case ones are those upper() changes.
        upper = text.upper()
        if upper == text.lower() or upper != text:
            return text
    else:
        letters = [char for char in text if char.isalpha()]
        if not letters or any(char.islower() for char in letters):
            return text
    pieces: list[str] = []
    position = 0
    first = True
    for match in WORD_PART.finditer(text):
        pieces.append(text[position : match.start()])
        separator = text[match.start() - 1] if match.start() else " "
        # After an apostrophe the part continues a word ("O'Hare"), so it is never a particle.
        pieces.append(_case_part(match.group(), first or separator in "'’"))
        position = match.end()
        first = False
    pieces.append(text[position:])
    return "".join(pieces)


def split_names(text: str) -> list[str]:
    """Split a list of names on commas, "and", "&", "/" and semicolons.

    Examples:
        >>> split_names("Eric Onstad  and  Mark Potter")
        ['Eric Onstad', 'Mark Potter']
        >>> split_names("A. Smith, B. Jones and C. Brown")
        ['A. Smith', 'B. Jones', 'C. Brown']
    """
    text = text.strip()
    if not _SEPARATOR_CHARACTERS.intersection(text) and "and" not in text.lower():
        # One name, the usual case: the separator pattern opens with a class, so scanning
        # for it costs more than these two passes.
        return [text] if text else []
    return [part.strip() for part in NAME_SEPARATOR.split(text) if part.strip()]


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a personal or organisation name rather than prose.

    Examples:
        >>> looks_like_name("John Catherine")
        True
        >>> looks_like_name("the statement concluded")
        False
    """
    return bool(NAME.fullmatch(text.strip()))

"""Counts as news reports give them: exact, bounded, approximate or vague.

A :class:`Count` never holds a number the text does not state: "a large number of terrorists"
is a vague count with neither bound, not a guess.
"""

from __future__ import annotations

import enum

import attrs
import regex

from newsparse._data.incident_words import (
    COUPLE_WORDS,
    DOZEN,
    HUNDRED,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_COUNTS,
)
from newsparse._validators import non_empty_str, optional_non_negative_int

__all__ = [
    "COUNT_LISTS",
    "COUNT_PARTS",
    "COUNT_PART_PATTERNS",
    "COUNT_PATTERN",
    "NUMBER_PATTERN",
    "Count",
    "CountQualifier",
    "count_from_match",
    "parse_count",
    "parse_number",
    "phrase_alternation",
    "spell_number",
]


class CountQualifier(str, enum.Enum):
    """How precisely the text states a count."""

    EXACT = "exact"
    """The text gives one number: "17", "Fourteen", "no casualties" (0)."""
    AT_LEAST = "at_least"
    """A lower bound: "at least 5", "more than 20" (21), "dozens" when the words guarantee it."""
    AT_MOST = "at_most"
    """An upper bound: "up to 5", "fewer than 17" (16)."""
    APPROXIMATE = "approximate"
    """A number given loosely: "about 20", "nearly 40", "some 300", or a range "five to seven"."""
    VAGUE = "vague"
    """Words with no number: "several", "a large number", "scores"."""


def _check_bounds(instance: Count, _attribute: object, _value: object) -> None:
    low, high, qualifier = instance.low, instance.high, instance.qualifier
    if low is not None and high is not None and low > high:
        raise ValueError(f"'low' ({low}) must not exceed 'high' ({high})")
    if qualifier is CountQualifier.EXACT and (low is None or low != high):
        raise ValueError(f"an exact count needs 'low' == 'high', got low={low}, high={high}")
    if qualifier is CountQualifier.AT_LEAST and low is None:
        raise ValueError("an 'at_least' count needs 'low'")
    if qualifier is CountQualifier.AT_MOST and high is None:
        raise ValueError("an 'at_most' count needs 'high'")
    if qualifier is CountQualifier.APPROXIMATE and low is None and high is None:
        raise ValueError("an 'approximate' count needs 'low' or 'high'")


@attrs.frozen(kw_only=True)
class Count:
    """A number of people or things, with the bounds the words guarantee.

    Examples:
        >>> Count(low=17, high=17, qualifier=CountQualifier.EXACT, text="17")
        Count(low=17, high=17, qualifier=<CountQualifier.EXACT: 'exact'>, text='17')
        >>> Count(low=5, high=None, qualifier="at_least", text="at least 5").high is None
        True
    """

    low: int | None = attrs.field(validator=optional_non_negative_int)
    """Smallest number the text allows, or ``None`` when it gives no lower bound."""
    high: int | None = attrs.field(validator=optional_non_negative_int)
    """Largest number the text allows, or ``None`` when it gives no upper bound."""
    qualifier: CountQualifier = attrs.field(
        converter=CountQualifier,
        validator=[attrs.validators.instance_of(CountQualifier), _check_bounds],
    )
    """How precisely the text states it."""
    text: str = attrs.field(validator=non_empty_str)
    """The words the count was read from, as written."""


# --- Numbers in digits and words --------------------------------------------------------------

_SCALE_WORDS = (*SCALES, HUNDRED)

# The pattern of one number as news text writes it, for embedding in larger patterns (compile
# with ``**COUNT_LISTS``): digits with thousands separators, "1.5 million", or number words
# joined by spaces, hyphens and the "and" that may follow a hundred or a thousand.
NUMBER_PATTERN = r"""
    (?:
        (?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?+
        (?:\s++(?:\L<scales>)\b)?+
      | (?:(?:a|one|half\s++a)\s++(?=(?:hundred|thousand|million|billion|dozen)\b))?+
        \L<numwords>\b
        (?:
            (?:\s*+-\s*+|\s++(?:and\s++(?=\L<numwords>\b))?+|\s++a\s++(?=dozen\b))
            \L<numwords>\b
        )*+
    )
    (?![-\s]*+(?:years?|months?|weeks?|days?)[-\s]*+old\b)   # "Nineteen-year-old" is an age
    (?!\s*+(?:%|percent\b|per\s++cent\b|[:.]\d))              # nor a share or a time of day
"""


def phrase_alternation(phrases: list[str] | tuple[str, ...]) -> str:
    r"""A regex alternation of literal phrases, longest first, any run of spaces between words.

    Named lists (``\L<name>``) match literal strings only; text where quote marks were
    blanked out ('killed a “large number”' read as 'killed a  large number') needs ``\s++``.

    Examples:
        >>> print(phrase_alternation(["a few", "several"]))
        (?:several|a\s++few)
    """
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    parts = [r"\s++".join(regex.escape(word) for word in phrase.split()) for phrase in ordered]
    return "(?:" + "|".join(parts) + ")"


_QUALIFIER_PATTERN = phrase_alternation(list(QUALIFIERS))
_VAGUE_PATTERN = phrase_alternation(list(VAGUE_COUNTS))
_COUPLE_PATTERN = phrase_alternation(list(COUPLE_WORDS))

# One count phrase, for embedding in larger patterns (compile with ``**COUNT_LISTS`` and
# ``ignore_unused=True``); :func:`count_from_match` reads its groups. Only one may appear in a
# pattern, as its group names are fixed.
_RANGE_PART = rf"""
        (?:between|from)\s++(?P<range_low>{NUMBER_PATTERN})\s++(?:and|to)\s++
            (?P<range_high>{NUMBER_PATTERN})
      | (?P<dash_low>{NUMBER_PATTERN})\s*+(?:to|or|-|–)\s*+(?P<dash_high>{NUMBER_PATTERN})
"""
_QUALIFIED_PART = rf"""
        (?:(?P<qualifier>{_QUALIFIER_PATTERN})\s++)?+
        (?:(?P<number>{NUMBER_PATTERN})|(?P<couple>{_COUPLE_PATTERN})\b)
        (?P<or_so>\s++or\s++so\b)?+
"""
_VAGUE_PART = rf"(?P<vague>{_VAGUE_PATTERN})\b"
_NONE_PART = r"(?P<none>no\s++one|nobody|none|no|zero)\b"

COUNT_PATTERN = rf"""
    (?P<count>
        {_RANGE_PART}
      | {_QUALIFIED_PART}
      | {_VAGUE_PART}
      | {_NONE_PART}
    )
"""

# The alternatives of COUNT_PATTERN one by one, in its order, each with the same group names:
# a caller that knows a phrase's first word can try only the ones that word can open.
COUNT_PARTS: dict[str, str] = {
    "range": rf"(?P<count>{_RANGE_PART})",
    "qualified": rf"(?P<count>{_QUALIFIED_PART})",
    "vague": rf"(?P<count>{_VAGUE_PART})",
    "none": rf"(?P<count>{_NONE_PART})",
}

COUNT_LISTS: dict[str, list[str]] = {
    "numwords": list(NUMBER_WORDS),
    "scales": list(_SCALE_WORDS),
}

# The count pattern, compiled once (for parse_count and for incident extraction, which tries
# only the parts a phrase's first word can open): part by part, each ending where a word ends.
COUNT_PART_PATTERNS: dict[str, regex.Pattern[str]] = {
    name: regex.compile(
        rf"{pattern}(?![\p{{L}}\d])",
        regex.VERBOSE | regex.IGNORECASE,
        ignore_unused=True,
        numwords=COUNT_LISTS["numwords"],
        scales=COUNT_LISTS["scales"],
    )
    for name, pattern in COUNT_PARTS.items()
}
WORD = regex.compile(r"[a-z]++", regex.IGNORECASE)
DIGITS = regex.compile(
    r"(?P<digits>(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?+)(?:\s++(?P<scale>[a-z]++))?+",
    regex.IGNORECASE,
)
SPACE = regex.compile(r"\s++")
TRAILING_OF = regex.compile(r"\s++of$", regex.IGNORECASE)


def _words_value(words: list[str]) -> int | None:
    """Add up number words in order, or ``None`` if they do not make one number."""
    total = 0
    group = 0  # the part below the last scale word: "two hundred and five"
    last = ""  # kind of the previous word, to refuse "five six" and "twenty thirty"
    for word in words:
        if word in UNITS:
            if last in ("unit", "teen") or (last == "tens" and UNITS[word] >= 10):
                return None
            group += UNITS[word]
            last = "teen" if UNITS[word] >= 10 else "unit"
        elif word in TENS:
            if last in ("unit", "teen", "tens"):
                return None
            group += TENS[word]
            last = "tens"
        elif word == HUNDRED:
            if last == "hundred" or group >= 100:
                return None
            group = (group or 1) * 100
            last = "hundred"
        elif word == DOZEN:
            group = (group or 1) * 12
            last = "dozen"
        elif word in SCALES:
            scale = SCALES[word]
            if last == "scale" and total and total < scale * 1000:
                return None
            total += (group or 1) * scale
            group = 0
            last = "scale"
        else:
            return None
    return total + group


def parse_number(text: str) -> int | None:
    """Read one whole number written in digits or words; ``None`` if the text is not one.

    Args:
        text: "17", "1,400", "220000", "1.5 million", "Fourteen", "two dozen",
            "three hundred and forty-two thousand".

    Returns:
        The number, or ``None``.

    Examples:
        >>> parse_number("Fourteen"), parse_number("two dozen"), parse_number("1,400")
        (14, 24, 1400)
        >>> parse_number("one million two hundred thousand and five")
        1200005
        >>> parse_number("2.5 million")
        2500000
        >>> parse_number("five six") is None
        True
    """
    cleaned = SPACE.sub(" ", text.strip()).lower()
    digits = DIGITS.fullmatch(cleaned)
    if digits:
        value = float(digits.group("digits").replace(",", ""))
        scale_word = digits.group("scale")
        if scale_word:
            if scale_word not in _SCALE_WORDS:
                return None
            value *= SCALES.get(scale_word, 100)
        return int(value) if value == int(value) else None
    words = [word for word in WORD.findall(cleaned) if word != "and"]
    if not words:
        return None
    if words[0] in ("a", "one") and len(words) > 1 and words[1] in (*_SCALE_WORDS, DOZEN):
        words = words[1:]
    elif words[:2] == ["half", "a"] and words[2:] == [DOZEN]:
        return 6
    return _words_value(words)


_BELOW_TWENTY = [word for word, value in sorted(UNITS.items(), key=lambda item: item[1])]
_TENS_BY_VALUE = {value: word for word, value in TENS.items()}


def _spell_below_thousand(number: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(number, 100)
    if hundreds:
        words += [_BELOW_TWENTY[hundreds], HUNDRED]
        if rest:
            words.append("and")
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(_TENS_BY_VALUE[tens * 10] + (f"-{_BELOW_TWENTY[units]}" if units else ""))
    elif rest or not words:
        words.append(_BELOW_TWENTY[rest])
    return words


def spell_number(number: int) -> str:
    """Write a whole number in English words, the way British and US newsrooms do.

    Args:
        number: from 0 to 999,999,999,999.

    Returns:
        The words, with "and" after hundreds and hyphens inside tens ("forty-two").

    Raises:
        ValueError: for a negative number or one of a trillion or more.

    Examples:
        >>> spell_number(17)
        'seventeen'
        >>> spell_number(1_200_342)
        'one million two hundred thousand three hundred and forty-two'
        >>> parse_number(spell_number(9_999_999))
        9999999
    """
    if not 0 <= number < 1_000_000_000_000:
        raise ValueError(f"can only spell 0 to 999,999,999,999, not {number}")
    if number == 0:
        return "zero"
    words: list[str] = []
    for word, scale in sorted(SCALES.items(), key=lambda item: -item[1]):
        count, number = divmod(number, scale)
        if count:
            words += [*_spell_below_thousand(count), word]
    if number:
        words += _spell_below_thousand(number)
    return " ".join(words)


# --- Counts ----------------------------------------------------------------------------------


def _bounded(qualifier: str, number: int, text: str) -> Count:
    if qualifier == "at_least":
        return Count(low=number, high=None, qualifier=CountQualifier.AT_LEAST, text=text)
    if qualifier == "more_than":
        return Count(low=number + 1, high=None, qualifier=CountQualifier.AT_LEAST, text=text)
    if qualifier == "at_most":
        return Count(low=None, high=number, qualifier=CountQualifier.AT_MOST, text=text)
    if qualifier == "fewer_than":
        if number == 0:
            return Count(low=0, high=0, qualifier=CountQualifier.EXACT, text=text)
        return Count(low=None, high=number - 1, qualifier=CountQualifier.AT_MOST, text=text)
    if qualifier == "nearly":
        return Count(low=None, high=number, qualifier=CountQualifier.APPROXIMATE, text=text)
    if qualifier == "about":
        return Count(low=number, high=number, qualifier=CountQualifier.APPROXIMATE, text=text)
    return Count(low=number, high=number, qualifier=CountQualifier.EXACT, text=text)


def count_from_match(match: regex.Match[str]) -> Count | None:
    """Build the :class:`Count` a match of :data:`COUNT_PATTERN` stands for.

    Args:
        match: a match of a pattern that embeds :data:`COUNT_PATTERN` (its group names).

    Returns:
        The count, or ``None`` when the numbers do not parse (then the words are not a count).

    Examples:
        >>> count_from_match(COUNT_PART_PATTERNS["qualified"].fullmatch("more than 20")).low
        21
    """
    groups = match.groupdict()
    text = match.group("count")
    if groups.get("range_low") or groups.get("dash_low"):
        low = parse_number(groups.get("range_low") or groups["dash_low"])
        high = parse_number(groups.get("range_high") or groups["dash_high"])
        if low is None or high is None or low >= high:
            return None
        return Count(low=low, high=high, qualifier=CountQualifier.APPROXIMATE, text=text)
    if groups.get("vague"):
        low = VAGUE_COUNTS[SPACE.sub(" ", groups["vague"]).lower()]
        text = TRAILING_OF.sub("", text)  # "dozens of civilians": the count is "dozens"
        return Count(low=low, high=None, qualifier=CountQualifier.VAGUE, text=text)
    if groups.get("none"):
        return Count(low=0, high=0, qualifier=CountQualifier.EXACT, text=text)
    if groups.get("couple"):
        if groups["couple"].lower() == "both":
            return Count(low=2, high=2, qualifier=CountQualifier.EXACT, text=text)
        return Count(low=2, high=2, qualifier=CountQualifier.APPROXIMATE, text=text)
    number_text = groups.get("number")
    if not number_text:
        return None
    number = parse_number(number_text)
    if number is None:
        return None
    qualifier = (
        QUALIFIERS[SPACE.sub(" ", groups["qualifier"]).lower()]
        if groups.get("qualifier")
        else "exact"
    )
    if groups.get("or_so") and qualifier == "exact":
        qualifier = "about"
    return _bounded(qualifier, number, text)


def parse_count(text: str) -> Count | None:
    """Read a count phrase into a :class:`Count` with the bounds its words guarantee.

    Args:
        text: the phrase alone: "17", "at least 5", "more than 20", "up to 22", "nearly 40",
            "about 20", "five to seven", "between 5 and 7", "several", "dozens",
            "a large number of", "no".

    Returns:
        The count, or ``None`` when the text is not a count phrase.

    Examples:
        >>> parse_count("17")
        Count(low=17, high=17, qualifier=<CountQualifier.EXACT: 'exact'>, text='17')
        >>> c = parse_count("more than 20"); (c.low, c.high, c.qualifier.value)
        (21, None, 'at_least')
        >>> c = parse_count("fewer than 17"); (c.low, c.high, c.qualifier.value)
        (None, 16, 'at_most')
        >>> c = parse_count("five to seven"); (c.low, c.high, c.qualifier.value)
        (5, 7, 'approximate')
        >>> c = parse_count("Dozens"); (c.low, c.high, c.qualifier.value, c.text)
        (24, None, 'vague', 'Dozens')
        >>> c = parse_count("a large number of"); (c.low, c.high, c.qualifier.value)
        (None, None, 'vague')
        >>> parse_count("two dozen").low, parse_count("a dozen").low
        (24, 12)
        >>> parse_count("the army") is None
        True
    """
    # The parts in the pattern's order: the first that matches the whole phrase reads it, as
    # the whole pattern's alternation would.
    phrase = text.strip()
    for part in COUNT_PART_PATTERNS.values():
        match = part.fullmatch(phrase)
        if match is not None:
            return count_from_match(match)
    return None
